//! Kdata service details (`getproduct`).

use super::envelope::{date, decimal, opt_text, text};
use crate::api::error::ApiError;
use crate::model::{ServiceDetail, ServiceStatus, ServiceSummary};
use rust_decimal::Decimal;
use serde_json::Value;

/// The fields of `getproduct`'s `product` that are its configuration, as (label, value):
/// everything that is not a known service field ("os", "cpu", "ram", "hdd", "Extra ip", ...).
const SERVICE_FIELDS: [&str; 10] = [
    "serviceid",
    "regdate",
    "nextduedate",
    "status",
    "domain",
    "dedicatedip",
    "assignedips",
    "billingcycle",
    "username",
    "password",
];

/// `api/v1/getproduct`: one service. The wrapper sends no product name or price; the
/// configuration (OS, CPU, RAM, disk, extra IPs) comes as extra fields.
pub fn service_detail(v: &Value) -> Result<ServiceDetail, ApiError> {
    let p = v
        .get("product")
        .ok_or_else(|| ApiError::Decode("getproduct: missing product".into()))?;
    let id = opt_text(p, "serviceid")
        .or_else(|| opt_text(v, "serviceid"))
        .ok_or_else(|| ApiError::Decode("getproduct: missing serviceid".into()))?;
    let options = p
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !SERVICE_FIELDS.contains(&k.as_str()))
        .map(|(k, _)| (label(k), text(p, k)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    Ok(ServiceDetail {
        summary: ServiceSummary {
            // The wrapper names no product: the page then calls it "Service #<id>".
            name: text(p, "name"),
            id,
            domain: opt_text(p, "domain").or_else(|| opt_text(p, "dedicatedip")),
            price: decimal(p, "amount").unwrap_or(Decimal::ZERO),
            cycle: text(p, "billingcycle"),
            next_due: date(p, "nextduedate"),
            status: ServiceStatus::parse(&text(p, "status")),
        },
        label: None,
        created: date(p, "regdate"),
        username: opt_text(p, "username"),
        password: opt_text(p, "password"),
        cancel_request: None,
        autorenew: None,
        dnssec: vec![],
        options,
    })
}

/// "os" -> "OS", "Extra ip" -> "Extra IP", "ram" -> "RAM": the wrapper's keys as labels.
fn label(key: &str) -> String {
    key.split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_ascii_lowercase().as_str() {
            "os" | "cpu" | "ram" | "hdd" | "ip" | "ssd" => w.to_ascii_uppercase(),
            _ => {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
