//! The demo portal's SSL certificates: listed and read in seed 002's shapes, the file only for an
//! issued certificate, prices in the client's currency, an order checked as an authority would
//! (request, approver mailbox, period, software, payment method) before it makes a pending
//! certificate and an unpaid invoice, and another client's certificate not found.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::{Value, json};

const CSR: &str = include_str!("../../../tests/fixtures/csr/good.csr");

fn order() -> Value {
    json!({"product_id": "60", "csr": CSR, "years": 2, "pay_method": "1",
        "approver_email": "admin@nguyenstudio.vn", "software": "4"})
}

#[tokio::test]
async fn certificates_are_listed_read_and_downloaded_once_issued() {
    let app = portal("certificates");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, list) = call(&app, "GET", "/certificate", t, None).await;
    let rows = list["sslservices"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["cert_status"], "Issued");
    assert_eq!(rows[0]["total"], "15.00");
    let (_, one) = call(&app, "GET", "/certificate/320", t, None).await;
    assert_eq!(one["service"]["contacts"]["admin"]["FName"], "Alex");
    assert!(
        one["service"]["csr"]
            .as_str()
            .unwrap()
            .contains("BEGIN CERTIFICATE REQUEST")
    );
    let (status, file) = call(&app, "GET", "/certificate/320/crt", t, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        file["crt"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );
    let (status, v) = call(&app, "GET", "/certificate/321/crt", t, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Certificate has not been issued yet");

    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let o = Some(other.as_str());
    for path in ["/certificate/320", "/certificate/320/crt"] {
        let (status, _) = call(&app, "GET", path, o, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (_, none) = call(&app, "GET", "/certificate", o, None).await;
    assert_eq!(none["sslservices"], json!([]));
}

#[tokio::test]
async fn products_are_priced_in_the_clients_currency_with_their_software() {
    let app = portal("certificate-products");
    let (usd, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (vnd, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, a) = call(&app, "GET", "/certificate/order", Some(&usd), None).await;
    let (_, b) = call(&app, "GET", "/certificate/order", Some(&vnd), None).await;
    assert_eq!(a["products"][0]["periods"][0]["price"], json!(12.0));
    assert_eq!(b["products"][0]["periods"][0]["price"], json!(300_000.0));
    let (_, sw) = call(
        &app,
        "GET",
        "/certificate/order/60/software",
        Some(&usd),
        None,
    )
    .await;
    assert_eq!(sw["software"][0]["name"], "AOL");
    let (status, _) = call(
        &app,
        "GET",
        "/certificate/order/999/software",
        Some(&usd),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_order_is_checked_then_makes_a_pending_certificate_and_an_unpaid_invoice() {
    let app = portal("certificate-order");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    for (key, value, error) in [
        ("product_id", json!("999"), "Invalid certificate product"),
        ("years", json!(3), "Invalid period for this certificate"),
        ("csr", json!("example.com"), "Invalid CSR"),
        (
            "approver_email",
            json!("alex@gmail.com"),
            "Approver email is not valid for this domain",
        ),
        (
            "approver_email",
            json!("admin@other.vn"),
            "Approver email is not valid for this domain",
        ),
        ("software", json!("77"), "Invalid server software"),
        ("pay_method", json!("999"), "Invalid payment method"),
    ] {
        let mut body = order();
        body[key] = value;
        let (status, v) = call(&app, "POST", "/certificate/order", t, Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{key}");
        assert_eq!(v["error"][0], error, "{key}");
    }
    let (_, before) = call(&app, "GET", "/certificate", t, None).await;
    assert_eq!(
        before["sslservices"].as_array().unwrap().len(),
        2,
        "nothing made by a refusal"
    );

    // The parent domain's mailbox is accepted for shop.nguyenstudio.vn.
    let (status, placed) = call(&app, "POST", "/certificate/order", t, Some(order())).await;
    assert_eq!(status, StatusCode::OK, "{placed}");
    assert_eq!(placed["total"], "22.00");
    let service = placed["items"]["id"].as_str().unwrap().to_string();
    let (_, cert) = call(&app, "GET", &format!("/certificate/{service}"), t, None).await;
    assert_eq!(cert["service"]["domain"], "shop.nguyenstudio.vn");
    assert_eq!(cert["service"]["status"], "Pending");
    assert_eq!(cert["service"]["cert_email"], "admin@nguyenstudio.vn");
    let invoice = placed["invoice_id"].as_str().unwrap();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{invoice}"), t, None).await;
    assert_eq!(inv["invoice"]["status"], "Unpaid", "{inv}");
}
