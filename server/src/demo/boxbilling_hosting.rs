//! BoxBilling's hosting calls in the demo, as FOSSBilling 0.6.22 answers them (read from its
//! `Servicehosting` module): `client/order/service` of a hosting order in
//! `Servicehosting\Service::toApiArray`'s shape (real-answers order_service_1),
//! `client/servicehosting/{change_password, change_username, change_domain, hp_get_pairs}` with
//! its checks and words, and `client/order/delete` of an order awaiting or failing setup.

use super::DemoState;
use super::boxbilling::{fail, internal, ok};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use axum::response::Response;

/// A plan of the demo host: its id, name, the catalogue product it serves, and its limits in
/// FOSSBilling's columns (quota MB, bandwidth MB, FTP, SQL, mailboxes, subdomains, parked,
/// addon).
struct Plan {
    id: i64,
    name: &'static str,
    product: i64,
    limits: [i64; 8],
}

const LIMIT_KEYS: [&str; 8] = [
    "quota",
    "bandwidth",
    "max_ftp",
    "max_sql",
    "max_pop",
    "max_sub",
    "max_park",
    "max_addon",
];

const PLANS: [Plan; 2] = [
    Plan {
        id: 1,
        name: "Starter",
        product: 10,
        limits: [10_240, 102_400, 2, 2, 10, 5, 2, 1],
    },
    Plan {
        id: 2,
        name: "Business",
        product: 11,
        limits: [51_200, 1_048_576, 10, 20, 100, 50, 10, 10],
    },
];

/// A request field as text (BoxBilling's clients send ids as numbers or strings).
pub(super) fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The client's hosting order: (service id, product id, domain, user name, status).
type HostingOrder = (i64, i64, String, String, String);

fn hosting_order(
    conn: &Connection,
    client: i64,
    id: &str,
) -> rusqlite::Result<Option<HostingOrder>> {
    conn.query_row(
        "SELECT id, COALESCE(product_id, 0), domain, username, status FROM services \
         WHERE id = ?1 AND client_id = ?2 AND category = 'Hosting'",
        params![id.parse::<i64>().unwrap_or(-1), client],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )
    .optional()
}

fn plan_json(product: i64) -> Value {
    let p = PLANS
        .iter()
        .find(|p| p.product == product)
        .unwrap_or(&PLANS[0]);
    let mut v = json!({
        "id": p.id, "name": p.name, "config": null,
        "created_at": "2026-01-05 09:00:00", "updated_at": "2026-01-05 09:00:00",
    });
    // FOSSBilling answers the limits as strings (real-answers order_service_1).
    for (key, limit) in LIMIT_KEYS.iter().zip(p.limits) {
        v[*key] = json!(limit.to_string());
    }
    v
}

/// `client/order/service` of a hosting order, or `None` when the order is not one.
pub fn order_service(conn: &Connection, client: i64, f: &Value) -> rusqlite::Result<Option<Value>> {
    let Some((id, product, domain, username, _)) = hosting_order(conn, client, &text(f, "id"))?
    else {
        return Ok(None);
    };
    let (sld, tld) = domain
        .split_once('.')
        .map_or((domain.clone(), String::new()), |(s, t)| {
            (s.to_string(), format!(".{t}"))
        });
    let ip = format!("203.0.113.{}", 10 + id % 200);
    Ok(Some(json!({
        "ip": ip, "sld": sld, "tld": tld, "domain": domain, "username": username, "reseller": 0,
        "server": {
            "name": "Shared web 1", "hostname": "web1.atrium-demo.net", "ip": ip,
            "ns1": "ns1.atrium-demo.net", "ns2": "ns2.atrium-demo.net", "ns3": null, "ns4": null,
            "cpanel_url": "https://web1.atrium-demo.net:2083/",
            "reseller_cpanel_url": "https://web1.atrium-demo.net:2087/",
        },
        "hosting_plan": plan_json(product),
        "domain_order_id": null,
    })))
}

/// `client/servicehosting/<method>`.
pub fn servicehosting(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    if method == "hp_get_pairs" {
        let pairs: serde_json::Map<String, Value> = PLANS
            .iter()
            .map(|p| (p.id.to_string(), json!(p.name)))
            .collect();
        return ok(Value::Object(pairs));
    }
    // `_getService`: the order id is required, must be the client's, and active.
    if text(f, "order_id").is_empty() {
        return fail("Order ID is required", 9999);
    }
    let (id, status) = match hosting_order(&conn, client, &text(f, "order_id")) {
        Ok(Some((id, _, _, _, status))) => (id, status),
        Ok(None) => return fail("Order not found", 9999),
        Err(_) => return internal(),
    };
    if status != "Active" {
        return fail("Order is not activated", 9999);
    }
    let set = |sql: &str, value: &str| -> Response {
        match conn.execute(sql, params![value, id]) {
            Ok(_) => ok(json!(true)),
            Err(_) => internal(),
        }
    };
    match method {
        "change_password" => {
            let (pw, again) = (text(f, "password"), text(f, "password_confirm"));
            if f.get("password").is_none() || f.get("password_confirm").is_none() || pw != again {
                return fail("Account password is missing or is invalid", 9999);
            }
            // The server (cPanel) refuses a weak password; FOSSBilling passes its words on.
            if pw.chars().count() < 8 {
                return fail("The password must be at least 8 characters long", 9999);
            }
            ok(json!(true))
        }
        "change_username" => {
            let name = text(f, "username").to_lowercase();
            if name.is_empty() {
                return fail("Account username is missing or is invalid", 9999);
            }
            let valid = name.len() <= 16
                && name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            if !valid {
                return fail("The username is not valid for this server", 9999);
            }
            set("UPDATE services SET username = ?1 WHERE id = ?2", &name)
        }
        "change_domain" => {
            let (sld, tld) = (text(f, "sld"), text(f, "tld"));
            if sld.is_empty() || tld.is_empty() {
                return fail("Domain SLD or TLD is missing", 9999);
            }
            let domain = format!(
                "{}.{}",
                sld.to_lowercase(),
                tld.trim_start_matches('.').to_lowercase()
            );
            if !super::vm_extras::valid_hostname(&domain) {
                return fail("The domain is not valid", 9999);
            }
            set("UPDATE services SET domain = ?1 WHERE id = ?2", &domain)
        }
        _ => fail(
            &format!("Method servicehosting/{method} is not available"),
            740,
        ),
    }
}

/// `client/order/delete`: only an order awaiting or failing setup, in FOSSBilling's words
/// otherwise.
pub fn order_delete(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let id = text(f, "id").parse::<i64>().unwrap_or(-1);
    let status: Option<String> = match conn
        .query_row(
            "SELECT status FROM services WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| r.get(0),
        )
        .optional()
    {
        Ok(s) => s,
        Err(_) => return internal(),
    };
    match status.as_deref() {
        None => fail("Order not found", 9999),
        Some("Pending") => match conn.execute("DELETE FROM services WHERE id = ?1", params![id]) {
            Ok(_) => ok(json!(true)),
            Err(_) => internal(),
        },
        Some(_) => fail("Only pending and failed setup orders can be deleted.", 9999),
    }
}
