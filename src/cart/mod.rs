//! The cart's rules, pure and tested natively: what a configured item is ([`item`]) and its priced
//! lines ([`price_line`]), the checks made before anything is sent ([`checks`]), the conditional
//! forms ([`conditions`]), and the local estimate shown, marked as such, while the portal's quote
//! is pending ([`estimate`]). The portal's quote is always the price that counts. The request
//! bodies each billing system expects are its dialect's business (`api::dialect`).

pub mod checks;
pub mod conditions;
pub mod estimate;
pub mod item;
pub mod price_line;
pub mod vps_order;

pub use item::{CartItem, FieldValue};
