//! The HostBill dialect against the example responses of the API documents (seeds 004 and 002),
//! kept verbatim as JSON under tests/fixtures/hostbill, plus totality of envelope decoding.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::ApiError;
use atrium::api::dialect::hostbill;
use atrium::api::http::RawResponse;
use atrium::model::Date;
use atrium::model::{InvoiceStatus, ServiceStatus};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn ok(body: &str) -> serde_json::Value {
    hostbill::decode_envelope(&RawResponse {
        csrf_token: None,
        bytes: None,
        status: 200,
        retry_after: None,
        body: body.to_string(),
    })
    .unwrap()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/hostbill/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn login_answer_gives_the_token_pair() {
    let pair = hostbill::token_pair(&ok(&fixture("login.json"))).unwrap();
    assert!(pair.token.starts_with("eyJ0eXAi"));
    assert!(pair.refresh.unwrap().starts_with("eyJ0eXAi"));
}

#[test]
fn details_decode() {
    let c = hostbill::client(&ok(&fixture("details.json"))).unwrap();
    assert_eq!(c.id, "26");
    assert_eq!(c.display_name(), "Joe Doe");
    assert_eq!(c.company, None, "\"\" means absent");
}

#[test]
fn balance_decodes_exactly() {
    let b = hostbill::balance(&ok(&fixture("balance.json"))).unwrap();
    assert_eq!(b.outstanding.amount.to_string(), "123456.55");
    assert_eq!(b.outstanding.currency, "USD");
    assert!(b.credit.amount.is_zero());
}

#[test]
fn invoice_list_decodes() {
    let list = hostbill::invoices(&ok(&fixture("invoice_list.json"))).unwrap();
    assert_eq!(list.len(), 1);
    let i = &list[0];
    assert_eq!(i.id, "308976");
    assert_eq!(i.number, "2016/12/1");
    assert_eq!(i.total.amount.to_string(), "19.65");
    assert_eq!(i.status, InvoiceStatus::Paid);
    assert_eq!(i.due, Date::parse("2017-01-06"));
}

#[test]
fn service_list_decodes() {
    let list = hostbill::services(&ok(&fixture("service_list.json"))).unwrap();
    assert_eq!(list[0].status, ServiceStatus::Pending);
    assert_eq!(list[0].domain, None);
    assert_eq!(list[0].price.to_string(), "9.99");
}

#[test]
fn tickets_decode() {
    let list = hostbill::tickets(&ok(&fixture("tickets.json"))).unwrap();
    assert_eq!(list[0].number, "736633");
    assert!(list[0].is_open());
}

#[test]
fn logout_answer_is_a_plain_success() {
    assert_eq!(ok(&fixture("logout.json"))["status"], true);
}

#[test]
fn error_envelope_becomes_a_portal_error_with_its_messages() {
    let raw = RawResponse {
        csrf_token: None,
        bytes: None,
        status: 200,
        retry_after: None,
        body: r#"{"error":["Invoice Not in Unpaid Status"]}"#.into(),
    };
    assert_eq!(
        hostbill::decode_envelope(&raw),
        Err(ApiError::Portal {
            status: 200,
            messages: vec!["Invoice Not in Unpaid Status".into()]
        })
    );
}

#[test]
fn non_json_answers_are_typed_errors() {
    for (status, body) in [
        (200, ""),
        (200, "<html>login</html>"),
        (200, "{\"invoices\": [{\"id\""),
        (200, "[]"),
    ] {
        let raw = RawResponse {
            csrf_token: None,
            bytes: None,
            status,
            retry_after: None,
            body: body.into(),
        };
        assert!(
            matches!(hostbill::decode_envelope(&raw), Err(ApiError::Decode(_))),
            "{body:?}"
        );
    }
    let raw = RawResponse {
        csrf_token: None,
        bytes: None,
        status: 502,
        retry_after: None,
        body: "<html>Bad gateway</html>".into(),
    };
    assert_eq!(
        hostbill::decode_envelope(&raw),
        Err(ApiError::Server { status: 502 })
    );
    let raw = RawResponse {
        csrf_token: None,
        bytes: None,
        status: 429,
        retry_after: Some(7),
        body: String::new(),
    };
    assert_eq!(
        hostbill::decode_envelope(&raw),
        Err(ApiError::RateLimited {
            retry_after: Some(7)
        })
    );
}

#[test]
fn missing_required_fields_are_errors_and_extra_fields_are_fine() {
    assert!(hostbill::balance(&ok(r#"{"details":{"currency":"USD","acc_credit":"1"}}"#)).is_err());
    assert!(
        hostbill::balance(&ok(
            r#"{"details":{"currency":"USD","acc_balance":"abc","acc_credit":"1"}}"#
        ))
        .is_err()
    );
    let b = hostbill::balance(&ok(
        r#"{"details":{"currency":"VND","acc_balance":450000,"acc_credit":"0","new":1},"x":[]}"#,
    ));
    assert_eq!(b.unwrap().outstanding.amount.to_string(), "450000");
}

proptest! {
    #[test]
    fn decoding_is_total(status in 100u16..600, body in any::<Vec<u8>>()) {
        let raw = RawResponse { csrf_token: None, bytes: None, status, retry_after: None, body: String::from_utf8_lossy(&body).into_owned() };
        if let Ok(v) = hostbill::decode_envelope(&raw) {
            let _ = hostbill::invoices(&v);
            let _ = hostbill::balance(&v);
            let _ = hostbill::notifications(&v);
        }
    }

    #[test]
    fn truncated_bodies_never_succeed(cut in 1usize..200) {
        let body = fixture("invoice_list.json").trim_end().to_string();
        let cut = cut.min(body.len() - 1);
        if let Some(prefix) = body.get(..body.len() - cut) {
            let raw = RawResponse { csrf_token: None, bytes: None, status: 200, retry_after: None, body: prefix.to_string() };
            prop_assert!(hostbill::decode_envelope(&raw).is_err());
        }
    }
}

#[test]
fn invoice_detail_decodes_numbers_and_strings_exactly() {
    let inv = hostbill::invoice_detail(&ok(&fixture("invoice_detail.json"))).unwrap();
    assert_eq!(inv.number, "2016/12/1");
    assert_eq!(inv.status, InvoiceStatus::Paid);
    assert_eq!(inv.subtotal.amount.to_string(), "16.24");
    assert_eq!(inv.tax.amount.to_string(), "3.41");
    assert_eq!(inv.tax_rate.to_string(), "21");
    assert_eq!(inv.total.amount.to_string(), "19.65");
    assert_eq!(inv.total.currency, "USD");
    assert_eq!(inv.lines.len(), 2);
    assert_eq!(inv.lines[1].description, "PayPal Payment Fee");
    assert_eq!(inv.lines[1].line_total.amount.to_string(), "1.24");
    assert!(inv.lines[0].taxed);
    assert_eq!(inv.billed_to.name, "Joe Doe");
    assert_eq!(
        inv.billed_to.address,
        vec![
            "Pretty View Lane 3194",
            "Santa Rosa, California, 95401",
            "US"
        ]
    );
    assert_eq!(inv.paid_on, Date::parse("2016-12-30"));
    // Paid: nothing is due; the total was paid.
    assert_eq!(inv.balance_due().amount, Decimal::ZERO);
    assert_eq!(inv.amount_paid().amount.to_string(), "19.65");
    assert!(!inv.accepts_credit(), "paid");
}

#[test]
fn credit_answer_decodes() {
    let c = hostbill::credit_applied(&ok(&fixture("invoice_credit.json"))).unwrap();
    assert_eq!(c.applied.to_string(), "2.1");
    assert_eq!(c.status, InvoiceStatus::Paid);
}

#[test]
fn payment_fees_decode_with_numeric_ids() {
    let methods = hostbill::payment_methods(&ok(&fixture("payment_fees.json"))).unwrap();
    assert_eq!(methods.len(), 4);
    assert_eq!(methods[1].id, "2");
    assert_eq!(methods[1].name, "Stripe");
    assert_eq!(methods[1].percent_fee.to_string(), "2.9");
    assert!(methods[0].fixed_fee.is_zero());
}

#[test]
fn payment_modules_decode_in_the_order_of_their_ids() {
    // Seed 002's example of `GET /payment`, as given.
    let modules = hostbill::payment_modules(&ok(&fixture("payment.json"))).unwrap();
    let ids: Vec<(&str, &str)> = modules
        .iter()
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    assert_eq!(ids, [("9", "PayPal"), ("10", "BankTransfer")]);
    assert!(hostbill::payment_modules(&serde_json::json!({"payments": []})).is_err());
}

#[test]
fn invoice_list_from_text_equals_the_tree_decoder_and_keeps_errors_precise() {
    let body = fixture("invoice_list.json");
    assert_eq!(
        hostbill::invoices_from_text(&body).unwrap(),
        hostbill::invoices(&ok(&body)).unwrap()
    );
    assert!(matches!(
        hostbill::invoices_from_text(r#"{"error":["Permission denied"]}"#),
        Err(ApiError::Portal { messages, .. }) if messages == ["Permission denied"]
    ));
    assert!(matches!(
        hostbill::invoices_from_text(
            r#"{"invoices":[{"id":"1","total":"1O.00","status":"Paid","currency":"USD"}]}"#
        ),
        Err(ApiError::Decode(_))
    ));
    assert!(matches!(
        hostbill::invoices_from_text(r#"{"invoices":[{"id":"1","#),
        Err(ApiError::Decode(_))
    ));
}
