//! Invoices: the detail page (with credit) now; the list follows.

mod apply_credit;
pub mod detail;
pub mod list;
mod pay;
