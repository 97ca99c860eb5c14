//! Invoices as listed.

use super::Money;
use crate::api::wire::Date;

/// Invoice status; unknown portal values are kept, not dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvoiceStatus {
    /// Waiting for payment.
    Unpaid,
    /// Settled.
    Paid,
    /// Voided by the provider.
    Cancelled,
    /// Money returned.
    Refunded,
    /// Sent to collections.
    Collections,
    /// Not yet issued.
    Draft,
    /// Anything else the portal says.
    Other(String),
}

impl InvoiceStatus {
    /// Maps the portal's word (any case) to a status.
    pub fn parse(raw: &str) -> InvoiceStatus {
        match raw.trim().to_ascii_lowercase().as_str() {
            "unpaid" => InvoiceStatus::Unpaid,
            "paid" => InvoiceStatus::Paid,
            "cancelled" | "canceled" => InvoiceStatus::Cancelled,
            "refunded" => InvoiceStatus::Refunded,
            "collections" => InvoiceStatus::Collections,
            "draft" => InvoiceStatus::Draft,
            _ => InvoiceStatus::Other(raw.to_string()),
        }
    }
}

/// One row of the invoice list.
#[derive(Clone, Debug, PartialEq)]
pub struct InvoiceSummary {
    /// Portal id, used in URLs.
    pub id: String,
    /// The customer-facing number (`2016/12/1`); falls back to the id.
    pub number: String,
    /// Issue date.
    pub date: Option<Date>,
    /// Due date.
    pub due: Option<Date>,
    /// Total in the invoice currency.
    pub total: Money,
    /// Status.
    pub status: InvoiceStatus,
}

impl InvoiceSummary {
    /// Unpaid and past its due date on `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status == InvoiceStatus::Unpaid && self.due.is_some_and(|d| d < today)
    }
}
