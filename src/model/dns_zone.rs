//! DNS zones as the portal lists them, and one zone with its records.

use crate::dns::Record;

/// A zone in the list (`GET /dns`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneSummary {
    /// Zone id (HostBill's `domain_id`).
    pub id: String,
    /// The service the zone belongs to.
    pub service_id: String,
    /// ASCII (punycode) name.
    pub name: String,
}

/// A zone with its records (`GET /service/@service_id/dns/@zone_id`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Zone {
    /// Zone id.
    pub id: String,
    /// Service id.
    pub service_id: String,
    /// ASCII name.
    pub name: String,
    /// Records (SOA excluded: the portal manages it).
    pub records: Vec<Record>,
}
