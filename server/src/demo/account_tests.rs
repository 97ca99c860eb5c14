//! The demo portal's account details and password: checked, saved, and the new password is
//! the one that signs in.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn details_are_checked_and_saved_and_the_password_changes() {
    let app = portal("account");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, d) = call(&app, "GET", "/details", Some(&token), None).await;
    let mut c = d["client"].clone();
    c["email"] = json!("other@atrium.test");
    let (status, e) = call(&app, "PUT", "/details", Some(&token), Some(c.clone())).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(e["error"][0], "This email address is already in use");
    c["email"] = json!("demo@atrium.test");
    c["city"] = json!("Da Nang");
    c["state"] = json!("Da Nang");
    let (status, saved) = call(&app, "PUT", "/details", Some(&token), Some(c)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(saved["client"]["city"], "Da Nang");

    let (status, e) = call(&app, "POST", "/password/change", Some(&token),
        Some(json!({"oldpassword": "wrong", "password": "new-secret-1", "password2": "new-secret-1"}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(e["error"][0], "Current password is incorrect");
    let (status, _) = call(&app, "POST", "/password/change", Some(&token),
        Some(json!({"oldpassword": "demo1234", "password": "new-secret-1", "password2": "new-secret-2"}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(&app, "POST", "/password/change", Some(&token),
        Some(json!({"oldpassword": "demo1234", "password": "new-secret-1", "password2": "new-secret-1"}))).await;
    assert_eq!(status, StatusCode::OK);
    let (fresh, _) = login(&app, "demo@atrium.test", "new-secret-1").await;
    assert!(!fresh.is_empty());
}

/// The activation code in the newest reset e-mail to `email`.
async fn reset_code(app: &axum::Router, email: &str) -> String {
    let (_, v) = call(app, "GET", &format!("/__demo/mailbox/{email}"), None, None).await;
    let body = v["emails"][0]["body"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    body.split("activate=")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_reset_link_works_once_and_the_emailed_password_signs_in() {
    let app = portal("password-reset");
    let (status, _) = call(
        &app,
        "POST",
        "/passwordreset",
        None,
        Some(json!({"email": "nope"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // The same answer for an unknown address: nobody is revealed.
    let (s1, a) = call(
        &app,
        "POST",
        "/passwordreset",
        None,
        Some(json!({"email": "nobody@atrium.test"})),
    )
    .await;
    let (s2, b) = call(
        &app,
        "POST",
        "/passwordreset",
        None,
        Some(json!({"email": "reset@atrium.test"})),
    )
    .await;
    assert_eq!((s1, &a), (s2, &b));
    let code = reset_code(&app, "reset@atrium.test").await;
    assert!(code.len() > 20, "{code}");
    let (status, _) = call(
        &app,
        "POST",
        "/password/passreset",
        None,
        Some(json!({"activate": "wrong"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, v) = call(
        &app,
        "POST",
        "/password/passreset",
        None,
        Some(json!({"activate": code})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = call(
        &app,
        "POST",
        "/password/passreset",
        None,
        Some(json!({"activate": code})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a code works once");
    let (_, v) = call(&app, "GET", "/__demo/mailbox/reset@atrium.test", None, None).await;
    let mail = v["emails"][0]["body"].as_str().unwrap();
    let password = mail
        .split("<code>")
        .nth(1)
        .unwrap()
        .split("</code>")
        .next()
        .unwrap();
    login(&app, "reset@atrium.test", password).await;
    // The shared demo accounts keep their printed passwords.
    call(
        &app,
        "POST",
        "/passwordreset",
        None,
        Some(json!({"email": "demo@atrium.test"})),
    )
    .await;
    let code = reset_code(&app, "demo@atrium.test").await;
    let (status, _) = call(
        &app,
        "POST",
        "/password/passreset",
        None,
        Some(json!({"activate": code})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    login(&app, "demo@atrium.test", "demo1234").await;
}

#[tokio::test]
async fn the_email_history_lists_and_opens_only_the_clients_own() {
    let app = portal("email-history");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, v) = call(&app, "GET", "/clientarea/history/emails", Some(&t), None).await;
    let list = v["emails"].as_array().unwrap();
    assert_eq!(
        list[0]["subject"], "Scheduled maintenance notice",
        "newest first: {v}"
    );
    let id = list[0]["id"].as_str().unwrap();
    let (s, v) = call(
        &app,
        "GET",
        &format!("/clientarea/history/emails/{id}"),
        Some(&t),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        v["email"]["message"]
            .as_str()
            .unwrap()
            .contains("Network maintenance")
    );
    let (s, _) = call(
        &app,
        "GET",
        &format!("/clientarea/history/emails/{id}"),
        Some(&other),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, v) = call(
        &app,
        "GET",
        "/clientarea/history/emails",
        Some(&other),
        None,
    )
    .await;
    assert_eq!(v["emails"], json!([]));
}
