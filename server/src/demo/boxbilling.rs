//! The demo portal in BoxBilling's dialect (seed 003): `POST /guest/client/login` and
//! `POST /client/<module>/<method>`, every answer HTTP 200 with `{"result": ..., "error": null}`
//! or `{"result": null, "error": {"message", "code"}}`. A guest login sets a session cookie;
//! client calls accept that cookie or the client's API key as HTTP Basic `client:<key>` (as
//! BoxBilling does). Like the Kdata dialect it adapts the HostBill demo's handlers, so all
//! dialects share one account and one set of rules. Shapes follow BoxBilling's `toApiArray`
//! (the seed lists calls without answers): invoices keyed by `hash`, orders with `period`.

use super::auth::{self, body_fields, random_token};
use super::reply::{ApiFailure, amount};
use super::{Demo, DemoState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The cookie a guest login sets: PHP's session cookie, as FOSSBilling's.
pub(super) const COOKIE: &str = "PHPSESSID";

pub(super) fn ok(result: Value) -> Response {
    Json(json!({ "result": result, "error": null })).into_response()
}

pub(super) fn fail(message: &str, code: i64) -> Response {
    Json(json!({ "result": null, "error": { "message": message, "code": code } })).into_response()
}

pub(super) fn failure(f: ApiFailure) -> Response {
    let code = match f.status() {
        StatusCode::NOT_FOUND => 404,
        StatusCode::CONFLICT => 409,
        _ => 9999,
    };
    fail(f.message(), code)
}

pub(super) fn json_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h
}

pub(super) fn internal() -> Response {
    fail("Internal error", 9999)
}

/// A stable, unguessable-looking invoice hash (BoxBilling's public invoice key).
/// An invoice's hash, the key to BoxBilling's public invoice page: keyed with this database's
/// secret, so it cannot be worked out from the invoice number (128 bits).
pub(super) fn invoice_hash(demo: &Demo, id: i64) -> String {
    keyed_hex(demo, &format!("invoice-hash:{id}"))[..32].to_string()
}

/// sha256 (hex) of `what` under this database's secret: values only the demo can make.
pub(super) fn keyed_hex(demo: &Demo, what: &str) -> String {
    Sha256::digest(format!("{}:{what}", demo.secret).as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) fn session_cookie(headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get(header::COOKIE)?.to_str().ok()?;
    cookies.split(';').find_map(|c| {
        let (k, v) = c.trim().split_once('=')?;
        (k == COOKIE).then(|| v.to_string())
    })
}

/// The client of a request: its API key (HTTP Basic `client:<key>`) or its guest-login cookie.
pub(super) fn client_of(demo: &DemoState, headers: &HeaderMap) -> Option<i64> {
    if let Some(basic) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
    {
        let pair = base64::engine::general_purpose::STANDARD
            .decode(basic.trim())
            .ok()?;
        let pair = String::from_utf8(pair).ok()?;
        let key = pair.strip_prefix("client:")?;
        let conn = demo.db.lock().ok()?;
        return conn
            .query_row(
                "SELECT client_id FROM api_keys WHERE key = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten();
    }
    let sid = session_cookie(headers)?;
    demo.bb_sessions.lock().ok()?.get(&sid).copied()
}

/// The client of a `client/*` call, by FOSSBilling's rule (`_apiCall` in
/// `modules/Api/Controller/Client.php`, with `CSRFPrevention` on, its default): the session
/// cookie counts only with `CSRFToken` = md5 of the session id (checkout is exempt); otherwise
/// the API key as HTTP Basic `client:<key>`.
fn client_of_call(
    demo: &DemoState,
    headers: &HeaderMap,
    fields: &Value,
    checkout: bool,
) -> Option<i64> {
    let by_cookie = session_cookie(headers).and_then(|sid| {
        let client = demo.bb_sessions.lock().ok()?.get(&sid).copied()?;
        let token = fields.get("CSRFToken").and_then(Value::as_str);
        (checkout || token == Some(crate::csrf_handover::token_of(&sid).as_str())).then_some(client)
    });
    let basic = headers.contains_key(header::AUTHORIZATION);
    by_cookie.or_else(|| basic.then(|| client_of(demo, headers)).flatten())
}

fn profile(conn: &Connection, id: i64) -> rusqlite::Result<Value> {
    let p = super::account::client_json(conn, id)?;
    let currency: String = conn.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    let v = |k: &str| p[k].clone();
    // HostBill keeps `+84.901234567`; BoxBilling keeps the country code apart.
    let full = p["phonenumber"].as_str().unwrap_or("").to_string();
    let (phone_cc, phone) = match full.strip_prefix('+').and_then(|s| s.split_once('.')) {
        Some((cc, n)) => (cc.to_string(), n.to_string()),
        None => (String::new(), full.clone()),
    };
    Ok(json!({
        "id": id, "role": "client", "email": v("email"), "type": "individual", "status": "active",
        "first_name": v("firstname"), "last_name": v("lastname"), "company": v("companyname"),
        "address_1": v("address1"), "address_2": v("address2"), "city": v("city"),
        "state": v("state"), "postcode": v("postcode"), "country": v("country"),
        "phone_cc": phone_cc, "phone": phone, "currency": currency, "lang": "en",
        "created_at": "2024-01-15 09:00:00", "updated_at": "2024-01-15 09:00:00",
    }))
}

/// `POST /guest/client/login` with `email` and `password`: sets the session cookie.
pub async fn login(
    State(demo): State<DemoState>,
    peer: auth::Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let f = body_fields(&headers, &body);
    let text = |k: &str| f.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let hostbill = json!({ "username": text("email"), "password": text("password") });
    match auth::login(
        State(demo.clone()),
        peer,
        json_headers(),
        Bytes::from(hostbill.to_string()),
    )
    .await
    {
        Ok(_) => {}
        // Throttled: BoxBilling's error object, with the status and Retry-After a rate limit
        // in front of it would add.
        Err(e) if e.retry_after().is_some() => {
            let mut resp = fail(e.message(), 1005);
            *resp.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            if let Some(s) = e.retry_after() {
                resp.headers_mut().insert(header::RETRY_AFTER, s.into());
            }
            return resp;
        }
        Err(_) => return fail("Please check your login details", 9999),
    }
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM clients WHERE email = ?1",
            params![text("email").trim().to_ascii_lowercase()],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten();
    let (Some(id), Ok(p)) = (id, id.map_or(Ok(Value::Null), |id| profile(&conn, id))) else {
        return internal();
    };
    // FOSSBilling answers a sign-in with who signed in, not the whole profile
    // (real-answers guest_client_login.json).
    let name = format!(
        "{} {}",
        p["first_name"].as_str().unwrap_or_default(),
        p["last_name"].as_str().unwrap_or_default()
    );
    let p = json!({ "id": id, "email": p["email"], "name": name.trim(), "role": "client" });
    let sid = random_token();
    if let Ok(mut s) = demo.bb_sessions.lock() {
        s.insert(sid.clone(), id);
    }
    let mut answer = ok(p);
    if let Ok(cookie) = HeaderValue::from_str(&format!(
        "{COOKIE}={sid}; path=/; HttpOnly; SameSite=Strict"
    )) {
        answer.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    answer
}

/// `POST /client/<module>/<method>`.
pub async fn call(
    State(demo): State<DemoState>,
    Path((module, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let f = body_fields(&headers, &body);
    let checkout = (module.as_str(), method.as_str()) == ("cart", "checkout");
    let Some(client) = client_of_call(&demo, &headers, &f, checkout) else {
        // As FOSSBilling answers a call it cannot authenticate (real-answers csrf_on/).
        let mut refused = fail("Authentication Failed", 201);
        *refused.status_mut() = StatusCode::UNAUTHORIZED;
        return refused;
    };
    match (module.as_str(), method.as_str()) {
        ("profile", m) => profile_call(&demo, client, m, &headers, &f),
        ("client", "balance_get_list") => balance_list(&demo, client, &f),
        ("invoice", "get_list") => super::boxbilling_invoices::invoice_list(&demo, client, &f),
        ("invoice", "get") => super::boxbilling_invoices::invoice_get(&demo, client, &f).await,
        ("invoice", "funds_invoice") => {
            super::boxbilling_invoices::funds_invoice(&demo, client, &f).await
        }
        ("invoice", "renewal_invoice") => {
            super::boxbilling_invoices::renewal_invoice(&demo, client, &f)
        }
        ("invoice", "delete") => super::boxbilling_invoices::delete_invoice(&demo, client, &f),
        ("invoice", "transaction_get_list") => {
            super::boxbilling_invoices::transactions(&demo, client, &f)
        }
        ("order", "get_list") => order_list(&demo, client, &f),
        ("order", "get") => order_get(&demo, client, &f),
        ("order", "addons") => order_addons(&demo, client, &f),
        ("order", "upgradables") => order_upgradables(&demo, client, &f),
        ("support", "ticket_get_list") => tickets(&demo, client, &f),
        ("support", m) => super::boxbilling_support::support(&demo, client, m, &f),
        ("cart", "checkout") => super::boxbilling_cart::checkout(&demo, client, &headers, &f),
        ("servicesolusvm", m) => super::boxbilling_solusvm::solusvm(&demo, client, m, &f).await,
        ("servicedomain", m) => super::boxbilling_domain::servicedomain(&demo, client, m, &f),
        ("order", "service") => super::boxbilling_domain::order_service(&demo, client, &f),
        ("order", "delete") => super::boxbilling_hosting::order_delete(&demo, client, &f),
        ("servicehosting", m) => super::boxbilling_hosting::servicehosting(&demo, client, m, &f),
        ("servicelicense", m) => super::boxbilling_licence::servicelicense(&demo, client, m, &f),
        ("email", m) => super::emails::boxbilling(&demo, client, m, &f),
        _ => fail(&format!("Method {module}/{method} is not available"), 740),
    }
}

fn profile_call(
    demo: &DemoState,
    client: i64,
    method: &str,
    headers: &HeaderMap,
    f: &Value,
) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let key = |conn: &Connection| -> rusqlite::Result<Option<String>> {
        conn.query_row(
            "SELECT key FROM api_keys WHERE client_id = ?1",
            params![client],
            |r| r.get(0),
        )
        .optional()
    };
    let text = |k: &str| {
        f.get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim()
            .to_string()
    };
    match method {
        // BoxBilling's field names onto the shared rules (`+CC.NUMBER` phones, as HostBill keeps them).
        "update" => {
            let (cc, phone) = (text("phone_cc"), text("phone"));
            let fields = json!({
                "email": text("email"), "firstname": text("first_name"), "lastname": text("last_name"),
                "companyname": text("company"), "address1": text("address_1"), "address2": text("address_2"),
                "city": text("city"), "state": text("state"), "postcode": text("postcode"),
                "country": text("country"),
                "phonenumber": if cc.is_empty() { phone } else { format!("+{cc}.{phone}") },
            });
            return match super::account::update_details(&conn, client, &fields) {
                Ok(()) => ok(json!(true)),
                Err(e) => failure(e),
            };
        }
        // FOSSBilling's names (`current_password`, `new_password`, `confirm_password`).
        "change_password" => {
            if text("new_password") != text("confirm_password") {
                return fail("Passwords do not match", 9999);
            }
            return match super::account::change_password(
                &conn,
                client,
                &text("current_password"),
                &text("new_password"),
            ) {
                Ok(()) => ok(json!(true)),
                Err(e) => failure(e),
            };
        }
        _ => {}
    }
    let result = match method {
        "get" => profile(&conn, client).map(Some),
        "api_key_get" => key(&conn).map(|k| Some(json!(k.unwrap_or_default()))),
        "api_key_reset" => {
            let new = random_token();
            conn.execute(
                "INSERT INTO api_keys(client_id, key) VALUES (?1, ?2) \
                 ON CONFLICT(client_id) DO UPDATE SET key = excluded.key",
                params![client, new],
            )
            .map(|_| Some(json!(new)))
        }
        "logout" => {
            if let (Some(sid), Ok(mut s)) = (session_cookie(headers), demo.bb_sessions.lock()) {
                s.remove(&sid);
            }
            Ok(Some(json!(true)))
        }
        _ => Ok(None),
    };
    match result {
        Ok(Some(v)) => ok(v),
        Ok(None) => fail(&format!("Method profile/{method} is not available"), 740),
        Err(_) => internal(),
    }
}

/// Page and rows per page of a list call (BoxBilling's `page`, `per_page`, at most 100).
fn paging(f: &Value) -> (i64, i64) {
    let n = |k: &str, d: i64| match f.get(k) {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(d),
        Some(Value::String(s)) => s.parse().unwrap_or(d),
        _ => d,
    };
    (n("page", 1).max(1), n("per_page", 30).clamp(1, 100))
}

pub(super) fn paged(rows: Vec<Value>, f: &Value) -> Response {
    let (page, per_page) = paging(f);
    let total = rows.len() as i64;
    let list: Vec<Value> = rows
        .into_iter()
        .skip(usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX))
        .take(per_page as usize)
        .collect();
    ok(json!({
        "list": list, "page": page, "per_page": per_page, "total": total,
        "pages": ((total + per_page - 1) / per_page).max(1),
    }))
}

/// The credit history as balance entries; an opening entry makes them add up to the credit.
fn balance_list(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let (credit, currency): (i64, String) = conn.query_row(
            "SELECT credit, currency FROM clients WHERE id = ?1",
            params![client],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut stmt = conn.prepare(
            "SELECT id, date, description, amount FROM credit_logs WHERE client_id = ?1 ORDER BY date DESC, id DESC",
        )?;
        let mut rows: Vec<(i64, String, String, i64)> = stmt
            .query_map(params![client], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let sum: i64 = rows.iter().map(|r| r.3).sum();
        if sum != credit {
            rows.push((
                0,
                "2024-01-15".into(),
                "Opening balance".into(),
                credit - sum,
            ));
        }
        Ok(rows
            .into_iter()
            .map(|(id, date, description, amt)| {
                json!({"id": id, "description": description, "amount": amount(amt), "currency": currency, "created_at": format!("{date} 00:00:00")})
            })
            .collect())
    };
    match run() {
        Ok(rows) => paged(rows, f),
        Err(_) => internal(),
    }
}

fn period(cycle: &str) -> &'static str {
    match cycle {
        "Quarterly" => "3M",
        "Semi-Annually" => "6M",
        "Annually" => "1Y",
        "Biennially" => "2Y",
        "Triennially" => "3Y",
        "Quadrennially" => "4Y",
        "Quinquennially" => "5Y",
        _ => "1M",
    }
}

fn order_row(conn: &Connection, r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    let id: i64 = r.get(0)?;
    let status: String = r.get(3)?;
    let vms: i64 = conn.query_row(
        "SELECT COUNT(*) FROM vms WHERE service_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    let category: String = r.get(6)?;
    let service_type = match (category.as_str(), vms > 0) {
        ("Cloud Servers", true) => "solusvm",
        ("Domains", _) => "domain",
        // FOSSBilling sells certificates as custom products (no module of their own).
        ("SSL Certificates", _) => "custom",
        // And dedicated servers, set up by hand.
        ("Dedicated Servers", _) => "custom",
        ("Licenses", _) => "license",
        _ => "hosting",
    };
    // As FOSSBilling 0.6.22 answers (real-answers order_get_1, order_get_2): `meta` is `[]`, the
    // domain is in `config`; a domain order has no period or expiry of its own (its registrar
    // keeps the expiry, `order/service`).
    let domain: String = r.get(8)?;
    let (sld, tld) = domain
        .split_once('.')
        .map_or((domain.clone(), String::new()), |(s, t)| {
            (s.to_string(), format!(".{t}"))
        });
    let is_domain = service_type == "domain";
    let config = if is_domain {
        // The years registered are the order's period (`validateOrderData` sets both).
        let period = period(&r.get::<_, String>(4)?);
        let years: i64 = period.trim_end_matches('Y').parse().unwrap_or(1);
        json!({ "action": "register", "register_sld": sld, "register_tld": tld, "register_years": years, "period": period })
    } else if domain.is_empty() {
        json!({ "period": period(&r.get::<_, String>(4)?) })
    } else {
        json!({ "sld": sld, "tld": tld, "period": period(&r.get::<_, String>(4)?),
                "domain": { "action": "owndomain", "owndomain_sld": sld, "owndomain_tld": tld } })
    };
    Ok(json!({
        "id": id, "client_id": r.get::<_, i64>(9)?, "title": r.get::<_, String>(1)?,
        "service_type": service_type,
        "status": match status.as_str() {
            "Active" => "active", "Pending" => "pending_setup", "Suspended" => "suspended",
            _ => "canceled",
        },
        "price": amount(r.get(2)?), "currency": r.get::<_, String>(10)?,
        "period": if is_domain { Value::Null } else { json!(period(&r.get::<_, String>(4)?)) },
        "created_at": format!("{} 00:00:00", r.get::<_, String>(7)?),
        "expires_at": if is_domain { Value::Null } else { json!(format!("{} 00:00:00", r.get::<_, String>(5)?)) },
        "config": config,
        "meta": [],
    }))
}

const ORDER_SQL: &str = "SELECT s.id, s.name, s.total, s.status, s.billingcycle, s.next_due, s.category, \
    s.date_created, s.domain, s.client_id, c.currency FROM services s JOIN clients c ON c.id = s.client_id \
    WHERE s.client_id = ?1";

fn order_list(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare(&format!("{ORDER_SQL} ORDER BY s.id"))?;
        stmt.query_map(params![client], |r| order_row(&conn, r))?
            .collect()
    };
    match run() {
        Ok(rows) => paged(rows, f),
        Err(_) => internal(),
    }
}

fn order_get(demo: &DemoState, client: i64, f: &Value) -> Response {
    let id = f.get("id").map(|v| match v {
        Value::String(s) => s.parse::<i64>().unwrap_or(-1),
        other => other.as_i64().unwrap_or(-1),
    });
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let found = conn
        .query_row(
            &format!("{ORDER_SQL} AND s.id = ?2"),
            params![client, id.unwrap_or(-1)],
            |r| order_row(&conn, r),
        )
        .optional();
    match found {
        Ok(Some(o)) => ok(o),
        Ok(None) => fail("Order not found", 404),
        Err(_) => internal(),
    }
}

fn order_id(f: &Value) -> i64 {
    match f.get("id") {
        Some(Value::String(s)) => s.parse().unwrap_or(-1),
        Some(other) => other.as_i64().unwrap_or(-1),
        None => -1,
    }
}

/// `order/addons`: the demo's orders carry no add-on orders; an order of another client is
/// not found.
fn order_addons(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    match super::services::owned(&conn, client, &order_id(f).to_string()) {
        Ok(_) => ok(json!([])),
        Err(_) => fail("Order not found", 404),
    }
}

/// `order/upgradables`: for a cloud server, the other cloud products in stock.
fn order_upgradables(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let Ok((id, category, _)) = super::services::owned(&conn, client, &order_id(f).to_string())
    else {
        return fail("Order not found", 404);
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let current: Option<i64> = conn.query_row(
            "SELECT product_id FROM services WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare(
            "SELECT p.id, p.name FROM products p JOIN categories c ON c.id = p.category_id \
             WHERE c.name = ?1 AND p.stock != 0 AND p.id != ?2 ORDER BY p.id",
        )?;
        stmt.query_map(params![category, current.unwrap_or(-1)], |r| {
            Ok(json!({"id": r.get::<_, i64>(0)?, "title": r.get::<_, String>(1)?}))
        })?
        .collect()
    };
    match run() {
        Ok(rows) => ok(json!(rows)),
        Err(_) => internal(),
    }
}

fn tickets(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare(
            "SELECT id, subject, status, deptname, date FROM tickets WHERE client_id = ?1 ORDER BY lastreply DESC",
        )?;
        stmt.query_map(params![client], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?, "subject": r.get::<_, String>(1)?,
                "status": super::boxbilling_support::fossbilling_status(&r.get::<_, String>(2)?),
                "helpdesk": { "name": r.get::<_, String>(3)? }, "created_at": r.get::<_, String>(4)?,
            }))
        })?
        .collect()
    };
    match run() {
        Ok(rows) => paged(rows, f),
        Err(_) => internal(),
    }
}
