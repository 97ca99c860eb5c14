//! HostBill calls the API documents list without an example answer (estimates, credit history,
//! vouchers, pay all): decoded from the shapes the demo portal writes, which follow the documented
//! invoice shapes. A malformed amount is an error, never zero.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::ApiError;
use atrium::api::dialect::hostbill;
use atrium::model::Date;
use atrium::model::EstimateStatus;
use serde_json::json;

#[test]
fn estimates_list_and_detail_decode_exactly() {
    let list = hostbill::estimates(&json!({"estimates": [
        {"id": "3", "subject": "Goi hosting", "date": "2026-11-03", "valid_until": "2026-12-03",
         "total": "8900000.00", "status": "Draft", "currency": "VND"},
        {"id": 1, "subject": "", "date": "2026-11-18", "valid_until": "0000-00-00",
         "total": 518.4, "status": "Sent", "currency": "USD"}
    ]}))
    .unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].total.amount.to_string(), "8900000.00");
    assert_eq!(list[0].status, EstimateStatus::Draft);
    assert_eq!(
        list[1].subject, "#1",
        "an empty subject falls back to the number"
    );
    assert_eq!(list[1].valid_until, None);
    assert_eq!(list[1].total.amount.to_string(), "518.4");

    let e = hostbill::estimate_detail(&json!({"estimate": {
        "id": "1", "subject": "Migration", "date": "2026-11-18", "valid_until": "2026-12-18",
        "subtotal": "480.00", "tax": "38.40", "taxrate": "8", "total": "518.40", "status": "Sent",
        "currency": "USD", "notes": "",
        "items": [{"id": "1", "description": "Site migration", "amount": "35.00", "qty": "12.00", "linetotal": "420.00"}],
        "client": {"firstname": "Alex", "lastname": "Nguyen", "companyname": "", "address1": "12 Ly Tu Trong",
                   "city": "HCMC", "country": "VN"}
    }}))
    .unwrap();
    assert_eq!(e.summary.status, EstimateStatus::Sent);
    assert_eq!(e.lines[0].line_total.amount.to_string(), "420.00");
    assert_eq!(e.tax.amount.to_string(), "38.40");
    assert_eq!(e.billed_to.name, "Alex Nguyen");
    assert_eq!(e.billed_to.company, None);
    assert_eq!(e.notes, None);
    assert!(!e.summary.is_expired(Date::parse("2026-12-18").unwrap()));
    assert!(e.summary.is_expired(Date::parse("2026-12-19").unwrap()));
}

#[test]
fn credit_history_is_signed_and_exact() {
    let log = hostbill::credit_log(&json!({"success": true, "currency": "USD", "logs": [
        {"id": "7", "date": "2026-11-21 09:30:00", "description": "Credit applied", "in": "0.00",
         "out": "5.00", "balance": "25.50", "invoice_id": "1040"},
        {"id": "6", "date": "2026-11-19 09:30:00", "description": "Goodwill", "in": "1.80",
         "out": "0.00", "balance": "30.50", "invoice_id": "0"}
    ]}))
    .unwrap();
    assert_eq!(log[0].change.amount.to_string(), "-5.00");
    assert_eq!(log[0].invoice_id.as_deref(), Some("1040"));
    assert_eq!(log[1].change.amount.to_string(), "1.80");
    assert_eq!(log[1].invoice_id, None, "invoice 0 means none");
    assert_eq!(log[1].date, Date::parse("2026-11-19"));
}

#[test]
fn malformed_amounts_are_errors_never_zero() {
    let bad = hostbill::credit_log(&json!({"currency": "USD", "logs": [
        {"id": "1", "in": "1O.00", "out": "0", "balance": "10.00"}
    ]}));
    assert!(matches!(bad, Err(ApiError::Decode(_))), "{bad:?}");
    let bad = hostbill::estimates(&json!({"estimates": [
        {"id": "1", "total": "", "status": "Sent", "currency": "USD"}
    ]}));
    assert!(matches!(bad, Err(ApiError::Decode(_))), "{bad:?}");
}

#[test]
fn voucher_and_pay_all_answers_decode() {
    let v =
        hostbill::voucher_redeemed(&json!({"success": true, "amount": "10.00", "currency": "USD"}))
            .unwrap();
    assert_eq!(v.amount.amount.to_string(), "10.00");
    assert_eq!(
        hostbill::created_invoice_id(&json!({"success": true, "invoice_id": 1077})).unwrap(),
        "1077"
    );
}

#[test]
fn a_renewal_names_its_invoice_when_the_answer_does() {
    use atrium::api::dialect::hostbill::renewal_invoice_id;
    let id = |v: serde_json::Value| renewal_invoice_id(&v);
    assert_eq!(
        id(serde_json::json!({"success": true, "invoice_id": "812"})),
        Some("812".into())
    );
    assert_eq!(
        id(serde_json::json!({"invoice": {"id": 813}})),
        Some("813".into())
    );
    assert_eq!(
        id(serde_json::json!({"success": true, "invoice_id": 0})),
        None
    );
    assert_eq!(id(serde_json::json!({"success": true})), None);
}
