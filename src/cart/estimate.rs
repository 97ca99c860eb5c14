//! An item's price, line by line, from its configuration: the product on its cycle, each chosen
//! option, each add-on on its own cycle, and the setup fees. Exact decimals; taxes, discounts and
//! credit are the portal's business and left out.
//!
//! The lines serve two purposes: while the portal's quote is on its way, their sum is shown,
//! marked as an estimate; once it has come, they itemise it, but only when they add up to the
//! portal's own subtotal (the portal's quote is the price that counts, and a breakdown that does
//! not add up to it would be a wrong figure).

use super::item::{CartItem, FieldValue};
pub use super::price_line::{LineKind, PriceLine};
use crate::model::{Cycle, ProductConfig};
use rust_decimal::Decimal;

/// How much an option quoted per `per` costs per `cycle`: in proportion to the months, when both
/// are counted in months (the portal's quote is what counts; this is only the breakdown).
fn scale(amount: Decimal, per: &Cycle, cycle: &Cycle) -> Decimal {
    match (per.months(), cycle.months()) {
        (Some(p), Some(c)) if p != c => amount * Decimal::from(c) / Decimal::from(p),
        _ => amount,
    }
}

/// The lines of `item`. Options and add-ons that cost nothing are left out; the product's line
/// is always first.
pub fn price_lines(config: &ProductConfig, item: &CartItem) -> Vec<PriceLine> {
    if let Some(order) = item
        .domain_order
        .as_ref()
        .filter(|_| !config.tlds.is_empty())
    {
        // A domain is one line: its price per year times the years charged.
        return vec![PriceLine {
            label: order.domain(),
            kind: LineKind::Product,
            amount: order.price(&config.tlds).unwrap_or(Decimal::ZERO),
            cycle: item.cycle.clone(),
        }];
    }
    let cycle = Cycle::parse(&item.cycle);
    let mut lines = Vec::new();
    let mut setups = Vec::new();
    let base = config.cycles.iter().find(|c| c.cycle == cycle);
    lines.push(PriceLine {
        label: config.name.clone(),
        kind: LineKind::Product,
        amount: base.map_or(Decimal::ZERO, |c| c.price),
        cycle: item.cycle.clone(),
    });
    if let Some(b) = base.filter(|b| !b.setup.is_zero()) {
        setups.push((config.name.clone(), b.setup));
    }
    let hidden = super::conditions::evaluate(config, item).hidden;
    for f in config.forms.iter().filter(|f| !hidden.contains(&f.id)) {
        let Some(answer) = item.custom.get(&f.id) else {
            continue;
        };
        for it in &f.items {
            let units = match answer {
                FieldValue::Item(i) if *i == it.id => 1,
                FieldValue::Items(set) if set.contains(&it.id) => 1,
                FieldValue::Number { item, n } if *item == it.id => *n,
                FieldValue::ItemQty { item, qty } if *item == it.id => *qty,
                _ => 0,
            };
            if units == 0 {
                continue;
            }
            let label = match answer {
                FieldValue::Number { .. } => format!("{} × {units}", f.title),
                FieldValue::ItemQty { .. } => format!("{}: {} × {units}", f.title, it.title),
                _ => format!("{}: {}", f.title, it.title),
            };
            let amount = scale(
                it.price * Decimal::from(units),
                &config.options_priced_per,
                &cycle,
            );
            if !it.setup.is_zero() {
                setups.push((label.clone(), it.setup));
            }
            if !amount.is_zero() {
                lines.push(PriceLine {
                    label,
                    kind: LineKind::Option,
                    amount,
                    cycle: item.cycle.clone(),
                });
            }
        }
    }
    for (list, chosen) in [
        (&config.addons, &item.addons),
        (&config.subproducts, &item.subproducts),
    ] {
        for a in list {
            let Some((code, c)) = chosen.get(&a.id).and_then(|code| {
                a.cycles
                    .iter()
                    .find(|c| c.cycle == Cycle::parse(code))
                    .map(|c| (code, c))
            }) else {
                continue;
            };
            if !c.setup.is_zero() {
                setups.push((a.title.clone(), c.setup));
            }
            if !c.price.is_zero() {
                lines.push(PriceLine {
                    label: a.title.clone(),
                    kind: LineKind::Extra,
                    amount: c.price,
                    cycle: code.clone(),
                });
            }
        }
    }
    lines.extend(setups.into_iter().map(|(label, amount)| PriceLine {
        label,
        kind: LineKind::Setup,
        amount,
        cycle: String::new(),
    }));
    lines
}

/// Recurring price (first period of everything) and setup fees of `item`.
pub fn item_estimate(config: &ProductConfig, item: &CartItem) -> (Decimal, Decimal) {
    totals(&price_lines(config, item))
}

/// An item's lines as the cart keeps them, settled against the portal's quote for that item
/// alone (`subtotal`: what the item costs before discount and tax). Where the local estimate
/// agrees, its breakdown is kept; where it does not (the portal prices a domain by its
/// extension, a plan by a rule the config does not show), the item becomes one line at the
/// portal's price, so the cart never shows a figure the portal would not charge.
pub fn settled_lines(mut lines: Vec<PriceLine>, subtotal: Decimal, cycle: &str) -> Vec<PriceLine> {
    let (recurring, setup) = totals(&lines);
    if recurring + setup == subtotal {
        return lines;
    }
    let label = lines
        .iter()
        .find(|l| l.kind == LineKind::Product)
        .map(|l| l.label.clone())
        .unwrap_or_default();
    lines.clear();
    lines.push(PriceLine {
        label,
        kind: LineKind::Product,
        amount: subtotal,
        cycle: cycle.to_string(),
    });
    lines
}

/// Recurring (first period) and setup sums of some lines.
pub fn totals(lines: &[PriceLine]) -> (Decimal, Decimal) {
    lines
        .iter()
        .fold((Decimal::ZERO, Decimal::ZERO), |(r, s), l| {
            if l.kind == LineKind::Setup {
                (r, s + l.amount)
            } else {
                (r + l.amount, s)
            }
        })
}
