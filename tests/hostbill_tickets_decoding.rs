//! HostBill support tickets: the seed's examples (seed 004, `GET /tickets/@number`,
//! `POST /tickets`), with `replies` beside `ticket` as the example's punctuation shows, and a
//! portal that nests them inside read the same.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::ApiError;
use atrium::api::dialect::hostbill;

const SEED_TICKET: &str = r#"{"ticket": {"date": "2016-12-30 12:48:13", "ticket_number": "736633", "name": "Joe Doe",
    "email": "", "subject": "Lore Ipsum",
    "body": "Donec sollicitudin molestie malesuada. \r\nSed porttitor lectus nibh. Vivamus magna justo, \r\nlacinia eget consectetur sed, convallis at tellus.",
    "status": "Answered", "client_read": "1", "deptname": "Billing"},
  "replies": [{"id": "929", "name": "Suppport Staff", "date": "2016-12-30 12:51:04",
    "body": "Vestibulum ac diam sit amet quam \r\nvehicula elementum sed sit amet dui. \r\nPraesent sapien massa\r\n\r\n-- Maecenas efficitur elit est --",
    "status": "Sent", "type": "Admin"}]}"#;

#[test]
fn the_seed_ticket_decodes_with_its_conversation() {
    let v: serde_json::Value = serde_json::from_str(SEED_TICKET).unwrap();
    let t = hostbill::ticket(&v).unwrap();
    assert_eq!(t.summary.number, "736633");
    assert_eq!(t.summary.status, "Answered");
    assert_eq!(t.summary.department, "Billing");
    assert_eq!(t.messages.len(), 2);
    assert_eq!(t.messages[0].author, "Joe Doe");
    assert!(!t.messages[0].staff);
    assert!(
        t.messages[0]
            .body
            .starts_with("Donec sollicitudin molestie malesuada. \nSed")
    );
    assert!(!t.messages[0].body.contains('\r'));
    assert!(t.messages[1].staff);
    assert_eq!(t.messages[1].at, "2016-12-30 12:51:04");
    assert!(!t.is_closed());
}

#[test]
fn replies_nested_in_the_ticket_or_absent_are_read() {
    let mut v: serde_json::Value = serde_json::from_str(SEED_TICKET).unwrap();
    let replies = v["replies"].take();
    v.as_object_mut().unwrap().remove("replies");
    v["ticket"]["replies"] = replies;
    assert_eq!(hostbill::ticket(&v).unwrap().messages.len(), 2);
    v["ticket"].as_object_mut().unwrap().remove("replies");
    assert_eq!(hostbill::ticket(&v).unwrap().messages.len(), 1);
}

#[test]
fn a_new_ticket_number_and_departments_decode_and_errors_stay_errors() {
    let created: serde_json::Value = serde_json::from_str(r#"{"ticket": 865650}"#).unwrap();
    assert_eq!(hostbill::ticket_created(&created).unwrap(), "865650");
    assert!(matches!(
        hostbill::ticket_created(&serde_json::json!({})),
        Err(ApiError::Decode(_))
    ));
    let d = hostbill::departments(&serde_json::json!({"departments": [{"id": 1, "name": "Billing"}, {"id": "2", "name": "Technical"}]})).unwrap();
    assert_eq!((d[0].id.as_str(), d[1].name.as_str()), ("1", "Technical"));
    assert!(hostbill::ticket(&serde_json::json!({"tickets": []})).is_err());
}
