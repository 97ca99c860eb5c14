//! `GET /clientarea/search/@query` ("Search Service/Product", seed 002, documented without an
//! answer): read as HostBill's own search answers (`results` grouped by kind, a group with
//! nothing found `false`), or as a plain list of services. Only the groups of services are read
//! (accounts, services, hosting, domains): an invoice's or a ticket's id is not a service's.

use serde_json::Value;

/// The groups whose records are services, by name (case-insensitive).
const SERVICE_GROUPS: [&str; 5] = ["accounts", "services", "hosting", "domains", "products"];

/// The ids of the services an answer names, each once, in its order.
pub fn service_search_ids(v: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    collect(v.get("results").unwrap_or(v), true, &mut ids);
    ids
}

/// `top`: a list here holds services (the answer's own list, or `results` as a list).
fn collect(v: &Value, top: bool, ids: &mut Vec<String>) {
    match v {
        Value::Array(items) if top => items.iter().for_each(|i| push_id(i, ids)),
        Value::Object(groups) => {
            for (name, group) in groups {
                let lower = name.to_ascii_lowercase();
                if !SERVICE_GROUPS.contains(&lower.as_str()) {
                    continue;
                }
                match group {
                    Value::Array(items) => items.iter().for_each(|i| push_id(i, ids)),
                    // A group of groups ({"services": {"hosting": [...]}}) or false.
                    Value::Object(_) => collect(group, false, ids),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn push_id(item: &Value, ids: &mut Vec<String>) {
    let id = match item {
        Value::Object(o) => ["id", "service_id", "account_id"]
            .iter()
            .find_map(|k| o.get(*k))
            .and_then(id_text),
        other => id_text(other),
    };
    if let Some(id) = id.filter(|id| !ids.contains(id)) {
        ids.push(id);
    }
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
