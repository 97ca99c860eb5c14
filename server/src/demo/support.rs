//! Tickets and notifications.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use rusqlite::params;
use serde_json::json;

/// `GET /tickets`.
pub async fn tickets(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT client_read, number, date, deptname, subject, status, lastreply FROM tickets WHERE client_id = ?1 ORDER BY lastreply DESC",
    )?;
    let rows = stmt
        .query_map(params![id], |r| {
            Ok(json!({
                "client_read": r.get::<_, i64>(0)?.to_string(), "ticket_number": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "deptname": r.get::<_, String>(3)?,
                "subject": r.get::<_, String>(4)?, "status": r.get::<_, String>(5)?,
                "lastreply": r.get::<_, String>(6)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "tickets": rows })))
}

fn notifications(demo: &DemoState, client: i64, only_new: bool) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let sql = if only_new {
        "SELECT id, rel_type, rel_id, subject, message, date, seen FROM notifications WHERE client_id = ?1 AND seen = 0 ORDER BY date DESC"
    } else {
        "SELECT id, rel_type, rel_id, subject, message, date, seen FROM notifications WHERE client_id = ?1 ORDER BY date DESC"
    };
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map(params![client], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "rel_type": r.get::<_, String>(1)?,
                "rel_id": r.get::<_, String>(2)?, "subject": r.get::<_, String>(3)?,
                "message": r.get::<_, String>(4)?, "date": r.get::<_, String>(5)?,
                "seen": r.get::<_, i64>(6)?.to_string(),
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "notifications": rows })))
}

/// `GET /notifications`.
pub async fn notifications_all(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    notifications(&demo, id, false)
}

/// `GET /notifications/new`.
pub async fn notifications_new(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    notifications(&demo, id, true)
}

/// `PUT /notifications/@id/ack`.
pub async fn acknowledge(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiFailure::not_found("Notification"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let changed = conn.execute(
        "UPDATE notifications SET seen = 1 WHERE id = ?1 AND client_id = ?2",
        params![id, client],
    )?;
    if changed == 0 {
        return Err(ApiFailure::not_found("Notification"));
    }
    Ok(Json(
        json!({ "success": true, "info": ["Notification marked as read"] }),
    ))
}
