//! E-mail history in both systems that have one. FOSSBilling's `email/get` answers its
//! `ActivityClientEmail::toApiArray` (`id`, `sender`, `recipients`, `subject`, `content_html`,
//! `content_text`, `created_at`); HostBill's seed documents `GET /clientarea/history/emails[/@id]`
//! without an answer, so its rows are read under `emails`/`email` with the usual field names.

use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{EmailMessage, EmailSummary};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct MailWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(
        default,
        alias = "created_at",
        alias = "sent",
        deserialize_with = "wire::opt_date"
    )]
    date: Option<crate::model::Date>,
    #[serde(default, alias = "from", deserialize_with = "wire::opt_text")]
    sender: Option<String>,
    #[serde(
        default,
        alias = "to",
        alias = "email",
        deserialize_with = "wire::opt_text"
    )]
    recipients: Option<String>,
    #[serde(
        default,
        alias = "content_html",
        alias = "message",
        alias = "body",
        deserialize_with = "wire::opt_text"
    )]
    html: Option<String>,
    #[serde(default, alias = "content_text", deserialize_with = "wire::opt_text")]
    text: Option<String>,
}

fn mail(v: &Value) -> Result<MailWire, ApiError> {
    wire::from_tree::<MailWire>(v).map_err(|e| ApiError::Decode(format!("e-mail: {e}")))
}

/// A list row.
pub fn summary(v: &Value) -> Result<EmailSummary, ApiError> {
    let w = mail(v)?;
    Ok(EmailSummary {
        id: w.id,
        subject: w.subject,
        date: w.date,
    })
}

/// One e-mail (the object itself, or wrapped in `email`).
pub fn message(v: &Value) -> Result<EmailMessage, ApiError> {
    let inner = match v.get("email") {
        Some(e @ Value::Object(_)) => e,
        _ => v,
    };
    let w = mail(inner)?;
    Ok(EmailMessage {
        id: w.id,
        subject: w.subject,
        date: w.date,
        sender: w.sender,
        recipients: w.recipients,
        html: w.html,
        text: w.text,
    })
}

/// HostBill's list: rows under `emails` (absent: none).
pub fn hostbill_list(v: &Value) -> Result<Vec<EmailSummary>, ApiError> {
    match v.get("emails") {
        Some(Value::Array(rows)) => rows.iter().map(summary).collect(),
        Some(Value::Object(rows)) => rows.values().map(summary).collect(),
        _ => Ok(Vec::new()),
    }
}
