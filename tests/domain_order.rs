//! Ordering a domain: the real FOSSBilling domain product decoded into TLDs priced per year, the
//! checks made before anything is sent, the cart item and its price line, and the `add_item`
//! fields FOSSBilling's `validateOrderData` expects.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::boxbilling;
use atrium::api::http::RawResponse;
use atrium::cart::CartItem;
use atrium::cart::checks::{ItemProblem, problems};
use atrium::cart::estimate::price_lines;
use atrium::model::domain_order::{sld_valid, split_typed};
use atrium::model::{DomainAction, DomainOrder, DomainOrderProblem, ProductConfig, TldPrice};
use rust_decimal::Decimal;
use serde_json::json;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The product list a real FOSSBilling 0.6.22 answered (real-answers product_get_list.json).
fn real_rows() -> Vec<serde_json::Value> {
    let path = format!(
        "{}/tests/fixtures/fossbilling/product_get_list.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let body = std::fs::read_to_string(path).unwrap();
    let v = boxbilling::decode_envelope(&RawResponse {
        csrf_token: None,
        status: 200,
        retry_after: None,
        body,
        bytes: None,
    })
    .unwrap();
    boxbilling::page(&v).unwrap().0
}

fn tlds() -> Vec<TldPrice> {
    vec![
        TldPrice {
            tld: ".com".into(),
            register: Some(d("12.99")),
            transfer: Some(d("9.99")),
            renew: d("12.99"),
            min_years: 1,
        },
        TldPrice {
            tld: ".ai".into(),
            register: Some(d("80.00")),
            transfer: Some(d("80.00")),
            renew: d("80.00"),
            min_years: 2,
        },
        TldPrice {
            tld: ".vn".into(),
            register: Some(d("30.00")),
            transfer: None,
            renew: d("30.00"),
            min_years: 1,
        },
        TldPrice {
            tld: ".com.vn".into(),
            register: Some(d("25.00")),
            transfer: None,
            renew: d("25.00"),
            min_years: 1,
        },
    ]
}

fn config() -> ProductConfig {
    ProductConfig {
        id: "1".into(),
        name: "Domains".into(),
        category: "Domains".into(),
        cycles: vec![],
        needs_domain: true,
        tlds: tlds(),
        forms: vec![],
        addons: vec![],
        subproducts: vec![],
        options_priced_per: atrium::model::Cycle::Monthly,
    }
}

fn order(action: DomainAction, sld: &str, tld: &str, years: u32) -> DomainOrder {
    DomainOrder {
        action,
        sld: sld.into(),
        tld: tld.into(),
        years,
        transfer_code: String::new(),
    }
}

#[test]
fn the_real_domain_product_is_sold_by_tld_with_its_yearly_prices() {
    let rows = real_rows();
    let domains = boxbilling::catalog::products(&rows, "1").unwrap();
    assert_eq!(domains[0].name, "Domains registration and transfer");
    // No cycles ("One Time" with no price was what a customer saw): the TLDs carry the prices.
    assert!(domains[0].cycles.is_empty());
    assert_eq!(
        domains[0].tlds,
        [TldPrice {
            tld: ".com".into(),
            register: Some(d("11.99")),
            transfer: Some(d("11.99")),
            renew: d("11.99"),
            min_years: 1,
        }]
    );
    let config = boxbilling::catalog::product_config(&rows, &json!({"1": "Domains"}), "1").unwrap();
    assert!(config.needs_domain);
    assert_eq!(config.tlds, domains[0].tlds);
    // Hosting is not a domain product.
    let hosting = boxbilling::catalog::product_config(&rows, &json!({}), "2").unwrap();
    assert!(hosting.tlds.is_empty());
}

#[test]
fn closed_and_inactive_tlds_are_not_offered() {
    let rows = vec![
        json!({"id": 9, "type": "domain", "title": "Names", "product_category_id": 1,
        "pricing": {
            ".io": {"tld": ".io", "price_registration": "40", "price_transfer": "40", "price_renew": "40",
                    "active": 0, "allow_register": 1, "allow_transfer": 1, "min_years": 1},
            ".vn": {"tld": ".vn", "price_registration": "30", "price_transfer": "0", "price_renew": "30",
                    "active": "1", "allow_register": "1", "allow_transfer": "0", "min_years": "1"},
            ".dead": {"tld": ".dead", "price_registration": "1", "price_transfer": "1", "price_renew": "1",
                    "active": 1, "allow_register": 0, "allow_transfer": 0, "min_years": 1},
            // Not a TLD: period pricing keys some portals send on any product.
            "type": "recurrent", "recurrent": {"1Y": {"price": "10", "enabled": 1}}
        }}),
    ];
    let list = boxbilling::catalog::products(&rows, "1").unwrap();
    assert_eq!(list[0].tlds.len(), 1);
    assert_eq!(list[0].tlds[0].tld, ".vn");
    assert_eq!(list[0].tlds[0].transfer, None);
}

#[test]
fn a_new_item_starts_as_a_registration_under_the_first_tld_with_nothing_typed() {
    let item = CartItem::defaults(&config());
    let o = item.domain_order.clone().unwrap();
    assert_eq!(o.action, DomainAction::Register);
    assert_eq!(o.tld, ".com");
    assert_eq!(o.years, 1);
    assert_eq!(item.domain, "");
    assert_eq!(
        problems(&config(), &item, true),
        [ItemProblem::Domain(DomainOrderProblem::NameMissing)]
    );
}

#[test]
fn the_name_tld_years_and_transfer_code_are_checked_before_sending() {
    let c = config();
    let check = |o: DomainOrder| atrium::model::domain_order::problems(&o, &c.tlds);
    assert!(check(order(DomainAction::Register, "atrium", ".com", 1)).is_empty());
    assert_eq!(
        check(order(DomainAction::Register, "-atrium", ".com", 1)),
        [DomainOrderProblem::NameInvalid]
    );
    assert_eq!(
        check(order(DomainAction::Register, "atrium", ".ai", 1)),
        [DomainOrderProblem::YearsOutOfRange(2, 5)]
    );
    assert_eq!(
        check(order(DomainAction::Register, "atrium", ".org", 1)),
        [DomainOrderProblem::TldNotOffered]
    );
    // .vn cannot be transferred in; a transfer needs its EPP code.
    assert_eq!(
        check(order(DomainAction::Transfer, "atrium", ".vn", 1)),
        [
            DomainOrderProblem::TldNotOffered,
            DomainOrderProblem::TransferCodeMissing
        ]
    );
    let mut transfer = order(DomainAction::Transfer, "atrium", ".com", 1);
    transfer.transfer_code = "EPP-1".into();
    assert!(check(transfer).is_empty());
}

#[test]
fn a_name_is_read_as_registrars_read_it() {
    let t = tlds();
    assert_eq!(split_typed("  Example ", &t), ("example".into(), None));
    assert_eq!(
        split_typed("Shop.COM", &t),
        ("shop".into(), Some(".com".into()))
    );
    // The longest TLD sold wins.
    assert_eq!(
        split_typed("pho.com.vn", &t),
        ("pho".into(), Some(".com.vn".into()))
    );
    assert_eq!(split_typed(".com", &t), (".com".into(), None));
    assert!(sld_valid("xn--pho-8ya"));
    assert!(!sld_valid("shop.example"));
    assert!(!sld_valid(&"a".repeat(64)));
}

#[test]
fn the_price_line_is_the_yearly_price_times_the_years() {
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.set_domain_order(order(DomainAction::Register, "atrium", ".ai", 3));
    assert_eq!(item.domain, "atrium.ai");
    assert_eq!(item.cycle, "t");
    let lines = price_lines(&c, &item);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].label, "atrium.ai");
    assert_eq!(lines[0].amount, d("240.00"));
    // A transfer is one year at the transfer price, whatever years were chosen before.
    item.set_domain_order(order(DomainAction::Transfer, "atrium", ".com", 3));
    assert_eq!(item.cycle, "a");
    assert_eq!(price_lines(&c, &item)[0].amount, d("9.99"));
}

#[test]
fn a_registration_and_a_transfer_are_sent_as_fossbillings_order_form_sends_them() {
    let c = config();
    let mut item = CartItem::defaults(&c);
    item.set_domain_order(order(DomainAction::Register, "atrium", ".ai", 2));
    assert_eq!(
        boxbilling::catalog::add_item_params(&item),
        json!({"id": "1", "multiple": 1, "action": "register",
               "register_sld": "atrium", "register_tld": ".ai", "register_years": 2})
    );
    let mut transfer = order(DomainAction::Transfer, "example", ".com", 1);
    transfer.transfer_code = " EPP-123 ".into();
    item.set_domain_order(transfer);
    assert_eq!(
        boxbilling::catalog::add_item_params(&item),
        json!({"id": "1", "multiple": 1, "action": "transfer",
               "transfer_sld": "example", "transfer_tld": ".com", "transfer_code": "EPP-123"})
    );
}

#[test]
fn a_cart_saved_before_domain_orders_still_loads() {
    let old = json!({"product_id": "10", "name": "Starter", "cycle": "m", "domain": "a.com",
        "custom": {}, "addons": {}, "subproducts": {}});
    let item: CartItem = serde_json::from_value(old).unwrap();
    assert_eq!(item.domain_order, None);
    let mut with = CartItem::defaults(&config());
    with.set_domain_order(order(DomainAction::Register, "atrium", ".com", 2));
    let stored = serde_json::to_string(&with).unwrap();
    assert_eq!(serde_json::from_str::<CartItem>(&stored).unwrap(), with);
}

#[test]
fn tlds_are_listed_least_expensive_first() {
    let tld = |t: &str, reg: &str, transfer: &str, allow_reg: i32| {
        json!({"tld": t, "price_registration": reg, "price_transfer": transfer, "price_renew": reg,
               "active": 1, "allow_register": allow_reg, "allow_transfer": 1, "min_years": 1})
    };
    let rows = vec![
        json!({"id": 9, "type": "domain", "title": "Names", "product_category_id": 1,
        "pricing": {".ai": tld(".ai", "80", "80", 1), ".com": tld(".com", "12.99", "9.99", 1),
                    ".co": tld(".co", "1", "20", 0), ".net": tld(".net", "12.99", "11", 1)}}),
    ];
    let list = boxbilling::catalog::products(&rows, "1").unwrap();
    let order: Vec<&str> = list[0].tlds.iter().map(|t| t.tld.as_str()).collect();
    assert_eq!(order, [".com", ".net", ".ai", ".co"]);
}
