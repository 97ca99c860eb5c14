//! DNS zones and records (HostBill's `/dns` and `/service/@id/dns/...`), stored in SQLite and
//! validated the way a DNS server reads a zone file: each record is parsed with hickory-proto's
//! zone parser, and a CNAME must stand alone at its name. Another client's zone is 404.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use hickory_proto::rr::Name;
use hickory_proto::serialize::txt::Parser;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

fn bad(message: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

/// The client's zones in `GET /dns`'s rows (`domain_id`, `name`, `service_id`), by name; only
/// one service's when `service` is given.
fn zone_rows(conn: &Connection, client: i64, service: Option<i64>) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare(
        "SELECT id, domain, service_id FROM dns_zones \
         WHERE client_id = ?1 AND (?2 IS NULL OR service_id = ?2) ORDER BY domain",
    )?;
    stmt.query_map(params![client, service], |r| {
        Ok(json!({
            "domain_id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
            "service_id": r.get::<_, i64>(2)?.to_string(),
        }))
    })?
    .collect()
}

/// `GET /dns`.
pub async fn list(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let zones = zone_rows(&conn, client, None)?;
    let mut ids: Vec<String> = zones
        .iter()
        .filter_map(|z| z["service_id"].as_str().map(str::to_string))
        .collect();
    ids.dedup();
    Ok(Json(json!({ "service_ids": ids, "zones": zones })))
}

/// `GET /service/@service_id/dns`: the service's zones in `GET /dns`'s rows. A service whose
/// product carries no DNS (certificates, licences) and has no zone answers as the documents'
/// example does, `{"error": ["invalid method"]}`; another client's service is 404.
pub async fn service_zones(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(service): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, category, _) = super::services::owned(&conn, client, &service)?;
    let zones = zone_rows(&conn, client, Some(service))?;
    if zones.is_empty() && matches!(category.as_str(), "SSL Certificates" | "Licenses") {
        return Err(bad("invalid method"));
    }
    Ok(Json(
        json!({ "service_id": service.to_string(), "zones": zones }),
    ))
}

/// The zone's name if it belongs to this client and service.
fn owned_zone(
    conn: &Connection,
    client: i64,
    service: &str,
    zone: &str,
) -> Result<String, ApiFailure> {
    let (Ok(service), Ok(zone)) = (service.parse::<i64>(), zone.parse::<i64>()) else {
        return Err(ApiFailure::not_found("Zone"));
    };
    conn.query_row(
        "SELECT domain FROM dns_zones WHERE id = ?1 AND service_id = ?2 AND client_id = ?3",
        params![zone, service, client],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("Zone"))
}

fn record_json(r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    Ok(json!({
        "id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
        "type": r.get::<_, String>(2)?, "ttl": r.get::<_, i64>(3)?.to_string(),
        "priority": r.get::<_, i64>(4)?.to_string(), "content": r.get::<_, String>(5)?,
    }))
}

/// `GET /service/@service_id/dns/@zone_id`.
pub async fn zone(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((service, zone)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let name = owned_zone(&conn, client, &service, &zone)?;
    let mut stmt = conn.prepare(
        "SELECT id, name, type, ttl, priority, content FROM dns_records WHERE zone_id = ?1 ORDER BY id",
    )?;
    let records = stmt
        .query_map(params![zone.parse::<i64>().unwrap_or(0)], record_json)?
        .collect::<Result<Vec<Value>, _>>()?;
    Ok(Json(json!({
        "id": zone, "service_id": service.parse::<i64>().unwrap_or(0), "name": name, "records": records
    })))
}

/// `POST /service/@service_id/dns` with `name`.
pub async fn create_zone(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(service): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let typed = fields
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    let name = Name::from_utf8(typed.trim_end_matches('.'))
        .map_err(|e| bad(format!("Invalid zone name: {e}")))?
        .to_ascii()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if typed.is_empty() || !name.contains('.') || name.contains(['*', '_']) {
        return Err(bad("Invalid zone name"));
    }
    let service: i64 = service
        .parse()
        .map_err(|_| ApiFailure::not_found("Service"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let owned: Option<i64> = conn
        .query_row(
            "SELECT id FROM services WHERE id = ?1 AND client_id = ?2",
            params![service, client],
            |r| r.get(0),
        )
        .optional()?;
    if owned.is_none() {
        return Err(ApiFailure::not_found("Service"));
    }
    let exists: Option<i64> = conn
        .query_row(
            "SELECT id FROM dns_zones WHERE domain = ?1",
            params![name],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Err(bad("Domain zone already exists"));
    }
    conn.execute(
        "INSERT INTO dns_zones(service_id, client_id, domain) VALUES (?1, ?2, ?3)",
        params![service, client, name],
    )?;
    let id = conn.last_insert_rowid();
    for ns in ["ns1.atrium-dns.example.", "ns2.atrium-dns.example."] {
        conn.execute(
            "INSERT INTO dns_records(zone_id, name, type, ttl, priority, content) VALUES (?1, '@', 'NS', 86400, 0, ?2)",
            params![id, ns],
        )?;
    }
    Ok(Json(json!({
        "success": true, "zone_id": id.to_string(), "info": ["Domain zone was created successfully."]
    })))
}

/// `DELETE /service/@service_id/dns/@zone_id`.
pub async fn delete_zone(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((service, zone)): Path<(String, String)>,
) -> Reply {
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    owned_zone(&conn, client, &service, &zone)?;
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM dns_records WHERE zone_id = ?1", params![zone])?;
    tx.execute("DELETE FROM dns_zones WHERE id = ?1", params![zone])?;
    tx.commit()?;
    Ok(Json(
        json!({ "success": true, "info": ["Domain zone was deleted successfully."] }),
    ))
}

/// A record from a request body, checked like a DNS server reading a zone file.
struct Incoming {
    name: String,
    rtype: String,
    ttl: i64,
    priority: i64,
    content: String,
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Array(parts)) => parts
            .iter()
            .map(|p| {
                p.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| p.to_string())
            })
            .collect::<Vec<_>>()
            .join(" "),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn incoming(fields: &Value, origin: &str) -> Result<Incoming, ApiFailure> {
    let name = match text(fields.get("name")).as_str() {
        "" => "@".to_string(),
        n => n.to_string(),
    };
    let rtype = text(fields.get("type")).to_ascii_uppercase();
    let ttl: i64 = text(fields.get("ttl"))
        .parse()
        .map_err(|_| bad("Invalid TTL"))?;
    if !(60..=2_147_483_647).contains(&ttl) {
        return Err(bad("TTL must be between 60 and 2147483647"));
    }
    let priority: i64 = match text(fields.get("priority")).as_str() {
        "" => 0,
        p => p.parse().map_err(|_| bad("Invalid priority"))?,
    };
    if !(0..=65_535).contains(&priority) {
        return Err(bad("Priority must be between 0 and 65535"));
    }
    let content = text(fields.get("content"));
    if !["A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS", "PTR"].contains(&rtype.as_str()) {
        return Err(bad(format!("Unsupported record type {rtype}")));
    }
    if content.is_empty() {
        return Err(bad("Record content is required"));
    }
    let data = if rtype == "MX" || rtype == "SRV" {
        format!("{priority} {content}")
    } else {
        content.clone()
    };
    let owner = if name == "@" {
        format!("{origin}.")
    } else {
        name.clone()
    };
    let zone_line = format!("$ORIGIN {origin}.\n{owner} {ttl} IN {rtype} {data}\n");
    Parser::new(zone_line, None, Name::from_ascii(format!("{origin}.")).ok())
        .parse()
        .map_err(|e| bad(format!("Invalid {rtype} record: {e}")))?;
    Ok(Incoming {
        name,
        rtype,
        ttl,
        priority,
        content,
    })
}

/// A CNAME stands alone at its name (RFC 1034): refused like a DNS server refuses the zone.
fn check_cname(
    conn: &Connection,
    zone: i64,
    rec: &Incoming,
    except: Option<i64>,
) -> Result<(), ApiFailure> {
    let others: Vec<String> = conn
        .prepare("SELECT type FROM dns_records WHERE zone_id = ?1 AND lower(name) = lower(?2) AND id != ?3")?
        .query_map(params![zone, rec.name, except.unwrap_or(-1)], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if rec.rtype == "CNAME" && rec.name == "@" {
        return Err(bad("CNAME record is not allowed at the zone apex"));
    }
    if (rec.rtype == "CNAME" && !others.is_empty())
        || (rec.rtype != "CNAME" && others.iter().any(|t| t == "CNAME"))
    {
        return Err(bad(format!(
            "CNAME record conflicts with other records at {}",
            rec.name
        )));
    }
    Ok(())
}

/// `POST /service/@service_id/dns/@zone_id/records`.
pub async fn add_record(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((service, zone)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let origin = owned_zone(&conn, client, &service, &zone)?;
    let zone: i64 = zone.parse().unwrap_or(0);
    let rec = incoming(&fields, &origin)?;
    check_cname(&conn, zone, &rec, None)?;
    conn.execute(
        "INSERT INTO dns_records(zone_id, name, type, ttl, priority, content) VALUES (?1,?2,?3,?4,?5,?6)",
        params![zone, rec.name, rec.rtype, rec.ttl, rec.priority, rec.content],
    )?;
    let id = conn.last_insert_rowid();
    let record = conn.query_row(
        "SELECT id, name, type, ttl, priority, content FROM dns_records WHERE id = ?1",
        params![id],
        record_json,
    )?;
    Ok(Json(
        json!({ "success": true, "record": record, "info": ["The record was added successfully."] }),
    ))
}

/// `PUT /service/@service_id/dns/@zone_id/records/@record_id`.
pub async fn edit_record(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((service, zone, record)): Path<(String, String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let origin = owned_zone(&conn, client, &service, &zone)?;
    let zone: i64 = zone.parse().unwrap_or(0);
    let record: i64 = record
        .parse()
        .map_err(|_| ApiFailure::not_found("Record"))?;
    let rec = incoming(&fields, &origin)?;
    check_cname(&conn, zone, &rec, Some(record))?;
    let changed = conn.execute(
        "UPDATE dns_records SET name = ?1, type = ?2, ttl = ?3, priority = ?4, content = ?5 WHERE id = ?6 AND zone_id = ?7",
        params![rec.name, rec.rtype, rec.ttl, rec.priority, rec.content, record, zone],
    )?;
    if changed == 0 {
        return Err(ApiFailure::not_found("Record"));
    }
    let stored = conn.query_row(
        "SELECT id, name, type, ttl, priority, content FROM dns_records WHERE id = ?1",
        params![record],
        record_json,
    )?;
    Ok(Json(
        json!({ "success": true, "record": stored, "info": ["The record was updated successfully."] }),
    ))
}

/// `DELETE /service/@service_id/dns/@zone_id/records/@record_id`.
pub async fn delete_record(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((service, zone, record)): Path<(String, String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    owned_zone(&conn, client, &service, &zone)?;
    let gone = conn.execute(
        "DELETE FROM dns_records WHERE id = ?1 AND zone_id = ?2",
        params![
            record.parse::<i64>().unwrap_or(-1),
            zone.parse::<i64>().unwrap_or(0)
        ],
    )?;
    if gone == 0 {
        return Err(ApiFailure::not_found("Record"));
    }
    Ok(Json(
        json!({ "success": true, "info": ["The record was deleted successfully."] }),
    ))
}
