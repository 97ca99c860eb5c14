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
