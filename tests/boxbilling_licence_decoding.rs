//! BoxBilling licence orders: `order/service` in FOSSBilling 0.6.22's
//! `Servicelicense\Service::toApiArray` shape, with PHP's other spellings of booleans and empty
//! lists; an answer without a key is no licence.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::boxbilling::licence::{is_active_licence, licence};
use atrium::model::licence::BindingKind;
use serde_json::json;

#[test]
fn the_licence_and_its_bindings_are_read() {
    let v = json!({
        "license_key": "ATR-7F3K-92QD-LM4X", "validate_ip": true, "validate_host": "1",
        "validate_version": 0, "validate_path": false,
        "ips": ["103.56.158.10"], "hosts": ["shop.nguyenstudio.vn", ""], "paths": null,
        "versions": [2], "pinged_at": "2026-12-01 08:15:00"
    });
    let l = licence(&v).unwrap();
    assert_eq!(l.key, "ATR-7F3K-92QD-LM4X");
    assert_eq!(l.last_check.as_deref(), Some("2026-12-01 08:15:00"));
    let kinds: Vec<_> = l
        .bindings
        .iter()
        .map(|b| (b.kind, b.checked, b.values.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (BindingKind::Ips, true, vec!["103.56.158.10".to_string()]),
            (
                BindingKind::Hosts,
                true,
                vec!["shop.nguyenstudio.vn".to_string()]
            ),
            (BindingKind::Paths, false, vec![]),
            (BindingKind::Versions, false, vec!["2".to_string()]),
        ]
    );
    assert!(l.is_bound());
}

#[test]
fn an_unbound_licence_has_nothing_to_reset_and_no_key_is_no_licence() {
    let v = json!({"license_key": "K", "ips": [], "hosts": [], "paths": [], "versions": [], "pinged_at": null});
    let l = licence(&v).unwrap();
    assert!(!l.is_bound());
    assert_eq!(l.last_check, None);
    assert!(licence(&json!({"ips": []})).is_err());
}

#[test]
fn only_an_active_licence_order_offers_the_reset() {
    assert!(is_active_licence(
        &json!({"service_type": "license", "status": "active"})
    ));
    assert!(!is_active_licence(
        &json!({"service_type": "license", "status": "pending_setup"})
    ));
    assert!(!is_active_licence(
        &json!({"service_type": "hosting", "status": "active"})
    ));
}
