//! The demo portal's client settings (each checked, kept per client) and verification (a code
//! e-mailed, accepted once, a wrong one refused).

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn settings_are_checked_and_kept_per_client() {
    let app = portal("settings");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, v) = call(&app, "GET", "/clientarea/settings", t, None).await;
    assert_eq!(v["configs"]["CreditAutoApply"], "1");
    assert_eq!(v["configs"]["DefaultNameservers"], json!([]));
    for (configs, error) in [
        (
            json!({"DefaultPaymentModule": "999"}),
            "Unknown payment module",
        ),
        (
            json!({"CreditAutoApply": "maybe"}),
            "Invalid value for CreditAutoApply",
        ),
        (
            json!({"DefaultNameservers": ["ns1.example.net"]}),
            "Default nameservers are invalid",
        ),
        (
            json!({"DefaultNameservers": ["ns1.example.net", "bad name"]}),
            "Default nameservers are invalid",
        ),
        (json!({"Password": "x"}), "Unknown setting Password"),
    ] {
        let (status, v) = call(
            &app,
            "POST",
            "/clientarea/settings",
            t,
            Some(json!({"configs": configs})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(v["error"][0], error);
    }
    let (status, _) = call(
        &app,
        "POST",
        "/clientarea/settings",
        t,
        Some(json!({"configs": {"CreditAutoApply": "0", "DefaultNameservers": ["NS1.example.net", "ns2.example.net"]}})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = call(&app, "GET", "/clientarea/settings", t, None).await;
    assert_eq!(v["configs"]["CreditAutoApply"], "0");
    assert_eq!(
        v["configs"]["DefaultNameservers"],
        json!(["ns1.example.net", "ns2.example.net"])
    );
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, theirs) = call(
        &app,
        "GET",
        "/clientarea/settings",
        Some(other.as_str()),
        None,
    )
    .await;
    assert_eq!(
        theirs["configs"]["CreditAutoApply"], "1",
        "another client's are their own"
    );
}

#[tokio::test]
async fn a_verification_code_is_emailed_and_accepted_once() {
    let app = portal("verify");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (status, _) = call(
        &app,
        "POST",
        "/verification/resend",
        t,
        Some(json!({"type": "fax"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(
        &app,
        "POST",
        "/verification/resend",
        t,
        Some(json!({"type": "email"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // The code is in the newest e-mail of the history.
    let (_, list) = call(&app, "GET", "/clientarea/history/emails", t, None).await;
    let newest = list["emails"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["subject"] == "Your verification code")
        .unwrap()
        .clone();
    let (_, mail) = call(
        &app,
        "GET",
        &format!(
            "/clientarea/history/emails/{}",
            newest["id"].as_str().unwrap()
        ),
        t,
        None,
    )
    .await;
    let body = mail["email"]["message"]
        .as_str()
        .or(mail["email"]["body"].as_str())
        .unwrap_or_default()
        .to_string();
    let code: String = body
        .split("<strong>")
        .nth(1)
        .unwrap()
        .chars()
        .take(6)
        .collect();
    assert!(
        code.chars().all(|c| c.is_ascii_digit()) && code.len() == 6,
        "{code}"
    );
    let wrong = if code == "000000" { "000001" } else { "000000" };
    let (status, v) = call(
        &app,
        "POST",
        "/verification/verify",
        t,
        Some(json!({"type": "email", "code": wrong})),
    )
    .await;
    assert_eq!(
        (status, v["error"][0].as_str()),
        (
            StatusCode::BAD_REQUEST,
            Some("Invalid or expired verification code")
        )
    );
    let (status, _) = call(
        &app,
        "POST",
        "/verification/verify",
        t,
        Some(json!({"type": "sms", "code": code})),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "an e-mail code is not the phone's"
    );
    let (status, _) = call(
        &app,
        "POST",
        "/verification/verify",
        t,
        Some(json!({"type": "email", "code": code})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(
        &app,
        "POST",
        "/verification/verify",
        t,
        Some(json!({"type": "email", "code": code})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "once");
}

#[tokio::test]
async fn sign_ins_refused_or_not_are_logged_for_their_account_only() {
    let app = portal("activity");
    let (status, _) = call(
        &app,
        "POST",
        "/login",
        None,
        Some(json!({"username": "demo@atrium.test", "password": "wrong-password"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, v) = call(&app, "GET", "/logs", t, None).await;
    let actions: Vec<&str> = v["logs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..2],
        ["Signed in", "Failed sign-in attempt"],
        "newest first"
    );
    assert!(actions.len() >= 6, "with the seeded ones: {actions:?}");
    let (_, h) = call(&app, "GET", "/clientarea/histories", t, None).await;
    assert_eq!(
        h["histories"][0]["description"],
        "Cancellation requested for service #305"
    );
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, theirs) = call(&app, "GET", "/logs", Some(other.as_str()), None).await;
    assert!(
        theirs["logs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["action"] == "Signed in")
    );
    let (_, none) = call(
        &app,
        "GET",
        "/clientarea/histories",
        Some(other.as_str()),
        None,
    )
    .await;
    assert_eq!(none["histories"], json!([]));
}
