//! BoxBilling support tickets and help desks (`client/support/*`).

use super::envelope::text;
use crate::api::error::ApiError;
use crate::model::TicketSummary;
use serde_json::Value;

/// `client/support/ticket_get_list` rows.
pub fn ticket(v: &Value) -> TicketSummary {
    let helpdesk = v.get("helpdesk").cloned().unwrap_or(Value::Null);
    TicketSummary {
        number: text(v, "id"),
        subject: text(v, "subject"),
        status: status(&text(v, "status")),
        department: text(&helpdesk, "name"),
    }
}

/// FOSSBilling's ticket statuses in the app's words: `on_hold` is what a staff reply sets (its
/// `Support\Service::ticketReply` for an admin), so the ticket waits for the customer: "Answered".
fn status(raw: &str) -> String {
    match raw {
        "on_hold" => "Answered".into(),
        "open" => "Open".into(),
        "closed" => "Closed".into(),
        other => other.into(),
    }
}

/// `client/support/ticket_get`: the messages in order (`content`, `created_at`, `author.name`;
/// staff messages carry an `admin_id`), BoxBilling's `Support\Service::toApiArray` shape.
pub fn ticket_detail(v: &Value) -> Result<crate::model::TicketDetail, ApiError> {
    use crate::model::{TicketDetail, TicketMessage};
    let summary = ticket(v);
    if summary.number.is_empty() {
        return Err(ApiError::Decode("ticket: no id".into()));
    }
    let messages = v["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            let admin = text(m, "admin_id");
            TicketMessage {
                author: text(&m["author"], "name"),
                at: text(m, "created_at"),
                body: text(m, "content").replace("\r\n", "\n"),
                staff: !admin.is_empty() && admin != "0",
                // BoxBilling's client API has no ticket attachments.
                attachments: Vec::new(),
            }
        })
        .collect();
    Ok(TicketDetail { summary, messages })
}

/// `client/support/helpdesk_get_pairs`: `{"<id>": "<name>"}`.
pub fn helpdesks(v: &Value) -> Vec<crate::model::Department> {
    v.as_object()
        .into_iter()
        .flatten()
        .map(|(id, name)| crate::model::Department {
            id: id.clone(),
            name: name.as_str().unwrap_or_default().to_string(),
        })
        .collect()
}
