//! One folder per area.

pub mod account;
pub mod affiliate;
pub mod area_pending;
pub mod certificates;
pub mod dashboard;
pub mod dns;
pub mod estimates;
pub mod invoices;
pub mod login;
pub mod lookup;
pub mod news;
pub mod not_found;
pub mod order;
pub mod services;
pub mod support;
pub mod vms;
