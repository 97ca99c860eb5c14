//! What is caught before a quote or an order is sent, where the product's config says so:
//! an unavailable product, a missing required answer, a number out of its range, a missing
//! domain, a cycle the product does not offer. Forms hidden by a conditional rule are skipped;
//! a rule may make a form required. The portal's own errors still come back per item.

use super::item::{CartItem, FieldValue};
use crate::model::{Cycle, DomainOrderProblem, FormKind, ProductConfig};

/// A problem with one item, naming the form where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemProblem {
    /// Sold out.
    Unavailable,
    /// The product needs a domain name.
    DomainMissing,
    /// The cycle is not one the product offers.
    CycleNotOffered,
    /// A required form has no answer (form id).
    Required(String),
    /// A number outside `min..=max` (form id, min, max).
    OutOfRange(String, u64, u64),
    /// An answer naming an item the form does not have (form id).
    UnknownChoice(String),
    /// A text form that asks for a host name got something else (form id).
    NotAHostname(String),
    /// A domain product's registration or transfer is not one it sells.
    Domain(DomainOrderProblem),
}

/// Whether a text form asks for a host name: portals describe these only by their label
/// (HostBill's "Hostname" input), so the label decides.
pub fn asks_for_hostname(title: &str) -> bool {
    let t = title.to_ascii_lowercase().replace([' ', '-', '_'], "");
    t == "hostname" || t == "serverhostname" || t == "tênmáy"
}

/// Every problem with `item` under `config` (empty: fine to send).
pub fn problems(config: &ProductConfig, item: &CartItem, available: bool) -> Vec<ItemProblem> {
    let mut out = Vec::new();
    if !available {
        out.push(ItemProblem::Unavailable);
    }
    if !config.tlds.is_empty() {
        // A domain product is sold by TLD and years, not on a cycle.
        match &item.domain_order {
            Some(order) => out.extend(
                crate::model::domain_order::problems(order, &config.tlds)
                    .into_iter()
                    .map(ItemProblem::Domain),
            ),
            None => out.push(ItemProblem::DomainMissing),
        }
        return out;
    }
    if config.needs_domain && item.domain.trim().is_empty() {
        out.push(ItemProblem::DomainMissing);
    }
    if !config
        .cycles
        .iter()
        .any(|c| c.cycle == Cycle::parse(&item.cycle))
    {
        out.push(ItemProblem::CycleNotOffered);
    }
    let visibility = super::conditions::evaluate(config, item);
    for f in config
        .forms
        .iter()
        .filter(|f| !visibility.hidden.contains(&f.id))
    {
        let known = |id: &str| f.items.iter().any(|i| i.id == id);
        let required = f.required || visibility.required.contains(&f.id);
        match item.custom.get(&f.id) {
            None => {
                if required && !matches!(f.kind, FormKind::Unsupported(_)) {
                    out.push(ItemProblem::Required(f.id.clone()));
                }
            }
            Some(FieldValue::Text { text, .. }) if required && text.trim().is_empty() => {
                out.push(ItemProblem::Required(f.id.clone()))
            }
            // Checked as the VM console checks a server's name.
            Some(FieldValue::Text { text, .. })
                if asks_for_hostname(&f.title)
                    && !text.trim().is_empty()
                    && crate::vm::rdns::hostname(text).is_err() =>
            {
                out.push(ItemProblem::NotAHostname(f.id.clone()))
            }
            Some(FieldValue::Items(items)) if required && items.is_empty() => {
                out.push(ItemProblem::Required(f.id.clone()))
            }
            Some(FieldValue::Items(items)) if items.iter().any(|i| !known(i)) => {
                out.push(ItemProblem::UnknownChoice(f.id.clone()))
            }
            Some(FieldValue::Item(i)) if !known(i) => {
                out.push(ItemProblem::UnknownChoice(f.id.clone()))
            }
            Some(FieldValue::Number { n, .. }) | Some(FieldValue::ItemQty { qty: n, .. }) => {
                let (min, max) = (f.min.unwrap_or(0), f.max.unwrap_or(u64::MAX));
                if *n < min || *n > max {
                    out.push(ItemProblem::OutOfRange(f.id.clone(), min, max));
                }
            }
            Some(_) => {}
        }
    }
    out
}
