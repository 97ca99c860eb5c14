//! A local estimate of an item's price from its config, shown (marked as an estimate) only while
//! the portal's quote is on its way. Exact decimals; taxes, discounts and credit are the
//! portal's business and left out.

use super::item::{CartItem, FieldValue};
use crate::api::model::{Cycle, ProductConfig};
use rust_decimal::Decimal;

/// Recurring price and setup fees of `item` for its cycle.
pub fn item_estimate(config: &ProductConfig, item: &CartItem) -> (Decimal, Decimal) {
    let cycle = Cycle::parse(&item.cycle);
    let base = config.cycles.iter().find(|c| c.cycle == cycle);
    let (mut recurring, mut setup) =
        base.map_or((Decimal::ZERO, Decimal::ZERO), |c| (c.price, c.setup));
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
            recurring += it.price * Decimal::from(units);
            setup += it.setup * Decimal::from(units.min(1));
        }
    }
    for (list, chosen) in [
        (&config.addons, &item.addons),
        (&config.subproducts, &item.subproducts),
    ] {
        for a in list {
            if let Some(c) = chosen
                .get(&a.id)
                .and_then(|code| a.cycles.iter().find(|c| c.cycle == Cycle::parse(code)))
            {
                recurring += c.price;
                setup += c.setup;
            }
        }
    }
    (recurring, setup)
}
