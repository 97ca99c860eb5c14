//! A priced line of a cart item, kept with the item so the cart shows what was chosen and what
//! each part costs without loading every product again (computed by [`super::estimate`]).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a line charges for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    /// The product itself on its cycle.
    Product,
    /// A chosen configuration option.
    Option,
    /// An add-on or sub-product, renewing on its own cycle.
    Extra,
    /// A one-time setup fee for what `label` names.
    Setup,
}

/// One priced line of an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceLine {
    /// What it is for: the product's name, "Form: choice", "Form × 3", an add-on's name.
    pub label: String,
    /// What kind of charge.
    pub kind: LineKind,
    /// The amount charged per `cycle` (once, for setup fees).
    pub amount: Decimal,
    /// The cycle code it renews on (empty for setup fees).
    pub cycle: String,
}
