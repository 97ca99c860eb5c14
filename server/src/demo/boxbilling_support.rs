//! BoxBilling's support calls in the demo (seed 003): `client/support/ticket_get` (the ticket with
//! its `messages`, staff messages carrying an `admin_id`), `helpdesk_get_pairs`, `ticket_create`
//! (`support_helpdesk_id`, `subject`, `content`; answers the new id), `ticket_reply` (`id`, `content`)
//! and `ticket_close` (`id`). Same tickets as the HostBill dialect, addressed by id.

use super::DemoState;
use super::boxbilling::{fail, internal, ok};
use super::tickets::DEPARTMENTS;
use axum::response::Response;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

fn text(f: &Value, key: &str) -> String {
    match f.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn now() -> String {
    chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

fn own(conn: &Connection, client: i64, f: &Value) -> rusqlite::Result<Option<i64>> {
    let id: i64 = text(f, "id").parse().unwrap_or(-1);
    conn.query_row(
        "SELECT id FROM tickets WHERE id = ?1 AND client_id = ?2",
        params![id, client],
        |r| r.get(0),
    )
    .optional()
}

fn ticket_json(conn: &Connection, client: i64, id: i64) -> rusqlite::Result<Value> {
    let name: String = conn.query_row(
        "SELECT firstname || ' ' || lastname FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let (subject, status, dept, date, body): (String, String, String, String, String) = conn
        .query_row(
            "SELECT subject, status, deptname, date, body FROM tickets WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    let mut messages = vec![json!({
        "id": 0, "client_id": client, "admin_id": null, "content": body, "created_at": date,
        "author": { "name": name },
    })];
    let mut stmt = conn.prepare(
        "SELECT id, name, date, body, type FROM ticket_replies WHERE ticket_id = ?1 ORDER BY date, id",
    )?;
    let rows = stmt.query_map(params![id], |r| {
        let staff = r.get::<_, String>(4)? == "Admin";
        Ok(json!({
            "id": r.get::<_, i64>(0)?, "client_id": if staff { Value::Null } else { json!(client) },
            "admin_id": if staff { json!(1) } else { Value::Null },
            "content": r.get::<_, String>(3)?, "created_at": r.get::<_, String>(2)?,
            "author": { "name": r.get::<_, String>(1)? },
        }))
    })?;
    for m in rows {
        messages.push(m?);
    }
    Ok(json!({
        "id": id, "subject": subject, "status": fossbilling_status(&status),
        "helpdesk": { "name": dept }, "created_at": date, "messages": messages,
    }))
}

/// `client/support/<method>` other than the list.
pub fn support(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    match method {
        "helpdesk_get_pairs" => {
            let pairs: Map<String, Value> = DEPARTMENTS
                .iter()
                .map(|(id, name)| (id.to_string(), json!(name)))
                .collect();
            ok(Value::Object(pairs))
        }
        "ticket_create" => {
            // FOSSBilling checks these in this order, in these words
            // (modules/Support/Api/Client.php, ticket_create).
            let (subject, content) = (text(f, "subject"), text(f, "content"));
            if content.is_empty() {
                return fail("Ticket content required", 9999);
            }
            if subject.is_empty() {
                return fail("Ticket subject required", 9999);
            }
            if text(f, "support_helpdesk_id").is_empty() {
                return fail("Ticket support_helpdesk_id required", 9999);
            }
            let helpdesk: i64 = text(f, "support_helpdesk_id").parse().unwrap_or(-1);
            let Some((_, dept)) = DEPARTMENTS.iter().find(|(id, _)| *id == helpdesk) else {
                return fail("Helpdesk invalid", 404);
            };
            let at = now();
            let run = || -> rusqlite::Result<i64> {
                let number: i64 = conn.query_row(
                    "SELECT COALESCE(MAX(CAST(number AS INTEGER)), 736000) + 7 FROM tickets",
                    [],
                    |r| r.get(0),
                )?;
                conn.execute(
                    "INSERT INTO tickets(client_id, number, date, deptname, subject, body, status, lastreply, client_read) \
                     VALUES (?1,?2,?3,?4,?5,?6,'Open',?3,1)",
                    params![client, number.to_string(), at, dept, subject, content],
                )?;
                Ok(conn.last_insert_rowid())
            };
            match run() {
                Ok(id) => ok(json!(id)),
                Err(_) => internal(),
            }
        }
        "ticket_get" | "ticket_reply" | "ticket_close" => {
            let id = match own(&conn, client, f) {
                Ok(Some(id)) => id,
                Ok(None) => return fail("Ticket not found", 404),
                Err(_) => return internal(),
            };
            let run = || -> rusqlite::Result<Response> {
                Ok(match method {
                    "ticket_get" => ok(ticket_json(&conn, client, id)?),
                    "ticket_close" => {
                        conn.execute(
                            "UPDATE tickets SET status = 'Closed' WHERE id = ?1",
                            params![id],
                        )?;
                        ok(json!(true))
                    }
                    _ => {
                        let content = text(f, "content");
                        if content.is_empty() {
                            return Ok(fail("Ticket content required", 9999));
                        }
                        let status: String = conn.query_row(
                            "SELECT status FROM tickets WHERE id = ?1",
                            params![id],
                            |r| r.get(0),
                        )?;
                        if status == "Closed" {
                            return Ok(fail("Ticket is closed", 9999));
                        }
                        let name: String = conn.query_row(
                            "SELECT firstname || ' ' || lastname FROM clients WHERE id = ?1",
                            params![client],
                            |r| r.get(0),
                        )?;
                        let at = now();
                        conn.execute(
                            "INSERT INTO ticket_replies(ticket_id, name, date, body, type) VALUES (?1,?2,?3,?4,'Client')",
                            params![id, name, at, content],
                        )?;
                        conn.execute(
                            "UPDATE tickets SET status = 'Customer-Reply', lastreply = ?1 WHERE id = ?2",
                            params![at, id],
                        )?;
                        ok(json!(id))
                    }
                })
            };
            run().unwrap_or_else(|_| internal())
        }
        _ => fail(&format!("Method support/{method} is not available"), 740),
    }
}

/// A ticket status in FOSSBilling's words: `open`, `on_hold` (what a staff reply sets) or
/// `closed` (real-answers support_ticket_get_list.json).
pub(super) fn fossbilling_status(status: &str) -> &'static str {
    match status {
        "Answered" => "on_hold",
        "Closed" => "closed",
        _ => "open",
    }
}
