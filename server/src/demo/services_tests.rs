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
    // The label alone, in the seed's shape, to its owner only.
    let (_, l) = call(&app, "GET", "/service/301/label", Some(&token), None).await;
    assert_eq!(l, json!({"label": "Shop"}));
    let (status, _) = call(&app, "GET", "/service/301/label", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn renew_now_issues_a_renewal_invoice_for_the_services_owner_only() {
    let app = super::tests::portal("manual-renew");
    let (t, _) = super::tests::login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = super::tests::login(&app, "other@atrium.test", "other1234").await;
    let (_, list) = super::tests::call(&app, "GET", "/service", Some(&t), None).await;
    let active = list["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["status"] == "Active")
        .expect("an active service")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/service/{active}/manualrenew");
    let (s, _) = super::tests::call(&app, "POST", &path, Some(&other), None).await;
    assert_eq!(
        s,
        axum::http::StatusCode::NOT_FOUND,
        "another client's service"
    );
    let (s, v) = super::tests::call(&app, "POST", &path, Some(&t), None).await;
    assert_eq!(s, axum::http::StatusCode::OK, "{v}");
    let invoice = v["invoice_id"].as_str().unwrap().to_string();
    let (_, inv) =
        super::tests::call(&app, "GET", &format!("/invoice/{invoice}"), Some(&t), None).await;
    assert!(inv["invoice"]["status"].is_string(), "{inv}");
}
