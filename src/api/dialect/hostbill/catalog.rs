//! HostBill catalogue, product configuration, quote and order answers (seed 004). Prices come as
//! JSON numbers here (`9.99`, `199.8`) and are read as exact decimals from their text.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{
    Addon, Category, Cycle, CyclePrice, FormField, FormItem, FormKind, FormRule, OrderPlaced,
    Product, ProductConfig, Quote, QuoteItem, RuleAction, Stock, TaxLine, UpgradeEstimate,
    UpgradeOptions,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

fn list<'a>(v: &'a Value, name: &str) -> impl Iterator<Item = &'a Value> {
    let items: Vec<&Value> = match v.get(name) {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Object(o)) => o.values().collect(),
        _ => vec![],
    };
    items.into_iter()
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn decimal(v: &Value, key: &str) -> Result<Decimal, ApiError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(Decimal::ZERO),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(Decimal::ZERO),
        Some(Value::String(s)) => wire::parse_decimal(s).map_err(ApiError::Decode),
        Some(Value::Number(n)) => wire::parse_decimal(&n.to_string()).map_err(ApiError::Decode),
        Some(other) => Err(ApiError::Decode(format!("{key}: not an amount: {other}"))),
    }
}

fn truthy(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => matches!(s.as_str(), "1" | "true" | "yes"),
        _ => false,
    }
}

fn number(v: &Value, key: &str) -> Option<u64> {
    match v.get(key)? {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f.max(0.0) as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn cycle_prices(
    items: impl Iterator<Item = impl std::ops::Deref<Target = Value>>,
) -> Result<Vec<CyclePrice>, ApiError> {
    items
        .map(|i| {
            let code = match text(&i, "value") {
                c if c.is_empty() => text(&i, "title"),
                c => c,
            };
            Ok(CyclePrice {
                cycle: Cycle::parse(&code),
                price: decimal(&i, "price")?,
                setup: decimal(&i, "setup")?,
                selected: truthy(&i, "selected"),
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct CategoryWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    description: String,
    #[serde(default, deserialize_with = "wire::text")]
    slug: String,
}

/// `GET /category`.
pub fn categories(v: &Value) -> Result<Vec<Category>, ApiError> {
    let rows: Vec<CategoryWire> = field(v, "categories")?;
    Ok(rows
        .into_iter()
        .map(|c| Category {
            id: c.id,
            name: c.name,
            description: c.description,
            slug: c.slug,
        })
        .collect())
}

/// `GET /category/@id/product`. `stock: false` means stock is not tracked; otherwise `qty` is
/// what is left.
pub fn products(v: &Value) -> Result<Vec<Product>, ApiError> {
    if v.get("products").is_none() {
        return Err(ApiError::Decode("missing \"products\"".into()));
    }
    list(v, "products")
        .map(|p| {
            let id = text(p, "id");
            if id.is_empty() {
                return Err(ApiError::Decode("products: missing id".into()));
            }
            Ok(Product {
                id,
                name: text(p, "name"),
                description: text(p, "description").replace("\r\n", "\n"),
                stock: if truthy(p, "stock") {
                    Stock::Left(number(p, "qty").unwrap_or(0))
                } else {
                    Stock::Unlimited
                },
                cycles: cycle_prices(list(p, "periods"))?,
                tlds: vec![],
            })
        })
        .collect()
}

fn form(f: &Value) -> Result<FormField, ApiError> {
    let config = f.get("config").cloned().unwrap_or(Value::Null);
    let items = list(f, "items")
        .map(|i| {
            Ok(FormItem {
                id: text(i, "id"),
                title: text(i, "title"),
                price: decimal(i, "price")?,
                setup: decimal(i, "setup")?,
                selected: truthy(i, "selected"),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(FormField {
        id: text(f, "id"),
        title: text(f, "title"),
        description: text(f, "description"),
        kind: FormKind::parse(&text(f, "type")),
        required: truthy(f, "required"),
        items,
        min: number(&config, "minvalue").or_else(|| number(f, "min")),
        max: number(&config, "maxvalue").or_else(|| number(f, "max")),
        step: number(&config, "step").or_else(|| number(f, "step")),
        rules: list(&config, "conditionals").filter_map(rule).collect(),
    })
}

/// One entry of a form's `config.conditionals`. The seeds only show the list empty, so the
/// reading is deliberately tolerant: targets under `target`, `targets`, `target_id` or `field`
/// (a form id, or a list of them); the compared value under `value`, `val` or `item_id`; the test
/// under `condition` or `operator` (`eq`/`is`/`equals`/`==`, or `neq`/`not`/`isnot`/`!=`); the
/// action `show` (the default), `hide` or `require`. An entry without a target or with an
/// unknown action or test is ignored, so the form stays visible rather than vanishing.
fn rule(r: &Value) -> Option<FormRule> {
    let targets: Vec<String> = ["target", "targets", "target_id", "field"]
        .iter()
        .find_map(|k| match r.get(*k)? {
            Value::Array(a) => Some(
                a.iter()
                    .filter_map(|t| match t {
                        Value::String(s) => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    })
                    .collect(),
            ),
            Value::String(s) if !s.is_empty() => Some(vec![s.clone()]),
            Value::Number(n) => Some(vec![n.to_string()]),
            _ => None,
        })?;
    let value = ["value", "val", "item_id"]
        .iter()
        .map(|k| text(r, k))
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let test = ["condition", "operator"]
        .iter()
        .map(|k| text(r, k).to_ascii_lowercase())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let negate = match test.as_str() {
        "" | "eq" | "is" | "equals" | "==" | "=" => false,
        "neq" | "not" | "isnot" | "is_not" | "not_equals" | "!=" => true,
        _ => return None,
    };
    let action = match text(r, "action").to_ascii_lowercase().as_str() {
        "" | "show" => RuleAction::Show,
        "hide" => RuleAction::Hide,
        "require" | "required" => RuleAction::Require,
        _ => return None,
    };
    (!targets.is_empty()).then_some(FormRule {
        targets,
        value,
        negate,
        action,
    })
}

fn addon(a: &Value) -> Result<Addon, ApiError> {
    let parts: Vec<&Value> = list(a, "config").collect();
    let checked = parts
        .iter()
        .any(|p| text(p, "type") == "checkbox" && truthy(p, "checked"));
    let cycles = match parts.iter().find(|p| text(p, "type") == "select") {
        Some(select) => cycle_prices(list(select, "items"))?,
        None => cycle_prices(list(a, "items"))?,
    };
    Ok(Addon {
        id: text(a, "id"),
        title: text(a, "title"),
        description: text(a, "description"),
        cycles,
        checked,
    })
}

/// `GET /order/@product_id`.
pub fn product_config(v: &Value) -> Result<ProductConfig, ApiError> {
    let p = v
        .get("product")
        .ok_or_else(|| ApiError::Decode("missing \"product\"".into()))?;
    let config = p.get("config").cloned().unwrap_or(Value::Null);
    let head: Vec<&Value> = list(&config, "product").collect();
    let cycles = match head.iter().find(|f| text(f, "id") == "cycle") {
        Some(select) => cycle_prices(list(select, "items"))?,
        None => vec![CyclePrice {
            cycle: Cycle::parse(&text(p, "recurring")),
            price: decimal(p, "price")?,
            setup: decimal(p, "setup")?,
            selected: true,
        }],
    };
    // The form items are priced for the cycle the configuration was answered for.
    let options_priced_per = match text(p, "recurring") {
        code if !code.is_empty() => Cycle::parse(&code),
        _ => cycles
            .iter()
            .find(|c| c.selected)
            .or(cycles.first())
            .map_or(Cycle::Monthly, |c| c.cycle.clone()),
    };
    Ok(ProductConfig {
        id: text(p, "id"),
        name: text(p, "name"),
        category: text(p, "category_name"),
        cycles,
        options_priced_per,
        needs_domain: head.iter().any(|f| text(f, "id") == "domain"),
        tlds: vec![],
        forms: list(&config, "forms").map(form).collect::<Result<_, _>>()?,
        addons: list(&config, "addons")
            .map(addon)
            .collect::<Result<_, _>>()?,
        subproducts: list(&config, "subproducts")
            .map(addon)
            .collect::<Result<_, _>>()?,
    })
}

fn messages(v: &Value, key: &str) -> Vec<String> {
    match v.get(key) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|m| m.as_str().map(String::from))
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => vec![],
    }
}

/// `POST /quote`.
pub fn quote(v: &Value) -> Result<Quote, ApiError> {
    let s = v
        .get("summary")
        .ok_or_else(|| ApiError::Decode("missing \"summary\"".into()))?;
    let recurring = list(s, "recurring")
        .map(|r| {
            let code = match text(r, "value") {
                c if c.is_empty() => text(r, "title"),
                c => c,
            };
            Ok((Cycle::parse(&code), decimal(r, "price")?))
        })
        .collect::<Result<_, ApiError>>()?;
    let tax = list(s, "tax")
        .map(|t| {
            Ok(TaxLine {
                name: text(t, "name"),
                rate: decimal(t, "value")?,
                amount: decimal(t, "tax")?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let items = list(v, "items")
        .enumerate()
        .map(|(i, it)| QuoteItem {
            index: number(it, "index").map_or(i, |n| n as usize),
            valid: it.get("valid").is_none() || truthy(it, "valid"),
            errors: messages(it, "error"),
            info: messages(it, "info"),
        })
        .collect();
    Ok(Quote {
        subtotal: decimal(s, "subtotal")?,
        discount: decimal(s, "discount")?,
        credit: decimal(s, "credit")?,
        tax,
        total: decimal(s, "total")?,
        recurring,
        items,
        errors: messages(v, "error"),
        tax_on_invoice: false,
    })
}

/// `POST /order/@product_id` (one) or `POST /order` (several: `order_num_list`).
pub fn order_placed(v: &Value) -> Result<OrderPlaced, ApiError> {
    let one = match v.get("order_num_list") {
        Some(Value::Array(a)) => a
            .first()
            .ok_or_else(|| ApiError::Decode("empty order_num_list".into()))?,
        _ => v,
    };
    let order_number = Some(text(one, "order_num"))
        .filter(|s| !s.is_empty())
        .or_else(|| Some(text(v, "order_num")).filter(|s| !s.is_empty()));
    let invoice_id = Some(text(one, "invoice_id")).filter(|s| !s.is_empty() && s != "0");
    if order_number.is_none() && invoice_id.is_none() {
        return Err(ApiError::Decode(
            "an order answer without order or invoice".into(),
        ));
    }
    // The services it created, when the answer lists them (`items[].id`; one item alone, as
    // the certificate order's seed answer has it: `items.id`).
    let service_id = match &one["items"] {
        Value::Array(items) => items.first(),
        item @ Value::Object(_) => Some(item),
        _ => None,
    }
    .map(|i| text(i, "id"))
    .filter(|s| !s.is_empty());
    Ok(OrderPlaced {
        order_number,
        invoice_id,
        total: match one.get("total") {
            Some(_) => Some(decimal(one, "total")?),
            None => None,
        },
        service_id,
    })
}

/// `GET /service/@id/upgrade`: resources (`name`, `type`, items with `setup_price`) as forms.
pub fn upgrade_options(v: &Value) -> Result<UpgradeOptions, ApiError> {
    if v.get("resources").is_none() && v.get("package").is_none() {
        return Err(ApiError::Decode("missing \"resources\"".into()));
    }
    let resources = list(v, "resources")
        .map(|r| {
            let items = list(r, "items")
                .map(|i| {
                    Ok(FormItem {
                        id: text(i, "id"),
                        title: text(i, "name"),
                        price: decimal(i, "price")?,
                        setup: decimal(i, "setup_price")?,
                        selected: truthy(i, "selected"),
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
            Ok(FormField {
                id: text(r, "id"),
                title: text(r, "name"),
                description: String::new(),
                kind: FormKind::parse(&text(r, "type")),
                required: false,
                items,
                min: number(r, "min"),
                max: number(r, "max"),
                step: None,
                rules: vec![],
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let packages = list(v, "package")
        .map(|p| Ok((text(p, "id"), text(p, "name"), decimal(p, "price")?)))
        .collect::<Result<_, ApiError>>()?;
    Ok(UpgradeOptions {
        resources,
        packages,
    })
}

/// `POST /service/@id/upgrade` without `send`.
pub fn upgrade_estimate(v: &Value) -> Result<UpgradeEstimate, ApiError> {
    let e = v
        .get("estimate")
        .or_else(|| v.get("summary"))
        .ok_or_else(|| ApiError::Decode("missing \"estimate\"".into()))?;
    Ok(UpgradeEstimate {
        total: decimal(e, "total")?,
        recurring: match e.get("recurring") {
            Some(Value::String(_) | Value::Number(_)) => Some(decimal(e, "recurring")?),
            _ => None,
        },
    })
}
