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
