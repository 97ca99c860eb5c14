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

/// One service in full (`GET /service/@id`).
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDetail {
    /// The list row's facts.
    pub summary: ServiceSummary,
    /// The customer's own name for it.
    pub label: Option<String>,
    /// When it was ordered.
    pub created: Option<Date>,
    /// Control-panel user name, if any.
    pub username: Option<String>,
    /// Whether the portal sent a password (shown only on request).
    pub password: Option<String>,
}

/// What a service supports, from `GET /service/@id/methods`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceActions {
    /// The label can be changed.
    pub label: bool,
    /// A cancellation can be requested.
    pub cancel: bool,
    /// It has cloud VMs to control.
    pub vms: bool,
    /// Upgrade or downgrade.
    pub upgrade: bool,
}

impl ServiceActions {
    /// Reads the method list by route (names are translated by some portals; routes are not).
    pub fn from_routes<'a>(routes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut a = ServiceActions::default();
        for (method, route) in routes {
            let route = route.replace("\\/", "/");
            match (
                method.to_ascii_uppercase().as_str(),
                route.trim_end_matches('/'),
            ) {
                ("POST", "/service/@id/label") => a.label = true,
                ("POST", "/service/@id/cancel") => a.cancel = true,
                (_, r) if r.starts_with("/service/@id/vms") => a.vms = true,
                ("POST", "/service/@id/upgrade") => a.upgrade = true,
                _ => {}
            }
        }
        a
    }
}
