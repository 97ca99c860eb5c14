//! The e-mails the demo "sent" (password resets, invoices, notices: `emails`), as HostBill's
//! e-mail history (`GET /clientarea/history/emails[/@id]`, documented without an answer: the demo
//! answers `{"emails": [{id, date, subject}]}` and `{"email": {id, date, subject, to, message}}`)
//! and as FOSSBilling's `client/email/*` (`ActivityClientEmail::toApiArray`: `id`, `client_id`,
//! `sender`, `recipients`, `subject`, `content_html`, `content_text`, `created_at`, `updated_at`;
//! an unknown or foreign id is "Email not found").

use super::DemoState;
use super::auth::ClientId;
use super::boxbilling::{fail, internal, ok, paged};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

/// Who the demo's e-mails come from.
const SENDER: &str = "Atrium Demo Hosting <billing@atrium.test>";

/// An e-mail as stored.
struct Mail {
    id: i64,
    date: String,
    subject: String,
    body: String,
    to: String,
}

/// An e-mail of `client`.
fn row(conn: &Connection, client: i64, id: &str) -> rusqlite::Result<Option<Mail>> {
    conn.query_row(
        "SELECT e.id, e.date, e.subject, e.body, c.email FROM emails e JOIN clients c ON c.id = e.client_id \
         WHERE e.id = ?1 AND e.client_id = ?2",
        params![id.parse::<i64>().unwrap_or(-1), client],
        |r| {
            Ok(Mail {
                id: r.get(0)?,
                date: r.get(1)?,
                subject: r.get(2)?,
                body: r.get(3)?,
                to: r.get(4)?,
            })
        },
    )
    .optional()
}

fn list(conn: &Connection, client: i64) -> rusqlite::Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, date, subject FROM emails WHERE client_id = ?1 ORDER BY date DESC, id DESC",
    )?;
    let rows = stmt.query_map(params![client], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// `GET /clientarea/history/emails`.
pub async fn hostbill_list(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let emails: Vec<Value> = list(&conn, client)?
        .into_iter()
        .map(|(id, date, subject)| json!({"id": id.to_string(), "date": date, "subject": subject}))
        .collect();
    Ok(Json(json!({ "emails": emails })))
}

/// `GET /clientarea/history/emails/@id`.
pub async fn hostbill_get(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let m = row(&conn, client, &id)?.ok_or_else(|| ApiFailure::not_found("Email"))?;
    Ok(Json(
        json!({ "email": {"id": m.id.to_string(), "date": m.date, "subject": m.subject, "to": m.to, "message": m.body} }),
    ))
}

fn bb_json(m: Mail, client: i64) -> Value {
    json!({
        "id": m.id, "client_id": client, "sender": SENDER, "recipients": m.to, "subject": m.subject,
        "content_html": m.body, "content_text": null, "has_attachment": false,
        "created_at": m.date, "updated_at": m.date,
    })
}

/// `client/email/<method>`.
pub fn boxbilling(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let id = match f.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    // The e-mail the call names, or FOSSBilling's words for why not.
    let found = || -> Result<Mail, &'static str> {
        if id.is_empty() {
            return Err("Email ID was not passed");
        }
        match row(&conn, client, &id) {
            Ok(Some(m)) => Ok(m),
            Ok(None) => Err("Email not found"),
            Err(_) => Err(""),
        }
    };
    let refused = |why: &str| {
        if why.is_empty() {
            internal()
        } else {
            fail(why, 9999)
        }
    };
    match method {
        "get_list" => match list(&conn, client) {
            Ok(rows) => {
                let rows = rows
                    .into_iter()
                    .filter_map(|(id, ..)| row(&conn, client, &id.to_string()).ok().flatten())
                    .map(|r| bb_json(r, client))
                    .collect();
                paged(rows, f)
            }
            Err(_) => internal(),
        },
        "get" => match found() {
            Ok(m) => ok(bb_json(m, client)),
            Err(why) => refused(why),
        },
        "resend" => match found() {
            Ok(m) => match super::password_reset::send_email(&conn, client, &m.subject, &m.body) {
                Ok(()) => ok(json!(true)),
                Err(_) => internal(),
            },
            Err(why) => refused(why),
        },
        "delete" => match found() {
            Ok(m) => match conn.execute("DELETE FROM emails WHERE id = ?1", params![m.id]) {
                Ok(_) => ok(json!(true)),
                Err(_) => internal(),
            },
            Err(why) => refused(why),
        },
        _ => fail(&format!("Method email/{method} is not available"), 740),
    }
}
