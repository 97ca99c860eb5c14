//! HostBill DNS answers: the seed's example shapes (seed 004: `GET /dns`, a zone's details, a
//! record answer with SRV content as a list) decode to zones and records.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::ApiError;
use atrium::api::dialect::hostbill;
use atrium::dns::RecordType;
use serde_json::json;

#[test]
fn the_zone_list_decodes() {
    let zones = hostbill::zones(&json!({
        "service_ids": ["10", "20"],
        "zones": [
            {"domain_id": "60", "name": "", "service_id": "10"},
            {"domain_id": "61", "name": "Example.COM.", "service_id": "20"}
        ]
    }))
    .unwrap();
    assert_eq!(zones.len(), 2);
    assert_eq!(zones[0].id, "60");
    assert_eq!(zones[1].name, "example.com");
    assert_eq!(zones[1].service_id, "20");
}

#[test]
fn a_services_zones_decode_and_its_documented_refusal_means_no_dns() {
    let zones = hostbill::service_zones(
        &json!({"zones": [{"domain_id": 60, "name": "Example.com."}, {"domain_id": "61", "name": "b.example", "service_id": "10"}]}),
        "10",
    )
    .unwrap();
    assert_eq!(zones.len(), 2);
    assert_eq!(
        zones[0].service_id, "10",
        "a row without its service is the asked one's"
    );
    assert_eq!(zones[0].id, "60");
    assert_eq!(zones[0].name, "example.com");
    // Seed 004's example answer of `GET /service/@service_id/dns`, at 200 or at 400.
    for status in [200, 400] {
        let e = hostbill::decode_envelope(&atrium::api::http::RawResponse {
            csrf_token: None,
            bytes: None,
            status,
            retry_after: None,
            body: r#"{"error": ["invalid method"]}"#.into(),
        })
        .unwrap_err();
        assert!(hostbill::has_no_dns(&e), "{status}: {e:?}");
    }
    assert!(!hostbill::has_no_dns(&ApiError::Server { status: 500 }));
    assert!(!hostbill::has_no_dns(&ApiError::Portal {
        status: 404,
        messages: vec!["Service not found".into()]
    }));
    // `GET /dns` still needs each row's service.
    assert!(
        hostbill::zones(&json!({"zones": [{"domain_id": "60", "name": "a.example"}]})).is_err()
    );
}

#[test]
fn a_zone_decodes_at_the_root_or_nested_and_skips_the_soa() {
    let body = json!({
        "service_id": 10, "name": "example.com",
        "records": [
            {"id": "55", "type": "A", "ttl": "3600", "name": "test", "priority": 0, "content": "192.0.2.1"},
            {"id": "56", "type": "SRV", "ttl": "3600", "name": "_sip._tcp", "priority": "10", "content": ["60", "5060", "sip.example.com."]},
            {"id": "57", "type": "SOA", "ttl": "3600", "name": "", "priority": 0, "content": "ns1 hostmaster 1 2 3 4 5"},
            {"id": "58", "type": "SSHFP", "ttl": 300, "name": "", "content": "1 1 abcd"}
        ]
    });
    let z = hostbill::zone(&body, "60").unwrap();
    assert_eq!(z.id, "60");
    assert_eq!(z.records.len(), 3, "SOA left to the portal");
    assert_eq!(z.records[1].content, "60 5060 sip.example.com.");
    assert_eq!(z.records[1].priority, 10);
    assert_eq!(z.records[2].rtype, RecordType::Other("SSHFP".into()));
    assert_eq!(z.records[2].name, "@");
    let nested = hostbill::zone(&json!({"zone": body}), "60").unwrap();
    assert_eq!(nested, z);
    assert_eq!(
        hostbill::zone_from_text(&body.to_string(), "60").unwrap(),
        z
    );
    assert_eq!(
        hostbill::zone_from_text(&json!({"zone": body}).to_string(), "60").unwrap(),
        z
    );
    assert!(matches!(
        hostbill::zone_from_text(r#"{"error":["invalid method"]}"#, "60"),
        Err(ApiError::Portal { .. })
    ));
}

#[test]
fn the_record_answer_decodes_and_bad_numbers_are_errors() {
    let r = hostbill::record(&json!({
        "record": {"name": "", "type": "SRV", "ttl": "3600", "priority": "10", "content": ["5", "443", "t.example."]},
        "info": ["The record was added"]
    }))
    .unwrap();
    assert_eq!(
        (r.priority, r.ttl, r.content.as_str()),
        (10, 3600, "5 443 t.example.")
    );
    let bad = hostbill::record(
        &json!({"record": {"type": "A", "ttl": "an hour", "content": "192.0.2.1"}}),
    );
    assert!(matches!(bad, Err(ApiError::Decode(_))));
}
