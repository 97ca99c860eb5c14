//! The demo portal over HTTP (in-process): token rotation, ownership, envelopes and faults.

use super::{DemoArgs, router};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};
use std::time::Duration;
use tower::ServiceExt;

/// The tests' HostBill demo: a fresh database named after the test, short token lifetimes, fast
/// simulated VMs, faults on, no live VM.
pub(super) fn test_args(name: &str) -> DemoArgs {
    let db = std::env::temp_dir().join(format!("atrium-test-{name}-{}.sqlite", std::process::id()));
    DemoArgs {
        db,
        reset: true,
        token_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(3600),
        vm_pace: 0.01,
        test_faults: true,
        dialect: super::DemoDialect::Hostbill,
        vm_image: std::path::PathBuf::new(),
        no_live_vm: true,
    }
}

pub(super) fn portal(name: &str) -> Router {
    router(test_args(name)).expect("demo portal")
}

pub(super) async fn call(
    app: &Router,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// A request with a body of any content type; answers the status code and the JSON body.
pub(super) async fn call_raw(
    app: &Router,
    method: &str,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: String,
) -> (StatusCode, Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", content_type);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

pub(super) async fn login(app: &Router, email: &str, password: &str) -> (String, String) {
    let (status, v) = call(
        app,
        "POST",
        "/login",
        None,
        Some(json!({"username": email, "password": password})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    (
        v["token"].as_str().unwrap().to_string(),
        v["refresh"].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn wrong_password_is_a_hostbill_error() {
    let app = portal("wrong-password");
    let (status, v) = call(
        &app,
        "POST",
        "/login",
        None,
        Some(json!({"username": "demo@atrium.test", "password": "x"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(v["error"][0].as_str().unwrap().contains("Invalid"));
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_spent_one_is_refused() {
    let app = portal("rotation");
    let (_, refresh) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, v) = call(
        &app,
        "POST",
        "/token",
        None,
        Some(json!({"refresh_token": refresh})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let rotated = v["refresh"].as_str().unwrap().to_string();
    assert_ne!(rotated, refresh);
    let (status, _) = call(
        &app,
        "POST",
        "/token",
        None,
        Some(json!({"refresh_token": refresh})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "reuse is refused");
    let (status, _) = call(
        &app,
        "POST",
        "/token",
        None,
        Some(json!({"refresh_token": rotated})),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "reuse revokes the whole family: the rotated token, unspent, is refused too"
    );
}

#[tokio::test]
async fn a_reuse_revokes_only_its_own_family() {
    let app = portal("family");
    let (_, first) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, second) = login(&app, "demo@atrium.test", "demo1234").await;
    let spend = |t: String| {
        let app = app.clone();
        async move {
            call(
                &app,
                "POST",
                "/token",
                None,
                Some(json!({"refresh_token": t})),
            )
            .await
        }
    };
    let (status, _) = spend(first.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(spend(first).await.0, StatusCode::UNAUTHORIZED);
    let (status, v) = spend(second).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "another sign-in (another device) is untouched"
    );
    assert!(v["refresh"].is_string());
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_per_account_with_retry_after() {
    let app = portal("throttle");
    for _ in 0..super::throttle::PER_ACCOUNT {
        let (status, _) = call(
            &app,
            "POST",
            "/login",
            None,
            Some(json!({"username": "demo@atrium.test", "password": "wrong"})),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let resp = raw_call(
        &app,
        "POST",
        "/login",
        json!({"username": "DEMO@atrium.test", "password": "demo1234"}),
    )
    .await;
    assert_eq!(
        resp.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "held, even with the right password"
    );
    let wait: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 60 && wait <= 15 * 60, "{wait}");
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    let v: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        v["error"][0]
            .as_str()
            .unwrap()
            .contains("Too many failed sign-in attempts"),
        "{v}"
    );
    // Another account is not held.
    let (status, _) = call(
        &app,
        "POST",
        "/login",
        None,
        Some(json!({"username": "other@atrium.test", "password": "other1234"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn fault_injection_needs_the_test_flag() {
    let db = std::env::temp_dir().join(format!(
        "atrium-demo-nofaults-{}.sqlite",
        std::process::id()
    ));
    let app = router(DemoArgs {
        db,
        reset: true,
        token_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(3600),
        vm_pace: 0.01,
        test_faults: false,
        dialect: super::DemoDialect::Hostbill,
        vm_image: std::path::PathBuf::new(),
        no_live_vm: true,
    })
    .unwrap();
    let resp = raw_call(
        &app,
        "POST",
        "/__demo/faults",
        json!({"path": "/balance", "kind": "status", "value": 503, "times": 100}),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, _) = call(&app, "GET", "/balance", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK, "no fault was queued");
}

async fn raw_call(app: &Router, method: &str, path: &str, body: Value) -> axum::response::Response {
    use tower::ServiceExt;
    app.clone()
        .oneshot(
            axum::http::Request::builder()
                .method(method)
                .uri(path)
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .unwrap(),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn logout_and_revoke_invalidate() {
    let app = portal("logout");
    let (token, refresh) = login(&app, "demo@atrium.test", "demo1234").await;
    assert_eq!(
        call(&app, "GET", "/details", Some(&token), None).await.0,
        StatusCode::OK
    );
    call(&app, "POST", "/logout", Some(&token), None).await;
    assert_eq!(
        call(&app, "GET", "/details", Some(&token), None).await.0,
        StatusCode::UNAUTHORIZED
    );
    call(
        &app,
        "POST",
        "/revoke",
        None,
        Some(json!({"refresh_token": refresh})),
    )
    .await;
    let (status, _) = call(
        &app,
        "POST",
        "/token",
        None,
        Some(json!({"refresh_token": refresh})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn one_client_cannot_read_another_clients_invoice() {
    let app = portal("ownership");
    let (demo, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, mine) = call(&app, "GET", "/invoice", Some(&demo), None).await;
    let id = mine["invoices"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        call(&app, "GET", &format!("/invoice/{id}"), Some(&demo), None)
            .await
            .0,
        StatusCode::OK
    );
    let (status, v) = call(&app, "GET", &format!("/invoice/{id}"), Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(v["error"].is_array());
}

#[tokio::test]
async fn answers_use_the_documented_shapes() {
    let app = portal("shapes");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, b) = call(&app, "GET", "/balance", Some(&t), None).await;
    assert!(
        b["details"]["acc_balance"].is_string(),
        "amounts are decimal strings: {b}"
    );
    let (_, list) = call(&app, "GET", "/invoice", Some(&t), None).await;
    let invoices = list["invoices"].as_array().unwrap();
    assert_eq!(invoices.len(), 40);
    let currencies: std::collections::BTreeSet<_> = invoices
        .iter()
        .map(|i| i["currency"].as_str().unwrap())
        .collect();
    assert_eq!(currencies.into_iter().collect::<Vec<_>>(), ["USD", "VND"]);
    let statuses: std::collections::BTreeSet<_> = invoices
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    for s in ["Paid", "Unpaid", "Cancelled", "Refunded", "Collections"] {
        assert!(statuses.contains(s), "{s}");
    }
    assert!(
        invoices
            .iter()
            .any(|i| i["datepaid"] == "0000-00-00 00:00:00")
    );
    assert!(invoices[0]["id"].is_string());
    let (status, v) = call(&app, "GET", "/no-such-method", Some(&t), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(v["error"].is_array());
}

#[tokio::test]
async fn faults_apply_the_given_number_of_times() {
    let app = portal("faults");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    call(
        &app,
        "POST",
        "/__demo/faults",
        None,
        Some(json!({"path": "/balance", "kind": "status", "value": 503, "times": 2})),
    )
    .await;
    assert_eq!(
        call(&app, "GET", "/balance", Some(&t), None).await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        call(&app, "GET", "/balance", Some(&t), None).await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        call(&app, "GET", "/balance", Some(&t), None).await.0,
        StatusCode::OK
    );
    call(
        &app,
        "POST",
        "/__demo/faults",
        None,
        Some(json!({"path": "/balance", "kind": "malformed"})),
    )
    .await;
    let (status, v) = call(&app, "GET", "/balance", Some(&t), None).await;
    assert_eq!(
        (status, v),
        (StatusCode::OK, Value::Null),
        "body is not JSON"
    );
}

#[tokio::test]
async fn data_survives_a_restart_without_reset() {
    let db =
        std::env::temp_dir().join(format!("atrium-test-restart-{}.sqlite", std::process::id()));
    let args = |reset| DemoArgs {
        db: db.clone(),
        reset,
        token_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(60),
        vm_pace: 1.0,
        test_faults: true,
        dialect: super::DemoDialect::Hostbill,
        vm_image: std::path::PathBuf::new(),
        no_live_vm: true,
    };
    let app = router(args(true)).unwrap();
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    assert_eq!(
        call(&app, "PUT", "/notifications/1/ack", Some(&t), None)
            .await
            .0,
        StatusCode::OK
    );
    drop(app);
    let app = router(args(false)).unwrap();
    let (_, v) = call(&app, "GET", "/notifications/new", Some(&t), None).await;
    assert!(
        v["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"] != "1"),
        "token and ack survived"
    );
    let app = router(args(true)).unwrap();
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, v) = call(&app, "GET", "/notifications/new", Some(&t), None).await;
    assert!(
        v["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "1"),
        "--reset restores the seed"
    );
}

#[tokio::test]
async fn credit_is_applied_once_within_the_limits() {
    let app = portal("credit");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, list) = call(&app, "GET", "/invoices/due", Some(&t), None).await;
    let usd = list["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["currency"] == "USD")
        .unwrap()
        .clone();
    let id = usd["id"].as_str().unwrap();
    let (status, v) = call(
        &app,
        "POST",
        &format!("/invoice/{id}/credit"),
        Some(&t),
        Some(json!({"amount": "1000.00"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Amount exceeds customer credit balance");
    let (status, v) = call(
        &app,
        "POST",
        &format!("/invoice/{id}/credit"),
        Some(&t),
        Some(json!({"amount": "1.50"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["invoice_status"], "Unpaid");
    let (_, b) = call(&app, "GET", "/balance", Some(&t), None).await;
    assert_eq!(b["details"]["acc_credit"], "24.00");
    let (_, inv) = call(&app, "GET", &format!("/invoice/{id}"), Some(&t), None).await;
    assert_eq!(inv["invoice"]["credit"], 1.5);
    // Paid invoices refuse credit.
    let (_, all) = call(&app, "GET", "/invoice", Some(&t), None).await;
    let paid = all["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "Paid")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, v) = call(
        &app,
        "POST",
        &format!("/invoice/{paid}/credit"),
        Some(&t),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Invoice Not in Unpaid Status");
}

#[tokio::test]
async fn add_funds_creates_an_invoice_within_limits() {
    let app = portal("funds");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, v) = call(
        &app,
        "POST",
        "/billing/addfunds",
        Some(&t),
        Some(json!({"funds": "1.00", "gateway": "2"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Minimum deposit is 5.00");
    let (status, v) = call(
        &app,
        "POST",
        "/billing/addfunds",
        Some(&t),
        Some(json!({"funds": "50", "gateway": "2"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let id = v["invoice_id"].as_str().unwrap();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{id}"), Some(&t), None).await;
    assert_eq!(inv["invoice"]["status"], "Unpaid");
    assert_eq!(inv["invoice"]["total"], 50.0);
}

#[tokio::test]
async fn every_notification_is_listed_or_only_those_about_one_thing() {
    let app = portal("notifications-all");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, all) = call(&app, "GET", "/notifications", Some(&t), None).await;
    let all = all["notifications"].as_array().unwrap().clone();
    // Read ones too (ticket 736633's is seen), and only the client's own.
    assert_eq!(all.len(), 4, "{all:?}");
    assert!(all.iter().any(|n| n["seen"] == "1"));
    let (_, about) = call(
        &app,
        "GET",
        "/notifications?rel_type=service&rel_id=303",
        Some(&t),
        None,
    )
    .await;
    let about = about["notifications"].as_array().unwrap();
    assert_eq!(about.len(), 1);
    assert_eq!(about[0]["subject"], "Scheduled maintenance");
    let (_, none) = call(
        &app,
        "GET",
        "/notifications?rel_type=Service&rel_id=301",
        Some(&t),
        None,
    )
    .await;
    assert_eq!(none["notifications"], serde_json::json!([]));
    let (status, _) = call(&app, "GET", "/notifications", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
