//! HostBill service details and methods: the seed's examples (seed 004, `GET /service/@id` and
//! `GET /service/@id/methods`, routes with escaped slashes as PHP writes them).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill;
use atrium::model::ServiceStatus;

#[test]
fn the_seed_service_decodes() {
    let v: serde_json::Value = serde_json::from_str(
        r#"{"service": {"id": "301", "date_created": "2016-12-30", "domain": "", "firstpayment": "9.99",
            "total": "9.99", "billingcycle": "Monthly", "next_due": "2017-12-30", "next_invoice": "2017-01-27",
            "status": "Active", "label": "", "username": "examplen", "password": "pdtzc", "name": "Starter Hosting"}}"#,
    )
    .unwrap();
    let s = hostbill::service_detail(&v).unwrap();
    assert_eq!(s.summary.id, "301");
    assert_eq!(s.summary.price.to_string(), "9.99");
    assert_eq!(s.summary.status, ServiceStatus::Active);
    assert_eq!(s.summary.domain, None);
    assert_eq!(s.label, None);
    assert_eq!(s.username.as_deref(), Some("examplen"));
}

#[test]
fn the_seed_methods_decode_by_route() {
    let v: serde_json::Value = serde_json::from_str(
        r#"{"methods": [
            {"name": "Upgrade Request", "method": "POST", "route": "\/service\/@id\/upgrade"},
            {"name": "Upgrade Options", "method": "GET", "route": "\/service\/@id\/upgrade"},
            {"name": "Change service label", "method": "POST", "route": "\/service\/@id\/label"},
            {"name": "Service label", "method": "GET", "route": "\/service\/@id\/label"},
            {"name": "Cancel Service", "method": "POST", "route": "\/service\/@id\/cancel"}
        ]}"#,
    )
    .unwrap();
    let a = hostbill::service_actions(&v).unwrap();
    assert!(a.label && a.cancel && a.upgrade);
    assert!(!a.vms);
}

#[test]
fn a_servers_addresses_and_reverse_dns_are_offered_by_its_methods() {
    let v: serde_json::Value = serde_json::from_str(
        r#"{"methods": [
            {"name": "List Service IP Addresses", "method": "GET", "route": "\/service\/@id\/ip"},
            {"name": "Reverse DNS", "method": "GET", "route": "\/service\/@id\/rdns"},
            {"name": "Update rDNS", "method": "POST", "route": "\/service\/@id\/rdns"}
        ]}"#,
    )
    .unwrap();
    let a = hostbill::service_actions(&v).unwrap();
    assert!(a.addresses && a.rdns && !a.vms);
    // Reading the names is not changing them.
    let read_only: serde_json::Value = serde_json::from_str(
        r#"{"methods": [
            {"name": "List Service IP Addresses", "method": "GET", "route": "/service/@id/ip"},
            {"name": "Reverse DNS", "method": "GET", "route": "/service/@id/rdns"}
        ]}"#,
    )
    .unwrap();
    let a = hostbill::service_actions(&read_only).unwrap();
    assert!(a.addresses && !a.rdns);
}

#[test]
fn a_search_answer_names_services_only_each_once() {
    use atrium::api::dialect::hostbill::service_search_ids;
    use serde_json::json;
    // HostBill's own search shape: groups by kind, a group with nothing found is false; an
    // invoice's or a ticket's id is not a service's.
    let grouped = json!({
        "success": true,
        "results": {
            "Accounts": [{"id": "303", "domain": "app"}, {"id": 308}],
            "Domains": false,
            "Invoices": [{"id": "1040"}],
            "Tickets": [{"id": "7", "ticket_number": "208032"}],
        }
    });
    assert_eq!(service_search_ids(&grouped), ["303", "308"]);
    // A plain list, a list under "services", groups of groups, ids under another name.
    assert_eq!(
        service_search_ids(&json!({"results": [{"id": "1"}, "2", 3]})),
        ["1", "2", "3"]
    );
    assert_eq!(
        service_search_ids(&json!({"services": [{"service_id": "5"}, {"id": "5"}]})),
        ["5"]
    );
    assert_eq!(
        service_search_ids(&json!({"results": {"services": {"hosting": [{"account_id": 9}]}}})),
        ["9"]
    );
    // Nothing found, or nothing readable: no services, never an error.
    assert!(service_search_ids(&json!({"success": true})).is_empty());
    assert!(
        service_search_ids(&json!({"results": {"Accounts": false, "Domains": false}})).is_empty()
    );
}

#[test]
fn the_seed_label_decodes_and_an_empty_one_is_none() {
    let seed = serde_json::json!({"label": "example"});
    assert_eq!(
        hostbill::service_label(&seed).unwrap().as_deref(),
        Some("example")
    );
    assert_eq!(
        hostbill::service_label(&serde_json::json!({"label": " "})).unwrap(),
        None
    );
    assert!(hostbill::service_label(&serde_json::json!({"info": ["ok"]})).is_err());
}

#[test]
fn the_seed_services_of_a_category_decode_alone_or_as_a_list() {
    // Seed 002's example for `GET /services/@cid`: one service's fields (config shortened).
    let seed: serde_json::Value = serde_json::from_str(
        r#"{"id": "278", "product_id": "10", "domain": "tranbinh11278", "label": "", "total": "580000.00",
            "status": "Active", "billingcycle": "Monthly", "next_due": "2023-04-30", "expires": "2023-04-30",
            "catname": "Cloud VN", "slug": "cloud-vn", "name": "Cloud VN #5", "parent_category_id": "12",
            "parent_category_name": "Cloud Server", "parent_category_slug": "12-cloud-server",
            "paytype": "Regular", "config": {"onboot": 1, "memory": 8192, "cores": "4"}}"#,
    )
    .unwrap();
    let one = hostbill::services_in_category(&seed).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].id, "278");
    assert_eq!(one[0].name, "Cloud VN #5");
    assert_eq!(one[0].price.to_string(), "580000.00");
    assert_eq!(one[0].status, ServiceStatus::Active);
    assert_eq!(
        one[0].next_due.map(|d| d.iso()).as_deref(),
        Some("2023-04-30")
    );
    let mut suspended = seed.clone();
    suspended["id"] = "279".into();
    suspended["status"] = "Suspended".into();
    let list = serde_json::json!({ "services": [seed, suspended] });
    let both = hostbill::services_in_category(&list).unwrap();
    assert_eq!(both.len(), 2);
    assert_eq!(both[1].status, ServiceStatus::Suspended);
    assert!(
        hostbill::services_in_category(&serde_json::json!({"error": ["invalid method"]})).is_err()
    );
}
