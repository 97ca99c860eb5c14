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
