//! BoxBilling's domain calls in the demo: `client/order/service` for a domain order (the shape of
//! `Servicedomain\Service::toApiArray`: `ns1`..`ns4`, `privacy`, `locked`, `contact`), and
//! `client/servicedomain/{update_nameservers, update_contacts, enable_privacy_protection,
//! disable_privacy_protection, get_transfer_code, lock, unlock}` with BoxBilling's checks and
//! words (`Nameserver 1 is required`, `Required field first_name is missing`). The registrar
//! side is a table: a domain's details are created on first use, from the client's profile.

use super::DemoState;
use super::boxbilling::{fail, internal, ok};
use super::vm_extras::valid_hostname;
use axum::response::Response;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

/// The contact fields BoxBilling requires, in its order; `company` and `address2` are optional.
const REQUIRED_CONTACT: [&str; 10] = [
    "first_name",
    "last_name",
    "email",
    "address1",
    "country",
    "city",
    "state",
    "postcode",
    "phone_cc",
    "phone",
];

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The client's domain order: (service id, domain, status), if it is theirs and a domain.
fn domain_order(
    conn: &Connection,
    client: i64,
    f: &Value,
) -> rusqlite::Result<Option<(i64, String, String)>> {
    let id: i64 = text(f, "order_id").parse().unwrap_or(-1);
    conn.query_row(
        "SELECT id, domain, status FROM services WHERE id = ?1 AND client_id = ?2 AND category = 'Domains'",
        params![id, client],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// The registrar's record of a domain, made on first use: the demo's name servers, locked,
/// privacy off, a transfer code, the client's profile as the contact.
fn details(conn: &Connection, client: i64, service: i64) -> rusqlite::Result<Value> {
    let existing: Option<Value> = conn
        .query_row(
            "SELECT ns1, ns2, ns3, ns4, locked, privacy, contact FROM domain_details WHERE service_id = ?1",
            params![service],
            |r| {
                let contact: String = r.get(6)?;
                Ok(json!({
                    "ns1": r.get::<_, String>(0)?, "ns2": r.get::<_, String>(1)?,
                    "ns3": r.get::<_, String>(2)?, "ns4": r.get::<_, String>(3)?,
                    "locked": r.get::<_, i64>(4)?, "privacy": r.get::<_, i64>(5)?,
                    "contact": serde_json::from_str::<Value>(&contact).unwrap_or_default(),
                }))
            },
        )
        .optional()?;
    if let Some(v) = existing {
        return Ok(v);
    }
    let p = super::account::client_json(conn, client)?;
    // The profile's phone is EPP-style `+84.901234567`: BoxBilling keeps the two parts apart.
    let phone = p["phonenumber"].as_str().unwrap_or("");
    let (cc, number) = phone
        .trim_start_matches('+')
        .split_once('.')
        .unwrap_or(("", phone));
    let contact = json!({
        "first_name": p["firstname"], "last_name": p["lastname"], "email": p["email"],
        "company": p["companyname"], "address1": p["address1"], "address2": p["address2"],
        "country": p["country"], "city": p["city"], "state": p["state"],
        "postcode": p["postcode"], "phone_cc": cc, "phone": number,
    });
    let code = format!("EPP-{}", &super::auth::random_token()[..12]);
    conn.execute(
        "INSERT INTO domain_details(service_id, ns1, ns2, locked, privacy, transfer_code, contact) \
         VALUES (?1, 'ns1.atrium-demo.net', 'ns2.atrium-demo.net', 1, 0, ?2, ?3)",
        params![service, code, contact.to_string()],
    )?;
    details(conn, client, service)
}

/// `client/order/service` for a domain or hosting order.
pub fn order_service(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Option<Value>> {
        if let Some(hosting) = super::boxbilling_hosting::order_service(&conn, client, f)? {
            return Ok(Some(hosting));
        }
        if let Some(licence) = super::boxbilling_licence::order_service(&conn, client, f)? {
            return Ok(Some(licence));
        }
        let order = domain_order(
            &conn,
            client,
            &json!({ "order_id": f.get("id").cloned().unwrap_or_default() }),
        )?;
        let Some((id, domain, _)) = order else {
            return Ok(None);
        };
        let (next_due, created): (String, String) = conn.query_row(
            "SELECT next_due, date_created FROM services WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut v = details(&conn, client, id)?;
        let (sld, tld) = domain.split_once('.').unwrap_or((&domain, ""));
        v["domain"] = json!(domain);
        v["sld"] = json!(sld);
        v["tld"] = json!(format!(".{tld}"));
        v["period"] = json!(1);
        v["registered_at"] = json!(format!("{created} 00:00:00"));
        v["expires_at"] = json!(format!("{next_due} 00:00:00"));
        Ok(Some(v))
    };
    match run() {
        Ok(Some(v)) => ok(v),
        Ok(None) => fail("Order not found", 404),
        Err(_) => internal(),
    }
}

/// `client/servicedomain/<method>`.
pub fn servicedomain(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let order = match domain_order(&conn, client, f) {
        Ok(Some(o)) => o,
        Ok(None) => return fail("Order not found", 404),
        Err(_) => return internal(),
    };
    let (service, _, status) = order;
    if status != "Active" {
        return fail("Order is not activated", 9999);
    }
    if details(&conn, client, service).is_err() {
        return internal();
    }
    let set = |sql: &str| -> Response {
        match conn.execute(sql, params![service]) {
            Ok(_) => ok(json!(true)),
            Err(_) => internal(),
        }
    };
    match method {
        "lock" => set("UPDATE domain_details SET locked = 1 WHERE service_id = ?1"),
        "unlock" => set("UPDATE domain_details SET locked = 0 WHERE service_id = ?1"),
        "enable_privacy_protection" => {
            set("UPDATE domain_details SET privacy = 1 WHERE service_id = ?1")
        }
        "disable_privacy_protection" => {
            set("UPDATE domain_details SET privacy = 0 WHERE service_id = ?1")
        }
        "get_transfer_code" => match conn.query_row(
            "SELECT transfer_code FROM domain_details WHERE service_id = ?1",
            params![service],
            |r| r.get::<_, String>(0),
        ) {
            Ok(code) => ok(json!(code)),
            Err(_) => internal(),
        },
        "update_nameservers" => {
            let ns: Vec<String> = (1..=4)
                .map(|i| {
                    text(f, &format!("ns{i}"))
                        .trim_end_matches('.')
                        .to_ascii_lowercase()
                })
                .collect();
            for (i, name) in ns.iter().enumerate().take(2) {
                if name.is_empty() {
                    return fail(&format!("Nameserver {} is required", i + 1), 9999);
                }
            }
            if let Some(bad) = ns.iter().find(|n| !n.is_empty() && !valid_hostname(n)) {
                return fail(&format!("Nameserver {bad} is not valid"), 9999);
            }
            match conn.execute(
                "UPDATE domain_details SET ns1 = ?1, ns2 = ?2, ns3 = ?3, ns4 = ?4 WHERE service_id = ?5",
                params![ns[0], ns[1], ns[2], ns[3], service],
            ) {
                Ok(_) => ok(json!(true)),
                Err(_) => internal(),
            }
        }
        "update_contacts" => {
            let Some(given) = f.get("contact").and_then(Value::as_object) else {
                return fail("Required field contact is missing", 9999);
            };
            let given = Value::Object(given.clone());
            if let Some(missing) = REQUIRED_CONTACT.iter().find(|k| text(&given, k).is_empty()) {
                return fail(&format!("Required field {missing} is missing"), 9999);
            }
            if !text(&given, "email").contains('@') {
                return fail("Email address is invalid", 9999);
            }
            let mut contact = Map::new();
            for key in REQUIRED_CONTACT.iter().chain(&["company", "address2"]) {
                contact.insert(key.to_string(), json!(text(&given, key)));
            }
            match conn.execute(
                "UPDATE domain_details SET contact = ?1 WHERE service_id = ?2",
                params![Value::Object(contact).to_string(), service],
            ) {
                Ok(_) => ok(json!(true)),
                Err(_) => internal(),
            }
        }
        _ => fail(
            &format!("Method servicedomain/{method} is not available"),
            740,
        ),
    }
}
