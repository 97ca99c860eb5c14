//! HostBill catalogue, product configuration, quote and order examples (seed 004, kept as JSON
//! under tests/fixtures/hostbill): every one decodes to the domain types, exactly.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill;
use atrium::model::{Cycle, FormKind, Stock};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/hostbill/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn categories_and_products_decode() {
    let c = hostbill::categories(&fixture("categories.json")).unwrap();
    assert_eq!(
        c.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["Hosting", "Domains", "Dedicated"]
    );
    let p = hostbill::products(&fixture("category_products.json")).unwrap();
    assert_eq!(
        p[0].stock,
        Stock::Unlimited,
        "stock: false means not tracked"
    );
    assert!(p[0].available());
    assert_eq!(p[0].description, "Disk:10GB\nMySql:10 DB\nEmail:100 Users");
    let prices: Vec<(Cycle, String)> = p[0]
        .cycles
        .iter()
        .map(|c| (c.cycle.clone(), c.price.to_string()))
        .collect();
    assert_eq!(
        prices,
        [
            (Cycle::Monthly, "9.99".into()),
            (Cycle::Annually, "109.89".into()),
            (Cycle::Biennially, "199.8".into()),
            (Cycle::Triennially, "299.7".into())
        ]
    );
    assert!(p[0].cycles[0].selected);
}

#[test]
fn the_product_config_decodes_forms_addons_and_the_domain() {
    let c = hostbill::product_config(&fixture("product_config.json")).unwrap();
    assert_eq!(
        (c.id.as_str(), c.name.as_str(), c.category.as_str()),
        ("333", "Starter Hosting", "Hosting")
    );
    assert_eq!(c.cycles.len(), 4);
    assert!(c.needs_domain);
    let disk = &c.forms[0];
    assert_eq!(
        (disk.id.as_str(), disk.title.as_str(), disk.kind.clone()),
        ("1618", "Disk Size", FormKind::Select)
    );
    assert_eq!(
        disk.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["10330", "10331", "10332"]
    );
    assert!(!disk.required);
    let ip = &c.addons[0];
    assert_eq!((ip.id.as_str(), ip.checked), ("31", false));
    assert_eq!(
        ip.cycles
            .iter()
            .map(|c| c.price.to_string())
            .collect::<Vec<_>>(),
        ["5", "20", "50"]
    );
    assert!(c.subproducts.is_empty());
}

#[test]
fn the_quote_decodes_with_taxes_recurring_and_item_verdicts() {
    let q = hostbill::quote(&fixture("quote.json")).unwrap();
    assert_eq!(q.subtotal.to_string(), "72.2");
    assert_eq!(q.total.to_string(), "88.81");
    assert_eq!(
        (
            q.tax[0].name.as_str(),
            q.tax[0].rate.to_string(),
            q.tax[0].amount.to_string()
        ),
        ("VAT", "23".into(), "16.61".into())
    );
    assert_eq!(q.recurring[0], (Cycle::Annually, "81.18".parse().unwrap()));
    assert_eq!(q.items.len(), 3);
    assert!(q.items.iter().all(|i| i.valid && i.errors.is_empty()));
    let bad: Value = serde_json::from_str(
        r#"{"summary": {"subtotal": 1, "total": 1}, "items": [{"index": 0, "valid": false, "error": ["Invalid domain name"]}], "error": ["Promotion code is not valid"]}"#,
    )
    .unwrap();
    let q = hostbill::quote(&bad).unwrap();
    assert_eq!(q.items[0].errors, ["Invalid domain name"]);
    assert!(!q.items[0].valid);
    assert_eq!(q.errors, ["Promotion code is not valid"]);
}

#[test]
fn orders_decode_one_or_several() {
    let one = hostbill::order_placed(&fixture("order_one.json")).unwrap();
    assert_eq!(one.order_number.as_deref(), Some("873340995"));
    assert_eq!(one.invoice_id.as_deref(), Some("308979"));
    assert_eq!(one.total.map(|t| t.to_string()).as_deref(), Some("9.99"));
    let many = hostbill::order_placed(&fixture("order_many.json")).unwrap();
    assert_eq!(many.invoice_id.as_deref(), Some("503425"));
    assert_eq!(many.total.map(|t| t.to_string()).as_deref(), Some("94.40"));
    assert!(hostbill::order_placed(&serde_json::json!({"info": ["ok"]})).is_err());
}

#[test]
fn upgrade_options_decode_as_forms() {
    let u = hostbill::upgrade_options(&fixture("upgrade_options.json")).unwrap();
    let bw = &u.resources[0];
    assert_eq!(
        (bw.id.as_str(), bw.title.as_str(), bw.kind.clone()),
        ("1557", "Bandwidth", FormKind::Select)
    );
    assert_eq!(
        bw.items
            .iter()
            .map(|i| (i.title.as_str(), i.price.to_string()))
            .collect::<Vec<_>>(),
        [
            ("100 GB", "1".to_string()),
            ("500 GB", "5".into()),
            ("1 TB", "10".into())
        ]
    );
    assert!(bw.items[0].selected);
    assert!(u.packages.is_empty());
    let e = hostbill::upgrade_estimate(
        &serde_json::json!({"success": true, "estimate": {"total": "14.00", "recurring": "23.00"}}),
    )
    .unwrap();
    assert_eq!(
        (e.total.to_string(), e.recurring.map(|r| r.to_string())),
        ("14.00".into(), Some("23.00".into()))
    );
}
