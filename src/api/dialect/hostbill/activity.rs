//! HostBill's account activity (seed 002): `GET /logs` ("returns logs from history") and `GET
//! /clientarea/histories`, documented without an answer. The entries are read from the first
//! list in the answer (`logs`, `histories`, `history`, `list`), each with the usual names for
//! its date (`date`, `created`, `time`), its words (`action`, `description`, `change`, `what`)
//! and its address (`ip`); an entry with no words is left out rather than shown empty.

use super::envelope::first_text;
use crate::api::error::ApiError;
use crate::model::activity::ActivityEntry;
use serde_json::Value;

/// The entries of either call, newest first as the portal sends them.
pub fn activity(v: &Value) -> Result<Vec<ActivityEntry>, ApiError> {
    let rows = ["logs", "histories", "history", "list"]
        .iter()
        .find_map(|k| v.get(*k))
        .or(Some(v))
        .and_then(|l| match l {
            Value::Array(a) => Some(a.clone()),
            Value::Object(o) if !o.is_empty() && o.values().all(Value::is_object) => {
                Some(o.values().cloned().collect())
            }
            _ => None,
        });
    let Some(rows) = rows else {
        // An empty answer (`{}`, `{"logs": null}`) is no activity, not an error.
        return match v {
            Value::Object(o)
                if o.values().all(|x| {
                    x.is_null() || x.as_array().is_some_and(Vec::is_empty) || x.is_boolean()
                }) =>
            {
                Ok(vec![])
            }
            _ => Err(ApiError::Decode("activity: no list".into())),
        };
    };
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(ActivityEntry {
                text: first_text(r, &["action", "description", "change", "what", "type"])?,
                date: first_text(r, &["date", "created", "time", "datetime"]).unwrap_or_default(),
                ip: first_text(r, &["ip", "ip_address"]),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entries_are_read_by_their_usual_names_and_wordless_ones_left_out() {
        let v = json!({"logs": [
            {"id": "3", "date": "2026-12-01 10:00:00", "action": "Signed in", "ip": "203.0.113.7"},
            {"id": "2", "created": "2026-11-30", "description": "Password changed"},
            {"id": "1", "date": "2026-11-29"}
        ]});
        let list = activity(&v).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].ip.as_deref(), Some("203.0.113.7"));
        assert_eq!(
            (list[1].date.as_str(), list[1].text.as_str()),
            ("2026-11-30", "Password changed")
        );
        assert!(activity(&json!({"histories": []})).unwrap().is_empty());
        assert!(activity(&json!({})).unwrap().is_empty());
        assert!(activity(&json!("nope")).is_err());
    }
}
