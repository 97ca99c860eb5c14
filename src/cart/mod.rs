//! The cart's rules, pure and tested natively: what a configured item is ([`item`]), the request
//! bodies HostBill expects for quotes and orders ([`body`]), the checks made before anything is
//! sent ([`checks`]), the conditional forms ([`conditions`]) and the local estimate shown, marked as such, while the portal's quote is
//! pending ([`estimate`]). The portal's quote is always the price that counts.

pub mod body;
pub mod checks;
pub mod conditions;
pub mod estimate;
pub mod item;
pub mod vps_order;

pub use item::{CartItem, FieldValue};
