//! HostBill's contacts (seed 004): `GET /contact`, `POST /contact`, `GET /contact/@id`,
//! `PUT /contact/@id` and `GET /contact/privileges`, in the seed's shapes. A contact's fields are
//! checked as the account's own ([`super::account::checked_person`]: its e-mail may be no
//! client's and no other contact's), a password (for a contact who signs in) has at least 8
//! characters, and only privileges on offer are kept. Another client's contact is not found.

use super::DemoState;
use super::auth::{ClientId, body_fields, hash_password, random_token};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

const FIELDS: [&str; 11] = [
    "email",
    "firstname",
    "lastname",
    "companyname",
    "address1",
    "address2",
    "city",
    "state",
    "postcode",
    "country",
    "phonenumber",
];

/// What a contact may be given on `client`'s account: the seed's switches, and per service and
/// per domain of the client's.
fn offered(conn: &Connection, client: i64) -> rusqlite::Result<Value> {
    let mut stmt = conn.prepare(
        "SELECT id, category = 'Domains' FROM services WHERE client_id = ?1 AND status != 'Terminated' ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![client], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut services = Map::from_iter([("full".to_string(), json!(1))]);
    let mut domains = services.clone();
    for (id, is_domain) in rows {
        if is_domain {
            domains.insert(
                id.to_string(),
                json!(["basic", "renew", "notify", "contactinfo", "nameservers"]),
            );
        } else {
            services.insert(
                id.to_string(),
                json!(["basic", "billing", "cancelation", "upgrade", "notify"]),
            );
        }
    }
    Ok(json!({
        "billing": ["emails", "payinvoice", "orders", "balance", "addfunds", "creditcard"],
        "support": ["newticket", "tickets", "closeticket", "emails"],
        "misc": ["editmain", "emails", "editipaccess", "manageprofiles", "affiliates"],
        "services": services,
        "domains": domains,
    }))
}

/// `asked` kept to what `offered` lists (a key or item not on offer is dropped).
fn within(asked: &Value, offered: &Value) -> Value {
    let listed = |v: &Value, key: &str| v.as_array().is_some_and(|a| a.iter().any(|k| k == key));
    let keys_within = |asked: &Value, offer: &Value| -> Value {
        json!(
            asked
                .as_array()
                .map(|a| a
                    .iter()
                    .filter(|k| k.as_str().is_some_and(|k| listed(offer, k)))
                    .cloned()
                    .collect::<Vec<_>>())
                .unwrap_or_default()
        )
    };
    let mut out = Map::new();
    let (Some(asked), Some(offered)) = (asked.as_object(), offered.as_object()) else {
        return Value::Object(out);
    };
    for (group, value) in asked {
        let Some(offer) = offered.get(group) else {
            continue;
        };
        match (value, offer) {
            (Value::Array(_), Value::Array(_)) => {
                out.insert(group.clone(), keys_within(value, offer));
            }
            (Value::Object(items), Value::Object(offer_items)) => {
                let mut kept = Map::new();
                for (item, keys) in items {
                    match (item.as_str(), offer_items.get(item)) {
                        ("full", Some(_))
                            if keys == &json!(1) || keys == &json!("1") || keys == &json!(true) =>
                        {
                            kept.insert("full".into(), json!(1));
                        }
                        (_, Some(offer_keys)) if item != "full" => {
                            kept.insert(item.clone(), keys_within(keys, offer_keys));
                        }
                        _ => {}
                    }
                }
                out.insert(group.clone(), Value::Object(kept));
            }
            _ => {}
        }
    }
    Value::Object(out)
}

/// The privileges as sent: a JSON object, or a JSON text of one (a form post).
fn privileges_of(f: &Value) -> Value {
    match f.get("privileges") {
        Some(Value::String(s)) => serde_json::from_str(s).unwrap_or_else(|_| json!({})),
        Some(v @ Value::Object(_)) => v.clone(),
        _ => json!({}),
    }
}

fn text(f: &Value, key: &str) -> String {
    f.get(key)
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string()
}

fn contact_row(conn: &Connection, client: i64, id: &str) -> rusqlite::Result<Option<Value>> {
    conn.query_row(
        "SELECT id, email, firstname, lastname, companyname, address1, address2, city, state, postcode, \
         country, phonenumber, type, privileges FROM contacts WHERE id = ?1 AND client_id = ?2",
        params![id.parse::<i64>().unwrap_or(-1), client],
        |r| {
            let mut v = json!({ "id": r.get::<_, i64>(0)?.to_string() });
            for (i, key) in FIELDS.iter().enumerate() {
                v[*key] = json!(r.get::<_, String>(i + 1)?);
            }
            v["type"] = json!(r.get::<_, String>(12)?);
            v["privileges"] = serde_json::from_str(&r.get::<_, String>(13)?).unwrap_or_else(|_| json!({}));
            Ok(v)
        },
    )
    .optional()
}

/// `GET /contact`.
pub async fn list(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT id, email, firstname, lastname, companyname, lastlogin FROM contacts WHERE client_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![client], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "email": r.get::<_, String>(1)?,
                "firstname": r.get::<_, String>(2)?, "lastname": r.get::<_, String>(3)?,
                "companyname": r.get::<_, String>(4)?,
                "company": if r.get::<_, String>(4)?.is_empty() { "0" } else { "1" },
                "lastlogin": r.get::<_, String>(5)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "contacts": rows })))
}

/// `GET /contact/privileges`.
pub async fn privileges(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(Json(json!({ "privileges": offered(&conn, client)? })))
}

/// `GET /contact/@id`.
pub async fn get_one(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let contact =
        contact_row(&conn, client, &id)?.ok_or_else(|| ApiFailure::not_found("Contact"))?;
    Ok(Json(json!({ "contact": contact })))
}

/// Checks and normalises a contact's fields; `contact` is its id when editing (-1 when new).
fn checked(
    conn: &Connection,
    client: i64,
    contact: i64,
    f: &Value,
) -> Result<(Vec<String>, String, String), ApiFailure> {
    let (email, country) = super::account::checked_person(conn, f, -1, contact)?;
    let kind = match text(f, "type").as_str() {
        "" | "Private" => "Private",
        "Company" => "Company",
        _ => {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "Account type is invalid",
            ));
        }
    };
    let privileges = within(&privileges_of(f), &offered(conn, client)?);
    let values = FIELDS
        .iter()
        .map(|k| match *k {
            "email" => email.clone(),
            "country" => country.clone(),
            other => text(f, other),
        })
        .collect();
    Ok((values, kind.to_string(), privileges.to_string()))
}

/// `POST /contact`.
pub async fn add(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (v, kind, privileges) = checked(&conn, client, -1, &f)?;
    let password = text(&f, "password");
    if !password.is_empty() && password.chars().count() < 8 {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Password should be at least 8 characters long",
        ));
    }
    let salt = random_token();
    let hash = if password.is_empty() {
        String::new()
    } else {
        hash_password(&salt, &password)
    };
    conn.execute(
        "INSERT INTO contacts(client_id, email, firstname, lastname, companyname, address1, address2, city, \
         state, postcode, country, phonenumber, type, privileges, password_hash, salt) \
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
        params![client, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], kind, privileges, hash, salt],
    )?;
    let id = conn.last_insert_rowid();
    Ok(Json(
        json!({ "success": true, "contact_id": id.to_string(), "info": ["Contact added"] }),
    ))
}

/// `PUT /contact/@id`.
pub async fn update(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    if contact_row(&conn, client, &id)?.is_none() {
        return Err(ApiFailure::not_found("Contact"));
    }
    let contact = id.parse::<i64>().unwrap_or(-1);
    let (v, kind, privileges) = checked(&conn, client, contact, &f)?;
    conn.execute(
        "UPDATE contacts SET email = ?1, firstname = ?2, lastname = ?3, companyname = ?4, address1 = ?5, \
         address2 = ?6, city = ?7, state = ?8, postcode = ?9, country = ?10, phonenumber = ?11, type = ?12, \
         privileges = ?13 WHERE id = ?14 AND client_id = ?15",
        params![v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], kind, privileges, contact, client],
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["Contact updated"] }),
    ))
}
