//! The "Kdata" JWT wrapper over WHMCS (seeds 000 and 001): form-encoded POSTs to `/login` and
//! `/api/v1/<call>`, answers wrapped as `{"result": "success" | "true" | "error", ...}` with the
//! error text under `"message"` or `"messages"`, and `{"error": "token expired" | "token invalid"}`
//! when the token is refused. Its answers name no currency (WHMCS keeps it on the client), so
//! amounts take the one configured for the portal. Only the client calls are mapped; the
//! document's admin calls (AddClient, AddCredit, AcceptOrder, ...) are never exposed.

mod account;
mod billing;
mod envelope;
mod ordering;
mod services;

pub use account::{balance, client, login, login_body};
pub use billing::{credit_applied, invoice_detail, service_invoices};
pub use envelope::{decode_envelope, token_rejected};
pub use ordering::{order_body, order_placed, quote_accepted};
pub use services::service_detail;
