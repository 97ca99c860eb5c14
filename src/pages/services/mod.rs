//! Services: the list (status filter in the URL) and one service (details, label, its
//! invoices, cancellation, its VMs, a domain's registrar settings, and only the actions the
//! portal lists for it).

pub mod addresses;
pub mod cancel;
pub mod delete_order;
pub mod detail;
pub mod dns_zones;
pub mod domain;
pub mod extras;
pub mod hosting;
pub mod invoices;
pub mod label;
pub mod licence;
pub mod list;
pub mod notices;
pub mod panel_backups;
pub mod renew;
mod service_words;
