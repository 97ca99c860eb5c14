//! One module per billing system, mapping its wire JSON to the domain types. The transport is
//! dialect-agnostic; a `Dialect` says how to log in, refresh, and read an answer's envelope.

pub mod hostbill;

use serde::Deserialize;

/// The billing systems Atrium speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// HostBill's client REST API (JWT + rotating refresh token).
    Hostbill,
}

/// What a backend can do; the UI hides what is missing and explains it when reached by URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Invoice list, detail and payment.
    pub invoices: bool,
    /// Estimates / quotes (list, detail).
    pub estimates: bool,
    /// The customer can accept an estimate (Kdata's `acceptQuote`; HostBill's client API cannot).
    pub accept_estimate: bool,
    /// Invoice and estimate PDFs.
    pub pdf: bool,
    /// Pay several unpaid invoices at once.
    pub pay_all: bool,
    /// Credit history and vouchers.
    pub credit_log: bool,
    /// Service list and details.
    pub services: bool,
    /// Cloud VM control.
    pub vms: bool,
    /// DNS zone editing.
    pub dns: bool,
    /// Catalogue, cart and ordering.
    pub cart: bool,
    /// Support tickets.
    pub tickets: bool,
    /// Portal notifications.
    pub notifications: bool,
    /// `POST /token` refresh (otherwise an expired session asks to log in again in place).
    pub refresh_tokens: bool,
    /// Forgotten-password e-mail.
    pub password_reset: bool,
}

impl Dialect {
    /// The capability list of this backend.
    pub fn capabilities(self) -> Capabilities {
        match self {
            Dialect::Hostbill => Capabilities {
                invoices: true,
                estimates: true,
                accept_estimate: false,
                pdf: true,
                pay_all: true,
                credit_log: true,
                services: true,
                vms: true,
                dns: true,
                cart: true,
                tickets: true,
                notifications: true,
                refresh_tokens: true,
                password_reset: true,
            },
        }
    }
}
