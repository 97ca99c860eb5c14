//! The demo portal in Kdata's dialect: the wrapper's envelopes, errors with HTTP 200, token
//! refusals in its words, and the same account and rules as the HostBill dialect.

use super::tests::call_raw;
use super::{DemoArgs, DemoDialect, router};
use axum::Router;
use serde_json::{Value, json};
use std::time::Duration;

fn portal(name: &str, token_ttl: Duration) -> Router {
    let db =
        std::env::temp_dir().join(format!("atrium-kdata-{name}-{}.sqlite", std::process::id()));
    router(DemoArgs {
        db,
        reset: true,
        token_ttl,
        refresh_ttl: Duration::from_secs(3600),
        vm_pace: 0.01,
        test_faults: true,
        dialect: DemoDialect::Kdata,
        vm_image: std::path::PathBuf::new(),
        no_live_vm: true,
    })
    .unwrap()
}

async fn form(app: &Router, path: &str, token: Option<&str>, fields: &[(&str, &str)]) -> Value {
    let body = serde_urlencoded::to_string(fields).unwrap();
    let (status, v) = call_raw(
        app,
        "POST",
        path,
        token,
        "application/x-www-form-urlencoded",
        body,
    )
    .await;
    assert_eq!(status, 200, "{path}: {v}");
    v
}

async fn login(app: &Router) -> (String, Value) {
    let v = form(
        app,
        "/login",
        None,
        &[("email", "demo@atrium.test"), ("password", "demo1234")],
    )
    .await;
    assert_eq!(v["result"], "success", "{v}");
    (
        v["0"]["token"].as_str().unwrap().to_string(),
        v["user"][0].clone(),
    )
}

#[tokio::test]
async fn login_answers_the_token_and_the_client_record_or_the_wrappers_error() {
    let app = portal("login", Duration::from_secs(60));
    let (token, user) = login(&app).await;
    assert!(token.split('.').count() == 3);
    assert_eq!(user["email"], "demo@atrium.test");
    assert!(user["credit"].as_str().unwrap().contains('.'));
    let bad = form(
        &app,
        "/login",
        None,
        &[("email", "demo@atrium.test"), ("password", "nope")],
    )
    .await;
    assert_eq!(
        bad,
        json!({"result": "error", "messages": "User not exists"})
    );
}

#[tokio::test]
async fn an_order_becomes_an_invoice_paid_with_credit_once() {
    let app = portal("order", Duration::from_secs(60));
    let (t, user) = login(&app).await;
    let order = form(
        &app,
        "/api/v1/addorder",
        Some(&t),
        &[
            ("product", "Cloud S"),
            ("billingcycle", "monthly"),
            ("os", "Debian 12"),
            ("extraIp", "2"),
        ],
    )
    .await;
    assert_eq!(order["result"], "success", "{order}");
    let invoice = order["invoiceid"].to_string();
    let inv = form(
        &app,
        "/api/v1/getinvoice",
        Some(&t),
        &[("invoiceid", &invoice)],
    )
    .await;
    assert_eq!(inv["status"], "Unpaid");
    // 9.00 + 2 extra IPs at 3.00 = 15.00, plus 8 % sales tax.
    assert_eq!(inv["total"], "16.20", "{inv}");
    assert_eq!(inv["balance"], "16.20");
    let service = order["productids"].as_str().unwrap().to_string();
    let list = form(
        &app,
        "/api/v1/getinvoiceproduct",
        Some(&t),
        &[("serviceid", &service)],
    )
    .await;
    assert_eq!(list["data"][0]["id"].to_string(), invoice);
    let paid = form(
        &app,
        "/api/v1/applycredit",
        Some(&t),
        &[("invoiceid", &invoice)],
    )
    .await;
    assert_eq!(
        (paid["result"].as_str(), paid["invoicepaid"].as_str()),
        (Some("success"), Some("true")),
        "{paid}"
    );
    assert!(user["credit"].as_str().unwrap() != "0.00");
    let again = form(
        &app,
        "/api/v1/applycredit",
        Some(&t),
        &[("invoiceid", &invoice)],
    )
    .await;
    assert_eq!(
        again,
        json!({"result": "error", "message": "Invoice Not in Unpaid Status"})
    );
    let bad = form(
        &app,
        "/api/v1/addorder",
        Some(&t),
        &[
            ("product", "VPS 99"),
            ("billingcycle", "monthly"),
            ("os", "x"),
        ],
    )
    .await;
    assert_eq!(
        bad,
        json!({"result": "error", "messages": "Product not exists"})
    );
}

#[tokio::test]
async fn services_cancellations_quotes_and_other_clients_records() {
    let app = portal("service", Duration::from_secs(60));
    let (t, _) = login(&app).await;
    let p = form(
        &app,
        "/api/v1/getproduct",
        Some(&t),
        &[("serviceid", "304")],
    )
    .await;
    assert_eq!(p["product"]["serviceid"], "304", "{p}");
    let other = form(
        &app,
        "/api/v1/getproduct",
        Some(&t),
        &[("serviceid", "999999")],
    )
    .await;
    assert_eq!(
        other,
        json!({"result": "error", "messages": "Permission denied!"})
    );
    let c = form(
        &app,
        "/api/v1/cancelrequest",
        Some(&t),
        &[("serviceid", "304"), ("reason", "Moving")],
    )
    .await;
    assert_eq!(c["result"], "success", "{c}");
    let q = form(
        &app,
        "/api/v1/acceptQuote",
        Some(&t),
        &[("quoteid", "424242")],
    )
    .await;
    assert_eq!(
        q,
        json!({"result": "error", "message": "Quote ID Not Found"})
    );
    let draft = form(&app, "/api/v1/acceptQuote", Some(&t), &[("quoteid", "3")]).await;
    assert_eq!(
        draft,
        json!({"result": "error", "message": "Quote ID Not Found"}),
        "a draft was never sent"
    );
    let q = form(&app, "/api/v1/acceptQuote", Some(&t), &[("quoteid", "1")]).await;
    assert_eq!(q["result"], "success", "{q}");
    let inv = form(
        &app,
        "/api/v1/getinvoice",
        Some(&t),
        &[("invoiceid", &q["invoiceid"].to_string())],
    )
    .await;
    assert_eq!(
        (inv["status"].as_str(), inv["total"].as_str()),
        (Some("Unpaid"), Some("518.40")),
        "{inv}"
    );
    let again = form(&app, "/api/v1/acceptQuote", Some(&t), &[("quoteid", "1")]).await;
    assert_eq!(again["result"], "error");
}

#[tokio::test]
async fn a_refused_token_is_answered_in_the_wrappers_words() {
    let app = portal("token", Duration::from_secs(1));
    let none = form(&app, "/api/v1/getinvoice", None, &[("invoiceid", "1")]).await;
    assert_eq!(none, json!({"error": "token invalid"}));
    let (t, _) = login(&app).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let expired = form(&app, "/api/v1/getinvoice", Some(&t), &[("invoiceid", "1")]).await;
    assert_eq!(expired, json!({"error": "token expired"}));
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_in_the_wrappers_words() {
    let app = portal("throttle", Duration::from_secs(60));
    for _ in 0..super::throttle::PER_ACCOUNT {
        let v = form(
            &app,
            "/login",
            None,
            &[("email", "demo@atrium.test"), ("password", "wrong")],
        )
        .await;
        assert_eq!(v["result"], "error");
    }
    let body =
        serde_urlencoded::to_string([("email", "demo@atrium.test"), ("password", "demo1234")])
            .unwrap();
    let (status, v) = call_raw(
        &app,
        "POST",
        "/login",
        None,
        "application/x-www-form-urlencoded",
        body,
    )
    .await;
    assert_eq!(status, 429);
    assert_eq!(v["result"], "error");
    assert!(v["message"].as_str().unwrap().contains("Too many"), "{v}");
}
