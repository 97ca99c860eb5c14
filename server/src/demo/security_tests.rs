//! The demo portal's account security: keys checked and owned, rules checked, and a sign-in
//! from an address no rule matches refused.

use super::tests::{call, login, portal};
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use serde_json::json;
use std::net::SocketAddr;
use tower::ServiceExt;

const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIECi/2h7nsU9II3HSRJFBqbIrySG1ULJ06k05+CDQvR3 alex@laptop";

/// A sign-in as it arrives from `from`.
async fn login_from(app: &Router, email: &str, password: &str, from: &str) -> StatusCode {
    let mut req = Request::post("/login")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"username": email, "password": password}).to_string(),
        ))
        .unwrap();
    let peer: SocketAddr = format!("{from}:5000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(peer));
    app.clone().oneshot(req).await.unwrap().status()
}

#[tokio::test]
async fn ssh_keys_are_checked_listed_with_fingerprints_and_owned() {
    let app = portal("security-keys");
    let (t, _) = login(&app, "keys@atrium.test", "keys1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let add = |name: &str, key: &str| json!({"ssh_key_name": name, "ssh_key_key": key});
    let (s, v) = call(
        &app,
        "POST",
        "/security/sshkey",
        Some(&t),
        Some(add("laptop", "ssh-ed25519 nonsense")),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, _) = call(
        &app,
        "POST",
        "/security/sshkey",
        Some(&t),
        Some(add("", KEY)),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = call(
        &app,
        "POST",
        "/security/sshkey",
        Some(&t),
        Some(add("laptop", KEY)),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = call(
        &app,
        "POST",
        "/security/sshkey",
        Some(&t),
        Some(add("again", KEY)),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "This SSH key is already added");
    let (_, v) = call(&app, "GET", "/security", Some(&t), None).await;
    let key = &v["sshkeys"][0];
    assert_eq!(
        key["fingerprint"],
        "SHA256:5DPKhFXIxKRLaCjRgDQ6MsRcQ0bG66RxocL9uu+X00c"
    );
    let path = format!("/security/sshkey/{}", key["id"]);
    let (s, _) = call(&app, "POST", &path, Some(&other), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "another client's key");
    let (s, _) = call(&app, "POST", &path, Some(&t), None).await;
    assert_eq!(s, StatusCode::OK);
    let (_, v) = call(&app, "GET", "/security", Some(&t), None).await;
    assert_eq!(v["sshkeys"], json!([]));
}

#[tokio::test]
async fn ip_rules_are_checked_and_shut_out_the_addresses_they_do_not_match() {
    let app = portal("security-rules");
    let (t, _) = login(&app, "keys@atrium.test", "keys1234").await;
    let (s, _) = call(
        &app,
        "POST",
        "/security/ipaccess",
        Some(&t),
        Some(json!({"rule": "10.0.0.0/33"})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = call(
        &app,
        "POST",
        "/security/ipaccess",
        Some(&t),
        Some(json!({"rule": "10.0.0.0/255.0.0.0"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        login_from(&app, "keys@atrium.test", "keys1234", "10.1.2.3").await,
        StatusCode::OK
    );
    assert_eq!(
        login_from(&app, "keys@atrium.test", "keys1234", "192.0.2.9").await,
        StatusCode::FORBIDDEN
    );
    // The shared demo accounts are never shut out.
    let (d, _) = login(&app, "demo@atrium.test", "demo1234").await;
    call(
        &app,
        "POST",
        "/security/ipaccess",
        Some(&d),
        Some(json!({"rule": "10.0.0.0/8"})),
    )
    .await;
    assert_eq!(
        login_from(&app, "demo@atrium.test", "demo1234", "192.0.2.9").await,
        StatusCode::OK
    );
    let (_, v) = call(&app, "GET", "/security", Some(&t), None).await;
    let id = v["ipaccess"][0]["id"].as_str().unwrap().to_string();
    let (s, _) = call(
        &app,
        "DELETE",
        &format!("/security/ipaccess/{id}"),
        Some(&d),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "another client's rule");
    let (s, _) = call(
        &app,
        "DELETE",
        &format!("/security/ipaccess/{id}"),
        Some(&t),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        login_from(&app, "keys@atrium.test", "keys1234", "192.0.2.9").await,
        StatusCode::OK
    );
}
