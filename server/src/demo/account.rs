//! `GET /details` and `GET /service`.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::State;
use rusqlite::params;
use serde_json::json;

/// The client record as HostBill writes it (in `GET /details` and inside an invoice).
pub fn client_json(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<serde_json::Value> {
    conn.query_row(
        "SELECT id, email, lastlogin, firstname, lastname, companyname, address1, address2, city, state, \
         postcode, country, phonenumber FROM clients WHERE id = ?1",
        params![id],
        |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "email": r.get::<_, String>(1)?,
                "lastlogin": r.get::<_, String>(2)?, "ip": "127.0.0.1", "host": "localhost",
                "firstname": r.get::<_, String>(3)?, "lastname": r.get::<_, String>(4)?,
                "companyname": r.get::<_, String>(5)?, "address1": r.get::<_, String>(6)?,
                "address2": r.get::<_, String>(7)?, "city": r.get::<_, String>(8)?,
                "state": r.get::<_, String>(9)?, "postcode": r.get::<_, String>(10)?,
                "country": r.get::<_, String>(11)?, "phonenumber": r.get::<_, String>(12)?,
            }))
        },
    )
}

/// `GET /details`.
pub async fn details(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(Json(json!({ "client": client_json(&conn, id)? })))
}

/// `GET /service`.
pub async fn services(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT id, domain, total, status, billingcycle, next_due, category, name FROM services \
         WHERE client_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![id], |r| {
            let category: String = r.get(6)?;
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "domain": r.get::<_, String>(1)?,
                "total": amount(r.get(2)?), "status": r.get::<_, String>(3)?,
                "billingcycle": r.get::<_, String>(4)?, "next_due": r.get::<_, String>(5)?,
                "category_url": category.to_ascii_lowercase().replace(' ', "-"), "category": category,
                "name": r.get::<_, String>(7)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "services": rows })))
}
