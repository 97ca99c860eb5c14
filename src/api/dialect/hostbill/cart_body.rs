//! Request bodies in HostBill's shapes (seed 004): an item is
//! `{"type": "product", "product_id", "domain", "cycle", "custom": {"<form>": {"<item>": value}},
//! "addon": {"<id>": 1}, "addon_cycles": {"<id>": "m"}, "subproducts": ..., "subproducts_cycles": ...}`;
//! `POST /quote` and `POST /order` take `{"pay_method", "items": [...], "promocode"}`.
//! [`item_from_body`] reads an item back (the round-trip is tested for every form type).

use crate::cart::{CartItem, FieldValue};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

fn custom_value(v: &FieldValue) -> Value {
    let mut m = Map::new();
    match v {
        FieldValue::Item(item) => {
            m.insert(item.clone(), json!(1));
        }
        FieldValue::Items(items) => {
            for i in items {
                m.insert(i.clone(), json!(1));
            }
        }
        FieldValue::Text { item, text } => {
            m.insert(item.clone(), json!(text));
        }
        FieldValue::Number { item, n } => {
            m.insert(item.clone(), json!(n));
        }
        FieldValue::ItemQty { item, qty } => {
            m.insert(item.clone(), json!(qty));
        }
    }
    Value::Object(m)
}

/// One item as HostBill's order and quote calls take it.
pub fn item_body(item: &CartItem) -> Value {
    let custom: Map<String, Value> = item
        .custom
        .iter()
        .map(|(form, v)| (form.clone(), custom_value(v)))
        .collect();
    let flags = |m: &BTreeMap<String, String>| -> Value {
        m.keys()
            .map(|k| (k.clone(), json!(1)))
            .collect::<Map<_, _>>()
            .into()
    };
    let cycles = |m: &BTreeMap<String, String>| -> Value {
        m.iter()
            .map(|(k, c)| (k.clone(), json!(c)))
            .collect::<Map<_, _>>()
            .into()
    };
    json!({
        "type": "product",
        "product_id": item.product_id,
        "domain": item.domain,
        "cycle": item.cycle,
        "custom": custom,
        "addon": flags(&item.addons),
        "addon_cycles": cycles(&item.addons),
        "subproducts": flags(&item.subproducts),
        "subproducts_cycles": cycles(&item.subproducts),
    })
}

/// `POST /quote` and `POST /order` bodies: several items, a payment method, a promo code.
pub fn cart_body(items: &[CartItem], pay_method: Option<&str>, promo: &str) -> Value {
    let mut body = json!({ "items": items.iter().map(item_body).collect::<Vec<_>>() });
    if let Some(p) = pay_method {
        body["pay_method"] = json!(p);
    }
    if !promo.trim().is_empty() {
        body["promocode"] = json!(promo.trim());
    }
    body
}

/// `POST /order/@product_id`'s body for a cart of one item: the item's fields at the top level
/// (`domain`, `cycle`, `custom`) with `pay_method` and `promocode`, which is all that call
/// documents. `None` for an item with add-ons or sub-products, which only `POST /order` takes.
pub fn one_product_body(item: &CartItem, pay_method: &str, promo: &str) -> Option<Value> {
    if !item.addons.is_empty() || !item.subproducts.is_empty() {
        return None;
    }
    let full = item_body(item);
    let mut body = json!({
        "domain": full["domain"],
        "cycle": full["cycle"],
        "custom": full["custom"],
        "pay_method": pay_method,
    });
    if !promo.trim().is_empty() {
        body["promocode"] = json!(promo.trim());
    }
    Some(body)
}

/// Reads an item body back, given each form's kind (the body alone cannot tell a select from a
/// one-box checkbox). `kinds` maps form id to the kind the config declares.
pub fn item_from_body(
    v: &Value,
    name: &str,
    kinds: &BTreeMap<String, crate::model::FormKind>,
) -> Option<CartItem> {
    use crate::model::FormKind as K;
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(String::from);
    let mut custom = BTreeMap::new();
    for (form, answers) in v.get("custom")?.as_object()? {
        let answers = answers.as_object()?;
        let first = answers.iter().next();
        let value = match kinds.get(form)? {
            K::Select | K::Radio => FieldValue::Item(first?.0.clone()),
            K::Checkbox => FieldValue::Items(answers.keys().cloned().collect()),
            K::Input => FieldValue::Text {
                item: first?.0.clone(),
                text: first?.1.as_str()?.to_string(),
            },
            K::Slider | K::Quantity => FieldValue::Number {
                item: first?.0.clone(),
                n: first?.1.as_u64()?,
            },
            K::SelectQuantity => FieldValue::ItemQty {
                item: first?.0.clone(),
                qty: first?.1.as_u64()?,
            },
            K::Unsupported(_) => return None,
        };
        custom.insert(form.clone(), value);
    }
    let chosen = |flags: &str, cycles: &str| -> Option<BTreeMap<String, String>> {
        let cycles = v.get(cycles)?.as_object()?;
        v.get(flags)?
            .as_object()?
            .keys()
            .map(|k| Some((k.clone(), cycles.get(k)?.as_str()?.to_string())))
            .collect()
    };
    Some(CartItem {
        product_id: s("product_id")?,
        name: name.to_string(),
        cycle: s("cycle")?,
        domain: s("domain").unwrap_or_default(),
        custom,
        addons: chosen("addon", "addon_cycles")?,
        subproducts: chosen("subproducts", "subproducts_cycles")?,
        lines: vec![],
        domain_order: None,
    })
}
