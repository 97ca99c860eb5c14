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
use crate::model::{
    Category, Cycle, CyclePrice, OrderPlaced, Product, ProductConfig, Quote, QuoteItem, Stock,
};
use rust_decimal::Decimal;
use serde_json::Value;

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

/// A product's prices: `free`, `once` (price and setup) or `recurrent` (enabled periods only).
fn prices(v: &Value) -> Result<Vec<CyclePrice>, ApiError> {
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
                // `enabled` comes as a boolean, 0/1 or "0"/"1"; a missing flag means offered.
                let enabled = match &p["enabled"] {
                    Value::Bool(b) => *b,
                    Value::Number(n) => n.as_i64() != Some(0),
                    Value::String(s) => !matches!(s.trim(), "0" | "" | "false"),
                    _ => true,
                };
                if !enabled {
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
        let amount = decimal(it, "price")? * qty(it);
        match recurring.iter_mut().find(|(c, _)| *c == cycle) {
            Some((_, sum)) => *sum += amount,
            None => recurring.push((cycle, amount)),
        }
    }
    Ok(Quote {
        subtotal: decimal(cart, "subtotal")?,
        discount: decimal(cart, "discount")?,
        credit: Decimal::ZERO,
        tax: vec![],
        total: decimal(cart, "total")?,
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
