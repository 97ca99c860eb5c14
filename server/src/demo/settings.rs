//! HostBill's client settings and verification (seed 002), which the seed documents without
//! answers: `GET /clientarea/settings` answers `{"configs": {...}}` by the names `POST` takes
//! (`DefaultPaymentModule`, `CreditAutoApply`, `ClientNotifications`, `DefaultNameservers`);
//! `POST` checks each (a known gateway, 0 or 1, two to four valid host names) and keeps them.
//! `POST /verification/resend` e-mails a six-digit code valid for an hour (into the e-mail
//! history, where the customer reads it; an SMS code goes there too, the demo having no phone);
//! `POST /verification/verify` checks it once. `GET /logs` lists sign-ins (refused ones too) with
//! their address, `GET /clientarea/histories` the account's history.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

const CODE_LIFETIME_SECS: i64 = 3600;

fn bad(message: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

fn stored(conn: &Connection, client: i64) -> rusqlite::Result<Map<String, Value>> {
    let saved: Option<String> = conn
        .query_row(
            "SELECT configs FROM client_settings WHERE client_id = ?1",
            params![client],
            |r| r.get(0),
        )
        .optional()?;
    let mut configs = Map::from_iter([
        ("RecordsPerPage".to_string(), json!("25")),
        ("DefaultTimezone".to_string(), json!("Asia/Ho_Chi_Minh")),
        ("DefaultPaymentModule".to_string(), json!("1")),
        ("CreditAutoApply".to_string(), json!("1")),
        ("ClientNotifications".to_string(), json!("1")),
        ("DefaultNameservers".to_string(), json!([])),
    ]);
    if let Some(Value::Object(o)) = saved.and_then(|s| serde_json::from_str(&s).ok()) {
        configs.extend(o);
    }
    Ok(configs)
}

/// `GET /clientarea/settings`.
pub async fn get_settings(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(Json(json!({ "configs": stored(&conn, client)? })))
}

fn flag(v: &Value) -> Option<&'static str> {
    match v {
        Value::Bool(true) => Some("1"),
        Value::Bool(false) => Some("0"),
        Value::Number(n) if n.as_i64() == Some(1) => Some("1"),
        Value::Number(n) if n.as_i64() == Some(0) => Some("0"),
        Value::String(s) if s == "1" || s == "on" => Some("1"),
        Value::String(s) if s == "0" || s == "off" => Some("0"),
        _ => None,
    }
}

/// `POST /clientarea/settings` with `configs`.
pub async fn save_settings(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let Some(asked) = f.get("configs").and_then(Value::as_object) else {
        return Err(bad("Nothing to update"));
    };
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut configs = stored(&conn, client)?;
    for (key, value) in asked {
        let kept = match key.as_str() {
            "DefaultPaymentModule" => {
                let id = match value {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => String::new(),
                };
                let known: i64 = conn.query_row(
                    "SELECT COUNT(*) FROM payment_methods WHERE CAST(id AS TEXT) = ?1",
                    params![id],
                    |r| r.get(0),
                )?;
                if known == 0 {
                    return Err(bad("Unknown payment module"));
                }
                json!(id)
            }
            "CreditAutoApply" | "ClientNotifications" => {
                json!(flag(value).ok_or_else(|| bad(&format!("Invalid value for {key}")))?)
            }
            "DefaultNameservers" => {
                let list: Vec<String> = value
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(|s| s.trim().to_lowercase()))
                            .collect()
                    })
                    .unwrap_or_default();
                let valid = list.iter().all(|n| super::vm_extras::valid_hostname(n));
                if !(list.is_empty() || (2..=4).contains(&list.len())) || !valid {
                    return Err(bad("Default nameservers are invalid"));
                }
                json!(list)
            }
            "RecordsPerPage" | "DefaultTimezone" => value.clone(),
            _ => return Err(bad(&format!("Unknown setting {key}"))),
        };
        configs.insert(key.clone(), kept);
    }
    conn.execute(
        "INSERT INTO client_settings(client_id, configs) VALUES (?1, ?2) \
         ON CONFLICT(client_id) DO UPDATE SET configs = excluded.configs",
        params![client, Value::Object(configs).to_string()],
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["Settings updated"] }),
    ))
}

fn channel(f: &Value) -> Result<&'static str, ApiFailure> {
    match f.get("type").and_then(Value::as_str) {
        Some("email") => Ok("email"),
        Some("sms") => Ok("sms"),
        _ => Err(bad("Verification type must be email or sms")),
    }
}

/// `POST /verification/resend` with `type`.
pub async fn resend(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let kind = channel(&f)?;
    // Six random digits.
    let code = format!(
        "{:06}",
        rand::Rng::gen_range(&mut rand::thread_rng(), 0..1_000_000u32)
    );
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    conn.execute(
        "INSERT INTO verifications(client_id, type, code, expires) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT(client_id, type) DO UPDATE SET code = excluded.code, expires = excluded.expires",
        params![client, kind, code, super::password_reset::now_secs() + CODE_LIFETIME_SECS],
    )?;
    let what = if kind == "sms" {
        "phone"
    } else {
        "e-mail address"
    };
    super::password_reset::send_email(
        &conn,
        client,
        "Your verification code",
        &format!(
            "<p>Your code to verify your {what} is <strong>{code}</strong>. It is valid for one hour.</p>"
        ),
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["Verification code sent"] }),
    ))
}

/// `POST /verification/verify` with `type` and `code`: once, within the hour.
pub async fn verify(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let kind = channel(&f)?;
    let typed = f
        .get("code")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let found: Option<(String, i64)> = conn
        .query_row(
            "SELECT code, expires FROM verifications WHERE client_id = ?1 AND type = ?2 AND verified = 0",
            params![client, kind],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        Some((code, expires)) if code == typed && expires > super::password_reset::now_secs() => {
            conn.execute(
                "UPDATE verifications SET verified = 1 WHERE client_id = ?1 AND type = ?2",
                params![client, kind],
            )?;
            Ok(Json(
                json!({ "success": true, "info": ["Verification successful"] }),
            ))
        }
        _ => Err(bad("Invalid or expired verification code")),
    }
}

/// Records an event of `client`'s account (a sign-in, refused or not), for `GET /logs`.
pub fn record(
    conn: &Connection,
    client: i64,
    action: &str,
    ip: Option<std::net::IpAddr>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO activity_log(client_id, date, action, ip) VALUES (?1, datetime('now'), ?2, ?3)",
        params![client, action, ip.map(|i| i.to_string()).unwrap_or_default()],
    )?;
    Ok(())
}

/// A client's rows of `sql` (`id` then the text columns named in `columns`, in that order) as
/// JSON objects keyed by those names, the id as text.
fn entries(
    conn: &Connection,
    sql: &str,
    client: i64,
    columns: &[&str],
) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare(sql)?;
    stmt.query_map(params![client], |r| {
        let mut row = json!({ "id": r.get::<_, i64>(0)?.to_string() });
        for (i, name) in columns.iter().enumerate() {
            row[*name] = json!(r.get::<_, String>(i + 1)?);
        }
        Ok(row)
    })?
    .collect()
}

/// `GET /logs`: the newest 50 sign-ins and changes.
pub async fn logs(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let rows = entries(
        &conn,
        "SELECT id, date, action, ip FROM activity_log WHERE client_id = ?1 \
         ORDER BY date DESC, id DESC LIMIT 50",
        client,
        &["date", "action", "ip"],
    )?;
    Ok(Json(json!({ "logs": rows })))
}

/// `GET /clientarea/histories`: the account's history, newest first.
pub async fn histories(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let rows = entries(
        &conn,
        "SELECT id, date, description FROM account_history WHERE client_id = ?1 \
         ORDER BY date DESC, id DESC",
        client,
        &["date", "description"],
    )?;
    Ok(Json(json!({ "histories": rows })))
}
