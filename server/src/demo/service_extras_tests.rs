//! The demo portal's dedicated-server addresses: listed in the VM lists' shapes, offered only by
//! the server's methods, the server's own, reverse DNS checked and all-or-nothing.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_dedicated_server_lists_its_addresses_and_changes_their_names_all_or_nothing() {
    let app = portal("server-ips");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;

    let (_, m) = call(&app, "GET", "/service/308/methods", Some(&token), None).await;
    let routes: Vec<_> = m["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["method"].clone(), x["route"].clone()))
        .collect();
    assert!(
        routes.contains(&(json!("GET"), json!("/service/@id/ip"))),
        "{routes:?}"
    );
    assert!(
        routes.contains(&(json!("POST"), json!("/service/@id/rdns"))),
        "{routes:?}"
    );
    // A cloud server's addresses are its VMs': no service-level list.
    let (_, m) = call(&app, "GET", "/service/303/methods", Some(&token), None).await;
    assert!(
        !m["methods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["route"] == "/service/@id/ip")
    );
    let (status, _) = call(&app, "GET", "/service/303/ip", Some(&token), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/service/308/ip", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, ips) = call(&app, "GET", "/service/308/ip", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    let ips = ips["ips"].as_array().unwrap();
    assert_eq!(ips.len(), 5);
    assert_eq!(ips[0]["ipaddress"], "103.56.158.10");
    assert_eq!(ips[0]["primary"], true);
    assert_eq!(ips[4]["type"], "ipv6");

    // One bad name refuses the whole change.
    let (status, body) = call(
        &app,
        "POST",
        "/service/308/rdns",
        Some(&token),
        Some(json!({"ipaddress": {"103.56.158.11": "mx.nguyenstudio.vn", "103.56.158.12": "bad name"}})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _) = call(
        &app,
        "POST",
        "/service/308/rdns",
        Some(&token),
        Some(json!({"ipaddress": {"10.0.0.1": "x.example.com"}})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, names) = call(&app, "GET", "/service/308/rdns", Some(&token), None).await;
    assert_eq!(names["rdns"][1]["hostname"], "");

    let (status, _) = call(
        &app,
        "POST",
        "/service/308/rdns",
        Some(&token),
        Some(json!({"ipaddress": {"103.56.158.11": "mx.nguyenstudio.vn.", "103.56.158.10": ""}})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, names) = call(&app, "GET", "/service/308/rdns", Some(&token), None).await;
    assert_eq!(names["rdns"][0]["hostname"], "");
    assert_eq!(names["rdns"][1]["hostname"], "mx.nguyenstudio.vn");
    let (status, _) = call(
        &app,
        "POST",
        "/service/308/rdns",
        Some(&other),
        Some(json!({"ipaddress": {"103.56.158.11": "x.example.com"}})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_active_cpanel_account_lists_its_backups_and_nothing_else_does() {
    let app = portal("panel-backups");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, m) = call(&app, "GET", "/service/301/methods", Some(&token), None).await;
    assert!(
        m["methods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["route"] == "/service/cpanel2/@id/backup")
    );
    let (status, b) = call(
        &app,
        "GET",
        "/service/cpanel2/301/backup",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let list = b["backups"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert!(
        list[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("_user301.tar.gz"),
        "{b}"
    );
    // Suspended (302), a cloud server (303), another client's account: none.
    for (id, who) in [("302", &token), ("303", &token), ("301", &other)] {
        let path = format!("/service/cpanel2/{id}/backup");
        let (status, _) = call(&app, "GET", &path, Some(who), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}
