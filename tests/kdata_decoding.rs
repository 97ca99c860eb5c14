//! Every example answer of the Kdata WHMCS wrapper (seeds 000 and 001, kept as JSON under
//! tests/fixtures/kdata) decodes to the domain types, and every documented error shape becomes a
//! typed error, never empty data.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

mod common;

use atrium::api::ApiError;
use atrium::api::dialect::kdata;
use atrium::api::http::{RawResponse, encode_form};
use atrium::model::VpsOrder;
use atrium::model::{InvoiceStatus, ServiceStatus};
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/kdata/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn raw(status: u16, body: &str) -> RawResponse {
    RawResponse {
        csrf_token: None,
        status,
        retry_after: None,
        body: body.into(),
        bytes: None,
    }
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn every_success_example_passes_the_envelope() {
    for name in [
        "login",
        "addorder",
        "getproduct",
        "applycredit",
        "getinvoice",
        "getinvoiceproduct",
        "cancelrequest",
        "acceptquote",
    ] {
        let v = fixture(name);
        assert_eq!(
            kdata::decode_envelope(&raw(200, &v.to_string())).as_ref(),
            Ok(&v),
            "{name}"
        );
    }
}

#[test]
fn login_gives_the_token_and_the_client_record() {
    let (token, user) = kdata::login(&fixture("login")).unwrap();
    assert!(token.starts_with("eyJ0eXAiOiJKV1Qi"));
    let c = kdata::client(&user);
    assert_eq!(
        (
            c.id.as_str(),
            c.display_name().as_str(),
            c.company.as_deref()
        ),
        ("7", "nam ns", Some("appota"))
    );
    assert_eq!(
        kdata::balance(&user, "VND").unwrap().credit.amount,
        d("0.00")
    );
}

#[test]
fn an_invoice_decodes_with_its_line_and_what_is_left_to_pay() {
    let (_, user) = kdata::login(&fixture("login")).unwrap();
    let inv = kdata::invoice_detail(&fixture("getinvoice"), "VND", Some(&user)).unwrap();
    assert_eq!((inv.id.as_str(), inv.number.as_str()), ("171", "171"));
    assert_eq!(inv.status, InvoiceStatus::Unpaid);
    assert_eq!(inv.total.amount, d("450000.00"));
    assert_eq!(inv.total.currency, "VND");
    assert_eq!(inv.paid_on, None, "0000-00-00 00:00:00 is no date");
    assert_eq!(inv.lines.len(), 1);
    assert!(inv.lines[0].description.contains("Extra IP: 3 x IP"));
    assert_eq!(inv.billed_to.name, "nam ns");
    assert_eq!(inv.billed_to.address[0], "quoc oai ha noi");
}

#[test]
fn a_services_invoices_and_the_credit_answer_decode() {
    let list = kdata::service_invoices(&fixture("getinvoiceproduct"), "VND").unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].status, InvoiceStatus::Paid);
    assert_eq!(list[0].total.amount, Decimal::ZERO);
    let applied = kdata::credit_applied(&fixture("applycredit")).unwrap();
    assert_eq!(applied.applied, d("450000"));
    assert_eq!(applied.status, InvoiceStatus::Paid);
}

#[test]
fn a_service_keeps_its_configuration_as_labelled_options() {
    let s = kdata::service_detail(&fixture("getproduct")).unwrap();
    assert_eq!(s.summary.id, "171");
    assert_eq!(s.summary.status, ServiceStatus::Pending);
    assert_eq!(s.summary.cycle, "Monthly");
    let options: Vec<(&str, &str)> = s
        .options
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    for expected in [
        ("OS", "Centos 6.x 64Bit"),
        ("CPU", "2 Core"),
        ("RAM", "1GB"),
        ("HDD", "40G"),
        ("Extra IP", "3"),
    ] {
        assert!(options.contains(&expected), "{expected:?} in {options:?}");
    }
}

#[test]
fn an_order_and_an_accepted_quote_decode() {
    let o = kdata::order_placed(&fixture("addorder")).unwrap();
    assert_eq!(o.order_number.as_deref(), Some("170"));
    assert_eq!(o.invoice_id.as_deref(), Some("171"));
    assert_eq!(kdata::quote_accepted(&fixture("acceptquote")), None);
    assert_eq!(
        kdata::quote_accepted(&json!({"result": "success", "invoiceid": 9})),
        Some("9".into())
    );
}

#[test]
fn every_documented_error_shape_is_a_typed_error() {
    // "Permission denied!" and "... not exists" / "Not Found" mean "not yours or not there": 404.
    for (body, message, status) in [
        (
            r#"{"result": "error", "messages": "User not exists"}"#,
            "User not exists",
            404,
        ),
        (
            r#"{"result":"error","messages":"Product not exists"}"#,
            "Product not exists",
            404,
        ),
        (
            r#"{"result":"error","message":"Unable to add order when client status is Closed"}"#,
            "Unable to add order when client status is Closed",
            200,
        ),
        (
            r#"{"result":"error","messages":"Permission denied!"}"#,
            "Permission denied!",
            404,
        ),
        (
            r#"{"result": "error","message": "Amount exceeds customer credit balance"}"#,
            "Amount exceeds customer credit balance",
            200,
        ),
        (
            r#"{"result": "error","message": "Quote ID Not Found"}"#,
            "Quote ID Not Found",
            404,
        ),
    ] {
        assert_eq!(
            kdata::decode_envelope(&raw(200, body)),
            Err(ApiError::Portal {
                status,
                messages: vec![message.into()]
            }),
            "{body}"
        );
    }
    for body in [
        r#"{ "error": "token expired"}"#,
        r#"{ "error": "token invalid"}"#,
    ] {
        assert!(kdata::token_rejected(&raw(200, body)), "{body}");
        assert!(kdata::token_rejected(&raw(401, body)));
        assert!(kdata::decode_envelope(&raw(200, body)).is_err());
    }
    assert!(!kdata::token_rejected(&raw(200, r#"{"result":"success"}"#)));
    assert_eq!(
        kdata::decode_envelope(&raw(502, "<html>Bad gateway</html>")),
        Err(ApiError::Server { status: 502 })
    );
    assert!(matches!(
        kdata::decode_envelope(&raw(200, "{\"result\": \"succ")),
        Err(ApiError::Decode(_))
    ));
}

#[test]
fn an_order_is_sent_as_the_documented_form_fields() {
    let order = VpsOrder {
        product: "VPS 01".into(),
        billing_cycle: "monthly".into(),
        os: "centos 6.x".into(),
        extra_ips: 3,
        hostname: " web1.example.vn ".into(),
        ..VpsOrder::default()
    };
    let body = kdata::order_body(&order);
    assert_eq!(
        body,
        json!({"product": "VPS 01", "billingcycle": "monthly", "os": "centos 6.x", "extraIp": "3", "hostname": "web1.example.vn"})
    );
    let form = encode_form(&body);
    for pair in [
        "product=VPS%2001",
        "billingcycle=monthly",
        "os=centos%206.x",
        "extraIp=3",
        "hostname=web1.example.vn",
    ] {
        assert!(form.split('&').any(|p| p == pair), "{pair} in {form}");
    }
    assert_eq!(
        kdata::order_body(&VpsOrder {
            extra_ips: 9,
            ..order
        })["extraIp"],
        "5",
        "at most 5 extra IPs"
    );
    assert_eq!(
        encode_form(&json!({"custom": {"1618": {"10330": 1}}, "ids": [4, 5], "skip": null})),
        "custom%5B1618%5D%5B10330%5D=1&ids%5B0%5D=4&ids%5B1%5D=5"
    );
}

// Guarantee 18, as for HostBill: arbitrary bytes under any status never panic any decoder, and a
// truncated answer is never a success.
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn fixture_text(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/kdata/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    fn decode_everything(v: &Value) {
        let _ = kdata::login(v);
        let _ = kdata::balance(v, "USD");
        let _ = kdata::invoice_detail(v, "USD", Some(v));
        let _ = kdata::service_invoices(v, "USD");
        let _ = kdata::credit_applied(v);
        let _ = kdata::service_detail(v);
        let _ = kdata::order_placed(v);
        let _ = kdata::quote_accepted(v);
        let _ = kdata::client(v);
    }

    proptest! {
        #[test]
        fn decoding_is_total(status in 100u16..600, body in any::<Vec<u8>>()) {
            let r = raw(status, &String::from_utf8_lossy(&body));
            let _ = kdata::token_rejected(&r);
            if let Ok(v) = kdata::decode_envelope(&r) {
                decode_everything(&v);
            }
        }

        #[test]
        fn json_of_any_shape_never_panics(v in arb_json()) {
            decode_everything(&v);
            let _ = kdata::decode_envelope(&raw(200, &v.to_string()));
        }

        #[test]
        fn truncated_answers_never_succeed(
            name in prop::sample::select(vec!["login", "getinvoice", "getproduct", "addorder", "applycredit"]),
            cut in 1usize..400,
        ) {
            let body = fixture_text(name).trim_end().to_string();
            let cut = cut.min(body.len() - 1);
            if let Some(prefix) = body.get(..body.len() - cut) {
                prop_assert!(kdata::decode_envelope(&raw(200, prefix)).is_err(), "{name} cut by {cut}");
            }
        }
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        super::common::arb_json(vec![
            "result",
            "message",
            "messages",
            "error",
            "0",
            "token",
            "user",
            "invoice",
            "items",
            "item",
            "total",
            "subtotal",
            "credit",
            "status",
            "id",
            "amount",
            "currency",
            "product",
            "invoiceid",
            "orderid",
            "date",
            "duedate",
        ])
    }
}
