//! The demo portal's affiliate programme: a member's record and figures in HostBill's names,
//! joining once, the member-only calls refused before joining, a voucher's discount kept within
//! the plan's commission, and another affiliate's voucher not found.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::{Value, json};

fn voucher() -> Value {
    json!({"plan": "1", "cycle": "once", "audience": "new", "max_usage_limit": true,
        "max_usage": "20", "expires": "", "discount": "5"})
}

#[tokio::test]
async fn a_members_record_adds_up_and_its_lists_are_its_own() {
    let app = portal("affiliates");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, v) = call(&app, "GET", "/affiliate", t, None).await;
    let a = &v["affiliate"];
    assert_eq!(a["id"], "7");
    // Approved 1.30 + 2.70, paid out 2.00: 2.00 left; 5.00 awaiting approval.
    assert_eq!(
        (
            a["total_commissions"].as_str(),
            a["total_withdrawn"].as_str()
        ),
        (Some("4.00"), Some("2.00"))
    );
    assert_eq!(
        (a["balance"].as_str(), a["pending"].as_str()),
        (Some("2.00"), Some("5.00"))
    );
    let (_, s) = call(&app, "GET", "/affiliates/summary", t, None).await;
    assert_eq!(s["stats"]["total_singups"], "3");
    let (_, c) = call(&app, "GET", "/affiliate/commission", t, None).await;
    assert_eq!(c["commissions"].as_array().unwrap().len(), 3);
    let (_, p) = call(&app, "GET", "/affiliate/payouts", t, None).await;
    assert_eq!(p["payouts"][0]["amount"], "2.00");
    let (_, camp) = call(&app, "GET", "/affiliates/campaigns", t, None).await;
    assert!(
        camp["campaigns"][0]["url"]
            .as_str()
            .unwrap()
            .contains("affid=7")
    );
    let (_, plan) = call(&app, "GET", "/affiliate/plans/3", t, None).await;
    assert_eq!(plan["plan"]["enable_voucher"], "0");
    let (status, _) = call(&app, "GET", "/affiliate/plans/99", t, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn joining_happens_once_and_member_calls_wait_for_it() {
    let app = portal("affiliates-join");
    let (token, _) = login(&app, "keys@atrium.test", "keys1234").await;
    let t = Some(token.as_str());
    let (_, v) = call(&app, "GET", "/affiliate", t, None).await;
    assert_eq!(v["affiliate"], json!([]));
    let (_, plans) = call(&app, "GET", "/affiliate/plans", t, None).await;
    assert_eq!(
        plans["plans"].as_array().unwrap().len(),
        3,
        "shown before joining"
    );
    for path in [
        "/affiliates/summary",
        "/affiliate/commission",
        "/affiliate/vouchers",
    ] {
        let (status, v) = call(&app, "GET", path, t, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(v["error"][0], "Affiliate account not found");
    }
    let (status, _) = call(&app, "POST", "/affiliate/active", t, Some(json!({}))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, v) = call(&app, "POST", "/affiliate/active", t, Some(json!({}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Your affiliate account is already active");
    let (_, v) = call(&app, "GET", "/affiliate", t, None).await;
    assert_eq!(v["affiliate"]["balance"], "0.00");
}

#[tokio::test]
async fn a_voucher_is_checked_against_its_plan_and_removed_by_its_owner_only() {
    let app = portal("affiliate-vouchers");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    for (key, value, error) in [
        ("plan", json!("3"), "Invalid commission plan"),
        (
            "discount",
            json!("10.01"),
            "Discount cannot exceed your commission",
        ),
        ("discount", json!("0"), "Discount value is required"),
        ("cycle", json!("weekly"), "Invalid voucher cycle"),
        ("max_usage", json!("0"), "Max usage must be at least 1"),
        ("expires", json!("2001-01-01"), "Invalid expiration date"),
    ] {
        let mut body = voucher();
        body[key] = value;
        let (status, v) = call(&app, "POST", "/affiliate/addvoucher", t, Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{key}");
        assert_eq!(v["error"][0], error, "{key}");
    }
    let (status, v) = call(&app, "POST", "/affiliate/addvoucher", t, Some(voucher())).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let id = v["voucher_id"].to_string();
    let (_, list) = call(&app, "GET", "/affiliate/vouchers", t, None).await;
    let made = list["vouchers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(
        (made["value"].as_str(), made["max_usage"].as_str()),
        (Some("5.00"), Some("20"))
    );

    let (other, _) = login(&app, "keys@atrium.test", "keys1234").await;
    call(
        &app,
        "POST",
        "/affiliate/active",
        Some(&other),
        Some(json!({})),
    )
    .await;
    let (status, _) = call(
        &app,
        "POST",
        "/affiliate/removevoucher",
        Some(&other),
        Some(json!({"id": id})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another affiliate's voucher");
    let (status, _) = call(
        &app,
        "POST",
        "/affiliate/removevoucher",
        t,
        Some(json!({"id": id})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(
        &app,
        "POST",
        "/affiliate/removevoucher",
        t,
        Some(json!({"id": id})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "removed once");
}
