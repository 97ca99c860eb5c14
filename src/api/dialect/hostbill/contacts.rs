//! HostBill contacts (seed 004): `GET /contact` answers `{"contacts": [{id, email, firstname,
//! lastname, companyname, lastlogin}]}`, `GET /contact/@id` `{"contact": {...the account's
//! fields, type, privileges}}`, `GET /contact/privileges` `{"privileges": {...}}`, `POST
//! /contact` `{"contact_id"}`. Privileges are groups of keys (`"support": ["tickets"]`) or, for
//! services and domains, `{"full": 1}` or `{"332": ["basic", ...]}`; they are sent back in the
//! same shape.

use super::account::{person, profile_body};
use crate::api::error::ApiError;
use crate::model::Date;
use crate::model::contact::{Contact, ContactSummary, PerItem, Privileges};
use serde_json::{Map, Value, json};

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn keys(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn on(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0) != 0,
        Some(Value::String(s)) => matches!(s.trim(), "1" | "true"),
        _ => false,
    }
}

/// A `privileges` object.
pub fn privileges(v: &Value) -> Privileges {
    let mut out = Privileges::default();
    let Some(groups) = v.as_object() else {
        return out;
    };
    for (group, value) in groups {
        match value {
            Value::Array(_) => out.flat.push((group.clone(), keys(value))),
            Value::Object(o) => out.per_item.push(PerItem {
                group: group.clone(),
                full: on(o.get("full")),
                items: o
                    .iter()
                    .filter(|(k, _)| *k != "full")
                    .map(|(item, keys_of)| (item.clone(), keys(keys_of)))
                    .collect(),
            }),
            _ => {}
        }
    }
    out
}

/// Privileges in the shape they came in.
pub fn privileges_body(p: &Privileges) -> Value {
    let mut out = Map::new();
    for (group, keys) in &p.flat {
        out.insert(group.clone(), json!(keys));
    }
    for g in &p.per_item {
        let mut o = Map::new();
        if g.full {
            o.insert("full".into(), json!(1));
        }
        for (item, keys) in g.items.iter().filter(|(_, k)| !k.is_empty()) {
            o.insert(item.clone(), json!(keys));
        }
        out.insert(g.group.clone(), Value::Object(o));
    }
    Value::Object(out)
}

/// `GET /contact`.
pub fn contacts(v: &Value) -> Result<Vec<ContactSummary>, ApiError> {
    let rows = match v.get("contacts") {
        Some(Value::Array(a)) => a.clone(),
        // An account without contacts may answer an empty object or nothing.
        Some(Value::Null) | None => vec![],
        Some(Value::Object(o)) => o.values().cloned().collect(),
        Some(_) => return Err(ApiError::Decode("contacts: not a list".into())),
    };
    rows.iter()
        .map(|r| {
            let id = text(r, "id");
            if id.is_empty() {
                return Err(ApiError::Decode("contact: missing id".into()));
            }
            Ok(ContactSummary {
                id,
                name: format!("{} {}", text(r, "firstname"), text(r, "lastname"))
                    .trim()
                    .to_string(),
                email: text(r, "email"),
                company: Some(text(r, "companyname")).filter(|c| !c.is_empty()),
                // HostBill writes "never" as the zero date.
                last_login: Date::parse(&text(r, "lastlogin")),
            })
        })
        .collect()
}

/// `GET /contact/@id`.
pub fn contact(v: &Value) -> Result<Contact, ApiError> {
    let c = v
        .get("contact")
        .ok_or_else(|| ApiError::Decode("contact: missing".into()))?;
    Ok(Contact {
        person: person(v, "contact")?,
        kind: text(c, "type"),
        privileges: privileges(&c["privileges"]),
    })
}

/// `GET /contact/privileges`: what may be granted.
pub fn privileges_offered(v: &Value) -> Result<Privileges, ApiError> {
    v.get("privileges")
        .filter(|p| p.is_object())
        .map(privileges)
        .ok_or_else(|| ApiError::Decode("privileges: missing".into()))
}

/// `POST /contact` and `PUT /contact/@id` bodies; a password only when creating one that may
/// sign in.
pub fn contact_body(c: &Contact, password: Option<&str>) -> Value {
    let mut body = profile_body(&c.person);
    body["type"] = json!(c.kind);
    body["privileges"] = privileges_body(&c.privileges);
    if let Some(pw) = password.filter(|p| !p.is_empty()) {
        body["password"] = json!(pw);
    }
    body
}

/// `POST /contact`'s answer: the new contact's id.
pub fn contact_created(v: &Value) -> Result<String, ApiError> {
    Some(text(v, "contact_id"))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| ApiError::Decode("contact_id missing".into()))
}
