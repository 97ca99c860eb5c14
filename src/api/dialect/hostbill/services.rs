//! HostBill service details (`GET /service/@id`, seed 004) and its method list.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{Date, ServiceActions, ServiceDetail, ServiceStatus, ServiceSummary};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct ServiceWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain: Option<String>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    billingcycle: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    next_due: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date_created: Option<Date>,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    label: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    username: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    password: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    cancel_request: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    autorenew: Option<String>,
}

/// `GET /service/@id/label`: `{"label": "example"}`; an empty label is none.
pub fn service_label(v: &Value) -> Result<Option<String>, ApiError> {
    match v.get("label") {
        Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        _ => Err(ApiError::Decode("missing \"label\"".into())),
    }
}

/// `GET /service/@id`.
pub fn service_detail(v: &Value) -> Result<ServiceDetail, ApiError> {
    let w: ServiceWire = field(v, "service")?;
    Ok(ServiceDetail {
        summary: ServiceSummary {
            id: w.id,
            name: w.name,
            domain: w.domain,
            price: w.total,
            cycle: w.billingcycle,
            next_due: w.next_due,
            status: ServiceStatus::parse(&w.status),
        },
        label: w.label,
        created: w.date_created,
        username: w.username,
        password: w.password,
        cancel_request: w.cancel_request,
        options: vec![],
        autorenew: w.autorenew.map(|f| matches!(f.as_str(), "1" | "true")),
        dnssec: v
            .get("service")
            .map(super::domains::dnssec_keys)
            .unwrap_or_default(),
    })
}

#[derive(Deserialize)]
struct MethodWire {
    #[serde(default, deserialize_with = "wire::text")]
    method: String,
    #[serde(default, deserialize_with = "wire::text")]
    route: String,
}

/// `GET /service/@id/methods`.
pub fn service_actions(v: &Value) -> Result<ServiceActions, ApiError> {
    let rows: Vec<MethodWire> = field(v, "methods")?;
    Ok(ServiceActions::from_routes(
        rows.iter().map(|m| (m.method.as_str(), m.route.as_str())),
    ))
}

#[derive(Deserialize)]
struct ServiceRowWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain: Option<String>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    billingcycle: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    next_due: Option<Date>,
    status: String,
}

impl From<ServiceRowWire> for ServiceSummary {
    fn from(w: ServiceRowWire) -> ServiceSummary {
        ServiceSummary {
            id: w.id,
            name: w.name,
            domain: w.domain,
            price: w.total,
            cycle: w.billingcycle,
            next_due: w.next_due,
            status: ServiceStatus::parse(&w.status),
        }
    }
}

/// `GET /service`.
pub fn services(v: &Value) -> Result<Vec<ServiceSummary>, ApiError> {
    let rows: Vec<ServiceRowWire> = field(v, "services")?;
    Ok(rows.into_iter().map(ServiceSummary::from).collect())
}

/// `GET /services/@cid`: the seed shows one service's fields alone; a list of them comes under
/// `services`, as `GET /service` answers (HostBill's answers are objects: the envelope refuses
/// anything else).
pub fn services_in_category(v: &Value) -> Result<Vec<ServiceSummary>, ApiError> {
    let rows: Vec<ServiceRowWire> = match v {
        Value::Object(o) if o.contains_key("services") => field(v, "services")?,
        Value::Object(o) if o.contains_key("id") => {
            vec![wire::from_tree(v).map_err(|e| ApiError::Decode(e.to_string()))?]
        }
        _ => return Err(ApiError::Decode("no services in the answer".into())),
    };
    Ok(rows.into_iter().map(ServiceSummary::from).collect())
}
