//! HostBill account details: the seed's `GET /details` / `PUT /details` answer (seed 002) and
//! the body sent back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill;

const SEED: &str = r#"{"client": {"id": "26", "email": "api@example.com", "lastlogin": "2016-12-30 12:24:28",
    "ip": "172.100.2.1", "host": "hostname", "firstname": "Joe", "lastname": "Doe", "companyname": "",
    "address1": "Pretty View Lane", "address2": "3294", "city": "Santa Rosa", "state": "California",
    "postcode": "95401", "country": "US", "phonenumber": "+1.24123123"}}"#;

#[test]
fn the_seed_details_decode_and_go_back_in_the_same_names() {
    let v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    let p = hostbill::profile(&v).unwrap();
    assert_eq!(
        (p.first_name.as_str(), p.city.as_str(), p.phone.as_str()),
        ("Joe", "Santa Rosa", "+1.24123123")
    );
    assert_eq!(p.company, "");
    let body = hostbill::profile_body(&p);
    for key in [
        "email",
        "firstname",
        "lastname",
        "companyname",
        "address1",
        "address2",
        "city",
        "state",
        "postcode",
        "country",
        "phonenumber",
    ] {
        assert_eq!(body[key], v["client"][key], "{key}");
    }
    assert!(hostbill::profile(&serde_json::json!({"info": ["saved"]})).is_err());
}

/// Seed 004's examples: the list, one contact, the privileges on offer.
mod contacts {
    use atrium::api::dialect::hostbill::contacts::{
        contact, contact_body, contacts, privileges_offered,
    };
    use serde_json::json;

    #[test]
    fn the_list_reads_a_zero_last_login_as_never() {
        let v = json!({"contacts": [{"email": "", "id": "49", "firstname": "Mary", "lastname": "Sue",
            "companyname": "", "company": "0", "lastlogin": "0000-00-00 00:00:00"}]});
        let list = contacts(&v).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(
            (list[0].id.as_str(), list[0].name.as_str()),
            ("49", "Mary Sue")
        );
        assert_eq!(list[0].company, None);
        assert_eq!(list[0].last_login, None);
        assert!(
            contacts(&json!({})).unwrap().is_empty(),
            "no contacts key: none"
        );
        assert!(
            contacts(&json!({"contacts": [{"firstname": "x"}]})).is_err(),
            "no id"
        );
    }

    #[test]
    fn one_contact_and_the_privileges_on_offer_are_read_and_sent_back_in_their_shape() {
        let v = json!({"contact": {"id": "49", "email": "", "firstname": "Mary", "lastname": "Sue",
            "companyname": "", "address1": "Pretty View Lane", "address2": "3194", "city": "Santa Rosa",
            "state": "California", "postcode": "95401", "country": "US", "phonenumber": "+1.24123123",
            "type": "Private", "privileges": {"support": ["tickets", "newticket"]}}});
        let c = contact(&v).unwrap();
        assert_eq!(c.person.city, "Santa Rosa");
        assert_eq!(c.person.phone, "+1.24123123");
        assert_eq!(c.kind, "Private");
        assert!(c.privileges.has("support", None, "newticket"));
        assert!(!c.privileges.has("billing", None, "payinvoice"));

        let offered = privileges_offered(&json!({"privileges": {
            "billing": ["emails", "payinvoice", "orders", "balance", "addfunds", "creditcard"],
            "support": ["newticket", "tickets", "closeticket", "emails"],
            "misc": ["editmain", "emails", "editipaccess", "manageprofiles", "affiliates"],
            "services": {"full": 1, "332": ["basic", "billing", "cancelation", "upgrade", "notify"]},
            "domains": {"full": 1, "523": ["basic", "renew", "notify", "contactinfo", "nameservers"]}
        }}))
        .unwrap();
        assert_eq!(offered.flat.len(), 3);
        assert!(offered.full("services") && offered.full("domains"));
        assert!(offered.has("domains", Some("523"), "nameservers"));
        assert!(privileges_offered(&json!({})).is_err());

        let mut edited = c.clone();
        edited
            .privileges
            .set("services", Some("332"), "basic", true);
        edited.privileges.set_full("domains", true);
        let body = contact_body(&edited, None);
        assert_eq!(body["firstname"], "Mary");
        assert_eq!(body["type"], "Private");
        assert_eq!(
            body["privileges"],
            json!({"support": ["tickets", "newticket"], "services": {"332": ["basic"]}, "domains": {"full": 1}})
        );
        assert!(
            body.get("password").is_none(),
            "no password unless one is set"
        );
        assert_eq!(
            contact_body(&edited, Some("Secret123"))["password"],
            "Secret123"
        );
    }
}
