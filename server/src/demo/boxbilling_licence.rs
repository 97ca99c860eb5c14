//! BoxBilling's licence calls in the demo, as FOSSBilling 0.6.22 answers them (read from its
//! `Servicelicense` module): `client/order/service` of a licence order in
//! `Servicelicense\Service::toApiArray`'s shape, and `client/servicelicense/reset`, which empties
//! the bindings and answers `true`, with `_getService`'s checks and words.

use super::DemoState;
use super::boxbilling::{fail, internal, ok};
use super::boxbilling_hosting::text;
use axum::response::Response;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

/// The client's licence order `id`: (service id, status).
fn licence_order(
    conn: &Connection,
    client: i64,
    id: &str,
) -> rusqlite::Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT s.id, s.status FROM services s JOIN licences l ON l.service_id = s.id \
         WHERE s.id = ?1 AND s.client_id = ?2",
        params![id.parse::<i64>().unwrap_or(-1), client],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// `client/order/service` of a licence order, or `None` when the order is not one.
pub fn order_service(conn: &Connection, client: i64, f: &Value) -> rusqlite::Result<Option<Value>> {
    let Some((id, _)) = licence_order(conn, client, &text(f, "id"))? else {
        return Ok(None);
    };
    conn.query_row(
        "SELECT license_key, validate_ip, validate_host, validate_version, validate_path, \
         ips, hosts, paths, versions, pinged_at FROM licences WHERE service_id = ?1",
        params![id],
        |r| {
            let list = |i: usize| -> rusqlite::Result<Value> {
                let raw: String = r.get(i)?;
                Ok(serde_json::from_str(&raw).unwrap_or_else(|_| json!([])))
            };
            Ok(Some(json!({
                "license_key": r.get::<_, String>(0)?,
                "validate_ip": r.get::<_, i64>(1)? == 1,
                "validate_host": r.get::<_, i64>(2)? == 1,
                "validate_version": r.get::<_, i64>(3)? == 1,
                "validate_path": r.get::<_, i64>(4)? == 1,
                "ips": list(5)?, "hosts": list(6)?, "paths": list(7)?, "versions": list(8)?,
                "pinged_at": r.get::<_, Option<String>>(9)?,
            })))
        },
    )
}

/// `client/servicelicense/<method>`.
pub fn servicelicense(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    if method != "reset" {
        return fail(
            &format!("Method servicelicense/{method} is not available"),
            740,
        );
    }
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    if text(f, "order_id").is_empty() {
        return fail("Order ID is required", 9999);
    }
    let order: Option<(i64, String)> = match conn
        .query_row(
            "SELECT id, status FROM services WHERE id = ?1 AND client_id = ?2",
            params![text(f, "order_id").parse::<i64>().unwrap_or(-1), client],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
    {
        Ok(o) => o,
        Err(_) => return internal(),
    };
    let Some((_, status)) = order else {
        return fail("Order not found", 9999);
    };
    if status != "Active" {
        return fail("Order is not activated", 9999);
    }
    // An order of another kind has no licence behind it: FOSSBilling's words are the same.
    let Ok(Some((id, _))) = licence_order(&conn, client, &text(f, "order_id")) else {
        return fail("Order is not activated", 9999);
    };
    match conn.execute(
        "UPDATE licences SET ips = '[]', hosts = '[]', paths = '[]', versions = '[]' WHERE service_id = ?1",
        params![id],
    ) {
        Ok(_) => ok(json!(true)),
        Err(_) => internal(),
    }
}
