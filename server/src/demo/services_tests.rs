//! The demo portal's service pages: ownership, the methods list, label bounds.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn services_belong_to_their_client_and_labels_are_bounded() {
    let app = portal("services");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (status, _) = call(&app, "GET", "/service/301", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, m) = call(&app, "GET", "/service/303/methods", Some(&token), None).await;
    assert!(
        m["methods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["route"] == "/service/@id/vms")
    );
    let long = "x".repeat(65);
    let (status, _) = call(
        &app,
        "POST",
        "/service/301/label",
        Some(&token),
        Some(json!({"label": long})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(
        &app,
        "POST",
        "/service/301/label",
        Some(&token),
        Some(json!({"label": "Shop"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, s) = call(&app, "GET", "/service/301", Some(&token), None).await;
    assert_eq!(s["service"]["label"], "Shop");
}
