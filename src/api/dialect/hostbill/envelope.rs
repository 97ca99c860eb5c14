//! HostBill's answer envelope: JSON, with `{"error": [...]}` (or a 4xx/5xx) as a typed error,
//! and the field-by-field decoding every call's decoder uses.

use crate::api::error::ApiError;
use crate::api::http::{RawResponse, open_json_object};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads any HostBill answer: JSON required; `{"error": [...]}` (or a 4xx/5xx) becomes a typed error.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let value = open_json_object(raw)?;
    let messages = error_messages(&value);
    if !messages.is_empty() || raw.status >= 400 {
        return Err(ApiError::Portal {
            status: raw.status,
            messages,
        });
    }
    Ok(value)
}

/// The portal's error messages: `{"error": ["a", "b"]}` or `{"error": "a"}`.
fn error_messages(v: &Value) -> Vec<String> {
    match v.get("error") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|m| {
                m.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| m.to_string())
            })
            .filter(|m| !m.is_empty())
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Decodes a field of an envelope into a wire struct, naming the field in the error.
pub fn field<T: DeserializeOwned>(v: &Value, name: &str) -> Result<T, ApiError> {
    let inner = v
        .get(name)
        .ok_or_else(|| ApiError::Decode(format!("missing \"{name}\"")))?;
    crate::api::wire::from_tree::<T>(inner).map_err(|e| ApiError::Decode(format!("{name}: {e}")))
}

/// The first non-empty text (or number, as text) found under any of `keys`, trimmed.
pub fn first_text(v: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match v.get(*k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

/// The first list found under any of `names` (absent: empty), for answers the seeds document
/// without an example, read under the names their parameters suggest.
pub fn first_list<'a>(v: &'a Value, names: &[&str]) -> &'a [Value] {
    names
        .iter()
        .find_map(|n| v.get(*n).and_then(Value::as_array))
        .map(Vec::as_slice)
        .unwrap_or_default()
}
