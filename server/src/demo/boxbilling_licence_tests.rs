//! The BoxBilling demo's licence order, as FOSSBilling 0.6.22 answers: `order/service` in
//! `Servicelicense\Service::toApiArray`'s shape, and `servicelicense/reset` only on the client's
//! own active licence, emptying its bindings.

use super::boxbilling_tests::{portal, post, signed_in, signed_in_as};
use serde_json::json;

#[tokio::test]
async fn a_licence_is_read_and_reset_only_by_its_owner() {
    let app = portal("licence", 0.01);
    let basic = signed_in(&app).await;
    let other = signed_in_as(&app, "other@atrium.test", "other1234").await;

    let (order, _) = post(&app, "/client/order/get", Some(&basic), json!({"id": 309})).await;
    assert_eq!(order["result"]["service_type"], "license", "{order}");
    let (l, _) = post(
        &app,
        "/client/order/service",
        Some(&basic),
        json!({"id": 309}),
    )
    .await;
    let l = &l["result"];
    let mut keys: Vec<_> = l.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "hosts",
            "ips",
            "license_key",
            "paths",
            "pinged_at",
            "validate_host",
            "validate_ip",
            "validate_path",
            "validate_version",
            "versions"
        ]
    );
    assert_eq!(l["validate_ip"], true);
    assert_eq!(l["ips"], json!(["103.56.158.10"]));

    // Another client's order, a missing id, an order of another kind: FOSSBilling's words.
    let (r, _) = post(
        &app,
        "/client/servicelicense/reset",
        Some(&other),
        json!({"order_id": 309}),
    )
    .await;
    assert_eq!(r["error"]["message"], "Order not found");
    let (r, _) = post(
        &app,
        "/client/servicelicense/reset",
        Some(&basic),
        json!({}),
    )
    .await;
    assert_eq!(r["error"]["message"], "Order ID is required");
    let (r, _) = post(
        &app,
        "/client/servicelicense/reset",
        Some(&basic),
        json!({"order_id": 301}),
    )
    .await;
    assert_eq!(r["error"]["message"], "Order is not activated");

    let (r, _) = post(
        &app,
        "/client/servicelicense/reset",
        Some(&basic),
        json!({"order_id": 309}),
    )
    .await;
    assert_eq!(r["result"], true, "{r}");
    let (l, _) = post(
        &app,
        "/client/order/service",
        Some(&basic),
        json!({"id": 309}),
    )
    .await;
    for list in ["ips", "hosts", "paths", "versions"] {
        assert_eq!(l["result"][list], json!([]), "{list}");
    }
    assert_eq!(l["result"]["license_key"], "ATR-7F3K-92QD-LM4X");
}
