//! A configured cart item: the product, its cycle, its domain, an answer per configuration form
//! and the chosen add-ons and sub-products with their cycles. Kept in browser storage as JSON.

use crate::model::{Cycle, DomainAction, DomainOrder, FormKind, ProductConfig, TldPrice};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The answer to one configuration form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldValue {
    /// Select and radio: the chosen item.
    Item(String),
    /// Checkboxes: the ticked items.
    Items(BTreeSet<String>),
    /// Free text typed for the form's item.
    Text { item: String, text: String },
    /// Slider and quantity: a number for the form's item.
    Number { item: String, n: u64 },
    /// Drop-down with quantity: the chosen item and how many.
    ItemQty { item: String, qty: u64 },
}

/// One item of the cart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// Product id.
    pub product_id: String,
    /// Product name, for the cart view before the config is loaded again.
    pub name: String,
    /// Billing cycle code.
    pub cycle: String,
    /// Domain, when the product needs one.
    pub domain: String,
    /// Answers by form id.
    pub custom: BTreeMap<String, FieldValue>,
    /// Chosen add-ons: id -> cycle code.
    pub addons: BTreeMap<String, String>,
    /// Chosen sub-products: id -> cycle code.
    pub subproducts: BTreeMap<String, String>,
    /// The item's price lines when it was put in the cart, so the cart can show what was chosen
    /// and what each part costs without loading every product's configuration again. Empty while
    /// the item is being configured (and in carts saved before lines were kept).
    #[serde(default)]
    pub lines: Vec<super::price_line::PriceLine>,
    /// For a domain product: the registration or transfer asked for (`domain` then holds the
    /// whole name and `cycle` the years).
    #[serde(default)]
    pub domain_order: Option<DomainOrder>,
}

/// The cycle code of a registration for `years` (`a` for one year, `b` for two, ...).
pub fn years_cycle(years: u32) -> String {
    match years {
        1 => Cycle::Annually,
        2 => Cycle::Biennially,
        3 => Cycle::Triennially,
        4 => Cycle::FourYears,
        5 => Cycle::FiveYears,
        n => Cycle::Other(format!("{n}Y")),
    }
    .code()
    .to_string()
}

/// A new domain order under the first TLD sold: a registration for its fewest years when it can
/// be registered, else a transfer.
fn first_domain_order(tlds: &[TldPrice]) -> Option<DomainOrder> {
    let tld = tlds.first()?;
    let action = if tld.offers(DomainAction::Register) {
        DomainAction::Register
    } else {
        DomainAction::Transfer
    };
    Some(DomainOrder {
        action,
        sld: String::new(),
        tld: tld.tld.clone(),
        years: *tld.years().start(),
        transfer_code: String::new(),
    })
}

impl CartItem {
    /// Sets the domain order and what follows from it: the whole name and the years' cycle.
    pub fn set_domain_order(&mut self, order: DomainOrder) {
        self.domain = order.domain();
        self.cycle = years_cycle(order.years_charged());
        self.domain_order = Some(order);
    }
}

impl CartItem {
    /// Every form answered with its default, hidden or not (the start of [`CartItem::defaults`]).
    pub(super) fn every_default(config: &ProductConfig) -> CartItem {
        let pick = |cycles: &[crate::model::CyclePrice]| {
            cycles
                .iter()
                .find(|c| c.selected)
                .or(cycles.first())
                .map(|c| c.cycle.code().to_string())
                .unwrap_or_else(|| Cycle::Monthly.code().to_string())
        };
        let mut custom = BTreeMap::new();
        for f in &config.forms {
            let selected = f.items.iter().find(|i| i.selected).map(|i| i.id.clone());
            let first = f.items.first().map(|i| i.id.clone()).unwrap_or_default();
            let value = match &f.kind {
                FormKind::Select | FormKind::Radio => selected.map(FieldValue::Item),
                FormKind::Checkbox => Some(FieldValue::Items(
                    f.items
                        .iter()
                        .filter(|i| i.selected)
                        .map(|i| i.id.clone())
                        .collect(),
                )),
                FormKind::Slider | FormKind::Quantity => Some(FieldValue::Number {
                    item: first,
                    n: f.min.unwrap_or(0),
                }),
                FormKind::SelectQuantity => selected.map(|item| FieldValue::ItemQty {
                    item,
                    qty: f.min.unwrap_or(1).max(1),
                }),
                FormKind::Input | FormKind::Unsupported(_) => None,
            };
            if let Some(v) = value {
                custom.insert(f.id.clone(), v);
            }
        }
        let chosen = |list: &[crate::model::Addon]| {
            list.iter()
                .filter(|a| a.checked)
                .map(|a| (a.id.clone(), pick(&a.cycles)))
                .collect()
        };
        let mut item = CartItem {
            product_id: config.id.clone(),
            name: config.name.clone(),
            cycle: pick(&config.cycles),
            domain: String::new(),
            custom,
            addons: chosen(&config.addons),
            subproducts: chosen(&config.subproducts),
            lines: vec![],
            domain_order: None,
        };
        if let Some(order) = first_domain_order(&config.tlds) {
            item.set_domain_order(order);
            // Nothing typed yet: the name is empty, not just the TLD.
            item.domain.clear();
        }
        item
    }
}
