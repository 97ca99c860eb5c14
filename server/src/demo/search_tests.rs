//! The client-area search: the client's own services, matched on name, domain, label, user
//! name or address, grouped as HostBill groups them.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::Value;

fn ids(group: &Value) -> Vec<&str> {
    group
        .as_array()
        .map(|g| g.iter().map(|s| s["id"].as_str().unwrap()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn search_finds_the_clients_services_by_name_domain_or_address() {
    let app = portal("search");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    // By domain: the domain registration under Domains, nothing under Accounts.
    let (status, v) = call(&app, "GET", "/clientarea/search/NGUYENSTUDIO.COM", t, None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(ids(&v["results"]["Domains"]), ["306"]);
    assert_eq!(v["results"]["Accounts"], false);
    // By product name: every Cloud server of the client, and no one else's.
    let (_, v) = call(&app, "GET", "/clientarea/search/cloud", t, None).await;
    let found = ids(&v["results"]["Accounts"]);
    assert!(found.contains(&"303") && !found.is_empty());
    assert!(found.iter().all(|id| id.starts_with('3')), "{found:?}");
    // By an address of the dedicated server.
    let (_, ips) = call(&app, "GET", "/service/308/ip", t, None).await;
    let address = ips.to_string();
    let first = address
        .split('"')
        .find(|s| s.contains('.') && s.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .unwrap()
        .to_string();
    let (_, v) = call(&app, "GET", &format!("/clientarea/search/{first}"), t, None).await;
    assert!(ids(&v["results"]["Accounts"]).contains(&"308"), "{v}");
    // Nothing found: both groups false, as HostBill answers.
    let (_, v) = call(&app, "GET", "/clientarea/search/zzzz-nothing", t, None).await;
    assert_eq!(
        (
            v["results"]["Accounts"].clone(),
            v["results"]["Domains"].clone()
        ),
        (Value::Bool(false), Value::Bool(false))
    );
    // Too short: refused in HostBill's way.
    let (status, v) = call(&app, "GET", "/clientarea/search/a", t, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Search query is too short");
    // Another client's services are not found.
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, v) = call(
        &app,
        "GET",
        "/clientarea/search/nguyenstudio",
        Some(&other),
        None,
    )
    .await;
    assert_eq!(v["results"]["Domains"], false);
    // Signed out: refused.
    let (status, _) = call(&app, "GET", "/clientarea/search/cloud", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
