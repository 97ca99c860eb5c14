//! The demo catalogue, quotes and orders: the seed's shapes, exact prices, per-item errors,
//! promo codes, and an order that becomes an unpaid invoice and pending services.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

fn vps(extra: serde_json::Value) -> serde_json::Value {
    let mut item = json!({
        "type": "product", "product_id": "20", "cycle": "m", "domain": "",
        "custom": {"501": {"5013": 1}, "502": {"5021": 1}, "503": {"5031": 2}, "505": {"5051": 1, "5052": 1}},
        "addon": {"41": 1}, "addon_cycles": {"41": "m"},
    });
    if let (Some(i), Some(e)) = (item.as_object_mut(), extra.as_object()) {
        i.extend(e.clone());
    }
    item
}

#[tokio::test]
async fn the_catalogue_has_the_seed_shapes() {
    let app = portal("catalog");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, c) = call(&app, "GET", "/category", Some(&t), None).await;
    assert_eq!(c["categories"][1]["name"], "Cloud Servers");
    let (_, p) = call(&app, "GET", "/category/2/product", Some(&t), None).await;
    let l = &p["products"].as_array().unwrap()[2];
    assert_eq!(
        (l["name"].as_str(), l["stock"].as_bool(), l["qty"].as_str()),
        (Some("Cloud L"), Some(true), Some("0"))
    );
    let (_, cfg) = call(&app, "GET", "/order/20", Some(&t), None).await;
    let forms = cfg["product"]["config"]["forms"].as_array().unwrap();
    let kinds: Vec<&str> = forms.iter().map(|f| f["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "select", "radio", "slider", "qty", "checkbox", "input", "select"
        ]
    );
    assert_eq!(
        forms[1]["config"]["conditionals"][0]["target"], "507",
        "the OS shows the Windows licence"
    );
    assert_eq!(
        cfg["product"]["config"]["subproducts"][0]["title"],
        "Managed support"
    );
    assert_eq!(cfg["product"]["config"]["product"][0]["id"], "cycle");
    let (_, hosting) = call(&app, "GET", "/order/10", Some(&t), None).await;
    assert_eq!(hosting["product"]["config"]["product"][1]["id"], "domain");
}

#[tokio::test]
async fn a_quote_prices_options_addons_promo_and_tax_exactly() {
    let app = portal("quote");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&t),
        Some(json!({"items": [vps(json!({}))]})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{q}");
    // 9.00 + Singapore 2 + 2 GB x 3 + DDoS 5 + monitoring 2 + backups 4 = 28.00; 8 % tax = 2.24.
    assert_eq!(q["summary"]["subtotal"], json!(28.0));
    assert_eq!(q["summary"]["tax"][0]["tax"], json!(2.24));
    assert_eq!(q["summary"]["total"], json!(30.24));
    assert_eq!(q["items"][0]["valid"], true);
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&t),
        Some(json!({"items": [vps(json!({}))], "promocode": "WELCOME10"})),
    )
    .await;
    assert_eq!(q["summary"]["discount"], json!(2.8));
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&t),
        Some(json!({"items": [vps(json!({}))], "promocode": "NOPE"})),
    )
    .await;
    assert_eq!(q["error"][0], "Promotion code is not valid");
    let bad = json!({"items": [{"type": "product", "product_id": "10", "cycle": "m", "domain": "not a domain"}, vps(json!({"custom": {"503": {"5031": 99}}}))]});
    let (_, q) = call(&app, "POST", "/quote", Some(&t), Some(bad)).await;
    assert_eq!(q["items"][0]["error"][0], "Invalid domain name");
    let errors: Vec<&str> = q["items"][1]["error"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.as_str())
        .collect();
    assert!(errors.contains(&"Location is required"), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("between 0 and 16")),
        "{errors:?}"
    );
    assert_eq!(q["items"][1]["valid"], false);
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&t),
        Some(json!({"items": [{"product_id": "22", "cycle": "m"}]})),
    )
    .await;
    assert_eq!(q["items"][0]["error"][0], "This product is out of stock");
}

#[tokio::test]
async fn a_hidden_form_is_neither_priced_nor_required_and_subproducts_are() {
    let app = portal("conditional");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let quote = |item: serde_json::Value| {
        let app = app.clone();
        let t = t.clone();
        async move {
            call(
                &app,
                "POST",
                "/quote",
                Some(&t),
                Some(json!({"items": [item]})),
            )
            .await
            .1
        }
    };
    // Ubuntu: a Datacenter licence sent anyway is ignored (28.00 as above).
    let q = quote(vps(json!({"custom": {"501": {"5013": 1}, "502": {"5021": 1}, "503": {"5031": 2}, "505": {"5051": 1, "5052": 1}, "507": {"5072": 1}}}))).await;
    assert_eq!(q["summary"]["subtotal"], json!(28.0), "{q}");
    // Windows (+15) shows the licence, which is then required...
    let q = quote(vps(
        json!({"custom": {"501": {"5013": 1}, "502": {"5023": 1}}}),
    ))
    .await;
    assert_eq!(q["items"][0]["error"][0], "Windows licence is required");
    // ...and priced: 9 + 2 + Windows 15 + Datacenter 20 + backups 4 + managed support 10 = 60.
    let q = quote(vps(json!({
        "custom": {"501": {"5013": 1}, "502": {"5023": 1}, "507": {"5072": 1}},
        "subproducts": {"61": 1}, "subproducts_cycles": {"61": "m"},
    })))
    .await;
    assert_eq!(q["summary"]["subtotal"], json!(60.0), "{q}");
    let q = quote(vps(
        json!({"subproducts": {"62": 1}, "subproducts_cycles": {"62": "m"}}),
    ))
    .await;
    assert_eq!(q["items"][0]["error"][0], "Sub-product 62 is not available");
}

#[tokio::test]
async fn an_order_becomes_an_unpaid_invoice_and_pending_services() {
    let app = portal("order");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, _) = call(
        &app,
        "POST",
        "/order",
        Some(&t),
        Some(json!({"items": [{"product_id": "10", "cycle": "m", "domain": "bad name"}]})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body = json!({"pay_method": "1", "items": [vps(json!({})), {"type": "product", "product_id": "10", "cycle": "a", "domain": "new-shop.vn"}]});
    let (status, o) = call(&app, "POST", "/order", Some(&t), Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{o}");
    let placed = &o["order_num_list"][0];
    // 28.00 + 54.00 = 82.00, 8 % = 6.56.
    assert_eq!(placed["total"], "88.56");
    let invoice = placed["invoice_id"].as_str().unwrap();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{invoice}"), Some(&t), None).await;
    assert_eq!(inv["invoice"]["status"], "Unpaid");
    let (_, s) = call(&app, "GET", "/service", Some(&t), None).await;
    assert!(
        s["services"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["domain"] == "new-shop.vn" && x["status"] == "Pending")
    );
    let (status, one) = call(
        &app,
        "POST",
        "/order/20",
        Some(&t),
        Some(json!({"cycle": "q", "custom": {"501": {"5011": 1}, "502": {"5022": 1}}})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{one}");
    assert_eq!(one["total"], "29.16", "27.00 + 8 % tax");
}

#[tokio::test]
async fn an_upgrade_is_estimated_then_requested_once_with_an_invoice_for_the_difference() {
    let app = portal("upgrade");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, o) = call(&app, "GET", "/service/304/upgrade", Some(&t), None).await;
    assert_eq!(o["resources"][0]["name"], "Bandwidth");
    assert!(
        o["package"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["id"] != "20"),
        "not its own package"
    );
    let ask = json!({"package": "21", "resources": {"1557": "10103"}});
    let (_, e) = call(
        &app,
        "POST",
        "/service/304/upgrade",
        Some(&t),
        Some(ask.clone()),
    )
    .await;
    // Cloud M 18.00 + 500 GB 5.00 - Cloud S 9.00 = 14.00 a month more.
    assert_eq!(e["estimate"]["total"], "14.00");
    let (_, s) = call(&app, "GET", "/service/304", Some(&t), None).await;
    assert_eq!(
        s["service"]["name"], "Cloud S",
        "an estimate changes nothing"
    );
    let (status, _) = call(
        &app,
        "POST",
        "/service/304/upgrade",
        Some(&t),
        Some(json!({"package": "22", "send": true})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "sold out");
    let mut send = ask;
    send["send"] = json!(true);
    let (status, r) = call(&app, "POST", "/service/304/upgrade", Some(&t), Some(send)).await;
    assert_eq!(status, StatusCode::OK, "{r}");
    let invoice = r["invoice_id"].as_str().unwrap();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{invoice}"), Some(&t), None).await;
    assert_eq!(inv["invoice"]["total"], json!(14.0));
    let (_, s) = call(&app, "GET", "/service/304", Some(&t), None).await;
    assert_eq!(
        (
            s["service"]["name"].as_str(),
            s["service"]["total"].as_str()
        ),
        (Some("Cloud M"), Some("23.00"))
    );
}

#[tokio::test]
async fn a_vnd_client_sees_every_price_in_dong_from_catalogue_to_invoice() {
    let app = portal("vnd-prices");
    let (t, _) = login(&app, "other@atrium.test", "other1234").await;
    // Cloud S is $9.00 monthly in the USD catalogue: 225,000 VND at the demo's rate.
    let (_, p) = call(&app, "GET", "/category/2/product", Some(&t), None).await;
    let cloud_s = &p["products"][0];
    assert_eq!(cloud_s["name"], "Cloud S");
    assert_eq!(cloud_s["periods"][0]["price"].as_f64(), Some(225_000.0));
    let (_, cfg) = call(&app, "GET", "/order/20", Some(&t), None).await;
    assert_eq!(cfg["product"]["price"].as_f64(), Some(225_000.0));
    let forms = cfg["product"]["config"]["forms"].to_string();
    let (_, usd_cfg) = {
        let (usd, _) = login(&app, "demo@atrium.test", "demo1234").await;
        call(&app, "GET", "/order/20", Some(&usd), None).await
    };
    assert_ne!(
        forms,
        usd_cfg["product"]["config"]["forms"].to_string(),
        "option prices are converted too"
    );
    // The quote of the same item agrees with the catalogue.
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&t),
        Some(
            json!({"items": [{"type": "product", "product_id": "20", "cycle": "m", "domain": ""}]}),
        ),
    )
    .await;
    assert_eq!(q["summary"]["currency"], "VND", "{q}");
    assert_eq!(q["summary"]["subtotal"].as_f64(), Some(225_000.0), "{q}");
    // The service itself is billed in dong.
    let (_, s) = call(&app, "GET", "/service", Some(&t), None).await;
    assert_eq!(s["services"][0]["total"], "225000.00", "{s}");
}
