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

#[tokio::test]
async fn services_of_a_category_are_the_clients_own_in_the_seeds_shape_and_filtered() {
    let app = portal("services-in-category");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, all) = call(&app, "GET", "/service", Some(&token), None).await;
    let all = all["services"].as_array().unwrap().clone();
    let (status, every) = call(&app, "GET", "/services/0", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    let every = every["services"].as_array().unwrap().clone();
    assert_eq!(every.len(), all.len(), "0 is every category");
    for key in [
        "id",
        "product_id",
        "domain",
        "label",
        "total",
        "status",
        "billingcycle",
        "next_due",
        "catname",
        "slug",
        "name",
    ] {
        assert!(every[0].get(key).is_some(), "the seed's {key}");
    }
    let statuses = |v: &serde_json::Value| -> Vec<String> {
        v["services"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["status"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        statuses(&json!({ "services": every.clone() }))
            .iter()
            .any(|s| s == "Terminated" || s == "Cancelled"),
        "the demo account has closed services to hide"
    );
    let (_, live) = call(
        &app,
        "GET",
        "/services/0?filter%5Bhide_terminated%5D=1&filter%5Bhide_cancelled%5D=1&filter%5Bhide_fraud%5D=1",
        Some(&token),
        None,
    )
    .await;
    let live = statuses(&live);
    assert!(!live.is_empty());
    assert!(
        live.iter()
            .all(|s| s != "Terminated" && s != "Cancelled" && s != "Fraud")
    );
    let (_, active) = call(
        &app,
        "GET",
        "/services/0?filter%5Bstatus%5D=Active",
        Some(&token),
        None,
    )
    .await;
    assert!(statuses(&active).iter().all(|s| s == "Active"));
    // One category: only its services.
    let first = every.iter().find(|s| s["category_id"] != "0").unwrap();
    let cid = first["category_id"].as_str().unwrap();
    let (_, one) = call(&app, "GET", &format!("/services/{cid}"), Some(&token), None).await;
    let one = one["services"].as_array().unwrap();
    assert!(!one.is_empty() && one.len() < every.len());
    assert!(one.iter().all(|s| s["category_id"] == cid));
    // Another client sees none of these.
    let (_, theirs) = call(&app, "GET", "/services/0", Some(&other), None).await;
    let mine: Vec<&serde_json::Value> = every.iter().map(|s| &s["id"]).collect();
    assert!(
        theirs["services"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| !mine.contains(&&s["id"]))
    );
    let (status, _) = call(&app, "GET", "/services/abc", Some(&token), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}
