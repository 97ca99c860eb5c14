//! The cart's request bodies and checks: every form type round-trips from a configuration to the
//! request body and back (property), the seed's order example shape is produced, and problems are
//! caught before anything is sent.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill::{cart_body, item_body, item_from_body, one_product_body};
use atrium::cart::checks::{ItemProblem, problems};
use atrium::cart::estimate::item_estimate;
use atrium::cart::{CartItem, FieldValue};
use atrium::model::{Addon, Cycle, CyclePrice, FormField, FormItem, FormKind, ProductConfig};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

fn price(p: &str) -> Decimal {
    p.parse().unwrap()
}

fn form(id: &str, kind: FormKind, items: &[&str]) -> FormField {
    FormField {
        id: id.into(),
        title: id.into(),
        description: String::new(),
        kind,
        required: false,
        items: items
            .iter()
            .map(|i| FormItem {
                id: (*i).into(),
                title: (*i).into(),
                price: price("1.50"),
                setup: Decimal::ZERO,
                selected: false,
            })
            .collect(),
        min: Some(1),
        max: Some(16),
        step: Some(1),
        rules: vec![],
    }
}

fn config() -> ProductConfig {
    let cycles = vec![
        CyclePrice {
            cycle: Cycle::Monthly,
            price: price("10.00"),
            setup: price("5.00"),
            selected: true,
        },
        CyclePrice {
            cycle: Cycle::Annually,
            price: price("100.00"),
            setup: Decimal::ZERO,
            selected: false,
        },
    ];
    ProductConfig {
        id: "840".into(),
        name: "VPS".into(),
        category: "Cloud".into(),
        cycles: cycles.clone(),
        options_priced_per: Cycle::Monthly,
        needs_domain: true,
        tlds: vec![],
        forms: vec![
            form("1", FormKind::Select, &["11", "12"]),
            form("2", FormKind::Radio, &["21", "22"]),
            form("3", FormKind::Checkbox, &["31", "32", "33"]),
            form("4", FormKind::Input, &["41"]),
            form("5", FormKind::Slider, &["51"]),
            form("6", FormKind::Quantity, &["61"]),
            form("7", FormKind::SelectQuantity, &["71", "72"]),
        ],
        addons: vec![Addon {
            id: "31".into(),
            title: "Extra IP".into(),
            description: String::new(),
            cycles,
            checked: false,
        }],
        subproducts: vec![],
    }
}

fn kinds(c: &ProductConfig) -> BTreeMap<String, FormKind> {
    c.forms
        .iter()
        .map(|f| (f.id.clone(), f.kind.clone()))
        .collect()
}

fn answer() -> impl Strategy<Value = BTreeMap<String, FieldValue>> {
    (
        prop::option::of(prop_oneof![Just("11"), Just("12")]),
        prop::option::of(prop_oneof![Just("21"), Just("22")]),
        prop::option::of(prop::collection::btree_set(
            prop_oneof![Just("31"), Just("32"), Just("33")],
            0..3,
        )),
        prop::option::of("[a-zA-Z0-9 .-]{0,20}"),
        prop::option::of(1u64..=16),
        prop::option::of(1u64..=16),
        prop::option::of((prop_oneof![Just("71"), Just("72")], 1u64..=16)),
    )
        .prop_map(|(s, r, c, t, sl, q, sq)| {
            let mut m = BTreeMap::new();
            if let Some(s) = s {
                m.insert("1".into(), FieldValue::Item(s.into()));
            }
            if let Some(r) = r {
                m.insert("2".into(), FieldValue::Item(r.into()));
            }
            if let Some(c) = c {
                m.insert(
                    "3".into(),
                    FieldValue::Items(c.into_iter().map(String::from).collect::<BTreeSet<_>>()),
                );
            }
            if let Some(t) = t {
                m.insert(
                    "4".into(),
                    FieldValue::Text {
                        item: "41".into(),
                        text: t,
                    },
                );
            }
            if let Some(n) = sl {
                m.insert(
                    "5".into(),
                    FieldValue::Number {
                        item: "51".into(),
                        n,
                    },
                );
            }
            if let Some(n) = q {
                m.insert(
                    "6".into(),
                    FieldValue::Number {
                        item: "61".into(),
                        n,
                    },
                );
            }
            if let Some((i, qty)) = sq {
                m.insert(
                    "7".into(),
                    FieldValue::ItemQty {
                        item: i.into(),
                        qty,
                    },
                );
            }
            m
        })
}

proptest! {
    #[test]
    fn every_form_type_round_trips_through_the_request_body(
        custom in answer(),
        cycle in prop_oneof![Just("m"), Just("a")],
        addon in any::<bool>(),
        domain in "[a-z]{1,10}\\.(com|vn)",
    ) {
        let c = config();
        let item = CartItem {
            product_id: c.id.clone(),
            name: c.name.clone(),
            cycle: cycle.into(),
            domain,
            custom,
            addons: if addon { BTreeMap::from([("31".to_string(), "a".to_string())]) } else { BTreeMap::new() },
            subproducts: BTreeMap::new(),
            lines: vec![],
            domain_order: None,
        };
        let body = item_body(&item);
        prop_assert_eq!(item_from_body(&body, &c.name, &kinds(&c)), Some(item.clone()));
        // And it survives browser storage.
        let stored = serde_json::to_string(&item).unwrap();
        prop_assert_eq!(serde_json::from_str::<CartItem>(&stored).unwrap(), item);
    }
}

#[test]
fn a_select_answer_is_sent_the_way_the_seed_shows() {
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.domain = "user.test.api".into();
    item.custom
        .insert("1".into(), FieldValue::Item("12".into()));
    let body = cart_body(&[item], Some("1"), " T346F ");
    assert_eq!(body["pay_method"], "1");
    assert_eq!(body["promocode"], "T346F");
    assert_eq!(body["items"][0]["type"], "product");
    assert_eq!(body["items"][0]["cycle"], "m");
    assert_eq!(body["items"][0]["custom"]["1"], json!({"12": 1}));
}

#[test]
fn one_product_is_ordered_in_the_seeds_single_product_shape_unless_it_has_add_ons() {
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.domain = "example.com".into();
    item.custom = BTreeMap::from([("1618".into(), FieldValue::Item("10330".into()))]);
    // The seed's example: domain, cycle, pay_method, custom, promocode at the top level.
    let body = one_product_body(&item, "1", " T346F ").unwrap();
    assert_eq!(
        body,
        json!({"domain": "example.com", "cycle": "m", "pay_method": "1",
               "custom": {"1618": {"10330": 1}}, "promocode": "T346F"})
    );
    assert_eq!(
        one_product_body(&item, "1", " ").unwrap().get("promocode"),
        None
    );
    // Add-ons and sub-products are not among that call's parameters: the cart's call takes them.
    item.addons.insert("31".into(), "m".into());
    assert_eq!(one_product_body(&item, "1", ""), None);
    item.addons.clear();
    item.subproducts.insert("7".into(), "m".into());
    assert_eq!(one_product_body(&item, "1", ""), None);
}

#[test]
fn problems_are_caught_before_sending() {
    let mut c = config();
    c.forms[3].required = true;
    let mut item = CartItem::defaults(&c);
    item.custom.insert(
        "5".into(),
        FieldValue::Number {
            item: "51".into(),
            n: 99,
        },
    );
    item.cycle = "q".into();
    let found = problems(&c, &item, false);
    assert!(found.contains(&ItemProblem::Unavailable));
    assert!(found.contains(&ItemProblem::DomainMissing));
    assert!(found.contains(&ItemProblem::CycleNotOffered));
    assert!(found.contains(&ItemProblem::Required("4".into())));
    assert!(found.contains(&ItemProblem::OutOfRange("5".into(), 1, 16)));
    item.custom
        .insert("1".into(), FieldValue::Item("99".into()));
    assert!(problems(&c, &item, true).contains(&ItemProblem::UnknownChoice("1".into())));
}

#[test]
fn the_local_estimate_is_exact() {
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.custom
        .insert("1".into(), FieldValue::Item("11".into()));
    item.custom.insert(
        "6".into(),
        FieldValue::Number {
            item: "61".into(),
            n: 3,
        },
    );
    item.addons.insert("31".into(), "m".into());
    let (recurring, setup) = item_estimate(&c, &item);
    // 10.00 + 1.50 (select) + 3 x 1.50 (quantity) + slider default 1 x 1.50 + 10.00 (add-on)
    assert_eq!(recurring.to_string(), "27.50");
    assert_eq!(setup.to_string(), "10.00");
}

#[test]
fn a_hostname_form_takes_only_host_names_as_the_vm_console_does() {
    let mut c = config();
    c.forms[3].title = "Hostname".into();
    let mut item = CartItem::defaults(&c);
    item.domain = "example.com".into();
    let answer = |text: &str| FieldValue::Text {
        item: "41".into(),
        text: text.into(),
    };
    for bad in [
        "bad host name!!",
        "-web.example.com",
        "web_1.example.com",
        "a..b",
        "localhost",
    ] {
        item.custom.insert("4".into(), answer(bad));
        assert!(
            problems(&c, &item, true).contains(&ItemProblem::NotAHostname("4".into())),
            "{bad}"
        );
    }
    for good in ["web1.example.com", "vps-1.nguyenstudio.vn", "máy.vn"] {
        item.custom.insert("4".into(), answer(good));
        assert!(
            !problems(&c, &item, true).contains(&ItemProblem::NotAHostname("4".into())),
            "{good}"
        );
    }
    // Another text form is free text.
    c.forms[3].title = "Notes".into();
    item.custom.insert("4".into(), answer("bad host name!!"));
    assert!(problems(&c, &item, true).is_empty());
}

#[test]
fn options_quoted_monthly_are_itemised_for_the_chosen_cycle() {
    use atrium::cart::estimate::{LineKind, price_lines};
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.cycle = "a".into();
    item.custom
        .insert("1".into(), FieldValue::Item("11".into()));
    item.addons.insert("31".into(), "m".into());
    let lines = price_lines(&c, &item);
    // The product on its yearly price, then the option at 12 x its monthly 1.50, the add-on on
    // its own monthly cycle, and setup fees last.
    assert_eq!(lines[0].kind, LineKind::Product);
    assert_eq!(lines[0].amount.to_string(), "100.00");
    let option = lines.iter().find(|l| l.label == "1: 11").unwrap();
    assert_eq!(
        (option.amount.to_string(), option.cycle.as_str()),
        ("18.00".into(), "a")
    );
    let extra = lines.iter().find(|l| l.kind == LineKind::Extra).unwrap();
    assert_eq!(extra.cycle, "m");
    assert!(
        lines
            .iter()
            .skip_while(|l| l.kind != LineKind::Setup)
            .all(|l| l.kind == LineKind::Setup)
    );
}

#[test]
fn an_item_the_portal_prices_differently_keeps_the_portals_price_not_the_estimate() {
    use atrium::cart::estimate::settled_lines;
    use atrium::cart::price_line::{LineKind, PriceLine};
    use rust_decimal::Decimal;
    let line = |label: &str, kind: LineKind, cents: i64, cycle: &str| PriceLine {
        label: label.into(),
        kind,
        amount: Decimal::new(cents, 2),
        cycle: cycle.into(),
    };
    let lines = vec![
        line("Domain names", LineKind::Product, 2598, "b"),
        line("Setup", LineKind::Setup, 100, ""),
    ];
    // Agreeing: the breakdown stays.
    assert_eq!(
        settled_lines(lines.clone(), Decimal::new(2698, 2), "b"),
        lines
    );
    // The portal charges a .ai for two years: one line at its price.
    assert_eq!(
        settled_lines(lines, Decimal::new(16000, 2), "b"),
        vec![line("Domain names", LineKind::Product, 16000, "b")]
    );
}
