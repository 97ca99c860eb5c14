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

/// The details a client may change, checked as HostBill does: names, e-mail (valid and not
/// another client's), address, city, country (two letters) and phone required.
pub fn update_details(
    conn: &rusqlite::Connection,
    id: i64,
    f: &serde_json::Value,
) -> Result<(), ApiFailure> {
    let (email, country) = checked_person(conn, f, id, -1)?;
    let text = |k: &str| {
        f.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    conn.execute(
        "UPDATE clients SET email = ?1, firstname = ?2, lastname = ?3, companyname = ?4, address1 = ?5, \
         address2 = ?6, city = ?7, state = ?8, postcode = ?9, country = ?10, phonenumber = ?11 WHERE id = ?12",
        params![
            email, text("firstname"), text("lastname"), text("companyname"), text("address1"),
            text("address2"), text("city"), text("state"), text("postcode"), country,
            text("phonenumber"), id
        ],
    )?;
    Ok(())
}

/// The checks of a person's fields (the account's and a contact's alike): names, e-mail (valid,
/// and no other client's or contact's than `client`'s or `contact`'s own), address, city,
/// country (two letters) and phone required. Answers the e-mail lowercased and the country
/// uppercased, as kept.
pub fn checked_person(
    conn: &rusqlite::Connection,
    f: &serde_json::Value,
    client: i64,
    contact: i64,
) -> Result<(String, String), ApiFailure> {
    use axum::http::StatusCode;
    let text = |k: &str| {
        f.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let bad = |m: &str| ApiFailure::new(StatusCode::BAD_REQUEST, m);
    for (key, label) in [
        ("firstname", "First name"),
        ("lastname", "Last name"),
        ("email", "Email"),
        ("address1", "Address"),
        ("city", "City"),
        ("country", "Country"),
        ("phonenumber", "Phone"),
    ] {
        if text(key).is_empty() {
            return Err(bad(&format!("{label} is required")));
        }
    }
    let email = text("email").to_ascii_lowercase();
    if !email
        .split_once('@')
        .is_some_and(|(a, d)| !a.is_empty() && d.contains('.'))
    {
        return Err(bad("Email address is invalid"));
    }
    let taken: i64 = conn.query_row(
        "SELECT (SELECT COUNT(*) FROM clients WHERE email = ?1 AND id != ?2) \
              + (SELECT COUNT(*) FROM contacts WHERE email = ?1 AND id != ?3)",
        params![email, client, contact],
        |r| r.get(0),
    )?;
    if taken > 0 {
        return Err(bad("This email address is already in use"));
    }
    let country = text("country").to_ascii_uppercase();
    if country.len() != 2 {
        return Err(bad("Country is invalid"));
    }
    Ok((email, country))
}

/// `PUT /details`: answers the record as saved.
pub async fn update(
    State(demo): State<DemoState>,
    ClientId(id): ClientId,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let f = super::auth::body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    update_details(&conn, id, &f)?;
    Ok(Json(
        json!({ "client": client_json(&conn, id)?, "info": ["Account details updated"] }),
    ))
}

/// A password change: the current password must match; the new one is 8 to 64 characters.
pub fn change_password(
    conn: &rusqlite::Connection,
    id: i64,
    current: &str,
    new: &str,
) -> Result<(), ApiFailure> {
    use axum::http::StatusCode;
    let (salt, stored): (String, String) = conn.query_row(
        "SELECT salt, password_hash FROM clients WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if super::auth::hash_password(&salt, current) != stored {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Current password is incorrect",
        ));
    }
    if !(8..=64).contains(&new.chars().count()) {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Password must be between 8 and 64 characters",
        ));
    }
    conn.execute(
        "UPDATE clients SET password_hash = ?1 WHERE id = ?2",
        params![super::auth::hash_password(&salt, new), id],
    )?;
    Ok(())
}

/// `POST /password/change` with `oldpassword`, `password` and `password2`.
pub async fn password_change(
    State(demo): State<DemoState>,
    ClientId(id): ClientId,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let f = super::auth::body_fields(&headers, &body);
    let text = |k: &str| f.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
    if text("password") != text("password2") {
        return Err(ApiFailure::new(
            axum::http::StatusCode::BAD_REQUEST,
            "Passwords do not match",
        ));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    change_password(&conn, id, &text("oldpassword"), &text("password"))?;
    Ok(Json(json!({ "info": ["Password changed"] })))
}
