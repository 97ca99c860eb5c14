//! Support tickets beyond the list (seed 004): `GET /tickets/@number` (the ticket and its
//! `replies`, a sibling of `ticket` as the example's punctuation shows), `POST /tickets`
//! (`dept_id`, `subject`, `body`; answers `{"ticket": <number>}`), `POST /tickets/@number`
//! (`body`: a reply), `PUT /tickets/@number/open|close` (`{"status": true}`) and
//! `GET /ticket/departments`. Only the client's own tickets; a reply re-opens a closed ticket
//! as `Customer-Reply`, as HostBill does.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

/// The departments a ticket can go to.
pub const DEPARTMENTS: [(i64, &str); 3] = [(1, "Billing"), (2, "Technical"), (3, "Sales")];

/// Longest subject and message accepted.
const MAX_SUBJECT: usize = 200;
const MAX_BODY: usize = 20_000;

fn ticket_id(conn: &Connection, client: i64, number: &str) -> Result<i64, ApiFailure> {
    conn.query_row(
        "SELECT id FROM tickets WHERE number = ?1 AND client_id = ?2",
        params![number, client],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("Ticket"))
}

fn now() -> String {
    chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

fn text(f: &Value, key: &str) -> String {
    match f.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// `GET /ticket/departments`.
pub async fn departments(State(_): State<DemoState>, ClientId(_): ClientId) -> Reply {
    let list: Vec<Value> = DEPARTMENTS
        .iter()
        .map(|(id, name)| json!({ "id": id.to_string(), "name": name }))
        .collect();
    Ok(Json(json!({ "departments": list })))
}

/// `GET /tickets/@number`.
pub async fn ticket(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(number): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = ticket_id(&conn, client, &number)?;
    let (name, email): (String, String) = conn.query_row(
        "SELECT firstname || ' ' || lastname, email FROM clients WHERE id = ?1",
        params![client],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let ticket = conn.query_row(
        "SELECT date, number, subject, body, status, client_read, deptname FROM tickets WHERE id = ?1",
        params![id],
        |r| {
            Ok(json!({
                "date": r.get::<_, String>(0)?, "ticket_number": r.get::<_, String>(1)?,
                "name": name, "email": email, "subject": r.get::<_, String>(2)?,
                "body": r.get::<_, String>(3)?, "status": r.get::<_, String>(4)?,
                "client_read": r.get::<_, i64>(5)?.to_string(), "deptname": r.get::<_, String>(6)?,
            }))
        },
    )?;
    let mut stmt = conn.prepare(
        "SELECT id, name, date, body, type FROM ticket_replies WHERE ticket_id = ?1 ORDER BY date, id",
    )?;
    let mut replies = stmt
        .query_map(params![id], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "body": r.get::<_, String>(3)?,
                "status": "Sent", "type": r.get::<_, String>(4)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // Files attached to a reply are listed on it (the seed shows no list: `attachments` with the
    // file id and name is the demo's shape; the download is the documented call).
    let mut stmt = conn.prepare(
        "SELECT file, reply_id, name FROM ticket_attachments WHERE ticket_id = ?1 ORDER BY file",
    )?;
    let files = stmt
        .query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (file, reply, name) in files {
        let entry = json!({ "id": file, "filename": name });
        let target = replies.iter_mut().find(|r| {
            reply.is_some_and(|id| r["id"].as_str().and_then(|s| s.parse().ok()) == Some(id))
        });
        if let Some(r) = target {
            r["attachments"]
                .as_array_mut()
                .map(|a| a.push(entry.clone()))
                .unwrap_or_else(|| r["attachments"] = json!([entry]));
        }
    }
    conn.execute(
        "UPDATE tickets SET client_read = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(Json(json!({ "ticket": ticket, "replies": replies })))
}

/// `GET /ticket/attachment/@file`: the file, for the client whose ticket it is attached to.
pub async fn attachment(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(file): Path<String>,
) -> Result<axum::response::Response, ApiFailure> {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (name, content): (String, Vec<u8>) = conn
        .query_row(
            "SELECT a.name, a.content FROM ticket_attachments a JOIN tickets t ON t.id = a.ticket_id \
             WHERE a.file = ?1 AND t.client_id = ?2",
            params![file, client],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| ApiFailure::not_found("Attachment"))?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        name.replace(['"', '\\'], "_")
    );
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/octet-stream".to_string(),
            ),
            (axum::http::header::CONTENT_DISPOSITION, disposition),
        ],
        content,
    )
        .into_response())
}

fn check_body(body: &str) -> Result<(), ApiFailure> {
    if body.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Message cannot be empty",
        ));
    }
    if body.chars().count() > MAX_BODY {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Message is too long",
        ));
    }
    Ok(())
}

/// `POST /tickets` with `dept_id`, `subject` and `body`.
pub async fn create(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let dept: i64 = text(&f, "dept_id").parse().unwrap_or(-1);
    let Some((_, dept_name)) = DEPARTMENTS.iter().find(|(id, _)| *id == dept) else {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Please select a department",
        ));
    };
    let subject = text(&f, "subject");
    if subject.is_empty() || subject.chars().count() > MAX_SUBJECT {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Subject is required (at most 200 characters)",
        ));
    }
    let message = text(&f, "body");
    check_body(&message)?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let number: i64 = conn.query_row(
        "SELECT COALESCE(MAX(CAST(number AS INTEGER)), 736000) + 7 FROM tickets",
        [],
        |r| r.get(0),
    )?;
    let at = now();
    conn.execute(
        "INSERT INTO tickets(client_id, number, date, deptname, subject, body, status, lastreply, client_read) \
         VALUES (?1,?2,?3,?4,?5,?6,'Open',?3,1)",
        params![client, number.to_string(), at, dept_name, subject, message],
    )?;
    Ok(Json(json!({ "ticket": number })))
}

/// `POST /tickets/@number` with `body`: the customer's reply.
pub async fn reply(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(number): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let message = text(&f, "body");
    check_body(&message)?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = ticket_id(&conn, client, &number)?;
    let name: String = conn.query_row(
        "SELECT firstname || ' ' || lastname FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let at = now();
    conn.execute(
        "INSERT INTO ticket_replies(ticket_id, name, date, body, type) VALUES (?1,?2,?3,?4,'Client')",
        params![id, name, at, message],
    )?;
    conn.execute(
        "UPDATE tickets SET status = 'Customer-Reply', lastreply = ?1 WHERE id = ?2",
        params![at, id],
    )?;
    Ok(Json(json!({ "info": ["Reply added"] })))
}

/// `PUT /tickets/@number/open` and `/close`.
pub async fn set_status(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((number, action)): Path<(String, String)>,
) -> Reply {
    let status = match action.as_str() {
        "open" => "Open",
        "close" => "Closed",
        _ => return Err(ApiFailure::not_found("Action")),
    };
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = ticket_id(&conn, client, &number)?;
    conn.execute(
        "UPDATE tickets SET status = ?1 WHERE id = ?2",
        params![status, id],
    )?;
    Ok(Json(json!({ "status": true })))
}
