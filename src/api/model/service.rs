//! Services (hosting, cloud, domains) as listed.

use crate::api::wire::Date;
use rust_decimal::Decimal;

/// Service lifecycle status; unknown values kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceStatus {
    /// Ordered, not yet provisioned.
    Pending,
    /// Running.
    Active,
    /// Stopped by the provider (usually unpaid).
    Suspended,
    /// Ended at the customer's request.
    Cancelled,
    /// Removed.
    Terminated,
    /// Anything else.
    Other(String),
}

impl ServiceStatus {
    /// Maps the portal's word (any case).
    pub fn parse(raw: &str) -> ServiceStatus {
        match raw.trim().to_ascii_lowercase().as_str() {
            "pending" => ServiceStatus::Pending,
            "active" => ServiceStatus::Active,
            "suspended" => ServiceStatus::Suspended,
            "cancelled" | "canceled" => ServiceStatus::Cancelled,
            "terminated" => ServiceStatus::Terminated,
            _ => ServiceStatus::Other(raw.to_string()),
        }
    }
}

/// One row of the service list.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceSummary {
    /// Portal id.
    pub id: String,
    /// Product name.
    pub name: String,
    /// Domain or hostname, if any.
    pub domain: Option<String>,
    /// Recurring price, in the account currency (the list does not name it).
    pub price: Decimal,
    /// Billing cycle as the portal words it.
    pub cycle: String,
    /// Next due date.
    pub next_due: Option<Date>,
    /// Status.
    pub status: ServiceStatus,
}
