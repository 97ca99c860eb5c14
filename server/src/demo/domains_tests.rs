//! The demo portal's HostBill domain calls: suggestions and sale prices from the domain product's
//! TLD table, the bulk search's verdicts and refusals, the quote charging what the search said,
//! and a domain's automatic renewal and DNSSEC keys (the client's own domain only).

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_search_says_which_names_are_free_at_the_price_the_order_charges() {
    let app = portal("domain-search");
    let (_, s) = call(&app, "GET", "/domain/suggestion", None, None).await;
    assert_eq!(s["tlds"], json!([".com", ".net", ".ai", ".vn", ".shop"]));
    let (_, sale) = call(&app, "GET", "/domain/sale", None, None).await;
    assert_eq!(
        sale["tlds"],
        json!([{"tld": ".shop", "price": "1.99", "regular": "24.99", "period": 1}])
    );

    let search = |name: &str, tlds: &str| json!({"name": name, "tlds": tlds});
    let (status, r) = call(
        &app,
        "POST",
        "/domain/bulksearch",
        None,
        Some(search("nguyenstudio", ".com,.net,.ai,.io")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{r}");
    let r = r["results"].as_array().unwrap();
    // The client's own .com is taken; .ai is sold for two years at least; .io is not sold.
    assert_eq!(r[0]["domain"], "nguyenstudio.com");
    assert_eq!(r[0]["status"], "taken");
    assert_eq!(r[1]["status"], "ok");
    assert_eq!(r[1]["price"], "14.99");
    assert_eq!(r[2]["price"], "160.00");
    assert_eq!(r[2]["period"], 2);
    assert_eq!(r[3]["status"], "unsupported");
    let (_, r) = call(
        &app,
        "POST",
        "/domain/bulksearch",
        None,
        Some(search("google", ".com")),
    )
    .await;
    assert_eq!(r["results"][0]["status"], "taken");

    for (body, words) in [
        (search("", ".com"), "Domain name is required"),
        (search("my shop", ".com"), "Domain name my shop is invalid"),
        (search("shop", ""), "Select at least one domain extension"),
    ] {
        let (status, e) = call(&app, "POST", "/domain/bulksearch", None, Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(e["error"][0], words, "{e}");
    }

    // A signed-in client sees its own currency, as in the catalogue.
    let (vnd, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, r) = call(
        &app,
        "POST",
        "/domain/bulksearch",
        Some(&vnd),
        Some(search("nguyenstudio", ".net")),
    )
    .await;
    assert_eq!(r["results"][0]["price"], "374750.00");
    let (_, sale) = call(&app, "GET", "/domain/sale", Some(&vnd), None).await;
    assert_eq!(sale["tlds"][0]["regular"], "624750.00");

    // The quote charges a .net what the search said, and refuses a taken name.
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let item = |domain: &str| json!({"items": [{"type": "product", "product_id": 30, "domain": domain, "cycle": "a"}]});
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&token),
        Some(item("nguyenstudio.net")),
    )
    .await;
    assert_eq!(q["summary"]["subtotal"], json!(14.99), "{q}");
    let (_, q) = call(
        &app,
        "POST",
        "/quote",
        Some(&token),
        Some(item("nguyenstudio.com")),
    )
    .await;
    assert!(q.to_string().contains("Domain is not available."), "{q}");
}

#[tokio::test]
async fn a_domains_renewal_and_dnssec_keys_are_its_owners_to_change() {
    let app = portal("domain-settings");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;

    let (_, m) = call(&app, "GET", "/service/306/methods", Some(&token), None).await;
    let routes = m["methods"].to_string();
    assert!(routes.contains("/domain/@id/autorenew"), "{routes}");
    assert!(routes.contains("/domain/@id/dnssec/@key"), "{routes}");
    let (_, d) = call(&app, "GET", "/service/306", Some(&token), None).await;
    assert_eq!(d["service"]["autorenew"], "1");
    assert_eq!(d["service"]["dnssec"].as_array().unwrap().len(), 2);
    // A hosting account is not a domain.
    let (_, d) = call(&app, "GET", "/service/301", Some(&token), None).await;
    assert!(d["service"].get("autorenew").is_none());
    let (status, _) = call(
        &app,
        "PUT",
        "/domain/301/autorenew",
        Some(&token),
        Some(json!({"autorenew": "0"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        "PUT",
        "/domain/306/autorenew",
        Some(&other),
        Some(json!({"autorenew": "0"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        "PUT",
        "/domain/306/autorenew",
        None,
        Some(json!({"autorenew": "0"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // The state asked for is kept, twice the same stays the same; without one it flips.
    for _ in 0..2 {
        let (status, _) = call(
            &app,
            "PUT",
            "/domain/306/autorenew",
            Some(&token),
            Some(json!({"autorenew": "0"})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, d) = call(&app, "GET", "/service/306", Some(&token), None).await;
    assert_eq!(d["service"]["autorenew"], "0");
    call(&app, "PUT", "/domain/306/autorenew", Some(&token), None).await;
    let (_, d) = call(&app, "GET", "/service/306", Some(&token), None).await;
    assert_eq!(d["service"]["autorenew"], "1");
    let (status, _) = call(
        &app,
        "PUT",
        "/domain/306/autorenew",
        Some(&token),
        Some(json!({"autorenew": "yes"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, _) = call(&app, "DELETE", "/domain/306/dnssec/1", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "DELETE", "/domain/306/dnssec/1", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&app, "DELETE", "/domain/306/dnssec/1", Some(&token), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, d) = call(&app, "GET", "/service/306", Some(&token), None).await;
    assert_eq!(d["service"]["dnssec"].as_array().unwrap().len(), 1);
}
