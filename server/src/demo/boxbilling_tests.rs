//! The demo portal in BoxBilling's dialect: guest login then the API key as HTTP Basic, the
//! `{"result", "error"}` envelope with errors on HTTP 200, paged lists, SolusVM power.

use super::{DemoArgs, DemoDialect, router};
use axum::Router;
use base64::Engine;
use serde_json::{Value, json};
use sha2::Digest;
use std::time::Duration;

pub(super) fn portal(name: &str, vm_pace: f64) -> Router {
    let db = std::env::temp_dir().join(format!("atrium-bb-{name}-{}.sqlite", std::process::id()));
    router(DemoArgs {
        db,
        reset: true,
        token_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(3600),
        vm_pace,
        test_faults: true,
        dialect: DemoDialect::Boxbilling,
        vm_image: std::path::PathBuf::new(),
        no_live_vm: true,
    })
    .unwrap()
}

pub(super) async fn post(
    app: &Router,
    path: &str,
    auth: Option<&str>,
    body: Value,
) -> (Value, Option<String>) {
    use axum::http::Request;
    use tower::ServiceExt;
    let mut req = Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/json");
    if let Some(a) = auth {
        req = req.header(
            if a.starts_with("PHPSESSID") {
                "cookie"
            } else {
                "authorization"
            },
            a,
        );
    }
    let resp = app
        .clone()
        .oneshot(req.body(axum::body::Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    // BoxBilling answers errors with HTTP 200, except a call it cannot authenticate (401).
    assert!(
        [200, 401].contains(&resp.status().as_u16()),
        "{path}: {}",
        resp.status()
    );
    let cookie = resp
        .headers()
        .get("set-cookie")
        .and_then(|c| c.to_str().ok())
        .and_then(|c| c.split(';').next())
        .map(String::from);
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
        .await
        .unwrap();
    (serde_json::from_slice(&bytes).unwrap(), cookie)
}

pub(super) async fn signed_in(app: &Router) -> String {
    signed_in_as(app, "demo@atrium.test", "demo1234").await
}

/// Signs `email` in as the app does (cookie, CSRF token, API key) and answers the Basic header.
pub(super) async fn signed_in_as(app: &Router, email: &str, password: &str) -> String {
    let (v, cookie) = post(
        app,
        "/guest/client/login",
        None,
        json!({"email": email, "password": password}),
    )
    .await;
    assert_eq!(v["error"], Value::Null, "{v}");
    // FOSSBilling's sign-in answer names who signed in (real-answers guest_client_login.json).
    let mut keys: Vec<_> = v["result"].as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["email", "id", "name", "role"]);
    let cookie = cookie.expect("a session cookie");
    // With CSRF prevention on (FOSSBilling's default), the cookie alone is refused...
    let (refused, _) = post(app, "/client/profile/api_key_get", Some(&cookie), json!({})).await;
    assert_eq!(
        refused["error"],
        json!({"message": "Authentication Failed", "code": 201})
    );
    // ...and counts with CSRFToken = md5 of the session id.
    let csrf = crate::csrf_handover::token_of(cookie.trim_start_matches("PHPSESSID="));
    let (key, _) = post(
        app,
        "/client/profile/api_key_get",
        Some(&cookie),
        json!({ "CSRFToken": csrf }),
    )
    .await;
    assert_eq!(key["result"], "", "no key yet");
    let (key, _) = post(
        app,
        "/client/profile/api_key_reset",
        Some(&cookie),
        json!({ "CSRFToken": csrf }),
    )
    .await;
    let key = key["result"].as_str().unwrap().to_string();
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("client:{key}"))
    )
}

#[tokio::test]
async fn sign_in_then_the_api_key_authorises_every_call() {
    let app = portal("auth", 0.01);
    let (bad, _) = post(
        &app,
        "/guest/client/login",
        None,
        json!({"email": "demo@atrium.test", "password": "x"}),
    )
    .await;
    assert_eq!(bad["result"], Value::Null);
    assert!(bad["error"]["message"].is_string());
    let (anon, _) = post(&app, "/client/profile/get", None, json!({})).await;
    assert_eq!(anon["error"]["code"], 201);
    let basic = signed_in(&app).await;
    let (p, _) = post(&app, "/client/profile/get", Some(&basic), json!({})).await;
    assert_eq!(p["result"]["email"], "demo@atrium.test");
    let (wrong, _) = post(
        &app,
        "/client/profile/get",
        Some("Basic Y2xpZW50Om5vcGU="),
        json!({}),
    )
    .await;
    assert_eq!(wrong["error"]["code"], 201);
}

#[tokio::test]
async fn lists_are_paged_and_an_invoice_is_read_by_its_hash() {
    let app = portal("lists", 0.01);
    let basic = signed_in(&app).await;
    let (page1, _) = post(
        &app,
        "/client/invoice/get_list",
        Some(&basic),
        json!({"page": 1, "per_page": 10}),
    )
    .await;
    let r = &page1["result"];
    assert_eq!(r["list"].as_array().unwrap().len(), 10);
    assert!(r["pages"].as_i64().unwrap() >= 4, "{r}");
    let hash = r["list"][0]["hash"].as_str().unwrap().to_string();
    let (inv, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert!(
        !inv["result"]["lines"].as_array().unwrap().is_empty(),
        "{inv}"
    );
    let (missing, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": "nope"}),
    )
    .await;
    assert_eq!(missing["error"]["message"], "Invoice was not found");
    let (credit, _) = post(
        &app,
        "/client/client/balance_get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    let sum: f64 = credit["result"]["list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["amount"].as_str().unwrap().parse::<f64>().unwrap())
        .sum();
    assert!(
        (sum - 25.50).abs() < 0.001,
        "entries add up to the credit: {sum}"
    );
    let (orders, _) = post(
        &app,
        "/client/order/get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    assert!(
        orders["result"]["list"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["service_type"] == "solusvm")
    );
}

#[tokio::test]
async fn a_solusvm_server_reboots_and_reports_its_status() {
    // Real timings: the reboot is still running when it is asked for again.
    let app = portal("solusvm", 1.0);
    let basic = signed_in(&app).await;
    let (orders, _) = post(
        &app,
        "/client/order/get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    let vps = orders["result"]["list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["service_type"] == "solusvm")
        .unwrap()["id"]
        .clone();
    let (status, _) = post(
        &app,
        "/client/servicesolusvm/status",
        Some(&basic),
        json!({"order_id": vps}),
    )
    .await;
    let before = status["result"].as_str().unwrap().to_string();
    assert!(["online", "offline"].contains(&before.as_str()), "{status}");
    let action = if before == "online" { "reboot" } else { "boot" };
    let (done, _) = post(
        &app,
        &format!("/client/servicesolusvm/{action}"),
        Some(&basic),
        json!({"order_id": vps}),
    )
    .await;
    assert_eq!(done["result"], true, "{done}");
    let (again, _) = post(
        &app,
        &format!("/client/servicesolusvm/{action}"),
        Some(&basic),
        json!({"order_id": vps}),
    )
    .await;
    assert!(
        again["error"]["message"]
            .as_str()
            .unwrap()
            .contains("locked"),
        "{again}"
    );
    let (renamed, _) = post(
        &app,
        "/client/servicesolusvm/set_hostname",
        Some(&basic),
        json!({"order_id": vps, "hostname": "web9.example.vn"}),
    )
    .await;
    assert_eq!(renamed["result"], true, "{renamed}");
    let (info, _) = post(
        &app,
        "/client/servicesolusvm/info",
        Some(&basic),
        json!({"order_id": vps}),
    )
    .await;
    assert_eq!(info["result"]["hostname"], "web9.example.vn");
    let (bad, _) = post(
        &app,
        "/client/servicesolusvm/set_hostname",
        Some(&basic),
        json!({"order_id": vps, "hostname": "not a name"}),
    )
    .await;
    assert_eq!(bad["error"]["message"], "Hostname is not valid");
    let (pw, _) = post(
        &app,
        "/client/servicesolusvm/set_root_password",
        Some(&basic),
        json!({"order_id": vps, "password": "short"}),
    )
    .await;
    assert!(
        pw["error"]["message"]
            .as_str()
            .unwrap()
            .contains("8 and 64")
    );
    let (pw, _) = post(
        &app,
        "/client/servicesolusvm/set_root_password",
        Some(&basic),
        json!({"order_id": vps, "password": "long-enough-1"}),
    )
    .await;
    assert_eq!(pw["result"], true);
    let (other, _) = post(
        &app,
        "/client/servicesolusvm/status",
        Some(&basic),
        json!({"order_id": 999999}),
    )
    .await;
    assert_eq!(other["error"]["message"], "Order not found");
}

#[tokio::test]
async fn funds_renewal_and_delete_make_and_remove_invoices() {
    let app = portal("invoices", 0.01);
    let basic = signed_in(&app).await;
    let (funds, _) = post(
        &app,
        "/client/invoice/funds_invoice",
        Some(&basic),
        json!({"amount": "20.00"}),
    )
    .await;
    let hash = funds["result"].as_str().expect("a hash").to_string();
    let (inv, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert_eq!(
        (
            inv["result"]["status"].as_str(),
            inv["result"]["total"].as_str()
        ),
        (Some("unpaid"), Some("20.00"))
    );
    let (deleted, _) = post(
        &app,
        "/client/invoice/delete",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert_eq!(deleted["result"], true, "{deleted}");
    let (gone, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert_eq!(gone["error"]["message"], "Invoice was not found");
    // As FOSSBilling: the order's unpaid invoice is handed back and, the credit ($25.50)
    // covering its $22.68, paid from the credit at once...
    let renew = |app: Router, basic: String| async move {
        let (renewal, _) = post(
            &app,
            "/client/invoice/renewal_invoice",
            Some(&basic),
            json!({"order_id": 303}),
        )
        .await;
        let hash = renewal["result"].as_str().expect("a hash").to_string();
        post(
            &app,
            "/client/invoice/get",
            Some(&basic),
            json!({"hash": hash}),
        )
        .await
        .0
    };
    let first = renew(app.clone(), basic.clone()).await;
    assert_eq!(first["result"]["status"], "paid", "{first}");
    assert!(
        first["result"]["lines"][0]["title"]
            .as_str()
            .unwrap()
            .contains("Cloud M - web cluster"),
        "{first}"
    );
    // ...then the next unpaid one ($21.00), which the $2.82 left cannot pay: it stays unpaid.
    let second = renew(app.clone(), basic.clone()).await;
    assert_eq!(second["result"]["status"], "unpaid", "{second}");
    assert_ne!(second["result"]["hash"], first["result"]["hash"]);
    // Asked again, the same unpaid invoice; once it is gone, a new renewal invoice.
    let again = renew(app.clone(), basic.clone()).await;
    assert_eq!(again["result"]["hash"], second["result"]["hash"]);
    let (deleted, _) = post(
        &app,
        "/client/invoice/delete",
        Some(&basic),
        json!({"hash": second["result"]["hash"]}),
    )
    .await;
    assert_eq!(deleted["result"], true, "{deleted}");
    let third = renew(app.clone(), basic.clone()).await;
    assert!(
        third["result"]["lines"][0]["title"]
            .as_str()
            .unwrap()
            .contains("renewal"),
        "{third}"
    );
    let (list, _) = post(
        &app,
        "/client/invoice/get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    let paid = list["result"]["list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "paid")
        .unwrap()["hash"]
        .clone();
    let (refused, _) = post(
        &app,
        "/client/invoice/delete",
        Some(&basic),
        json!({"hash": paid}),
    )
    .await;
    assert_eq!(
        refused["error"]["message"],
        "Only unpaid invoices can be deleted"
    );
    let (txns, _) = post(
        &app,
        "/client/invoice/transaction_get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    let txns = txns["result"]["list"].as_array().unwrap().clone();
    assert!(!txns.is_empty());
    assert!(txns.iter().all(|t| t["status"] == "processed"
        && t["invoice_id"].is_i64()
        && t["invoice_hash"].is_null()));
    let (bad, _) = post(
        &app,
        "/client/invoice/funds_invoice",
        Some(&basic),
        json!({"amount": "0.01"}),
    )
    .await;
    assert!(
        bad["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Minimum"),
        "{bad}"
    );
}

#[tokio::test]
async fn an_orders_addons_and_upgrades_are_listed() {
    let app = portal("extras", 0.01);
    let basic = signed_in(&app).await;
    let (addons, _) = post(
        &app,
        "/client/order/addons",
        Some(&basic),
        json!({"id": 303}),
    )
    .await;
    assert_eq!(addons["result"], json!([]));
    let (up, _) = post(
        &app,
        "/client/order/upgradables",
        Some(&basic),
        json!({"id": 303}),
    )
    .await;
    let titles: Vec<&str> = up["result"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["title"].as_str())
        .collect();
    assert!(!titles.is_empty(), "{up}");
    assert!(!titles.contains(&"Cloud L"), "sold out: {titles:?}");
    let (other, _) = post(
        &app,
        "/client/order/upgradables",
        Some(&basic),
        json!({"id": 999999}),
    )
    .await;
    assert_eq!(other["error"]["message"], "Order not found");
}

/// A call carrying both the cart's session cookie and the client's API key, as the browser
/// sends them.
pub(super) async fn post_both(
    app: &Router,
    path: &str,
    cookie: &str,
    basic: &str,
    body: Value,
) -> Value {
    use axum::http::Request;
    use tower::ServiceExt;
    let req = Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/json")
        .header("cookie", cookie)
        .header("authorization", basic)
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), 200, "{path}");
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
        .await
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn the_session_cart_is_priced_then_checked_out_and_paid_from_credit_when_it_covers_it() {
    let app = portal("cart", 0.01);
    let basic = signed_in(&app).await;
    // The catalogue is public; the first guest call starts a session (the cart's key).
    let (list, cookie) = post(&app, "/guest/product/get_list", None, json!({})).await;
    let cookie = cookie.expect("a session cookie for the cart");
    let rows = list["result"]["list"].as_array().unwrap();
    let cloud_s = rows.iter().find(|p| p["id"] == 20).unwrap();
    assert_eq!(cloud_s["type"], "solusvm");
    // FOSSBilling's shape: the category by id, its name from category_get_pairs.
    assert_eq!(cloud_s["category"], Value::Null);
    let (pairs, _) = post(&app, "/guest/product/category_get_pairs", None, json!({})).await;
    assert_eq!(
        pairs["result"][cloud_s["product_category_id"].to_string()],
        "Cloud Servers"
    );
    assert_eq!(cloud_s["pricing"]["recurrent"]["1M"]["price"], "9.00");
    assert!(cloud_s["pricing"]["recurrent"].get("2Y").is_none());
    let call = |path: &'static str, body: Value| {
        let (app, cookie, basic) = (app.clone(), cookie.clone(), basic.clone());
        async move { post_both(&app, path, &cookie, &basic, body).await }
    };
    // Refusals come as error objects on HTTP 200 and leave the cart as it was.
    let no_period = call(
        "/guest/cart/add_item",
        json!({"id": 20, "period": "2Y", "multiple": 1}),
    )
    .await;
    assert_eq!(
        no_period["error"]["message"],
        "Selected billing period is not valid"
    );
    let no_domain = call(
        "/guest/cart/add_item",
        json!({"id": 10, "period": "1M", "multiple": 1}),
    )
    .await;
    assert_eq!(no_domain["error"]["message"], "Domain name is not valid");
    let ok1 = call(
        "/guest/cart/add_item",
        json!({"id": 20, "period": "1M", "multiple": 1}),
    )
    .await;
    assert_eq!(ok1["result"], true, "{ok1}");
    let ok2 = call(
        "/guest/cart/add_item",
        json!({"id": 10, "period": "1M", "multiple": 1,
               "domain": {"action": "owndomain", "owndomain_sld": "shop", "owndomain_tld": ".example"}}),
    )
    .await;
    assert_eq!(ok2["result"], true, "{ok2}");
    let cart = call("/guest/cart/get", json!({})).await["result"].clone();
    assert_eq!(cart["items"].as_array().unwrap().len(), 2);
    assert_eq!(cart["subtotal"], "13.99");
    assert_eq!(cart["total"], "13.99", "before tax, as BoxBilling's cart");
    assert_eq!(cart["items"][1]["domain"], "shop.example");
    let bogus = call("/guest/cart/apply_promo", json!({"promocode": "NOPE"})).await;
    assert_eq!(
        bogus["error"]["message"],
        "The promo code has expired or does not exist"
    );
    let promo = call("/guest/cart/apply_promo", json!({"promocode": "welcome10"})).await;
    assert_eq!(promo["result"], true);
    let cart = call("/guest/cart/get", json!({})).await["result"].clone();
    assert_eq!(cart["discount"], "1.39");
    assert_eq!(cart["total"], "12.60");
    // Without `multiple` the cart is replaced, as BoxBilling's add_item does.
    let (other, _) = post(
        &app,
        "/guest/cart/add_item",
        Some("BBSESSID=other"),
        json!({"id": 21, "period": "1M"}),
    )
    .await;
    assert_eq!(other["result"], true);

    // 12.60 + 8 % tax = 13.61 is covered by the 25.50 credit: paid, no invoice to pay.
    let placed = call("/client/cart/checkout", json!({})).await;
    assert_eq!(placed["error"], Value::Null, "{placed}");
    let r = &placed["result"];
    assert_eq!(r["invoice_hash"], Value::Null, "paid from the balance");
    assert_eq!(r["orders"].as_array().unwrap().len(), 2);
    let order = r["order_id"].clone();
    let got = call("/client/order/get", json!({"id": order})).await;
    assert_eq!(got["result"]["title"], "Cloud S");
    let entries = call("/client/client/balance_get_list", json!({})).await;
    let rows = entries["result"]["list"].as_array().unwrap();
    assert_eq!(
        rows[0]["amount"], "-13.61",
        "the payment is the newest balance entry"
    );
    let balance: f64 = rows
        .iter()
        .map(|r| r["amount"].as_str().unwrap().parse::<f64>().unwrap())
        .sum();
    assert!(
        (balance - 11.89).abs() < 0.001,
        "25.50 - 13.61, got {balance}"
    );
    // The cart is gone with the checkout.
    let empty = call("/client/cart/checkout", json!({})).await;
    assert_eq!(empty["error"]["message"], "Can not checkout an empty cart");

    // A larger order than the balance leaves an unpaid invoice, by its hash.
    call("/guest/cart/add_item", json!({"id": 21, "period": "1Y"})).await;
    let placed = call("/client/cart/checkout", json!({})).await;
    let hash = placed["result"]["invoice_hash"]
        .as_str()
        .expect("an invoice to pay")
        .to_string();
    let invoice = call("/client/invoice/get", json!({"hash": hash})).await;
    assert_eq!(invoice["result"]["status"], "unpaid");
    assert_eq!(invoice["result"]["total"], "216.00", "200.00 + 8 % tax");
}

#[tokio::test]
async fn a_domain_orders_name_servers_lock_privacy_contact_and_transfer_code() {
    let app = portal("domain", 0.01);
    let basic = signed_in(&app).await;
    let call = |path: &'static str, body: Value| {
        let (app, basic) = (app.clone(), basic.clone());
        async move { post(&app, path, Some(&basic), body).await.0 }
    };
    let d = call("/client/order/service", json!({"id": 306})).await["result"].clone();
    assert_eq!(d["domain"], "nguyenstudio.com");
    assert_eq!(
        (d["sld"].as_str(), d["tld"].as_str()),
        (Some("nguyenstudio"), Some(".com"))
    );
    assert_eq!(d["ns1"], "ns1.atrium-demo.net");
    assert_eq!(d["locked"], 1);
    assert_eq!(d["privacy"], 0);
    assert_eq!(d["contact"]["email"], "demo@atrium.test");
    // Only the client's own domain orders.
    let other = call("/client/servicedomain/lock", json!({"order_id": 303})).await;
    assert_eq!(other["error"]["message"], "Order not found");

    let missing = call(
        "/client/servicedomain/update_nameservers",
        json!({"order_id": 306, "ns1": "ns1.example.net"}),
    )
    .await;
    assert_eq!(missing["error"]["message"], "Nameserver 2 is required");
    let bad = call(
        "/client/servicedomain/update_nameservers",
        json!({"order_id": 306, "ns1": "ns1.example.net", "ns2": "not a host"}),
    )
    .await;
    assert_eq!(
        bad["error"]["message"],
        "Nameserver not a host is not valid"
    );
    let good = call("/client/servicedomain/update_nameservers", json!({"order_id": 306, "ns1": "NS1.Example.net.", "ns2": "ns2.example.net", "ns3": "ns3.example.net"})).await;
    assert_eq!(good["result"], true);
    for (path, key, want) in [
        ("/client/servicedomain/unlock", "locked", 0),
        (
            "/client/servicedomain/enable_privacy_protection",
            "privacy",
            1,
        ),
        ("/client/servicedomain/lock", "locked", 1),
        (
            "/client/servicedomain/disable_privacy_protection",
            "privacy",
            0,
        ),
    ] {
        assert_eq!(
            call(path, json!({"order_id": 306})).await["result"],
            true,
            "{path}"
        );
        let d = call("/client/order/service", json!({"id": 306})).await["result"].clone();
        assert_eq!(d[key], want, "{path}");
    }
    let d = call("/client/order/service", json!({"id": 306})).await["result"].clone();
    assert_eq!(
        (d["ns1"].as_str(), d["ns3"].as_str(), d["ns4"].as_str()),
        (Some("ns1.example.net"), Some("ns3.example.net"), Some(""))
    );

    let code = call(
        "/client/servicedomain/get_transfer_code",
        json!({"order_id": 306}),
    )
    .await;
    let code = code["result"].as_str().unwrap().to_string();
    assert!(code.starts_with("EPP-"));
    let again = call(
        "/client/servicedomain/get_transfer_code",
        json!({"order_id": 306}),
    )
    .await;
    assert_eq!(again["result"], code.as_str(), "the same code every time");

    let mut contact = d["contact"].clone();
    contact["city"] = json!("");
    let refused = call(
        "/client/servicedomain/update_contacts",
        json!({"order_id": 306, "contact": contact}),
    )
    .await;
    assert_eq!(
        refused["error"]["message"],
        "Required field city is missing"
    );
    contact["city"] = json!("Da Nang");
    contact["state"] = json!("Da Nang");
    contact["postcode"] = json!("550000");
    contact["company"] = json!("Nguyen Studio");
    assert_eq!(
        call(
            "/client/servicedomain/update_contacts",
            json!({"order_id": 306, "contact": contact})
        )
        .await["result"],
        true
    );
    let d = call("/client/order/service", json!({"id": 306})).await["result"].clone();
    assert_eq!(d["contact"]["city"], "Da Nang");
    assert_eq!(d["contact"]["company"], "Nguyen Studio");
}

#[tokio::test]
async fn the_invoice_list_filters_by_status() {
    let app = portal("status", 0.01);
    let basic = signed_in(&app).await;
    let (all, _) = post(
        &app,
        "/client/invoice/get_list",
        Some(&basic),
        json!({"per_page": 100}),
    )
    .await;
    let (unpaid, _) = post(
        &app,
        "/client/invoice/get_list",
        Some(&basic),
        json!({"per_page": 100, "status": "unpaid"}),
    )
    .await;
    let rows = unpaid["result"]["list"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["status"] == "unpaid"));
    assert!(rows.len() < all["result"]["list"].as_array().unwrap().len());
}

#[tokio::test]
async fn tickets_are_read_opened_answered_and_closed_through_the_support_calls() {
    let app = portal("support", 0.01);
    let basic = signed_in(&app).await;
    let call = |path: &'static str, body: Value| {
        let (app, basic) = (app.clone(), basic.clone());
        async move { post(&app, path, Some(&basic), body).await.0 }
    };
    let pairs = call("/client/support/helpdesk_get_pairs", json!({})).await;
    assert_eq!(pairs["result"]["1"], "Billing");
    let t = call("/client/support/ticket_get", json!({"id": 1})).await["result"].clone();
    assert_eq!(t["subject"], "Invoice shows the wrong VAT number");
    assert_eq!(t["messages"][1]["admin_id"], 1);
    // Answered by staff: FOSSBilling's on_hold.
    assert_eq!(t["status"], "on_hold");
    let other = call("/client/support/ticket_get", json!({"id": 5})).await;
    assert_eq!(
        other["error"]["message"], "Ticket not found",
        "client 2's ticket"
    );
    let empty = call(
        "/client/support/ticket_create",
        json!({"support_helpdesk_id": 2, "subject": "x", "content": ""}),
    )
    .await;
    assert_eq!(empty["error"]["message"], "Ticket content required");
    // The name FOSSBilling requires (support_helpdesk_id), refused in its words without it.
    let old_name = call(
        "/client/support/ticket_create",
        json!({"helpdesk_id": 2, "subject": "Disk full", "content": "web-01"}),
    )
    .await;
    assert_eq!(
        old_name["error"]["message"],
        "Ticket support_helpdesk_id required"
    );
    let id = call(
        "/client/support/ticket_create",
        json!({"support_helpdesk_id": 2, "subject": "Disk full", "content": "web-01"}),
    )
    .await["result"]
        .clone();
    assert!(id.as_i64().is_some(), "{id}");
    let reply = call(
        "/client/support/ticket_reply",
        json!({"id": id, "content": "More"}),
    )
    .await;
    assert_eq!(reply["error"], Value::Null);
    let t = call("/client/support/ticket_get", json!({"id": id})).await["result"].clone();
    assert_eq!(t["messages"].as_array().unwrap().len(), 2);
    assert_eq!(
        call("/client/support/ticket_close", json!({"id": id})).await["result"],
        true
    );
    let closed = call(
        "/client/support/ticket_reply",
        json!({"id": id, "content": "again"}),
    )
    .await;
    assert_eq!(closed["error"]["message"], "Ticket is closed");
}

#[tokio::test]
async fn the_profile_is_updated_and_the_password_changed_in_boxbillings_words() {
    let app = portal("profile", 0.01);
    let basic = signed_in(&app).await;
    let call = |path: &'static str, body: Value| {
        let (app, basic) = (app.clone(), basic.clone());
        async move { post(&app, path, Some(&basic), body).await.0 }
    };
    let p = call("/client/profile/get", json!({})).await["result"].clone();
    assert_eq!(
        (p["phone_cc"].as_str(), p["phone"].as_str()),
        (Some("84"), Some("901234567"))
    );
    let mut update = p.clone();
    update["city"] = json!("Hue");
    update["phone"] = json!("912345678");
    assert_eq!(call("/client/profile/update", update).await["result"], true);
    let p = call("/client/profile/get", json!({})).await["result"].clone();
    assert_eq!(p["city"], "Hue");
    assert_eq!(p["phone"], "912345678");
    let wrong = call("/client/profile/change_password", json!({"current_password": "nope", "new_password": "new-secret-1", "confirm_password": "new-secret-1"})).await;
    assert_eq!(wrong["error"]["message"], "Current password is incorrect");
    let done = call("/client/profile/change_password", json!({"current_password": "demo1234", "new_password": "new-secret-1", "confirm_password": "new-secret-1"})).await;
    assert_eq!(done["result"], true);
    let (fresh, _) = post(
        &app,
        "/guest/client/login",
        None,
        json!({"email": "demo@atrium.test", "password": "new-secret-1"}),
    )
    .await;
    assert_eq!(fresh["error"], Value::Null);
}

/// A form post to the demo's public invoice page, with optional cookie, form token and `Origin`.
async fn pay_page(
    app: &Router,
    hash: &str,
    cookie: Option<&str>,
    token: Option<&str>,
    origin: Option<&str>,
) -> u16 {
    use axum::http::Request;
    use tower::ServiceExt;
    let mut req = Request::builder()
        .method("POST")
        .uri(format!("/__demo/invoice/{hash}"))
        .header("host", "127.0.0.1:8080")
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(o) = origin {
        req = req.header("origin", o);
    }
    let body = token.map(|t| format!("token={t}")).unwrap_or_default();
    let resp = app
        .clone()
        .oneshot(req.body(axum::body::Body::from(body)).unwrap())
        .await
        .unwrap();
    resp.status().as_u16()
}

/// The demo's public invoice page as `cookie` sees it.
async fn invoice_page(app: &Router, hash: &str, cookie: &str) -> String {
    use axum::http::Request;
    use tower::ServiceExt;
    let resp = app
        .clone()
        .oneshot(
            Request::get(format!("/__demo/invoice/{hash}"))
                .header("cookie", cookie)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

async fn guest_cookie(app: &Router, email: &str, password: &str) -> String {
    let (_, cookie) = post(
        app,
        "/guest/client/login",
        None,
        json!({"email": email, "password": password}),
    )
    .await;
    cookie.expect("a session cookie")
}

#[tokio::test]
async fn only_the_owner_pays_through_an_unguessable_invoice_hash() {
    let app = portal("hash-owner", 0.01);
    let basic = signed_in(&app).await;
    let (list, _) = post(
        &app,
        "/client/invoice/get_list",
        Some(&basic),
        json!({"status": "unpaid"}),
    )
    .await;
    let first = &list["result"]["list"][0];
    let hash = first["hash"].as_str().unwrap().to_string();
    let id = first["id"].as_i64().unwrap();
    // Not the old derivation from the id alone (anyone could compute it).
    let guessable: String = sha2::Sha256::digest(format!("atrium-demo-invoice-{id}").as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_ne!(hash, guessable);
    assert_eq!(hash.len(), 32);
    // Another database (another secret) gives the same invoice another hash.
    let other_portal = portal("hash-owner-2", 0.01);
    let other_basic = signed_in(&other_portal).await;
    let (other_list, _) = post(
        &other_portal,
        "/client/invoice/get_list",
        Some(&other_basic),
        json!({"status": "unpaid"}),
    )
    .await;
    assert_ne!(other_list["result"]["list"][0]["hash"], json!(hash));

    let owner = guest_cookie(&app, "demo@atrium.test", "demo1234").await;
    let other = guest_cookie(&app, "other@atrium.test", "other1234").await;
    let page = invoice_page(&app, &hash, &owner).await;
    let token = page
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the owner sees the pay form")
        .to_string();
    assert!(
        !invoice_page(&app, &hash, &other).await.contains("Pay now"),
        "another client sees no pay button"
    );
    let status = |cookie: Option<&str>, token: Option<&str>, origin: Option<&str>| {
        let (app, hash) = (app.clone(), hash.clone());
        let (cookie, token, origin) = (
            cookie.map(String::from),
            token.map(String::from),
            origin.map(String::from),
        );
        async move {
            pay_page(
                &app,
                &hash,
                cookie.as_deref(),
                token.as_deref(),
                origin.as_deref(),
            )
            .await
        }
    };
    assert_eq!(
        status(None, Some(&token), None).await,
        403,
        "nobody signed in"
    );
    assert_eq!(
        status(Some(&owner), None, None).await,
        403,
        "no form token (another site's form)"
    );
    assert_eq!(
        status(Some(&other), Some(&token), None).await,
        403,
        "another client, even with the token"
    );
    assert_eq!(
        status(Some(&owner), Some(&token), Some("https://evil.example")).await,
        403,
        "a post naming another site"
    );
    let (still, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert_eq!(
        still["result"]["status"], "unpaid",
        "nothing was paid so far"
    );
    // The page itself sends `Origin: null` (no-referrer): its own form still pays.
    assert_eq!(
        status(Some(&owner), Some(&token), Some("null")).await,
        303,
        "the owner pays"
    );
    let (paid, _) = post(
        &app,
        "/client/invoice/get",
        Some(&basic),
        json!({"hash": hash}),
    )
    .await;
    assert_eq!(paid["result"]["status"], "paid");
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_in_boxbillings_words() {
    use axum::http::Request;
    use tower::ServiceExt;
    let app = portal("throttle", 0.01);
    for _ in 0..super::throttle::PER_ACCOUNT {
        let (bad, _) = post(
            &app,
            "/guest/client/login",
            None,
            json!({"email": "demo@atrium.test", "password": "x"}),
        )
        .await;
        assert!(bad["error"]["message"].is_string());
    }
    let resp = app
        .oneshot(
            Request::post("/guest/client/login")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(
                    json!({"email": "demo@atrium.test", "password": "demo1234"}).to_string(),
                ))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert!(resp.headers().contains_key("retry-after"));
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["result"], Value::Null);
    assert!(
        v["error"]["message"].as_str().unwrap().contains("Too many"),
        "{v}"
    );
}

#[tokio::test]
async fn emails_are_listed_read_resent_and_deleted_as_fossbilling_does() {
    let app = portal("emails", 0.01);
    let basic = signed_in(&app).await;
    let (list, _) = post(&app, "/client/email/get_list", Some(&basic), json!({})).await;
    let rows = list["result"]["list"].as_array().expect("a paged list");
    assert_eq!(rows.len(), 3, "{list}");
    let first = &rows[0];
    for field in [
        "id",
        "sender",
        "recipients",
        "subject",
        "content_html",
        "created_at",
    ] {
        assert!(first.get(field).is_some(), "{field} in {first}");
    }
    let id = first["id"].clone();
    let (got, _) = post(&app, "/client/email/get", Some(&basic), json!({"id": id})).await;
    assert_eq!(got["result"]["subject"], first["subject"]);
    let (missing, _) = post(
        &app,
        "/client/email/get",
        Some(&basic),
        json!({"id": 99999}),
    )
    .await;
    assert_eq!(missing["error"]["message"], "Email not found");
    let (resent, _) = post(
        &app,
        "/client/email/resend",
        Some(&basic),
        json!({"id": id}),
    )
    .await;
    assert_eq!(resent["result"], true);
    let (deleted, _) = post(
        &app,
        "/client/email/delete",
        Some(&basic),
        json!({"id": id}),
    )
    .await;
    assert_eq!(deleted["result"], true);
    let (list, _) = post(&app, "/client/email/get_list", Some(&basic), json!({})).await;
    // One resent copy came, the deleted one went.
    assert_eq!(list["result"]["list"].as_array().map(Vec::len), Some(3));
    let (gone, _) = post(&app, "/client/email/get", Some(&basic), json!({"id": id})).await;
    assert_eq!(gone["error"]["message"], "Email not found");
}
