//! The demo portal's support tickets: a conversation read, a ticket opened, replied to, closed
//! and re-opened; another client's ticket is not found; empty messages are refused.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_ticket_is_opened_answered_closed_and_reopened_by_its_owner_only() {
    let app = portal("tickets");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, t) = call(&app, "GET", "/tickets/736633", Some(&token), None).await;
    assert_eq!(t["ticket"]["status"], "Answered");
    assert_eq!(t["replies"][0]["type"], "Admin");
    let (status, _) = call(&app, "GET", "/tickets/736633", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, d) = call(&app, "GET", "/ticket/departments", Some(&token), None).await;
    assert_eq!(d["departments"][1]["name"], "Technical");

    let (status, _) = call(
        &app,
        "POST",
        "/tickets",
        Some(&token),
        Some(json!({"dept_id": 2, "subject": "Hi", "body": "  "})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(
        &app,
        "POST",
        "/tickets",
        Some(&token),
        Some(json!({"dept_id": 9, "subject": "Hi", "body": "x"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, created) = call(
        &app,
        "POST",
        "/tickets",
        Some(&token),
        Some(json!({"dept_id": 2, "subject": "Disk full", "body": "web-01 is full"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let number = created["ticket"].as_i64().unwrap().to_string();
    let (_, list) = call(&app, "GET", "/tickets", Some(&token), None).await;
    assert!(
        list["tickets"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["ticket_number"] == number.as_str())
    );

    let path = format!("/tickets/{number}");
    let (status, _) = call(
        &app,
        "POST",
        &path,
        Some(&token),
        Some(json!({"body": "More details"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, t) = call(&app, "GET", &path, Some(&token), None).await;
    assert_eq!(t["ticket"]["deptname"], "Technical");
    assert_eq!(t["ticket"]["status"], "Customer-Reply");
    assert_eq!(t["replies"][0]["body"], "More details");
    assert_eq!(t["replies"][0]["type"], "Client");
    for (action, want) in [("close", "Closed"), ("open", "Open")] {
        let (_, r) = call(
            &app,
            "PUT",
            &format!("{path}/{action}"),
            Some(&token),
            Some(json!({})),
        )
        .await;
        assert_eq!(r["status"], true);
        let (_, t) = call(&app, "GET", &path, Some(&token), None).await;
        assert_eq!(t["ticket"]["status"], want);
    }
    let (status, _) = call(
        &app,
        "PUT",
        &format!("{path}/close"),
        Some(&other),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_attachment_is_listed_on_its_reply_and_downloaded_by_its_owner_only() {
    let app = super::tests::portal("ticket-attachment");
    let (t, _) = super::tests::login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = super::tests::login(&app, "other@atrium.test", "other1234").await;
    let (_, list) = super::tests::call(&app, "GET", "/tickets", Some(&t), None).await;
    let mut found = None;
    for row in list["tickets"].as_array().unwrap() {
        let n = row["ticket_number"].as_str().unwrap();
        let (_, v) =
            super::tests::call(&app, "GET", &format!("/tickets/{n}"), Some(&t), None).await;
        for r in v["replies"].as_array().unwrap() {
            if let Some(a) = r["attachments"].as_array() {
                found = Some(a[0].clone());
            }
        }
    }
    let file = found.expect("a reply with an attachment");
    assert_eq!(file["filename"], "traceroute.txt");
    let path = format!("/ticket/attachment/{}", file["id"].as_str().unwrap());
    let (status, _) = super::tests::call(&app, "GET", &path, Some(&other), None).await;
    assert_eq!(status, axum::http::StatusCode::NOT_FOUND);
    let req = axum::http::Request::get(&path)
        .header("authorization", format!("Bearer {t}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let resp = tower::ServiceExt::oneshot(app.clone(), req).await.unwrap();
    assert_eq!(resp.status(), axum::http::StatusCode::OK);
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    assert!(String::from_utf8_lossy(&bytes).starts_with("traceroute to"));
}
