//! Estimates (quotes) a provider sent: a list row and the full document.

use super::Money;
use super::invoice_detail::{BilledTo, InvoiceLine};
use crate::model::Date;
use rust_decimal::Decimal;

/// Where an estimate stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EstimateStatus {
    /// Being prepared by the provider.
    Draft,
    /// Sent, waiting for the customer.
    Sent,
    /// Accepted by the customer.
    Accepted,
    /// Declined or withdrawn.
    Declined,
    /// Turned into an invoice.
    Invoiced,
    /// Anything else the portal says.
    Other(String),
}

impl EstimateStatus {
    /// Maps the portal's word (any case).
    pub fn parse(raw: &str) -> EstimateStatus {
        match raw.trim().to_ascii_lowercase().as_str() {
            "draft" => EstimateStatus::Draft,
            "sent" | "new" | "open" => EstimateStatus::Sent,
            "accepted" => EstimateStatus::Accepted,
            "declined" | "dead" | "lost" | "cancelled" => EstimateStatus::Declined,
            "invoiced" => EstimateStatus::Invoiced,
            _ => EstimateStatus::Other(raw.to_string()),
        }
    }
}

/// One row of the estimates list.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateSummary {
    /// Portal id.
    pub id: String,
    /// What the estimate is for.
    pub subject: String,
    /// Issue date.
    pub date: Option<Date>,
    /// Last day the prices hold.
    pub valid_until: Option<Date>,
    /// Total.
    pub total: Money,
    /// Status.
    pub status: EstimateStatus,
}

impl EstimateSummary {
    /// Past its validity on `today` while still open.
    pub fn is_expired(&self, today: Date) -> bool {
        matches!(self.status, EstimateStatus::Sent | EstimateStatus::Draft)
            && self.valid_until.is_some_and(|d| d < today)
    }
}

/// An estimate in full.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateDetail {
    /// The list row's facts.
    pub summary: EstimateSummary,
    /// Lines.
    pub lines: Vec<InvoiceLine>,
    /// Sum of the lines.
    pub subtotal: Money,
    /// Tax.
    pub tax: Money,
    /// Tax rate in percent.
    pub tax_rate: Decimal,
    /// Who it is for.
    pub billed_to: BilledTo,
    /// Provider's notes.
    pub notes: Option<String>,
}
