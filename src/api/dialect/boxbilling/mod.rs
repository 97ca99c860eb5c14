//! BoxBilling's client API (seed 003): `POST /client/<module>/<method>` (and `/guest/...` for
//! signing in), every answer HTTP 200 wrapped as `{"result": ..., "error": null}` or
//! `{"result": null, "error": {"message", "code"}}`. The seed lists the calls without example
//! answers; the shapes read here are BoxBilling's own (`toApiArray`): invoices keyed by `hash`
//! with `serie_nr`, orders with `title`, `period` (`1M`, `1Y`) and `expires_at`, SolusVM status
//! words `online`/`offline`. Every error object becomes a typed error, never empty data.

mod account;
mod billing;
pub mod catalog;
pub mod domain;
mod envelope;
pub mod hosting;
pub mod licence;
mod services;
mod support;

pub use account::{client, currency, profile, profile_params};
pub use billing::{credit, invoice_detail, invoice_hashes, invoice_summary, transaction};
pub use envelope::{decode_envelope, is_shared_read, page, token_rejected};
pub use services::{
    awaits_setup, is_active_domain, is_solusvm, order, order_detail, period_word, upgradables, vm,
};
pub use support::{helpdesks, ticket, ticket_detail};
