//! HostBill's SSL certificates (seed 002): `GET /certificate`, `GET /certificate/@id`,
//! `GET /certificate/@id/crt`, `GET /certificate/order`, `GET
//! /certificate/order/@product_id/software` and `POST /certificate/order`, in the seed's shapes.
//! A certificate is a service (category "SSL Certificates") with a row of its own for what the
//! authority knows. An order is checked as an authority would (a request in PEM whose common
//! name is a domain, an approver address among the five mailboxes at that domain or a parent),
//! then makes a pending service and an unpaid invoice. Another client's certificate is not found;
//! a file is only given for an issued certificate.

use super::DemoState;
use super::auth::{ClientId, body_fields, field_text};
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

/// The demo's issued certificate (self-signed for nguyenstudio.vn: only its shape matters).
pub const DEMO_CRT: &str = "-----BEGIN CERTIFICATE-----
MIIBijCCAS+gAwIBAgIUE1+38iIrH6xlX+XP4O497PpfZucwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPbmd1eWVuc3R1ZGlvLnZuMB4XDTI2MTIwMzE3NDMyNloXDTM2
MTEzMDE3NDMyNlowGjEYMBYGA1UEAwwPbmd1eWVuc3R1ZGlvLnZuMFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAE2Rndf0U8fNvnnNWVDvLfq82svHUJpYp5dmabJAe7
TLZQ5DoJ4PK+5eDZjEaYHJ4KOyTVXehCg3NXpEGpogh0EaNTMFEwHQYDVR0OBBYE
FL3f9kio94P8mVlFuReHI6uXD8KmMB8GA1UdIwQYMBaAFL3f9kio94P8mVlFuReH
I6uXD8KmMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAId0kFGe
esg1xsGpBGLjbDSy2daaih97lipugJU9caCuAiEAg7IuKuHFDq3V4no5R4/ECs48
56GWqivSsUKjfaOyu1c=
-----END CERTIFICATE-----
";

/// The server software HostBill's GoGetSSL module lists (the seed's first two, and the usual).
const SOFTWARE: [(i64, &str); 6] = [
    (0, "AOL"),
    (1, "Apache-SSL (Ben-SSL, not Stronghold)"),
    (2, "Apache/ModSSL"),
    (3, "Microsoft IIS"),
    (4, "Nginx"),
    (5, "Other"),
];

/// The list row's fields; the details add theirs.
fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    Ok(json!({
        "id": r.get::<_, i64>(0)?.to_string(),
        "domain": r.get::<_, String>(1)?,
        "total": amount(r.get(2)?),
        "status": r.get::<_, String>(3)?,
        "billingcycle": r.get::<_, String>(4)?,
        "next_due": r.get::<_, String>(5)?,
        "category": "SSL Certificates",
        "category_url": "sslcertificates",
        "name": r.get::<_, String>(6)?,
        "cert_email": r.get::<_, String>(7)?,
        "cert_status": r.get::<_, String>(8)?,
        "cert_expires": r.get::<_, String>(9)?,
    }))
}

const SELECT: &str = "SELECT s.id, s.domain, s.total, s.status, s.billingcycle, s.next_due, s.name, \
    c.cert_email, c.cert_status, c.cert_expires, s.date_created, c.csr, c.software \
    FROM services s JOIN certificates c ON c.service_id = s.id WHERE s.client_id = ?1";

/// `GET /certificate`.
pub async fn list(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY s.id"))?;
    let rows = stmt
        .query_map(params![client], row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "sslservices": rows })))
}

fn owned(conn: &Connection, client: i64, id: &str) -> Result<Value, ApiFailure> {
    conn.query_row(
        &format!("{SELECT} AND s.id = ?2"),
        params![client, id.parse::<i64>().unwrap_or(-1)],
        |r| {
            let mut v = row(r)?;
            v["date_created"] = json!(r.get::<_, String>(10)?);
            v["csr"] = json!(r.get::<_, String>(11)?);
            v["software"] = json!(r.get::<_, String>(12)?);
            Ok(v)
        },
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("Certificate"))
}

/// `GET /certificate/@id`: the contacts are the account holder's (HostBill copies them when
/// the order names none), the organisation the account's company.
pub async fn get_one(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut v = owned(&conn, client, &id)?;
    let (first, last, email, company, city, country): (
        String,
        String,
        String,
        String,
        String,
        String,
    ) = conn.query_row(
        "SELECT firstname, lastname, email, companyname, city, country FROM clients WHERE id = ?1",
        params![client],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )?;
    let person = json!({"FName": first, "LName": last, "EmailAddress": email, "City": city,
        "Country": country, "OrgName": if company.is_empty() { "n/a".to_string() } else { company.clone() },
        "JobTitle": "n/a"});
    v["contacts"] = json!({ "admin": person, "billing": person, "tech": person });
    v["organization"] = json!({"name": if company.is_empty() { "n/a".to_string() } else { company },
        "locality": city, "country": country, "unit": "n/a", "postalcode": "n/a"});
    v["firstpayment"] = v["total"].clone();
    v["label"] = json!("");
    Ok(Json(json!({ "service": v })))
}

/// `GET /certificate/@id/crt`.
pub async fn file(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let v = owned(&conn, client, &id)?;
    let crt: String = conn.query_row(
        "SELECT crt FROM certificates WHERE service_id = ?1",
        params![id.parse::<i64>().unwrap_or(-1)],
        |r| r.get(0),
    )?;
    if v["status"] != "Active" || crt.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Certificate has not been issued yet",
        ));
    }
    Ok(Json(json!({ "crt": crt })))
}

/// A period a certificate is sold for: years, price and renewal price (hundredths of a USD).
type Period = (i64, i64, i64);

/// A product's name and its periods, as stored.
fn product(conn: &Connection, id: i64) -> rusqlite::Result<Option<(String, Vec<Period>)>> {
    conn.query_row(
        "SELECT name, periods FROM ssl_products WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, periods(&r.get::<_, String>(1)?))),
    )
    .optional()
}

fn periods(stored: &str) -> Vec<Period> {
    serde_json::from_str::<Vec<Value>>(stored)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| {
            Some((
                p["years"].as_i64()?,
                p["price"].as_i64()?,
                p["renew"].as_i64()?,
            ))
        })
        .collect()
}

/// Hundredths as the seed's numbers (`27.85`).
fn number(hundredths: i64) -> Value {
    json!((hundredths as f64) / 100.0)
}

/// `GET /certificate/order`: prices in the client's currency (the catalogue's rate), as a
/// portal with per-currency pricing answers.
pub async fn products(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, rate) = super::catalog::client_rate(&conn, client)?;
    let mut stmt =
        conn.prepare("SELECT id, name, description, periods FROM ssl_products ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let terms: Vec<Value> = periods(&r.get::<_, String>(3)?)
                .into_iter()
                .map(|(years, price, renew)| json!({"years": years, "price": number(price * rate), "renew": number(renew * rate)}))
                .collect();
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
                "description": r.get::<_, String>(2)?, "periods": terms,
                "category": "SSL Certificates", "category_url": "sslcertificates",
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "products": rows })))
}

/// `GET /certificate/order/@product_id/software`.
pub async fn software(
    State(demo): State<DemoState>,
    _c: ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    product(&conn, id.parse().unwrap_or(-1))?.ok_or_else(|| ApiFailure::not_found("Product"))?;
    let list: Vec<Value> = SOFTWARE
        .iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    Ok(Json(json!({ "software": list })))
}

/// The common name of a PEM certificate request, found as an authority's parser would reach it
/// for this check: the DER of `CN` (OID 2.5.4.3) followed by its string. `None` when the text is
/// not a request or names no domain.
fn common_name(csr: &str) -> Option<String> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE REQUEST-----";
    let start = csr.find(BEGIN)? + BEGIN.len();
    let end = csr[start..].find("-----END CERTIFICATE REQUEST-----")? + start;
    let body: String = csr[start..end].split_whitespace().collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .ok()?;
    if der.first() != Some(&0x30) {
        return None;
    }
    let at = der
        .windows(5)
        .position(|w| w == [0x06, 0x03, 0x55, 0x04, 0x03])?
        + 5;
    let (tag, len) = (*der.get(at)?, usize::from(*der.get(at + 1)?));
    // UTF8String, PrintableString or IA5String, short form.
    if ![0x0c, 0x13, 0x16].contains(&tag) || len >= 0x80 {
        return None;
    }
    let name = String::from_utf8(der.get(at + 2..at + 2 + len)?.to_vec()).ok()?;
    Some(name.to_ascii_lowercase())
}

/// Whether `email` is one of the five mailboxes at `domain` (without `*.`/`www.`) or a parent.
fn approver_ok(email: &str, domain: &str) -> bool {
    let Some((local, at)) = email
        .to_ascii_lowercase()
        .split_once('@')
        .map(|(l, d)| (l.to_string(), d.to_string()))
    else {
        return false;
    };
    let host = domain.trim_start_matches("*.");
    let host = host.strip_prefix("www.").unwrap_or(host);
    [
        "admin",
        "administrator",
        "hostmaster",
        "postmaster",
        "webmaster",
    ]
    .contains(&local.as_str())
        && at.contains('.')
        && (host == at || host.ends_with(&format!(".{at}")))
}

/// `POST /certificate/order`.
pub async fn order(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let text = |k: &str| field_text(&f, k);
    let bad = |m: &str| ApiFailure::new(StatusCode::BAD_REQUEST, m);
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let product_id: i64 = text("product_id").parse().unwrap_or(-1);
    let (name, periods) =
        product(&conn, product_id)?.ok_or_else(|| bad("Invalid certificate product"))?;
    let years: i64 = text("years").parse().unwrap_or(0);
    let (_, usd, _) = periods
        .iter()
        .copied()
        .find(|(y, _, _)| *y == years)
        .ok_or_else(|| bad("Invalid period for this certificate"))?;
    let csr = text("csr");
    let domain = common_name(&csr).ok_or_else(|| bad("Invalid CSR"))?;
    let approver = text("approver_email");
    if !approver_ok(&approver, &domain) {
        return Err(bad("Approver email is not valid for this domain"));
    }
    let software = text("software");
    if !software.is_empty() && !SOFTWARE.iter().any(|(id, _)| id.to_string() == software) {
        return Err(bad("Invalid server software"));
    }
    let pay: i64 = text("pay_method").parse().unwrap_or(-1);
    let gateway: Option<i64> = conn
        .query_row(
            "SELECT id FROM payment_methods WHERE id = ?1",
            params![pay],
            |r| r.get(0),
        )
        .optional()?;
    if gateway.is_none() {
        return Err(bad("Invalid payment method"));
    }
    let (currency, rate) = super::catalog::client_rate(&conn, client)?;
    let total = usd * rate;
    let tx = conn.transaction()?;
    let invoice: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
        r.get(0)
    })?;
    let now = chrono::Local::now();
    let today = now.format("%Y-%m-%d").to_string();
    let next = (now.date_naive() + chrono::Duration::days(365 * years))
        .format("%Y-%m-%d")
        .to_string();
    tx.execute(
        "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, tax, taxrate, total, status, currency, notes) \
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, 0, '0', ?5, 'Unpaid', ?6, 'New order')",
        params![invoice, client, format!("{}/{}", now.format("%Y/%m"), invoice), today, total, currency],
    )?;
    let cycle = if years == 1 {
        "Annually".to_string()
    } else {
        format!("{years} Years")
    };
    tx.execute(
        "INSERT INTO services(client_id, product_id, name, category, domain, total, billingcycle, date_created, next_due, status) \
         VALUES (?1, NULL, ?2, 'SSL Certificates', ?3, ?4, ?5, ?6, ?7, 'Pending')",
        params![client, name, domain, total, cycle, today, next],
    )?;
    let service = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO certificates(service_id, csr, cert_email, cert_status, software) VALUES (?1, ?2, ?3, '', ?4)",
        params![service, csr, approver.to_ascii_lowercase(), software],
    )?;
    tx.execute(
        "INSERT INTO invoice_items(invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1, 'Hosting', ?2, ?3, ?4, '1.00', 0)",
        params![invoice, service, format!("{name} — {domain} ({years} y)"), total],
    )?;
    tx.commit()?;
    Ok(Json(json!({
        "order_num": 873_340_000 + invoice,
        "invoice_id": invoice.to_string(),
        "total": amount(total),
        "items": {"id": service.to_string(), "type": "Hosting", "name": domain, "product_id": product_id.to_string()},
    })))
}
