//! One service (`GET /service/@id`), the actions it supports (`GET /service/@id/methods`), its
//! label (`GET`/`POST /service/@id/label`), and the services of a category with the portal's
//! filters (`GET /services/@cid`). Another client's service is 404.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use std::collections::HashMap;

pub fn owned(
    conn: &Connection,
    client: i64,
    id: &str,
) -> Result<(i64, String, String), ApiFailure> {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Service"))?;
    conn.query_row(
        "SELECT id, category, status FROM services WHERE id = ?1 AND client_id = ?2",
        params![id, client],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("Service"))
}

/// `GET /service/@id`: the seed's shape (the password is the portal's; the app hides it).
pub async fn detail(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (id, _, _) = owned(&conn, client, &id)?;
    let service = conn.query_row(
        "SELECT id, date_created, domain, total, billingcycle, next_due, status, label, username, name, category, cancel_request \
         FROM services WHERE id = ?1",
        params![id],
        |r| {
            let next_due: String = r.get(5)?;
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "date_created": r.get::<_, String>(1)?,
                "domain": r.get::<_, String>(2)?, "firstpayment": amount(r.get(3)?),
                "total": amount(r.get(3)?), "billingcycle": r.get::<_, String>(4)?,
                "next_due": next_due, "next_invoice": next_due, "status": r.get::<_, String>(6)?,
                "label": r.get::<_, String>(7)?, "username": r.get::<_, String>(8)?,
                "password": "demo-password", "name": r.get::<_, String>(9)?,
                "category": r.get::<_, String>(10)?,
                "cancel_request": r.get::<_, String>(11)?,
            }))
        },
    )?;
    let mut service = service;
    if let Some((autorenew, keys)) = super::domains::details(&conn, id)? {
        service["autorenew"] = json!(if autorenew { "1" } else { "0" });
        service["dnssec"] = Value::Array(keys);
    }
    Ok(Json(json!({ "service": service })))
}

/// `GET /service/@id/methods`: what this service supports (cloud servers add VM control).
pub async fn methods(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, category, status) = owned(&conn, client, &id)?;
    let m = |name: &str, method: &str, route: &str| json!({"name": name, "method": method, "route": route});
    let mut list: Vec<Value> = vec![
        m("Service label", "GET", "/service/@id/label"),
        m("Change service label", "POST", "/service/@id/label"),
    ];
    if status == "Active" || status == "Suspended" {
        list.push(m("Cancel Service", "POST", "/service/@id/cancel"));
    }
    if category == "Hosting" && status == "Active" {
        list.push(m("Get cPanel Backup", "GET", "/service/cpanel2/@id/backup"));
    }
    if category == "Domains" && status == "Active" {
        list.push(m(
            "Enable/disable domain autorenew",
            "PUT",
            "/domain/@id/autorenew",
        ));
        list.push(m("Remove DNSSEC key", "DELETE", "/domain/@id/dnssec/@key"));
    }
    if category == "Dedicated Servers" && status == "Active" {
        list.push(m("List Service IP Addresses", "GET", "/service/@id/ip"));
        list.push(m("Reverse DNS", "GET", "/service/@id/rdns"));
        list.push(m("Update rDNS", "POST", "/service/@id/rdns"));
    }
    if category == "Cloud Servers" && status == "Active" {
        list.push(m("Upgrade Options", "GET", "/service/@id/upgrade"));
        list.push(m("Upgrade Request", "POST", "/service/@id/upgrade"));
    }
    if category == "Cloud Servers" && status == "Active" {
        for (name, method, route) in [
            ("List VMs", "GET", "/service/@id/vms"),
            ("Create VM", "POST", "/service/@id/vms"),
            ("Resize VM", "PUT", "/service/@id/vms/@vmid"),
            ("Destroy VM", "DELETE", "/service/@id/vms/@vmid"),
            ("VM console", "POST", "/service/@id/vms/@vmid/console"),
            ("Start VM", "POST", "/service/@id/vms/@vmid/start"),
            ("Stop VM", "POST", "/service/@id/vms/@vmid/stop"),
            ("Shutdown VM", "POST", "/service/@id/vms/@vmid/shutdown"),
            ("Reboot VM", "POST", "/service/@id/vms/@vmid/reboot"),
            ("Reset VM", "POST", "/service/@id/vms/@vmid/reset"),
            ("Rescue VM", "POST", "/service/@id/vms/@vmid/rescue"),
            ("Unrescue VM", "POST", "/service/@id/vms/@vmid/unrescue"),
            ("Rebuild VM", "POST", "/service/@id/vms/@vmid/rebuild"),
            (
                "Rebuild Network",
                "POST",
                "/service/@id/vms/@vmid/rebuild_network",
            ),
            ("List OS templates", "GET", "/service/@id/templates"),
            ("Resources", "GET", "/service/@id/resources"),
            ("Get VM usage", "GET", "/service/@id/vms/@vmid/usage"),
            ("Get VM Backup", "GET", "/service/@id/vms/@vmid/backup"),
            (
                "Reset VM password",
                "POST",
                "/service/@id/vms/@vmid/resetpwd",
            ),
            ("Reverse DNS", "GET", "/service/@id/vms/@vmid/rdns"),
            ("List VM IPs", "GET", "/service/@id/vms/@vmid/ips"),
            (
                "List Disks attached to VM",
                "GET",
                "/service/@id/vms/@vmid/storage",
            ),
            ("List ISO images", "GET", "/service/@id/images"),
        ] {
            list.push(m(name, method, route));
        }
    }
    Ok(Json(json!({ "methods": list })))
}

/// `GET /service/@id/label`: `{"label": "..."}`, the customer's own services only.
pub async fn label(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (id, _, _) = owned(&conn, client, &id)?;
    let label: Option<String> =
        conn.query_row("SELECT label FROM services WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    Ok(Json(json!({ "label": label.unwrap_or_default() })))
}

/// `POST /service/@id/label` with `label` (at most 64 characters, no control characters).
pub async fn set_label(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let label = fields
        .get("label")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    if label.chars().count() > 64 || label.chars().any(char::is_control) {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Label must be at most 64 characters",
        ));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (id, _, _) = owned(&conn, client, &id)?;
    conn.execute(
        "UPDATE services SET label = ?1 WHERE id = ?2",
        params![label, id],
    )?;
    Ok(Json(
        json!({ "success": true, "label": label, "info": ["Label updated"] }),
    ))
}

/// `POST /service/@id/cancel` with `immediate` and `reason` (seed 002): records the request once.
pub async fn cancel(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let reason = fields
        .get("reason")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    if reason.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Please give a reason for the cancellation",
        ));
    }
    let immediate = match fields.get("immediate") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(s.as_str(), "1" | "true" | "yes" | "immediate"),
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        _ => false,
    };
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (id, _, status) = owned(&conn, client, &id)?;
    if status != "Active" && status != "Suspended" {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("A {status} service cannot be cancelled"),
        ));
    }
    let existing: String = conn.query_row(
        "SELECT cancel_request FROM services WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    if !existing.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "A cancellation request is already pending for this service",
        ));
    }
    let kind = if immediate {
        "Immediate"
    } else {
        "End of billing period"
    };
    conn.execute(
        "UPDATE services SET cancel_request = ?1 WHERE id = ?2",
        params![kind, id],
    )?;
    Ok(Json(json!({ "info": ["cancell_sent"] })))
}

/// `POST /service/@id/manualrenew` (seed 002, documented without an answer): the unpaid
/// renewal invoice already issued for the service, or a new one for the next period, paid from
/// the credit at once when it covers it (HostBill's "apply credit automatically"). Answers
/// `{"success": true, "invoice_id": "<id>", "info": [...]}`.
pub async fn manual_renew(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = id.parse::<i64>().unwrap_or(-1);
    match super::boxbilling_invoices::renew(&mut conn, client, service)? {
        None => Err(ApiFailure::not_found("Service")),
        Some(Err(why)) => Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            why.replace("orders", "services"),
        )),
        Some(Ok(invoice)) => Ok(Json(json!({
            "success": true,
            "invoice_id": invoice.to_string(),
            "info": ["Renewal invoice generated"],
        }))),
    }
}

/// `GET /services/@cid`: the client's services in category `cid` (`0`: every category), each in
/// the seed's shape (`catname`, `slug`, `product_id`, ...), listed under `services` as
/// `GET /service` lists them (HostBill answers objects). The seed's filters hide
/// terminated, cancelled, suspended or fraud services (`filter[hide_terminated]=1`, ...) or keep
/// one status (`filter[status]=Active`).
pub async fn in_category(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(cid): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let cid: i64 = cid
        .parse()
        .map_err(|_| ApiFailure::new(StatusCode::BAD_REQUEST, "Invalid category id"))?;
    let on = |k: &str| q.get(&format!("filter[{k}]")).is_some_and(|v| v == "1");
    let hidden: Vec<&str> = [
        ("hide_terminated", "terminated"),
        ("hide_cancelled", "cancelled"),
        ("hide_suspended", "suspended"),
        ("hide_fraud", "fraud"),
    ]
    .into_iter()
    .filter(|(k, _)| on(k))
    .map(|(_, status)| status)
    .collect();
    let only = q.get("filter[status]").map(|s| s.to_ascii_lowercase());
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT s.id, s.product_id, s.domain, s.label, s.total, s.status, s.billingcycle, s.next_due, \
         s.category, COALESCE(p.category_id, c.id, 0) AS cat, s.name FROM services s \
         LEFT JOIN products p ON p.id = s.product_id LEFT JOIN categories c ON c.name = s.category \
         WHERE s.client_id = ?1 AND (?2 = 0 OR cat = ?2) ORDER BY s.id",
    )?;
    let rows = stmt
        .query_map(params![client, cid], |r| {
            let category: String = r.get(8)?;
            let slug = category.to_ascii_lowercase().replace(' ', "-");
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(),
                "product_id": r.get::<_, Option<i64>>(1)?.map(|p| p.to_string()).unwrap_or_default(),
                "domain": r.get::<_, String>(2)?, "label": r.get::<_, String>(3)?,
                "total": amount(r.get(4)?), "status": r.get::<_, String>(5)?,
                "billingcycle": r.get::<_, String>(6)?, "next_due": r.get::<_, String>(7)?,
                "expires": r.get::<_, String>(7)?, "catname": category,
                "slug": slug, "category_id": r.get::<_, i64>(9)?.to_string(),
                "name": r.get::<_, String>(10)?, "paytype": "Regular",
            }))
        })?
        .collect::<Result<Vec<Value>, _>>()?;
    let status = |s: &Value| s["status"].as_str().unwrap_or("").to_ascii_lowercase();
    let kept: Vec<Value> = rows
        .into_iter()
        .filter(|s| !hidden.contains(&status(s).as_str()))
        .filter(|s| only.as_ref().is_none_or(|o| *o == status(s)))
        .collect();
    Ok(Json(json!({ "services": kept })))
}
