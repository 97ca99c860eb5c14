//! The BoxBilling demo's hosting account and order deletion, as FOSSBilling 0.6.22 answers:
//! `order/service` of a hosting order in `toApiArray`'s shape, `servicehosting/*` only on the
//! client's own active hosting order with FOSSBilling's checks, and `order/delete` only of an
//! order awaiting setup.

use super::boxbilling_tests::{portal, post, post_both, signed_in, signed_in_as};
use serde_json::{Value, json};

#[tokio::test]
async fn a_hosting_account_is_answered_and_changed_only_by_its_owner_and_rules() {
    let app = portal("hosting", 0.01);
    let basic = signed_in(&app).await;
    let call = |path: &'static str, body: Value| {
        let (app, basic) = (app.clone(), basic.clone());
        async move { post(&app, path, Some(&basic), body).await.0 }
    };
    let a = call("/client/order/service", json!({"id": 301})).await["result"].clone();
    // The keys of real-answers order_service_1.
    let mut keys: Vec<_> = a.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "domain",
            "domain_order_id",
            "hosting_plan",
            "ip",
            "reseller",
            "server",
            "sld",
            "tld",
            "username"
        ]
    );
    assert_eq!(
        (a["sld"].as_str(), a["tld"].as_str()),
        (Some("nguyenstudio"), Some(".vn"))
    );
    assert_eq!(a["hosting_plan"]["name"], "Starter");
    assert_eq!(a["server"]["ns1"], "ns1.atrium-demo.net");
    let pairs = call("/client/servicehosting/hp_get_pairs", json!({})).await;
    assert_eq!(pairs["result"], json!({"1": "Starter", "2": "Business"}));

    // FOSSBilling's `_getService` and `changeAccount*` words.
    let no_id = call(
        "/client/servicehosting/change_username",
        json!({"username": "x"}),
    )
    .await;
    assert_eq!(no_id["error"]["message"], "Order ID is required");
    let not_hosting = call(
        "/client/servicehosting/change_username",
        json!({"order_id": 306, "username": "abc"}),
    )
    .await;
    assert_eq!(not_hosting["error"]["message"], "Order not found");
    let differ = call(
        "/client/servicehosting/change_password",
        json!({"order_id": 301, "password": "Secret123", "password_confirm": "Secret124"}),
    )
    .await;
    assert_eq!(
        differ["error"]["message"],
        "Account password is missing or is invalid"
    );
    let set = call(
        "/client/servicehosting/change_password",
        json!({"order_id": 301, "password": "Secret123", "password_confirm": "Secret123"}),
    )
    .await;
    assert_eq!(set["result"], true);
    let no_tld = call(
        "/client/servicehosting/change_domain",
        json!({"order_id": 301, "sld": "shop"}),
    )
    .await;
    assert_eq!(no_tld["error"]["message"], "Domain SLD or TLD is missing");

    let renamed = call(
        "/client/servicehosting/change_username",
        json!({"order_id": 301, "username": "Alex2"}),
    )
    .await;
    assert_eq!(renamed["result"], true);
    let moved = call(
        "/client/servicehosting/change_domain",
        json!({"order_id": 301, "sld": "alex-shop", "tld": ".com"}),
    )
    .await;
    assert_eq!(moved["result"], true);
    let after = call("/client/order/service", json!({"id": 301})).await["result"].clone();
    assert_eq!(
        after["username"], "alex2",
        "lowercased, as FOSSBilling stores it"
    );
    assert_eq!(after["domain"], "alex-shop.com");

    // Another client's hosting order is not found, and nothing of it is answered.
    let other = signed_in_as(&app, "other@atrium.test", "other1234").await;
    for (path, body) in [
        ("/client/order/service", json!({"id": 301})),
        (
            "/client/servicehosting/change_username",
            json!({"order_id": 301, "username": "mine"}),
        ),
    ] {
        let (v, _) = post(&app, path, Some(&other), body).await;
        assert_eq!(v["error"]["message"], "Order not found", "{path}");
    }
}

#[tokio::test]
async fn only_an_order_awaiting_setup_is_deleted() {
    let app = portal("order-delete", 0.01);
    let basic = signed_in(&app).await;
    let call = |path: &'static str, body: Value| {
        let (app, basic) = (app.clone(), basic.clone());
        async move { post(&app, path, Some(&basic), body).await.0 }
    };
    // The cart is the guest session's (its cookie), the checkout the signed-in client's.
    let (_, cookie) = post(&app, "/guest/product/get_list", None, json!({})).await;
    let cookie = cookie.expect("a session cookie for the cart");
    let both = |path: &'static str, body: Value| {
        let (app, cookie, basic) = (app.clone(), cookie.clone(), basic.clone());
        async move { post_both(&app, path, &cookie, &basic, body).await }
    };
    let active = call("/client/order/delete", json!({"id": 301})).await;
    assert_eq!(
        active["error"]["message"],
        "Only pending and failed setup orders can be deleted."
    );
    // More than the credit covers: the order waits for its invoice, pending setup.
    both("/guest/cart/add_item", json!({"id": 21, "period": "1Y"})).await;
    let placed = both("/client/cart/checkout", json!({})).await;
    let order = placed["result"]["order_id"].clone();
    assert!(!order.is_null(), "{placed}");
    let got = call("/client/order/get", json!({"id": order})).await;
    assert_eq!(got["result"]["status"], "pending_setup");
    let deleted = call("/client/order/delete", json!({"id": order})).await;
    assert_eq!(deleted["result"], true);
    let gone = call("/client/order/get", json!({"id": order})).await;
    assert_eq!(gone["error"]["message"], "Order not found");
    let again = call("/client/order/delete", json!({"id": order})).await;
    assert_eq!(again["error"]["message"], "Order not found");
}
