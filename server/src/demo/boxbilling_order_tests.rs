//! Ordering on the BoxBilling demo as on FOSSBilling 0.6.22: the domain product priced by TLD,
//! the availability and transfer checks in FOSSBilling's words, `add_item` with a registration
//! or a transfer, the cart line per year and the order it becomes; and a cart in another
//! currency than the default, priced in the default with the rate beside.

use super::boxbilling_tests::{portal, post, post_both, signed_in};
use serde_json::{Value, json};

#[tokio::test]
async fn the_domain_product_is_priced_by_tld_like_fossbillings() {
    let app = portal("tlds", 0.01);
    let (list, _) = post(&app, "/guest/product/get_list", None, json!({})).await;
    let rows = list["result"]["list"].as_array().unwrap();
    let domains = rows.iter().find(|p| p["type"] == "domain").unwrap();
    let pricing = domains["pricing"].as_object().unwrap();
    // Active TLDs only, keyed by TLD, no `type` (real-answers product_get_list.json).
    assert!(pricing.get("type").is_none());
    assert!(pricing.get(".xyz").is_none(), "switched off");
    assert_eq!(pricing[".com"]["price_registration"], "12.99");
    assert_eq!(pricing[".com"]["price_transfer"], "9.99");
    assert_eq!(pricing[".ai"]["min_years"], 2);
    assert_eq!(pricing[".vn"]["allow_transfer"], 0);
    assert_eq!(pricing[".com"]["registrar"]["title"], "Custom");

    let (tlds, _) = post(
        &app,
        "/guest/servicedomain/tlds",
        None,
        json!({"allow_transfer": 1}),
    )
    .await;
    let names: Vec<&str> = tlds["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["tld"].as_str().unwrap())
        .collect();
    assert_eq!(names, [".com", ".net", ".ai"]);
    let (one, _) = post(
        &app,
        "/guest/servicedomain/pricing",
        None,
        json!({"tld": ".net"}),
    )
    .await;
    assert_eq!(one["result"]["price_renew"], "14.99");
}

#[tokio::test]
async fn availability_and_transfers_are_answered_in_fossbillings_words() {
    let app = portal("domain-check", 0.01);
    let ask = |method: &'static str, sld: &'static str, tld: &'static str| {
        let app = app.clone();
        async move {
            let path = format!("/guest/servicedomain/{method}");
            post(&app, &path, None, json!({"sld": sld, "tld": tld}))
                .await
                .0
        }
    };
    assert_eq!(ask("check", "atrium-new", ".com").await["result"], true);
    // Held elsewhere, held by a demo client, badly formed, on an inactive TLD.
    let words = |v: Value| v["error"]["message"].as_str().unwrap_or("").to_string();
    assert_eq!(
        words(ask("check", "example", ".com").await),
        "Domain is not available."
    );
    assert_eq!(
        words(ask("check", "nguyenstudio", ".com").await),
        "Domain is not available."
    );
    assert_eq!(
        words(ask("check", "-bad-", ".com").await),
        "Domain -bad- is invalid"
    );
    assert_eq!(
        words(ask("check", "atrium-new", ".xyz").await),
        "Domain availability could not be determined. TLD is not active."
    );
    assert_eq!(words(ask("check", "", ".com").await), "SLD is missing");
    // Only a name held elsewhere can be transferred in, and not where transfers are closed.
    assert_eq!(
        ask("can_be_transferred", "example", ".com").await["result"],
        true
    );
    assert_eq!(
        words(ask("can_be_transferred", "atrium-new", ".com").await),
        "Domain cannot be transferred."
    );
    assert_eq!(
        words(ask("can_be_transferred", "example", ".vn").await),
        "Domain cannot be transferred"
    );
}

#[tokio::test]
async fn a_registration_and_a_transfer_are_added_priced_per_year_and_ordered() {
    let app = portal("domain-order", 0.01);
    let basic = signed_in(&app).await;
    let (_, cookie) = post(&app, "/guest/product/get_list", None, json!({})).await;
    let cookie = cookie.unwrap();
    let call = |path: &'static str, body: Value| {
        let (app, cookie, basic) = (app.clone(), cookie.clone(), basic.clone());
        async move { post_both(&app, path, &cookie, &basic, body).await }
    };
    let add = |body: Value| call("/guest/cart/add_item", body);
    let refused = |v: Value| v["error"]["message"].as_str().unwrap_or("").to_string();
    // FOSSBilling's validateOrderData, word for word.
    assert_eq!(
        refused(add(json!({"id": 30, "multiple": 1})).await),
        "Are you registering new domain or transferring existing? Action parameter missing"
    );
    assert_eq!(
        refused(add(json!({"id": 30, "multiple": 1, "action": "register", "register_tld": ".com", "register_years": 1})).await),
        "Domain registration sld parameter missing."
    );
    assert_eq!(
        refused(add(json!({"id": 30, "multiple": 1, "action": "register", "register_sld": "atrium-ai", "register_tld": ".ai", "register_years": 1})).await),
        ".ai can be registered for at least 2 years"
    );
    assert_eq!(
        refused(add(json!({"id": 30, "multiple": 1, "action": "register", "register_sld": "google", "register_tld": ".com", "register_years": 1})).await),
        "google.com is already registered!"
    );
    assert_eq!(
        refused(add(json!({"id": 30, "multiple": 1, "action": "transfer", "transfer_sld": "atrium-free", "transfer_tld": ".com"})).await),
        "atrium-free.com cannot be transferred!"
    );
    let registered = add(json!({"id": 30, "multiple": 1, "action": "register",
        "register_sld": "Atrium-New", "register_tld": ".net", "register_years": 2}))
    .await;
    assert_eq!(registered["result"], true, "{registered}");
    let transferred = add(json!({"id": 30, "multiple": 1, "action": "transfer",
        "transfer_sld": "example", "transfer_tld": ".com", "transfer_code": "EPP-123"}))
    .await;
    assert_eq!(transferred["result"], true, "{transferred}");

    let cart = call("/guest/cart/get", json!({})).await["result"].clone();
    let items = cart["items"].as_array().unwrap();
    assert_eq!(items[0]["title"], "Domain atrium-new.net registration");
    assert_eq!(items[0]["period"], "2Y");
    assert_eq!(items[0]["quantity"], 2);
    assert_eq!(items[0]["price"], "14.99", "one year's price");
    assert_eq!(items[0]["total"], "29.98");
    assert_eq!(items[1]["title"], "Domain example.com transfer");
    assert_eq!(items[1]["period"], "1Y");
    assert_eq!(items[1]["total"], "9.99");
    assert_eq!(cart["subtotal"], "39.97");

    let placed = call("/client/cart/checkout", json!({})).await;
    assert_eq!(placed["error"], Value::Null, "{placed}");
    let order = placed["result"]["order_id"].clone();
    let got = call("/client/order/get", json!({"id": order})).await["result"].clone();
    assert_eq!(got["service_type"], "domain");
    assert_eq!(got["title"], "atrium-new.net");
    assert_eq!(got["config"]["register_years"], 2);
    // Once ordered, the name is taken.
    let (again, _) = post(
        &app,
        "/guest/servicedomain/check",
        None,
        json!({"sld": "atrium-new", "tld": ".net"}),
    )
    .await;
    assert_eq!(again["error"]["message"], "Domain is not available.");
}

#[tokio::test]
async fn a_cart_in_another_currency_keeps_default_amounts_and_names_its_rate() {
    let app = portal("vnd-cart", 0.01);
    let (login, cookie) = post(
        &app,
        "/guest/client/login",
        None,
        json!({"email": "other@atrium.test", "password": "other1234"}),
    )
    .await;
    assert_eq!(login["error"], Value::Null, "{login}");
    let cookie = cookie.unwrap();
    let add = post(
        &app,
        "/guest/cart/add_item",
        Some(&cookie),
        json!({"id": 20, "period": "1M"}),
    )
    .await
    .0;
    assert_eq!(add["result"], true, "{add}");
    let cart = post(&app, "/guest/cart/get", Some(&cookie), json!({}))
        .await
        .0["result"]
        .clone();
    assert_eq!(cart["total"], "9.00", "in the default currency");
    assert_eq!(cart["currency"]["code"], "VND");
    assert_eq!(cart["currency"]["conversion_rate"], 25000);
    let (rate, _) = post(&app, "/guest/currency/get", None, json!({"code": "vnd"})).await;
    assert_eq!(rate["result"]["conversion_rate"], 25000);
    let (default, _) = post(&app, "/guest/currency/get", None, json!({})).await;
    assert_eq!(default["result"]["code"], "USD");
    assert_eq!(default["result"]["default"], 1);
}
