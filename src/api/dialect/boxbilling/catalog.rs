//! BoxBilling's catalogue and cart, read into the same types as HostBill's: products from
//! `guest/product/get_list` (their `category`, `pricing` by period and `type`), the session cart
//! from `guest/cart/get`, and the checkout answer. The seed names only `client/cart/checkout`;
//! the other calls and every shape here are BoxBilling's own (`Product\Service::toApiArray`,
//! `Cart\Service::toApiArray`, `checkoutCart`).
//!
//! Periods: BoxBilling says `1M`, `3M`, `6M`, `1Y`, `2Y`, `3Y`; Atrium's cart keeps HostBill's
//! cycle codes, so the two are mapped both ways here and nowhere else.

use super::envelope::{decimal, text};
use crate::api::error::ApiError;
use crate::cart::CartItem;
use crate::model::DomainAction;
use crate::model::{
    Category, Cycle, CyclePrice, OrderPlaced, Product, ProductConfig, Quote, QuoteItem, Stock,
    TldPrice,
};
use rust_decimal::Decimal;
use serde_json::{Value, json};

const PERIODS: [(&str, Cycle); 6] = [
    ("1M", Cycle::Monthly),
    ("3M", Cycle::Quarterly),
    ("6M", Cycle::SemiAnnually),
    ("1Y", Cycle::Annually),
    ("2Y", Cycle::Biennially),
    ("3Y", Cycle::Triennially),
];

/// The cycle of a BoxBilling period code.
pub fn cycle_of(period: &str) -> Cycle {
    PERIODS
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(period.trim()))
        .map_or_else(
            || Cycle::Other(period.trim().to_string()),
            |(_, c)| c.clone(),
        )
}

/// The BoxBilling period code of a cycle code kept in the cart (`m` -> `1M`); `None` for a
/// one-off price, which has no period.
pub fn period_of(cycle_code: &str) -> Option<String> {
    match Cycle::parse(cycle_code) {
        Cycle::Once => None,
        Cycle::Other(raw) => Some(raw),
        c => PERIODS
            .iter()
            .find(|(_, pc)| *pc == c)
            .map(|(p, _)| p.to_string()),
    }
}

/// A flag that comes as a boolean, 0/1 or "0"/"1"; a missing flag means yes.
fn flag(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_i64() != Some(0),
        Value::String(s) => !matches!(s.trim(), "0" | "" | "false"),
        _ => true,
    }
}

/// A domain product's TLDs: FOSSBilling keys its `pricing` by TLD (no `type`), each with
/// `price_registration`, `price_transfer`, `price_renew`, `min_years` and the `active`,
/// `allow_register`, `allow_transfer` flags (`Servicedomain\Service::tldToApiArray`,
/// real-answers product_get_list.json). Inactive TLDs, and TLDs that can be neither registered
/// nor transferred, are left out; empty for any other product.
fn tlds(row: &Value) -> Result<Vec<TldPrice>, ApiError> {
    if text(row, "type") != "domain" {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    for (key, t) in row["pricing"].as_object().into_iter().flatten() {
        // Only TLD entries: a domain product with periods (`type`, `recurrent`, ...) is not
        // priced by TLD, and its other keys are not TLDs.
        let is_tld = t.get("price_registration").is_some() || t.get("tld").is_some();
        if !is_tld || !flag(&t["active"]) {
            continue;
        }
        let tld = Some(text(t, "tld"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| key.clone());
        let offered = |allow: &str, price: &str| -> Result<_, ApiError> {
            Ok(if flag(&t[allow]) {
                Some(decimal(t, price)?)
            } else {
                None
            })
        };
        let register = offered("allow_register", "price_registration")?;
        let transfer = offered("allow_transfer", "price_transfer")?;
        if register.is_none() && transfer.is_none() {
            continue;
        }
        out.push(TldPrice {
            tld: format!(".{}", tld.trim().trim_start_matches('.').to_lowercase()),
            register,
            transfer,
            renew: decimal(t, "price_renew")?,
            min_years: text(t, "min_years").parse().unwrap_or(1),
        });
    }
    // FOSSBilling sends them in its table's order, keyed in a JSON object whose order is not
    // kept once read; least expensive first is an order a customer can follow (registration
    // price, then transfer-only TLDs by transfer price, then by name).
    out.sort_by(|a, b| {
        (a.register.is_none(), a.register.or(a.transfer), &a.tld).cmp(&(
            b.register.is_none(),
            b.register.or(b.transfer),
            &b.tld,
        ))
    });
    Ok(out)
}

/// A product's prices: `free`, `once` (price and setup) or `recurrent` (enabled periods only).
/// A domain product has none: it is priced by TLD ([`tlds`]).
fn prices(v: &Value) -> Result<Vec<CyclePrice>, ApiError> {
    if text(v, "type") == "domain" {
        return Ok(vec![]);
    }
    let pricing = &v["pricing"];
    let mut out = Vec::new();
    match text(pricing, "type").as_str() {
        "free" => out.push(CyclePrice {
            cycle: Cycle::Once,
            price: Decimal::ZERO,
            setup: Decimal::ZERO,
            selected: true,
        }),
        "once" => out.push(CyclePrice {
            cycle: Cycle::Once,
            price: decimal(&pricing["once"], "price")?,
            setup: decimal(&pricing["once"], "setup")?,
            selected: true,
        }),
        _ => {
            let recurrent = pricing["recurrent"].as_object();
            for (period, _) in PERIODS {
                let Some(p) = recurrent.and_then(|r| r.get(period)) else {
                    continue;
                };
                if !flag(&p["enabled"]) {
                    continue;
                }
                out.push(CyclePrice {
                    cycle: cycle_of(period),
                    price: decimal(p, "price")?,
                    setup: decimal(p, "setup")?,
                    selected: out.is_empty(),
                });
            }
        }
    }
    Ok(out)
}

/// A product's category id: FOSSBilling 0.6.22 sends `product_category_id` (and `category`
/// null, real-answers product_get_list.json); BoxBilling sent a `category` object.
fn category_id(row: &Value) -> String {
    Some(text(row, "product_category_id"))
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| text(&row["category"], "id"))
}

/// A category's name: from `guest/product/category_get_pairs` (`{"<id>": "<title>"}`), else the
/// row's own `category` object.
fn category_name(row: &Value, names: &Value) -> String {
    Some(text(names, &category_id(row)))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| text(&row["category"], "title"))
}

/// The distinct categories of the product list, in the order they first appear, named by
/// `names` (the answer of `guest/product/category_get_pairs`).
pub fn categories(rows: &[Value], names: &Value) -> Vec<Category> {
    let mut out: Vec<Category> = Vec::new();
    for row in rows {
        let id = category_id(row);
        if id.is_empty() || out.iter().any(|x| x.id == id) {
            continue;
        }
        out.push(Category {
            slug: id.clone(),
            name: category_name(row, names),
            description: text(&row["category"], "description"),
            id,
        });
    }
    out
}

fn stock(row: &Value) -> Stock {
    let controlled = matches!(&row["stock_control"], Value::Bool(true))
        || matches!(text(row, "stock_control").as_str(), "1");
    if controlled {
        Stock::Left(text(row, "quantity_in_stock").parse().unwrap_or(0))
    } else {
        Stock::Unlimited
    }
}

/// The products of one category.
pub fn products(rows: &[Value], category: &str) -> Result<Vec<Product>, ApiError> {
    rows.iter()
        .filter(|r| category_id(r) == category)
        .map(|r| {
            Ok(Product {
                id: text(r, "id"),
                name: text(r, "title"),
                description: text(r, "description"),
                stock: stock(r),
                cycles: prices(r)?,
                tlds: tlds(r)?,
            })
        })
        .collect()
}

/// One product's configuration: its prices and whether it needs a domain (hosting and domain
/// products do). BoxBilling's custom order forms are not part of its client API, so there are
/// no option fields, add-ons or sub-products to choose.
pub fn product_config(rows: &[Value], names: &Value, id: &str) -> Result<ProductConfig, ApiError> {
    let row = rows
        .iter()
        .find(|r| text(r, "id") == id)
        .ok_or_else(|| ApiError::Portal {
            status: 404,
            messages: vec!["Product not found".into()],
        })?;
    Ok(ProductConfig {
        id: text(row, "id"),
        name: text(row, "title"),
        category: category_name(row, names),
        cycles: prices(row)?,
        needs_domain: matches!(text(row, "type").as_str(), "hosting" | "domain"),
        tlds: tlds(row)?,
        forms: vec![],
        addons: vec![],
        subproducts: vec![],
        // No option forms: nothing is priced per this cycle.
        options_priced_per: Cycle::Monthly,
    })
}

/// Why a cart call was refused, as one line for the customer.
pub fn refusal(e: &ApiError) -> Option<String> {
    match e {
        ApiError::Portal { messages, .. } if !messages.is_empty() => Some(messages.join("; ")),
        _ => None,
    }
}

/// A currency's `conversion_rate` (`Currency\Service::toApiArray`, a float): how many of it one
/// unit of the default currency is. A missing or non-positive rate is an answer Atrium cannot
/// price with, not a rate of one.
pub fn conversion_rate(currency: &Value) -> Result<Decimal, ApiError> {
    match decimal(currency, "conversion_rate")? {
        r if r > Decimal::ZERO => Ok(r),
        _ => Err(ApiError::Decode("currency: no conversion_rate".into())),
    }
}

/// The quote of `guest/cart/get`, with the items `add_item` refused (by their index in
/// Atrium's cart) and a refused promo code. The cart total is before tax: BoxBilling adds tax
/// on the invoice.
pub fn quote(
    cart: &Value,
    refused: &[(usize, String)],
    promo_refused: Option<String>,
    count: usize,
) -> Result<Quote, ApiError> {
    let items = (0..count)
        .map(|index| {
            let errors: Vec<String> = refused
                .iter()
                .filter(|(i, _)| *i == index)
                .map(|(_, m)| m.clone())
                .collect();
            QuoteItem {
                index,
                valid: errors.is_empty(),
                errors,
                info: vec![],
            }
        })
        .collect();
    // FOSSBilling's cart is priced in the default currency, with the cart's currency and its
    // rate beside (real-answers cart_get.json); it converts when the order is made.
    let rate = match cart.get("currency").filter(|c| c.is_object()) {
        Some(c) => conversion_rate(c)?,
        None => Decimal::ONE,
    };
    let convert = |a: Decimal| crate::model::money::convert(a, rate);
    let mut recurring: Vec<(Cycle, Decimal)> = Vec::new();
    for it in cart["items"].as_array().into_iter().flatten() {
        // A one-off product (FOSSBilling's `custom` with one-time pricing) has no period: it is
        // not billed again (real-answers cart_get.json, "Site Migration").
        let period = text(it, "period");
        if period.is_empty() {
            continue;
        }
        let cycle = cycle_of(&period);
        if cycle == Cycle::Once {
            continue;
        }
        let amount = convert(decimal(it, "price")? * qty(it));
        match recurring.iter_mut().find(|(c, _)| *c == cycle) {
            Some((_, sum)) => *sum += amount,
            None => recurring.push((cycle, amount)),
        }
    }
    Ok(Quote {
        subtotal: convert(decimal(cart, "subtotal")?),
        discount: convert(decimal(cart, "discount")?),
        credit: Decimal::ZERO,
        tax: vec![],
        total: convert(decimal(cart, "total")?),
        recurring,
        items,
        errors: promo_refused.into_iter().collect(),
        tax_on_invoice: true,
    })
}

fn qty(item: &Value) -> Decimal {
    text(item, "quantity").parse().unwrap_or(Decimal::ONE)
}

/// The checkout answer: the first order's id, and the invoice to pay by its hash (`null` when
/// nothing is left to pay: a free order, or one paid from the account balance).
pub fn order_placed(v: &Value) -> Result<OrderPlaced, ApiError> {
    let order = text(v, "order_id");
    if order.is_empty() {
        return Err(ApiError::Decode("checkout: no order_id".into()));
    }
    Ok(OrderPlaced {
        // A BoxBilling order is the service: the same id opens it.
        service_id: Some(order.clone()),
        order_number: Some(order),
        invoice_id: Some(text(v, "invoice_hash")).filter(|h| !h.is_empty()),
        total: None,
    })
}

/// `add_item`'s fields for one of Atrium's items: the product, its period, and the domain (a
/// hosting plan's as the customer's own domain). A domain product is sent as its registration or
/// transfer, with no period: FOSSBilling sets the period and quantity from the years itself
/// (`Servicedomain\Service::validateOrderData`).
pub fn add_item_params(item: &CartItem) -> Value {
    if let Some(order) = &item.domain_order {
        let (action, prefix) = match order.action {
            DomainAction::Register => ("register", "register"),
            DomainAction::Transfer => ("transfer", "transfer"),
        };
        let mut p = json!({
            "id": item.product_id, "multiple": 1, "action": action,
            format!("{prefix}_sld"): order.sld, format!("{prefix}_tld"): order.tld,
        });
        match order.action {
            DomainAction::Register => p["register_years"] = json!(order.years),
            DomainAction::Transfer => p["transfer_code"] = json!(order.transfer_code.trim()),
        }
        return p;
    }
    let mut p = json!({ "id": item.product_id, "multiple": 1 });
    if let Some(period) = period_of(&item.cycle) {
        p["period"] = json!(period);
    }
    let domain = item.domain.trim().to_ascii_lowercase();
    if let Some((sld, tld)) = domain.split_once('.') {
        p["domain"] = json!({
            "action": "owndomain", "owndomain_sld": sld, "owndomain_tld": format!(".{tld}"),
        });
    }
    p
}
