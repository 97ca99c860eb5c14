//! The Kdata wrapper's answer envelope (`"result": "error"` even with HTTP 200), its refused-token
//! test, and the loose field readers every decoder here uses.

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
        Some(Value::Bool(b)) => b.to_string(),
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

/// The error text of an answer: `"message"` or `"messages"`, a string or a list.
pub(super) fn messages(v: &Value) -> Vec<String> {
    ["message", "messages"]
        .iter()
        .filter_map(|k| v.get(*k))
        .flat_map(|m| match m {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(String::from)
                        .unwrap_or_else(|| x.to_string())
                })
                .collect(),
            Value::Null => vec![],
            other => vec![other.to_string()],
        })
        .filter(|m| !m.trim().is_empty())
        .collect()
}

/// Whether the wrapper refused the token (`{"error": "token expired" | "token invalid"}`, with a
/// 401 or not): the transport then treats the call like a 401.
pub fn token_rejected(raw: &RawResponse) -> bool {
    raw.status == 401
        || serde_json::from_str::<Value>(&raw.body).is_ok_and(|v| {
            v.get("error")
                .and_then(Value::as_str)
                .is_some_and(|e| e.to_ascii_lowercase().contains("token"))
        })
}

/// Reads any answer: JSON required; `"result": "error"` (even with HTTP 200) becomes a typed
/// error carrying the wrapper's message, never empty data.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let value = open_json_object(raw)?;
    let result = text(&value, "result").to_ascii_lowercase();
    let error = value.get("error").and_then(Value::as_str).map(String::from);
    if result == "error" || result == "false" || error.is_some() || raw.status >= 400 {
        let mut list = messages(&value);
        list.extend(error);
        // "Permission denied!" and "... not exists" are how the wrapper says "not yours or not
        // there": the same as a 404 elsewhere, so pages say "not found" rather than "error".
        let missing = list.iter().any(|m| {
            let m = m.to_ascii_lowercase();
            m.contains("permission denied") || m.contains("not exists") || m.contains("not found")
        });
        return Err(ApiError::Portal {
            status: if missing && raw.status < 400 {
                404
            } else {
                raw.status
            },
            messages: list,
        });
    }
    Ok(value)
}
