//! Estimates (quotes): `GET /estimates` (paged like `/invoices`, page starting at 0) and
//! `GET /estimates/@id` with its lines and the billed client. HostBill's client API has no
//! accept call; that comes with the Kdata dialect (`acceptQuote`).

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::{Path, Query, State};
use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};
use std::collections::HashMap;

/// `GET /estimates`.
pub async fn list(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let page: i64 = q
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
        .max(0);
    let perpage: i64 = q
        .get("perpage")
        .and_then(|p| p.parse().ok())
        .unwrap_or(100)
        .clamp(1, 500);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let total: i64 = conn.query_row(
        "SELECT COUNT(*) FROM estimates WHERE client_id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT id, subject, date, valid_until, total, status, currency FROM estimates \
         WHERE client_id = ?1 ORDER BY date DESC, id DESC LIMIT ?2 OFFSET ?3",
    )?;
    let rows = stmt
        .query_map(params![client, perpage, page * perpage], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "subject": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "valid_until": r.get::<_, String>(3)?,
                "total": amount(r.get(4)?), "status": r.get::<_, String>(5)?,
                "currency": r.get::<_, String>(6)?,
            }))
        })?
        .collect::<Result<Vec<Value>, _>>()?;
    Ok(Json(json!({
        "estimates": rows,
        "sorter": { "page": page, "perpage": perpage, "totalpages": (total + perpage - 1) / perpage, "total": total }
    })))
}

/// `GET /estimates/@id`.
pub async fn detail(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Estimate"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let estimate = conn
        .query_row(
            "SELECT id, subject, date, valid_until, subtotal, tax, taxrate, total, status, currency, notes \
             FROM estimates WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| {
                Ok(json!({
                    "id": r.get::<_, i64>(0)?.to_string(), "subject": r.get::<_, String>(1)?,
                    "date": r.get::<_, String>(2)?, "valid_until": r.get::<_, String>(3)?,
                    "subtotal": amount(r.get(4)?), "tax": amount(r.get(5)?),
                    "taxrate": r.get::<_, String>(6)?, "total": amount(r.get(7)?),
                    "status": r.get::<_, String>(8)?, "currency": r.get::<_, String>(9)?,
                    "notes": r.get::<_, String>(10)?,
                }))
            },
        )
        .optional()?;
    let Some(mut estimate) = estimate else {
        return Err(ApiFailure::not_found("Estimate"));
    };
    let mut stmt = conn.prepare(
        "SELECT id, description, amount, qty FROM estimate_items WHERE estimate_id = ?1 ORDER BY id",
    )?;
    let items = stmt
        .query_map(params![id], |r| {
            let amt: i64 = r.get(2)?;
            let qty: String = r.get(3)?;
            let q: f64 = qty.parse().unwrap_or(1.0);
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "description": r.get::<_, String>(1)?,
                "amount": amount(amt), "qty": qty,
                "linetotal": amount((amt as f64 * q).round() as i64),
            }))
        })?
        .collect::<Result<Vec<Value>, _>>()?;
    estimate["items"] = Value::Array(items);
    estimate["client"] = super::account::client_json(&conn, client)?;
    Ok(Json(json!({ "estimate": estimate })))
}
