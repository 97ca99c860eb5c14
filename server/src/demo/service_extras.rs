//! What a service's module adds beyond the VM console: a dedicated server's addresses (`GET
//! /service/@id/ip`) and their reverse DNS (`GET`/`POST /service/@id/rdns`), in the shapes of the
//! VM console's lists, and a cPanel account's backups (`GET /service/cpanel2/@id/backup`, under
//! cPanel's own names). The seeds show no answer for these. Only a service of the client's with
//! that module has them; anything else is 404, as HostBill answers a route its module lacks.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::reply::{ApiFailure, Reply};
use super::services::owned;
use super::vm_extras::{names, set_names};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use chrono::{Duration, Utc};
use rusqlite::{Connection, params};
use serde_json::{Value, json};

/// The client's dedicated server `id`, or 404.
fn server_of(conn: &Connection, client: i64, id: &str) -> Result<i64, ApiFailure> {
    match owned(conn, client, id)? {
        (id, category, status) if category == "Dedicated Servers" && status == "Active" => Ok(id),
        _ => Err(ApiFailure::not_found("Service")),
    }
}

/// `GET /service/@id/ip`.
pub async fn ips(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = server_of(&conn, client, &id)?;
    let mut stmt = conn.prepare(
        "SELECT address, version, primary_ip FROM server_ips WHERE service_id = ?1 ORDER BY version, address",
    )?;
    let rows: Vec<Value> = stmt
        .query_map(params![id], |r| {
            let version: i64 = r.get(1)?;
            Ok(json!({
                "id": r.get::<_, String>(0)?, "ipaddress": r.get::<_, String>(0)?,
                "type": if version == 6 { "ipv6" } else { "ipv4" },
                "primary": r.get::<_, i64>(2)? == 1,
            }))
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "ips": rows })))
}

/// `GET /service/@id/rdns`.
pub async fn rdns(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = server_of(&conn, client, &id)?;
    names(
        &conn,
        "SELECT address, rdns FROM server_ips WHERE service_id = ?1 ORDER BY version, address",
        id,
    )
}

/// `POST /service/@id/rdns` with `ipaddress: {"<ip>": "<hostname>"}`: all or nothing.
pub async fn set_rdns(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let bad = |message: String| ApiFailure::new(StatusCode::BAD_REQUEST, message);
    let f = body_fields(&headers, &body);
    let Some(map) = f.get("ipaddress").and_then(Value::as_object) else {
        return Err(bad("ipaddress must map addresses to host names".into()));
    };
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = server_of(&conn, client, &id)?;
    let tx = conn.transaction()?;
    set_names(
        &tx,
        map,
        "UPDATE server_ips SET rdns = ?1 WHERE service_id = ?2 AND address = ?3",
        id,
        "this server",
    )?;
    tx.commit()?;
    Ok(Json(json!({ "info": ["Reverse DNS updated"] })))
}

/// `GET /service/cpanel2/@id/backup`: the last three nightly backups of an active hosting
/// account, named as cPanel names its backup files.
pub async fn panel_backups(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (id, category, status) = owned(&conn, client, &id)?;
    if category != "Hosting" || status != "Active" {
        return Err(ApiFailure::not_found("Service"));
    }
    let today = Utc::now().date_naive();
    let rows: Vec<Value> = (1..=3)
        .map(|days| {
            let day = today - Duration::days(days);
            json!({
                "file": format!("backup-{}_02-00-{:02}_user{id}.tar.gz", day.format("%-m.%-d.%Y"), days * 7),
                "date": format!("{} 02:00", day.format("%Y-%m-%d")),
            })
        })
        .collect();
    Ok(Json(json!({ "backups": rows })))
}
