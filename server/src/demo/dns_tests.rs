//! The demo DNS server: records are read like a zone file, a CNAME stands alone, zones belong to
//! their client.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn records_are_validated_like_a_dns_server_reads_them() {
    let app = portal("dns-validate");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, list) = call(&app, "GET", "/dns", t, None).await;
    assert_eq!(list["zones"].as_array().unwrap().len(), 3);
    let base = "/service/306/dns/1/records";
    let rec = |name: &str, kind: &str, content: &str| json!({"name": name, "type": kind, "ttl": 3600, "priority": 10, "content": content});
    let (status, v) = call(&app, "POST", base, t, Some(rec("x", "A", "999.1.1.1"))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["error"][0]
            .as_str()
            .unwrap()
            .starts_with("Invalid A record")
    );
    let (status, v) = call(&app, "POST", base, t, Some(rec("www", "A", "192.0.2.1"))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(v["error"][0].as_str().unwrap().contains("CNAME"), "{v}");
    let (status, v) = call(
        &app,
        "POST",
        base,
        t,
        Some(rec("api", "MX", "mx.example.net.")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["record"]["priority"], "10");
    let id = v["record"]["id"].as_str().unwrap().to_string();
    let (status, _) = call(
        &app,
        "PUT",
        &format!("{base}/{id}"),
        t,
        Some(rec("api", "CNAME", "x.example.net.")),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a record may become a CNAME when it is alone"
    );
    let (status, _) = call(&app, "DELETE", &format!("{base}/{id}"), t, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&app, "DELETE", &format!("{base}/{id}"), t, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn zones_belong_to_their_client_and_idn_names_are_stored_as_ascii() {
    let app = portal("dns-zones");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (status, _) = call(&app, "GET", "/service/306/dns/1", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/service/301/dns/1", Some(&token), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "zone and service must match");
    let (status, v) = call(
        &app,
        "POST",
        "/service/306/dns",
        Some(&token),
        Some(json!({"name": "bücher.de"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, list) = call(&app, "GET", "/dns", Some(&token), None).await;
    assert!(
        list["zones"]
            .as_array()
            .unwrap()
            .iter()
            .any(|z| z["name"] == "xn--bcher-kva.de")
    );
    let (status, _) = call(
        &app,
        "POST",
        "/service/306/dns",
        Some(&token),
        Some(json!({"name": "nodot"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, big) = call(&app, "GET", "/service/303/dns/3", Some(&token), None).await;
    assert_eq!(big["records"].as_array().unwrap().len(), 5000);
}

#[tokio::test]
async fn a_services_zones_are_its_own_and_a_service_without_dns_says_so() {
    let app = portal("dns-service-zones");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (status, v) = call(&app, "GET", "/service/306/dns", t, None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(
        v["zones"],
        json!([{"domain_id": "1", "name": "nguyenstudio.com", "service_id": "306"}])
    );
    // A server without a zone yet: an empty list, not a refusal.
    let (status, v) = call(&app, "GET", "/service/308/dns", t, None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["zones"], json!([]));
    // A licence has no DNS: the documents' own example answer.
    let (status, v) = call(&app, "GET", "/service/309/dns", t, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert_eq!(v["error"], json!(["invalid method"]));
    // Another client's service is not found, not listed.
    let (status, _) = call(&app, "GET", "/service/401/dns", t, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
