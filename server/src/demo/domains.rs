//! HostBill's domain calls (seed 002, documented without answers): the extensions suggested
//! (`GET /domain/suggestion`) and on sale (`GET /domain/sale`), the bulk search
//! (`POST /domain/bulksearch`, public like the seed's example), and a client's domain's automatic
//! renewal (`PUT /domain/@id/autorenew`) and DNSSEC keys (`DELETE /domain/@id/dnssec/@key`).
//!
//! Prices come from the domain product's TLD table (`tld.rs`), the same table the quote prices
//! a registration from, so what the search says a name costs is what the order charges. A TLD is
//! on sale when its first year costs less than a renewal. A domain is a client's service in the
//! "Domains" category; its id is the service's.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::reply::{ApiFailure, Reply, amount};
use super::services::owned;
use super::tld::{Tld, can_register, sld_valid, tlds};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, params};
use serde_json::{Value, json};

/// The product that registers names (the catalogue's domain product).
pub const DOMAIN_PRODUCT: i64 = 30;

/// The most extensions one search asks about.
const MAX_TLDS: usize = 12;

fn registrable(conn: &Connection) -> Result<Vec<Tld>, ApiFailure> {
    let product = super::catalog::product(conn, DOMAIN_PRODUCT)?
        .ok_or_else(|| ApiFailure::internal("no domain product"))?;
    Ok(tlds(&product)
        .into_iter()
        .filter(|t| t.active && t.allow_register)
        .collect())
}

/// `GET /domain/suggestion`.
pub async fn suggestion(State(demo): State<DemoState>) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let list: Vec<String> = registrable(&conn)?.into_iter().map(|t| t.tld).collect();
    Ok(Json(json!({ "tlds": list })))
}

/// How many of the caller's currency hundredths one USD hundredth of the TLD table is: a
/// signed-in client sees its own currency, like the catalogue; anyone else the portal's.
fn rate(demo: &DemoState, conn: &Connection, headers: &HeaderMap) -> Result<i64, ApiFailure> {
    Ok(match super::auth::signed_in_client(demo, headers) {
        Some(client) => super::catalog::client_rate(conn, client)?.1,
        None => 1,
    })
}

/// `GET /domain/sale`: the extensions whose first year costs less than a renewal.
pub async fn sale(State(demo): State<DemoState>, headers: HeaderMap) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let rate = rate(&demo, &conn, &headers)?;
    let list: Vec<Value> = registrable(&conn)?
        .into_iter()
        .filter(|t| t.register < t.renew && t.min_years == 1)
        .map(|t| {
            json!({"tld": t.tld, "price": amount(t.register * rate), "regular": amount(t.renew * rate), "period": 1})
        })
        .collect();
    Ok(Json(json!({ "tlds": list })))
}

/// `POST /domain/bulksearch` with `name` and `tlds` (comma-separated). Each extension the
/// registry does not sell is answered as not available, as HostBill's lookup does.
pub async fn bulksearch(State(demo): State<DemoState>, headers: HeaderMap, body: Bytes) -> Reply {
    let f = body_fields(&headers, &body);
    let name = f["name"].as_str().unwrap_or("").trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Domain name is required",
        ));
    }
    if !sld_valid(&name) {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("Domain name {name} is invalid"),
        ));
    }
    let asked: Vec<String> = f["tlds"]
        .as_str()
        .unwrap_or("")
        .split(',')
        .map(|t| format!(".{}", t.trim().trim_start_matches('.').to_ascii_lowercase()))
        .filter(|t| t.len() > 1)
        .collect();
    if asked.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Select at least one domain extension",
        ));
    }
    if asked.len() > MAX_TLDS {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("At most {MAX_TLDS} extensions can be checked at once"),
        ));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let rate = rate(&demo, &conn, &headers)?;
    let sold = registrable(&conn)?;
    let results: Vec<Value> = asked
        .iter()
        .map(|tld| {
            let domain = format!("{name}{tld}");
            match sold.iter().find(|t| &t.tld == tld) {
                Some(t) => {
                    let free = can_register(&conn, t, &name).is_ok();
                    json!({
                        "domain": domain, "status": if free { "ok" } else { "taken" },
                        "price": amount(t.register * t.min_years * rate), "period": t.min_years,
                        "product_id": DOMAIN_PRODUCT,
                    })
                }
                None => json!({"domain": domain, "status": "unsupported"}),
            }
        })
        .collect();
    Ok(Json(json!({ "results": results })))
}

/// The client's active domain `id`, or 404.
fn domain_of(conn: &Connection, client: i64, id: &str) -> Result<i64, ApiFailure> {
    match owned(conn, client, id)? {
        (id, category, status) if category == "Domains" && status == "Active" => Ok(id),
        _ => Err(ApiFailure::not_found("Domain")),
    }
}

/// What a domain's details add: its automatic renewal and DNSSEC keys (`None` for a service
/// that is not a domain).
pub fn details(conn: &Connection, service: i64) -> rusqlite::Result<Option<(bool, Vec<Value>)>> {
    let on: Option<i64> = conn
        .query_row(
            "SELECT autorenew FROM domain_settings WHERE service_id = ?1",
            params![service],
            |r| r.get(0),
        )
        .ok();
    let Some(on) = on else { return Ok(None) };
    let mut stmt = conn.prepare(
        "SELECT id, keytag, alg, digest_type, digest FROM dnssec_keys WHERE service_id = ?1 ORDER BY id",
    )?;
    let keys = stmt
        .query_map(params![service], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "keytag": r.get::<_, i64>(1)?,
                "alg": r.get::<_, i64>(2)?, "digest_type": r.get::<_, i64>(3)?,
                "digest": r.get::<_, String>(4)?,
            }))
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some((on == 1, keys)))
}

/// `PUT /domain/@id/autorenew` with `autorenew` (`1` or `0`); without it, the switch flips.
pub async fn set_autorenew(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = domain_of(&conn, client, &id)?;
    let wanted = match &f["autorenew"] {
        Value::Null => None,
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_i64() == Some(1)),
        Value::String(s) if s == "1" || s == "0" => Some(s == "1"),
        _ => {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "autorenew must be 1 or 0",
            ));
        }
    };
    match wanted {
        Some(on) => conn.execute(
            "UPDATE domain_settings SET autorenew = ?2 WHERE service_id = ?1",
            params![id, i64::from(on)],
        )?,
        None => conn.execute(
            "UPDATE domain_settings SET autorenew = 1 - autorenew WHERE service_id = ?1",
            params![id],
        )?,
    };
    Ok(Json(json!({ "info": ["autorenew_updated"] })))
}

/// `DELETE /domain/@id/dnssec/@key`.
pub async fn remove_dnssec(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, key)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let id = domain_of(&conn, client, &id)?;
    let removed = conn.execute(
        "DELETE FROM dnssec_keys WHERE service_id = ?1 AND id = ?2",
        params![id, key.parse::<i64>().unwrap_or(-1)],
    )?;
    if removed == 0 {
        return Err(ApiFailure::not_found("DNSSEC key"));
    }
    Ok(Json(json!({ "info": ["dnssec_key_removed"] })))
}
