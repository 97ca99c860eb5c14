//! HostBill's cPanel backups (`GET /service/cpanel2/@id/backup`): the seed shows no answer, so
//! the decoder reads cPanel's own names, records or plain names, and refuses what is no answer.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill::cpanel::cpanel_backups;

#[test]
fn records_and_plain_names_are_read_and_empty_entries_skipped() {
    let v = serde_json::json!({"backups": [
        {"file": "backup-12.2.2026_02-00-07_user301.tar.gz", "date": "2026-12-02 02:00"},
        {"name": "weekly", "created": 1764640800},
        "backup-11.30.2026_02-00-21_user301.tar.gz",
        "  ",
        {"date": "2026-11-29"},
        {"size": 10}
    ]});
    let list = cpanel_backups(&v).unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(list[0].name, "backup-12.2.2026_02-00-07_user301.tar.gz");
    assert_eq!(list[0].date.as_deref(), Some("2026-12-02 02:00"));
    assert_eq!(list[1].date.as_deref(), Some("1764640800"));
    assert_eq!(list[2].date, None);
    // Only a date: the date names it.
    assert_eq!(list[3].name, "2026-11-29");
}

#[test]
fn an_empty_answer_is_no_backups_and_a_non_object_is_an_error() {
    assert!(cpanel_backups(&serde_json::json!({})).unwrap().is_empty());
    assert!(
        cpanel_backups(&serde_json::json!({"backup": []}))
            .unwrap()
            .is_empty()
    );
    assert!(cpanel_backups(&serde_json::json!([1, 2])).is_err());
}
