//! Invoices: the detail page (with credit) now; the list follows.

pub mod add_funds;
mod apply_credit;
pub mod detail;
pub mod list;
mod pay;
