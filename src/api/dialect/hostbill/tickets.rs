//! HostBill support tickets (seed 004): `GET /tickets/@number` answers `ticket` (the opening
//! message in `body`, `name`, `date`, `status`, `deptname`) and `replies` (`name`, `date`,
//! `body`, `type`: `Admin` for staff). The example's punctuation puts `replies` beside `ticket`;
//! a portal nesting it inside is read too. `POST /tickets` answers `{"ticket": <number>}`.
//! Bodies are text (`\r\n` line breaks) and stay text.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{
    Attachment, Department, Notification, TicketDetail, TicketMessage, TicketSummary,
};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct TicketWire {
    #[serde(deserialize_with = "wire::id")]
    ticket_number: String,
    #[serde(default, deserialize_with = "wire::text")]
    date: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::text")]
    body: String,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::text")]
    deptname: String,
    #[serde(default, deserialize_with = "attachments")]
    attachments: Vec<Attachment>,
}

#[derive(Deserialize)]
struct ReplyWire {
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    date: String,
    #[serde(default, deserialize_with = "wire::text")]
    body: String,
    #[serde(default, rename = "type", deserialize_with = "wire::text")]
    kind: String,
    #[serde(default, deserialize_with = "attachments")]
    attachments: Vec<Attachment>,
}

/// A message's attachments. The seed documents the download (`GET /ticket/attachment/@file`)
/// but no list, so each entry is read as a file id with an optional name (`id`/`file`/`hash`,
/// `filename`/`name`), or as the bare id; `null`, `""` and absent are none.
fn attachments<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Attachment>, D::Error> {
    let v = Value::deserialize(d)?;
    let items: Vec<Value> = match v {
        Value::Array(a) => a,
        Value::Object(o) => o.into_values().collect(),
        _ => Vec::new(),
    };
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Ok(items
        .iter()
        .filter_map(|item| {
            let file = match item {
                Value::Object(_) => ["id", "file", "hash"]
                    .iter()
                    .find_map(|k| text(item.get(*k)))?,
                other => text(Some(other))?,
            };
            let name = ["filename", "name"]
                .iter()
                .find_map(|k| text(item.get(*k)))
                .unwrap_or_else(|| file.clone());
            Some(Attachment { file, name })
        })
        .collect())
}

/// Line breaks as `\n` (the portal sends `\r\n`).
fn text_body(s: String) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// `GET /tickets/@number`.
pub fn ticket(v: &Value) -> Result<TicketDetail, ApiError> {
    let t: TicketWire = field(v, "ticket")?;
    let replies_at = if v.get("replies").is_some() {
        v
    } else {
        &v["ticket"]
    };
    let replies: Vec<ReplyWire> = match replies_at.get("replies") {
        None | Some(Value::Null) => vec![],
        Some(_) => field(replies_at, "replies")?,
    };
    let mut messages = vec![TicketMessage {
        author: t.name,
        at: t.date,
        body: text_body(t.body),
        staff: false,
        attachments: t.attachments,
    }];
    messages.extend(replies.into_iter().map(|r| TicketMessage {
        author: r.name,
        at: r.date,
        body: text_body(r.body),
        staff: r.kind.eq_ignore_ascii_case("admin") || r.kind.eq_ignore_ascii_case("staff"),
        attachments: r.attachments,
    }));
    Ok(TicketDetail {
        summary: TicketSummary {
            number: t.ticket_number,
            subject: t.subject,
            status: t.status,
            department: t.deptname,
        },
        messages,
    })
}

#[derive(Deserialize)]
struct DepartmentWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
}

/// `GET /ticket/departments` (no example answer in the seeds: a `departments` list of `id` and
/// `name`, as the other lists are).
pub fn departments(v: &Value) -> Result<Vec<Department>, ApiError> {
    let rows: Vec<DepartmentWire> = field(v, "departments")?;
    Ok(rows
        .into_iter()
        .map(|d| Department {
            id: d.id,
            name: d.name,
        })
        .collect())
}

/// `POST /tickets`: the new ticket's number.
pub fn ticket_created(v: &Value) -> Result<String, ApiError> {
    match v.get("ticket") {
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        _ => Err(ApiError::Decode("new ticket: no number".into())),
    }
}

#[derive(Deserialize)]
struct TicketRowWire {
    #[serde(deserialize_with = "wire::id")]
    ticket_number: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::text")]
    deptname: String,
}

/// `GET /tickets`.
pub fn tickets(v: &Value) -> Result<Vec<TicketSummary>, ApiError> {
    let rows: Vec<TicketRowWire> = field(v, "tickets")?;
    Ok(rows
        .into_iter()
        .map(|w| TicketSummary {
            number: w.ticket_number,
            subject: w.subject,
            status: w.status,
            department: w.deptname,
        })
        .collect())
}

#[derive(Deserialize)]
struct NotificationWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::text")]
    message: String,
    #[serde(default, deserialize_with = "wire::text")]
    date: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    rel_type: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    rel_id: Option<String>,
    #[serde(default, deserialize_with = "wire::flag")]
    seen: bool,
}

/// `GET /notifications` and `/notifications/new`. The documents show no example; HostBill sends
/// a `notifications` list, each with what it is about (`rel_type`, `rel_id`, the list's filter
/// parameters) and whether it was seen.
pub fn notifications(v: &Value) -> Result<Vec<Notification>, ApiError> {
    let rows: Vec<NotificationWire> = field(v, "notifications")?;
    Ok(rows
        .into_iter()
        .map(|w| Notification {
            id: w.id,
            subject: w.subject,
            message: w.message,
            date: w.date,
            about: w.rel_type.zip(w.rel_id),
            read: w.seen,
        })
        .collect())
}
