//! HostBill's affiliate programme (seed 002, documented without answers): `GET /affiliate`,
//! `POST /affiliate/active`, `GET /affiliates/summary`, `GET /affiliate/commission`,
//! `GET /affiliate/payouts`, `GET /affiliate/vouchers`, `GET /affiliate/plans`,
//! `GET /affiliate/plans/@id`, `GET /affiliates/campaigns`, `POST /affiliate/addvoucher` and
//! `POST /affiliate/removevoucher`. The records have the names HostBill's own affiliate records
//! carry (its admin API's `getAffiliate`, `getAffiliateVouchers`; commissions with `order_id`,
//! `commission`, `paid`), the summary HostBill's spelling (`total_singups`, `total_commision`).
//! The balance is approved commissions less payouts; a voucher's discount comes out of the
//! commission, so it may not exceed the plan's rate. An account that has not joined gets no
//! record and "Affiliate account not found" from the member-only calls; another affiliate's
//! voucher is not found.

use super::DemoState;
use super::auth::{ClientId, body_fields, field_text, random_token};
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

fn bad(message: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

/// The client's affiliate number, if it has joined.
fn affiliate_id(conn: &Connection, client: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM affiliates WHERE client_id = ?1",
        params![client],
        |r| r.get(0),
    )
    .optional()
}

fn member(conn: &Connection, client: i64) -> Result<i64, ApiFailure> {
    affiliate_id(conn, client)?.ok_or_else(|| bad("Affiliate account not found"))
}

fn sum(conn: &Connection, sql: &str, aff: i64) -> rusqlite::Result<i64> {
    conn.query_row(sql, params![aff], |r| r.get(0))
}

/// `GET /affiliate`: `{"affiliate": {...}}`, or `{"affiliate": []}` before joining.
pub async fn info(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let Some(aff) = affiliate_id(&conn, client)? else {
        return Ok(Json(json!({ "success": true, "affiliate": [] })));
    };
    let (status, visits, since): (String, i64, String) = conn.query_row(
        "SELECT status, visits, date_created FROM affiliates WHERE id = ?1",
        params![aff],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let approved = sum(
        &conn,
        "SELECT COALESCE(SUM(commission), 0) FROM aff_commissions WHERE aff_id = ?1 AND paid = 1",
        aff,
    )?;
    let pending = sum(
        &conn,
        "SELECT COALESCE(SUM(commission), 0) FROM aff_commissions WHERE aff_id = ?1 AND paid = 0",
        aff,
    )?;
    let withdrawn = sum(
        &conn,
        "SELECT COALESCE(SUM(amount), 0) FROM aff_payouts WHERE aff_id = ?1",
        aff,
    )?;
    let orders = sum(
        &conn,
        "SELECT COUNT(*) FROM aff_commissions WHERE aff_id = ?1",
        aff,
    )?;
    let currency: String = conn.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("portal.example");
    Ok(Json(json!({ "success": true, "affiliate": {
        "id": aff.to_string(), "client_id": client.to_string(), "status": status,
        "visits": visits.to_string(), "date_created": since,
        "total_commissions": amount(approved), "total_withdrawn": amount(withdrawn),
        "balance": amount(approved - withdrawn), "pending": amount(pending),
        "conversion": if visits > 0 { format!("{:.1}", orders as f64 * 100.0 / visits as f64) } else { "0".into() },
        "landing_url": "", "referral_url": format!("http://{host}/?affid={aff}"),
        "currency": { "iso": currency },
    }})))
}

/// `POST /affiliate/active`: joins the programme.
pub async fn activate(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    if affiliate_id(&conn, client)?.is_some() {
        return Err(bad("Your affiliate account is already active"));
    }
    conn.execute(
        "INSERT INTO affiliates(client_id, id, status, visits, date_created) \
         VALUES (?1, (SELECT COALESCE(MAX(id), 0) + 1 FROM affiliates), 'Active', 0, date('now'))",
        params![client],
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["Affiliate account activated"] }),
    ))
}

/// `GET /affiliates/summary`.
pub async fn summary(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let month = "AND date_created >= date('now', 'start of month')";
    let signups = sum(
        &conn,
        "SELECT COUNT(*) FROM aff_commissions WHERE aff_id = ?1",
        aff,
    )?;
    let signups_month = sum(
        &conn,
        &format!("SELECT COUNT(*) FROM aff_commissions WHERE aff_id = ?1 {month}"),
        aff,
    )?;
    let commission = sum(
        &conn,
        "SELECT COALESCE(SUM(commission), 0) FROM aff_commissions WHERE aff_id = ?1",
        aff,
    )?;
    let commission_month = sum(
        &conn,
        &format!(
            "SELECT COALESCE(SUM(commission), 0) FROM aff_commissions WHERE aff_id = ?1 {month}"
        ),
        aff,
    )?;
    let visits = sum(&conn, "SELECT visits FROM affiliates WHERE id = ?1", aff)?;
    Ok(Json(json!({ "success": true, "stats": {
        "total_singups": signups.to_string(), "monthly_singups": signups_month.to_string(),
        "total_commision": amount(commission), "monthly_commision": amount(commission_month),
        "total_visits": visits.to_string(), "monthly_visits": (visits / 12).to_string(),
    }})))
}

/// `GET /affiliate/commission`.
pub async fn commissions(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let mut stmt = conn.prepare(
        "SELECT id, order_id, date_created, pname, domain, total, commission, paid FROM aff_commissions \
         WHERE aff_id = ?1 ORDER BY date_created DESC, id DESC",
    )?;
    let rows = stmt
        .query_map(params![aff], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "order_id": r.get::<_, i64>(1)?.to_string(),
                "date_created": r.get::<_, String>(2)?, "pname": r.get::<_, String>(3)?,
                "domain": r.get::<_, String>(4)?, "total": amount(r.get(5)?),
                "commission": amount(r.get(6)?), "paid": r.get::<_, i64>(7)?.to_string(),
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "commissions": rows })))
}

/// `GET /affiliate/payouts`.
pub async fn payouts(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let mut stmt = conn.prepare(
        "SELECT date, amount, method, notes FROM aff_payouts WHERE aff_id = ?1 ORDER BY date DESC",
    )?;
    let rows = stmt
        .query_map(params![aff], |r| {
            Ok(json!({
                "date": r.get::<_, String>(0)?, "amount": amount(r.get(1)?),
                "method": r.get::<_, String>(2)?, "notes": r.get::<_, String>(3)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "payouts": rows })))
}

fn plan_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    Ok(json!({
        "id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
        "type": r.get::<_, String>(2)?, "rate": r.get::<_, String>(3)?,
        "recurring": r.get::<_, i64>(4)?.to_string(), "enable_voucher": r.get::<_, i64>(5)?.to_string(),
    }))
}

const PLAN_SQL: &str = "SELECT id, name, type, rate, recurring, enable_voucher FROM aff_plans";

/// `GET /affiliate/plans`: what the programme pays (shown before joining too).
pub async fn plans(State(demo): State<DemoState>, _c: ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(&format!("{PLAN_SQL} ORDER BY id"))?;
    let rows = stmt
        .query_map([], plan_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "plans": rows })))
}

/// `GET /affiliate/plans/@id`.
pub async fn plan(State(demo): State<DemoState>, _c: ClientId, Path(id): Path<String>) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let plan = conn
        .query_row(
            &format!("{PLAN_SQL} WHERE id = ?1"),
            params![id.parse::<i64>().unwrap_or(-1)],
            plan_row,
        )
        .optional()?
        .ok_or_else(|| ApiFailure::not_found("Plan"))?;
    Ok(Json(json!({ "success": true, "plan": plan })))
}

/// `GET /affiliate/vouchers`.
pub async fn vouchers(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let mut stmt = conn.prepare(
        "SELECT v.id, v.code, v.type, v.value, v.cycle, v.audience, v.expires, v.num_usage, v.max_usage, \
         v.plan_id, p.name FROM aff_vouchers v JOIN aff_plans p ON p.id = v.plan_id WHERE v.aff_id = ?1 ORDER BY v.id",
    )?;
    let rows = stmt
        .query_map(params![aff], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "code": r.get::<_, String>(1)?,
                "status": "Active", "coupon_type": "cart", "type": r.get::<_, String>(2)?,
                "value": r.get::<_, String>(3)?, "cycle": r.get::<_, String>(4)?,
                "audience": r.get::<_, String>(5)?, "expires": r.get::<_, String>(6)?,
                "num_usage": r.get::<_, i64>(7)?.to_string(), "max_usage": r.get::<_, i64>(8)?.to_string(),
                "aff_id": aff.to_string(), "commision_plan": r.get::<_, i64>(9)?.to_string(),
                "plan_name": r.get::<_, String>(10)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "vouchers": rows })))
}

/// `GET /affiliates/campaigns`.
pub async fn campaigns(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("portal.example")
        .to_string();
    let mut stmt = conn.prepare(
        "SELECT id, name, visits, signups FROM aff_campaigns WHERE aff_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![aff], |r| {
            let id: i64 = r.get(0)?;
            Ok(json!({
                "id": id.to_string(), "name": r.get::<_, String>(1)?,
                "url": format!("http://{host}/?affid={aff}&campaign={id}"),
                "visits": r.get::<_, i64>(2)?.to_string(), "signups": r.get::<_, i64>(3)?.to_string(),
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "campaigns": rows })))
}

/// `POST /affiliate/addvoucher` (`plan`, `cycle`, `audience`, `max_usage_limit`, `max_usage`,
/// `expires`, `discount`).
pub async fn add_voucher(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let plan: Option<(String, String, i64)> = conn
        .query_row(
            "SELECT type, rate, enable_voucher FROM aff_plans WHERE id = ?1",
            params![field_text(&f, "plan").parse::<i64>().unwrap_or(-1)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((kind, rate, 1)) = plan else {
        return Err(bad("Invalid commission plan"));
    };
    let discount = super::billing::hundredths(&field_text(&f, "discount")).filter(|d| *d > 0);
    let rate = super::billing::hundredths(&rate).unwrap_or(0);
    let Some(discount) = discount else {
        return Err(bad("Discount value is required"));
    };
    if discount > rate {
        return Err(bad("Discount cannot exceed your commission"));
    }
    let cycle = field_text(&f, "cycle");
    if !["once", "recurring"].contains(&cycle.as_str()) {
        return Err(bad("Invalid voucher cycle"));
    }
    let audience = match field_text(&f, "audience").as_str() {
        "" => "new".to_string(),
        a @ ("new" | "existing" | "all") => a.to_string(),
        _ => return Err(bad("Invalid voucher audience")),
    };
    let limited = matches!(field_text(&f, "max_usage_limit").as_str(), "1" | "true");
    let max_usage = match (limited, field_text(&f, "max_usage").parse::<i64>()) {
        (false, _) => 0,
        (true, Ok(n)) if n >= 1 => n,
        _ => return Err(bad("Max usage must be at least 1")),
    };
    let expires = field_text(&f, "expires");
    if !expires.is_empty() {
        let date = chrono::NaiveDate::parse_from_str(&expires, "%Y-%m-%d")
            .map_err(|_| bad("Invalid expiration date"))?;
        if date <= chrono::Local::now().date_naive() {
            return Err(bad("Invalid expiration date"));
        }
    }
    let code: String = random_token()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .collect::<String>()
        .to_ascii_uppercase();
    conn.execute(
        "INSERT INTO aff_vouchers(aff_id, code, plan_id, type, value, cycle, audience, expires, max_usage) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![aff, code, field_text(&f, "plan"), if kind == "Fixed" { "fixed" } else { "percent" }, amount(discount), cycle, audience, expires, max_usage],
    )?;
    Ok(Json(json!({
        "success": true, "voucher_id": conn.last_insert_rowid(), "info": ["Voucher created"],
    })))
}

/// `POST /affiliate/removevoucher` with the voucher's `id`.
pub async fn remove_voucher(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let aff = member(&conn, client)?;
    let gone = conn.execute(
        "DELETE FROM aff_vouchers WHERE id = ?1 AND aff_id = ?2",
        params![field_text(&f, "id").parse::<i64>().unwrap_or(-1), aff],
    )?;
    if gone == 0 {
        return Err(ApiFailure::not_found("Voucher"));
    }
    Ok(Json(
        json!({ "success": true, "info": ["Voucher removed"] }),
    ))
}
