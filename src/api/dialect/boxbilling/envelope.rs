//! BoxBilling's answer envelope (`{"result", "error"}`, errors sent with HTTP 200), the
//! refused-key test, and the loose field readers every decoder here uses.

use crate::api::error::ApiError;
use crate::api::http::{RawResponse, open_json_object};
use crate::api::wire;
use crate::model::Date;
use rust_decimal::Decimal;
use serde_json::Value;

pub(super) fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

pub(super) fn opt_text(v: &Value, key: &str) -> Option<String> {
    Some(text(v, key)).filter(|s| !s.is_empty())
}

pub(super) fn decimal(v: &Value, key: &str) -> Result<Decimal, ApiError> {
    match text(v, key) {
        s if s.is_empty() => Ok(Decimal::ZERO),
        s => wire::parse_decimal(&s).map_err(|e| ApiError::Decode(format!("{key}: {e}"))),
    }
}

pub(super) fn date(v: &Value, key: &str) -> Option<Date> {
    Date::parse(&text(v, key))
}

/// BoxBilling's "not signed in" codes and words: the session (API key) is refused.
fn auth_refused(code: i64, message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    matches!(code, 201 | 204 | 205 | 206)
        || m.contains("not logged in")
        || m.contains("authentication failed")
        || m.contains("api key")
}

/// Whether an answer refuses the credentials (a 401, or an error object saying so with 200).
pub fn token_rejected(raw: &RawResponse) -> bool {
    raw.status == 401
        || serde_json::from_str::<Value>(&raw.body).is_ok_and(|v| {
            v.get("error").is_some_and(|e| {
                e.is_object()
                    && auth_refused(
                        e.get("code").and_then(Value::as_i64).unwrap_or(0),
                        &text(e, "message"),
                    )
            })
        })
}

/// Reads any answer and hands back its `result`. An `error` object (sent with HTTP 200) becomes
/// a typed error: "not found" words as a 404, the rest as the portal's message.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let value = open_json_object(raw)?;
    let Some(envelope) = value.as_object() else {
        return Err(ApiError::Decode("expected a JSON object".into()));
    };
    match envelope.get("error") {
        Some(e @ Value::Object(_)) => {
            let message = text(e, "message");
            let missing = message.to_ascii_lowercase().contains("not found");
            Err(ApiError::Portal {
                status: if missing { 404 } else { raw.status.max(400) },
                messages: vec![message]
                    .into_iter()
                    .filter(|m| !m.is_empty())
                    .collect(),
            })
        }
        Some(Value::Null) | None if envelope.contains_key("result") => {
            if raw.status >= 400 {
                return Err(ApiError::Portal {
                    status: raw.status,
                    messages: vec![],
                });
            }
            Ok(envelope["result"].clone())
        }
        _ => Err(ApiError::Decode("missing \"result\"".into())),
    }
}

/// The `list` of a paged answer (`{"list": [...], "pages", "page", "per_page", "total"}`).
pub fn page(v: &Value) -> Result<(Vec<Value>, u64), ApiError> {
    let list = match v.get("list") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::Object(o)) => o.values().cloned().collect(),
        _ => return Err(ApiError::Decode("missing \"list\"".into())),
    };
    let pages = v.get("pages").and_then(Value::as_u64).unwrap_or(1);
    Ok((list, pages))
}

/// Whether a call is a read pages may share for a moment: the client's lists, an invoice, order,
/// ticket or profile, the catalogue. Not the SolusVM state (followed live), the session cart,
/// nor the API key.
pub fn is_shared_read(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    let (role, module, method) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
    match (role, module) {
        (Some("client"), Some("servicesolusvm" | "cart")) => false,
        (Some("client"), Some("profile")) => method == "get",
        (Some("client"), Some(_)) => {
            method == "get"
                || method.ends_with("get_list")
                || method.ends_with("get_pairs")
                || matches!(method, "ticket_get" | "addons" | "upgradables" | "service")
        }
        (Some("guest"), Some("product")) => true,
        // A currency's rate, to show the catalogue in the account's currency.
        (Some("guest"), Some("currency")) => method == "get",
        _ => false,
    }
}
