//! HostBill's client-area search (`GET /clientarea/search/@query`, seed 002 "Search
//! Service/Product", documented without an answer). The demo answers in the shape of HostBill's
//! own search (its admin `search` call: `results` grouped by kind, a group with nothing found is
//! `false`), with the client's services only: hosting accounts and servers under `Accounts`,
//! domains under `Domains`. A service matches on its product name, domain or host name, the
//! customer's label, the panel user name, or one of its IP addresses, case-insensitively.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::params;
use serde_json::{Value, json};

/// The shortest query searched (HostBill refuses a one-letter search).
const MIN_QUERY: usize = 2;

/// `GET /clientarea/search/@query`.
pub async fn search(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(query): Path<String>,
) -> Reply {
    let query = query.trim().to_lowercase();
    if query.chars().count() < MIN_QUERY {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Search query is too short",
        ));
    }
    let like = format!("%{}%", query.replace(['%', '_'], ""));
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT s.id, s.domain, s.name, s.status, s.category, s.label FROM services s \
         WHERE s.client_id = ?1 AND (lower(s.name) LIKE ?2 OR lower(s.domain) LIKE ?2 \
           OR lower(s.label) LIKE ?2 OR lower(s.username) LIKE ?2 \
           OR s.id IN (SELECT service_id FROM vm_ips WHERE lower(address) LIKE ?2) \
           OR s.id IN (SELECT service_id FROM server_ips WHERE lower(address) LIKE ?2)) \
         ORDER BY s.id",
    )?;
    let rows = stmt
        .query_map(params![client, like], |r| {
            let category: String = r.get(4)?;
            Ok((
                category.eq_ignore_ascii_case("domains"),
                json!({
                    "id": r.get::<_, i64>(0)?.to_string(), "domain": r.get::<_, String>(1)?,
                    "name": r.get::<_, String>(2)?, "status": r.get::<_, String>(3)?,
                    "category": category, "label": r.get::<_, String>(5)?,
                }),
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let group = |domains: bool| -> Value {
        let found: Vec<&Value> = rows
            .iter()
            .filter(|(d, _)| *d == domains)
            .map(|(_, v)| v)
            .collect();
        if found.is_empty() {
            json!(false)
        } else {
            json!(found)
        }
    };
    Ok(Json(json!({
        "success": true,
        "results": { "Accounts": group(false), "Domains": group(true) }
    })))
}
