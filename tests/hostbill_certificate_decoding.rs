//! HostBill SSL certificates: the seed's answers for `GET /certificate`, `GET
//! /certificate/@id`, `GET /certificate/order`, `GET /certificate/order/@product_id/software`
//! and `POST /certificate/order` (seed 002), and the order's body.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill;
use atrium::api::dialect::hostbill::certificates as wire;
use atrium::model::certificate::CertificateOrder;
use atrium::model::{Date, ServiceStatus};
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn seed(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_seed_list_decodes() {
    let v = seed(
        r#"{"sslservices": [{"id": "300", "domain": "examplename.com", "total": "27.85",
        "status": "Pending", "billingcycle": "Annually", "next_due": "2017-12-30",
        "category": "GoGetSSL", "category_url": "gogetssl", "name": "Comodo InstantSSL",
        "cert_email": "admin@example.com", "cert_status": "", "cert_expires": "2017-12-30 13:43:12"}]}"#,
    );
    let list = wire::certificates(&v).unwrap();
    assert_eq!(list.len(), 1);
    let c = &list[0];
    assert_eq!(
        (c.id.as_str(), c.name.as_str()),
        ("300", "Comodo InstantSSL")
    );
    assert_eq!(c.domain.as_deref(), Some("examplename.com"));
    assert_eq!(c.status, ServiceStatus::Pending);
    assert_eq!(c.cert_status, None, "an empty status is no status");
    assert_eq!(c.expires, Date::parse("2017-12-30"));
    assert_eq!(c.price, Decimal::new(2785, 2));
    assert_eq!(c.approver_email.as_deref(), Some("admin@example.com"));
    assert!(
        wire::certificates(&json!({"sslservices": []}))
            .unwrap()
            .is_empty()
    );
    assert!(wire::certificates(&json!({})).unwrap().is_empty());
}

#[test]
fn the_seed_details_decode_with_contacts_and_organisation() {
    // The seed's example, with its `(...)` placeholders and trailing comma made valid JSON.
    let v = seed(
        r#"{"service": {"id": "300", "date_created": "2016-12-30", "domain": "examplename.com",
        "firstpayment": "27.85", "total": "27.85", "billingcycle": "Annually", "next_due": "2017-12-30",
        "next_invoice": "2017-10-31", "status": "Pending", "label": "", "name": "Comodo InstantSSL",
        "cert_status": "", "cert_expires": "2017-12-30 13:43:12",
        "csr": "-----BEGIN CERTIFICATE REQUEST----- ...",
        "contacts": {"admin": {"FName": "Mary", "LName": "Sue", "City": "Santa Rosa", "State": "California",
            "PostalCode": "95401", "EmailAddress": "mary@example.com", "Country": "US",
            "Address1": "Pretty View Lane", "Address2": "3194", "Phone": 24123223, "OrgName": "n/a",
            "PreFix": 1, "JobTitle": "n/a"}, "billing": {}, "tech": {}},
        "organization": {"state": "Texas", "country": "US", "name": "My Org name", "unit": "Dev",
            "locality": "SanAntonio", "postalcode": "n/a", "address2": "n/a", "address1": "n/a"},
        "cert_email": "admin@example.com", "software": "1"}}"#,
    );
    let d = wire::certificate(&v).unwrap();
    assert_eq!(d.summary.id, "300");
    assert_eq!(d.created, Date::parse("2016-12-30"));
    assert_eq!(d.next_invoice, Date::parse("2017-10-31"));
    assert_eq!(d.first_payment, Some(Decimal::new(2785, 2)));
    assert_eq!(
        d.contacts.len(),
        1,
        "empty billing and tech contacts are left out"
    );
    assert_eq!(
        (d.contacts[0].role.as_str(), d.contacts[0].name.as_str()),
        ("admin", "Mary Sue")
    );
    assert_eq!(d.contacts[0].email.as_deref(), Some("mary@example.com"));
    let org: Vec<&str> = d.organization.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        org,
        ["name", "unit", "locality", "state", "country"],
        "n/a is no value"
    );
    assert_eq!(d.software.as_deref(), Some("1"));
}

#[test]
fn the_seed_products_and_software_decode() {
    let v = seed(
        r#"{"products": [{"id": "25", "name": "InstantSSL", "description": "",
        "periods": [{"years": 2, "price": 48.75, "renew": 48.75}, {"years": 1, "price": 27.85, "renew": 27.85}],
        "category": "SSL Certificates", "category_url": "sslcertificates"},
        {"id": "26", "name": "Nothing on sale", "periods": []}]}"#,
    );
    let products = wire::certificate_products(&v).unwrap();
    assert_eq!(
        products.len(),
        1,
        "a product sold for no period is left out"
    );
    let years: Vec<u32> = products[0].periods.iter().map(|p| p.years).collect();
    assert_eq!(years, [1, 2], "shortest first");
    assert_eq!(products[0].periods[1].price, Decimal::new(4875, 2));
    let sw = wire::server_software(&seed(
        r#"{"software": [{"id": 0, "name": "AOL"}, {"id": 1, "name": "Apache-SSL (Ben-SSL, not Stronghold)"}]}"#,
    ))
    .unwrap();
    assert_eq!(
        sw.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["0", "1"]
    );
}

#[test]
fn the_order_goes_in_the_seed_names_and_its_answer_decodes() {
    let order = CertificateOrder {
        product_id: "25".into(),
        csr: "-----BEGIN CERTIFICATE REQUEST-----".into(),
        years: 2,
        pay_method: "3".into(),
        approver_email: "admin@example.com".into(),
        software: Some("1".into()),
    };
    let body = wire::order_body(&order);
    for key in [
        "product_id",
        "csr",
        "years",
        "pay_method",
        "approver_email",
        "software",
    ] {
        assert!(body.get(key).is_some(), "{key}");
    }
    let placed = hostbill::order_placed(&seed(
        r#"{"order_num": 873340994, "invoice_id": "308978", "total": "27.85",
        "items": {"id": "10", "type": "Hosting", "name": "test.com", "product_id": "3"}}"#,
    ))
    .unwrap();
    assert_eq!(placed.order_number.as_deref(), Some("873340994"));
    assert_eq!(placed.invoice_id.as_deref(), Some("308978"));
    assert_eq!(placed.total, Some(Decimal::new(2785, 2)));
    assert_eq!(
        placed.service_id.as_deref(),
        Some("10"),
        "one item, not a list"
    );
}
