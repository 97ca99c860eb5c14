//! Invoices and billing: the list, one invoice (pay, apply credit, PDF), paying several at once,
//! balance and funds (top-up, vouchers, credit history), and estimates.

pub mod add_funds;
mod apply_credit;
mod credit_history;
mod delete;
pub mod detail;
mod invoice_words;
pub mod list;
mod pay;
pub mod pay_all;
mod transactions;
mod voucher;
