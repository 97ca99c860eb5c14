//! HostBill's client API (seeds 004 and 002): the envelope, auth bodies and the wire shapes of
//! the calls the app makes, mapped to domain types, one file per area. Wire structs stay private.

mod account;
pub mod activity;
pub mod affiliate;
mod auth;
mod billing;
mod cart_body;
mod catalog;
pub mod certificates;
pub mod contacts;
pub mod cpanel;
mod credit;
mod dns;
pub mod domains;
mod envelope;
mod estimates;
mod invoice_detail;
pub mod news;
mod search;
pub use search::service_search_ids;
mod security;
pub use security::security;
mod services;
pub mod settings;
mod tickets;
mod vms;

pub use account::{client, profile, profile_body};
pub use auth::{TokenPairWire, login_body, refresh_body, token_pair};
pub use billing::{
    balance, created_invoice_id, invoices, invoices_from_text, pay_link, payment_methods,
    payment_modules, renewal_invoice_id,
};
pub use cart_body::{cart_body, item_body, item_from_body, one_product_body};
pub use catalog::{
    categories, order_placed, product_config, products, quote, upgrade_estimate, upgrade_options,
};
pub use credit::{credit_log, voucher_redeemed};
pub use dns::{has_no_dns, record, record_body, service_zones, zone, zone_from_text, zones};
pub use envelope::decode_envelope;
pub use estimates::{estimate_detail, estimates};
pub use invoice_detail::{credit_applied, invoice_detail};
pub use services::{
    service_actions, service_detail, service_label, services, services_in_category,
};
pub use tickets::{departments, notifications, ticket, ticket_created, tickets};
pub use vms::{
    backups, console_url, disks, images, interfaces, iso_image_body, name_addresses, new_password,
    rdns, resources, spare_ips, templates, traffic, usage, vm, vm_in_answer, vm_ips, vms,
};
