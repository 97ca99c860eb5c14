//! Conditional forms: rules decoded from a product config, forms shown, hidden and required by
//! the answers, hidden answers neither checked nor sent nor priced, and appearing forms given
//! their default.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill::item_body;
use atrium::api::dialect::hostbill::product_config;
use atrium::cart::CartItem;
use atrium::cart::FieldValue;
use atrium::cart::checks::{ItemProblem, problems};
use atrium::cart::conditions::evaluate;
use atrium::cart::estimate::item_estimate;
use atrium::model::{ProductConfig, RuleAction};
use proptest::prelude::*;
use serde_json::json;

/// The OS radio shows the licence select for Windows and requires a hostname for anything but
/// Debian; the licence select's Datacenter edition hides the backup-window input.
fn config() -> ProductConfig {
    let v = json!({"product": {"id": "20", "name": "Cloud S", "category_name": "Cloud",
    "price": 9, "recurring": "m", "setup": 0,
    "config": {
        "product": [{"type": "select", "id": "cycle", "items": [{"title": "m", "value": "m", "price": 9, "setup": 0, "selected": true}]}],
        "forms": [
            {"type": "radio", "title": "OS", "id": "502", "required": true,
             "config": {"conditionals": [
                {"condition": "eq", "value": "5023", "action": "show", "target": "507"},
                {"condition": "neq", "value": 5022, "action": "require", "targets": ["506"]}
             ]},
             "items": [{"id": 5021, "title": "Ubuntu", "price": 0, "selected": true},
                       {"id": 5022, "title": "Debian", "price": 0},
                       {"id": 5023, "title": "Windows", "price": 15}]},
            {"type": "input", "title": "Hostname", "id": "506", "items": [{"id": 5061, "title": "hostname"}]},
            {"type": "select", "title": "Licence", "id": "507", "required": true,
             "config": {"conditionals": [{"operator": "==", "val": "5072", "action": "hide", "target_id": 508}]},
             "items": [{"id": 5071, "title": "Standard", "price": 0, "selected": true},
                       {"id": 5072, "title": "Datacenter", "price": 20}]},
            {"type": "input", "title": "Backup window", "id": "508", "items": [{"id": 5081, "title": "window"}]},
            {"type": "select", "title": "Ignored rule", "id": "509",
             "config": {"conditionals": [{"condition": "matches-regex", "value": "x", "target": "501"}, {"value": "x"}]},
             "items": [{"id": 5091, "title": "One", "selected": true}]}
        ],
        "addons": [], "subproducts": []
    }}});
    product_config(&v).expect("config decodes")
}

fn with_os(c: &ProductConfig, os: &str) -> CartItem {
    let mut item = CartItem::defaults(c);
    item.custom
        .insert("502".into(), FieldValue::Item(os.into()));
    item.settle(c);
    item
}

#[test]
fn rules_are_decoded_from_every_accepted_shape_and_unknown_ones_are_dropped() {
    let c = config();
    let os = &c.forms[0].rules;
    assert_eq!(os.len(), 2);
    assert_eq!((os[0].action, os[0].negate), (RuleAction::Show, false));
    assert_eq!(os[0].targets, vec!["507".to_string()]);
    assert_eq!((os[1].action, os[1].negate), (RuleAction::Require, true));
    assert_eq!(os[1].value, "5022");
    assert_eq!(c.forms[2].rules[0].targets, vec!["508".to_string()]);
    assert_eq!(c.forms[2].rules[0].action, RuleAction::Hide);
    assert!(
        c.forms[4].rules.is_empty(),
        "unknown test and missing target are ignored"
    );
}

#[test]
fn a_form_shown_by_a_rule_waits_for_its_answer() {
    let c = config();
    let ubuntu = CartItem::defaults(&c);
    assert!(evaluate(&c, &ubuntu).hidden.contains("507"));
    assert!(
        !ubuntu.custom.contains_key("507"),
        "a hidden form has no answer"
    );
    let windows = with_os(&c, "5023");
    assert!(!evaluate(&c, &windows).hidden.contains("507"));
    assert_eq!(
        windows.custom.get("507"),
        Some(&FieldValue::Item("5071".into())),
        "the form that appeared got its default"
    );
}

#[test]
fn a_hidden_form_is_not_sent_priced_or_checked() {
    let c = config();
    let mut windows = with_os(&c, "5023");
    windows
        .custom
        .insert("507".into(), FieldValue::Item("5072".into()));
    windows.custom.insert(
        "506".into(),
        FieldValue::Text {
            item: "5061".into(),
            text: "web1.example.com".into(),
        },
    );
    windows.settle(&c);
    assert_eq!(
        item_estimate(&c, &windows).0,
        "44".parse().unwrap(),
        "9 + Windows 15 + Datacenter 20"
    );
    // Back to Ubuntu: the licence disappears from the body and the price.
    windows
        .custom
        .insert("502".into(), FieldValue::Item("5021".into()));
    windows.settle(&c);
    assert_eq!(item_body(&windows)["custom"].get("507"), None);
    assert_eq!(item_estimate(&c, &windows).0, "9".parse().unwrap());
    // A required form that is hidden is not reported missing.
    assert!(problems(&c, &windows, true).is_empty());
}

#[test]
fn a_rule_can_require_a_form_and_chains_follow_the_hidden_source() {
    let c = config();
    let ubuntu = CartItem::defaults(&c);
    assert_eq!(
        problems(&c, &ubuntu, true),
        vec![ItemProblem::Required("506".into())],
        "not Debian: the hostname becomes required"
    );
    let debian = with_os(&c, "5022");
    assert!(problems(&c, &debian, true).is_empty());
    // Datacenter hides the backup window, but only while the licence form itself is shown.
    let mut item = with_os(&c, "5023");
    item.custom
        .insert("507".into(), FieldValue::Item("5072".into()));
    assert!(evaluate(&c, &item).hidden.contains("508"));
    item.custom
        .insert("502".into(), FieldValue::Item("5021".into()));
    let v = evaluate(&c, &item);
    assert!(v.hidden.contains("507") && !v.hidden.contains("508"));
}

proptest! {
    /// Whatever the answers, settling is idempotent, leaves no hidden form answered, and the
    /// evaluation never loops.
    #[test]
    fn settling_is_stable(os in 0usize..4, licence in 0usize..3, typed in "[a-z]{0,6}") {
        let c = config();
        let mut item = CartItem::defaults(&c);
        let oses = ["5021", "5022", "5023", "9999"];
        item.custom.insert("502".into(), FieldValue::Item(oses[os].into()));
        if licence > 0 {
            item.custom.insert("507".into(), FieldValue::Item(if licence == 1 { "5071" } else { "5072" }.into()));
        }
        item.custom.insert("508".into(), FieldValue::Text { item: "5081".into(), text: typed });
        item.settle(&c);
        let once = item.clone();
        item.settle(&c);
        prop_assert_eq!(&once, &item);
        let hidden = evaluate(&c, &item).hidden;
        prop_assert!(hidden.iter().all(|h| !item.custom.contains_key(h)));
    }
}
