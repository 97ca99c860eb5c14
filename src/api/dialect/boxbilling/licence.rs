//! BoxBilling's licence orders: `client/order/service` answers the licence in
//! `Servicelicense\Service::toApiArray`'s shape (FOSSBilling 0.6.22): `license_key`,
//! `validate_ip`/`_host`/`_path`/`_version` (booleans), `ips`, `hosts`, `paths`, `versions`
//! (lists) and `pinged_at`.

use super::envelope::{opt_text, text};
use crate::api::error::ApiError;
use crate::model::licence::{BindingKind, Licence, LicenceBinding};
use serde_json::Value;

/// Whether an order is an active licence (`service_type: license`): FOSSBilling refuses the
/// licence call otherwise ("Order is not activated").
pub fn is_active_licence(order: &Value) -> bool {
    text(order, "service_type").eq_ignore_ascii_case("license")
        && text(order, "status").eq_ignore_ascii_case("active")
}

fn flag(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64().is_some_and(|n| n != 0),
        Some(Value::String(s)) => matches!(s.trim(), "1" | "true"),
        _ => false,
    }
}

/// A list of texts; PHP's `json_decode` of an empty column can also leave `null` or `""`.
fn values(v: &Value, key: &str) -> Vec<String> {
    match v.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `client/order/service` of a licence order.
pub fn licence(v: &Value) -> Result<Licence, ApiError> {
    let key = opt_text(v, "license_key")
        .ok_or_else(|| ApiError::Decode("licence: missing \"license_key\"".into()))?;
    let bindings = [
        (BindingKind::Ips, "validate_ip", "ips"),
        (BindingKind::Hosts, "validate_host", "hosts"),
        (BindingKind::Paths, "validate_path", "paths"),
        (BindingKind::Versions, "validate_version", "versions"),
    ]
    .into_iter()
    .map(|(kind, check, list)| LicenceBinding {
        kind,
        checked: flag(v, check),
        values: values(v, list),
    })
    .collect();
    Ok(Licence {
        key,
        bindings,
        last_check: opt_text(v, "pinged_at"),
    })
}
