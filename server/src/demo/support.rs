//! Tickets and notifications.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, Query, State};
use rusqlite::params;
use serde::Deserialize;
use serde_json::json;

/// The seed's filter of `GET /notifications`: what the notifications are about.
#[derive(Default, Deserialize)]
pub struct Relation {
    rel_type: Option<String>,
    rel_id: Option<String>,
}

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

/// The client's notifications, newest first: only unseen ones, or those about one thing when
/// `rel_type` and `rel_id` are given (an empty filter does not filter; HostBill's types are
/// compared without case).
fn notifications(demo: &DemoState, client: i64, only_new: bool, about: &Relation) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let sql = "SELECT id, rel_type, rel_id, subject, message, date, seen FROM notifications \
         WHERE client_id = ?1 AND (?2 = 0 OR seen = 0) \
         AND (?3 = '' OR lower(rel_type) = lower(?3)) AND (?4 = '' OR rel_id = ?4) ORDER BY date DESC";
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map(
            params![
                client,
                i64::from(only_new),
                about.rel_type.as_deref().unwrap_or("").trim(),
                about.rel_id.as_deref().unwrap_or("").trim()
            ],
            |r| {
                Ok(json!({
                    "id": r.get::<_, i64>(0)?.to_string(), "rel_type": r.get::<_, String>(1)?,
                    "rel_id": r.get::<_, String>(2)?, "subject": r.get::<_, String>(3)?,
                    "message": r.get::<_, String>(4)?, "date": r.get::<_, String>(5)?,
                    "seen": r.get::<_, i64>(6)?.to_string(),
                }))
            },
        )?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "notifications": rows })))
}

/// `GET /notifications`.
pub async fn notifications_all(
    State(demo): State<DemoState>,
    ClientId(id): ClientId,
    Query(about): Query<Relation>,
) -> Reply {
    notifications(&demo, id, false, &about)
}

/// `GET /notifications/new`.
pub async fn notifications_new(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    notifications(&demo, id, true, &Relation::default())
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
