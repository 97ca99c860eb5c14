//! The demo portal in the "Kdata" WHMCS wrapper's dialect (seeds 000/001): `POST /login` and
//! `POST /api/v1/<call>` with form-encoded fields, every answer HTTP 200 with
//! `{"result": "success" | "error", "message" | "messages"}`, and `{"error": "token expired" |
//! "token invalid"}` for a refused token. It is an adapter over the HostBill demo's handlers, so
//! both dialects share one SQLite account and one set of business rules (credit, orders, prices).
//! The wrapper's admin calls are not served: a client area never calls them.

use super::auth::{self, ClientId, body_fields};
use super::reply::{ApiFailure, amount};
use super::{DemoState, account, billing, ordering, services};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

type Answer = Json<Value>;

fn error(message: &str) -> Answer {
    Json(json!({ "result": "error", "message": message }))
}

/// Another client's record: the wrapper's own words, under `messages`.
fn denied() -> Answer {
    Json(json!({ "result": "error", "messages": "Permission denied!" }))
}

fn failure(f: ApiFailure) -> Answer {
    if f.status() == StatusCode::NOT_FOUND {
        denied()
    } else {
        error(f.message())
    }
}

fn field(fields: &Value, name: &str) -> String {
    match fields.get(name) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn json_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h
}

/// `{"x": 9.99}` (the HostBill demo's numbers) as WHMCS's `"9.99"`.
fn money(v: &Value) -> String {
    let cents = match v {
        Value::Number(n) => (n.as_f64().unwrap_or(0.0) * 100.0).round() as i64,
        Value::String(s) => billing::hundredths(s).unwrap_or(0),
        _ => 0,
    };
    amount(cents)
}

/// `POST /login` with `email` and `password`.
pub async fn login(
    State(demo): State<DemoState>,
    peer: auth::Peer,
    headers: HeaderMap,
    body: Bytes,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let f = body_fields(&headers, &body);
    let hostbill = json!({ "username": field(&f, "email"), "password": field(&f, "password") });
    let pair = match auth::login(
        State(demo.clone()),
        peer,
        json_headers(),
        Bytes::from(hostbill.to_string()),
    )
    .await
    {
        Ok(Json(p)) => p,
        // Throttled: the wrapper's error shape, with 429 and Retry-After.
        Err(e) if e.retry_after().is_some() => {
            let mut resp = (
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                error(e.message()),
            )
                .into_response();
            if let Some(s) = e.retry_after() {
                resp.headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, s.into());
            }
            return resp;
        }
        Err(_) => {
            return Json(json!({ "result": "error", "messages": "User not exists" }))
                .into_response();
        }
    };
    let Ok(conn) = demo.db.lock() else {
        return error("Internal error").into_response();
    };
    let email = field(&f, "email").to_ascii_lowercase();
    let row: Option<(i64, i64)> = conn
        .query_row(
            "SELECT id, credit FROM clients WHERE email = ?1",
            params![email],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .ok()
        .flatten();
    let Some((id, credit)) = row else {
        return error("Internal error").into_response();
    };
    let Ok(mut user) = account::client_json(&conn, id) else {
        return error("Internal error").into_response();
    };
    user["id"] = json!(id);
    user["credit"] = json!(amount(credit));
    user["currency"] = json!(1);
    user["status"] = json!("Active");
    Json(json!({ "0": { "token": pair["token"] }, "result": "success", "user": [user] }))
        .into_response()
}

/// `POST /api/v1/<call>`: the client calls of the wrapper.
pub async fn call(
    State(demo): State<DemoState>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let client = match auth::kdata_client(&demo, &headers) {
        Ok(c) => c,
        Err(why) => return Json(json!({ "error": why })),
    };
    let f = body_fields(&headers, &body);
    let result = match name.as_str() {
        "getinvoice" => get_invoice(&demo, client, &field(&f, "invoiceid")).await,
        "applycredit" => apply_credit(&demo, client, &field(&f, "invoiceid")).await,
        "getproduct" => get_product(&demo, client, &field(&f, "serviceid")).await,
        "getinvoiceproduct" => service_invoices(&demo, client, &field(&f, "serviceid")),
        "cancelrequest" => cancel(&demo, client, &f).await,
        "addorder" => add_order(&demo, client, &f).await,
        "acceptQuote" => accept_quote(&demo, client, &field(&f, "quoteid")),
        _ => Err(error("Unknown API method")),
    };
    result.unwrap_or_else(|e| e)
}

type Step = Result<Answer, Answer>;

async fn get_invoice(demo: &DemoState, client: i64, id: &str) -> Step {
    let Json(v) = billing::invoice_detail(State(demo.clone()), ClientId(client), Path(id.into()))
        .await
        .map_err(failure)?;
    let i = &v["invoice"];
    let total = billing::hundredths(&money(&i["total"])).unwrap_or(0);
    let credit = billing::hundredths(&money(&i["credit"])).unwrap_or(0);
    let items: Vec<Value> = i["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|it| {
            json!({
                "id": it["id"], "type": it["type"], "relid": it["item_id"],
                "description": it["description"], "amount": it["linetotal"], "taxed": it["taxed"],
            })
        })
        .collect();
    Ok(Json(json!({
        "result": "success", "invoiceid": i["id"], "invoicenum": i["number"], "userid": client.to_string(),
        "date": i["date"], "duedate": i["duedate"], "datepaid": i["datepaid"],
        "subtotal": money(&i["subtotal"]), "credit": amount(credit), "tax": money(&i["tax"]),
        "tax2": "0.00", "total": amount(total), "balance": amount(total - credit),
        "taxrate": format!("{:.2}", i["taxrate"].as_f64().unwrap_or(0.0)), "taxrate2": "0.00",
        "status": i["status"], "paymentmethod": "banktransfer", "notes": i["notes"],
        "ccgateway": false, "items": { "item": items }, "transactions": "",
    })))
}

/// `applycredit` applies as much credit as the invoice needs (the wrapper takes no amount).
async fn apply_credit(demo: &DemoState, client: i64, id: &str) -> Step {
    let Json(v) = billing::apply_credit(
        State(demo.clone()),
        ClientId(client),
        Path(id.into()),
        json_headers(),
        Bytes::from_static(b"{}"),
    )
    .await
    .map_err(failure)?;
    let applied = billing::hundredths(&money(&v["applied"])).unwrap_or(0);
    Ok(Json(json!({
        "result": "success", "invoiceid": id,
        "amount": serde_json::Number::from_f64(applied as f64 / 100.0).map(Value::Number).unwrap_or(json!(0)),
        "invoicepaid": if v["invoice_status"] == "Paid" { "true" } else { "false" },
    })))
}

/// `getproduct`: the service with its configuration as extra fields (from its first VM).
async fn get_product(demo: &DemoState, client: i64, id: &str) -> Step {
    let Json(v) = services::detail(State(demo.clone()), ClientId(client), Path(id.into()))
        .await
        .map_err(failure)?;
    let s = &v["service"];
    let mut product = json!({
        "serviceid": s["id"], "regdate": s["date_created"], "nextduedate": s["next_due"],
        "status": s["status"], "domain": s["domain"], "dedicatedip": "", "assignedips": "",
        "billingcycle": s["billingcycle"], "username": s["username"], "password": "",
    });
    let conn = demo.db.lock().map_err(|_| error("Internal error"))?;
    let vm: Option<(String, i64, i64, i64)> = conn
        .query_row(
            "SELECT template, cpus, memory_mb, disk_gb FROM vms WHERE service_id = ?1 ORDER BY id LIMIT 1",
            params![s["id"].as_str().unwrap_or("0")],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(|_| error("Internal error"))?;
    if let Some((os, cpus, mem, disk)) = vm {
        product["os"] = json!(os);
        product["cpu"] = json!(format!("{cpus} Core"));
        product["ram"] = json!(format!("{}GB", mem / 1024));
        product["hdd"] = json!(format!("{disk}G"));
    }
    Ok(Json(
        json!({ "result": "success", "serviceid": s["id"], "product": product }),
    ))
}

/// `getinvoiceproduct`: the invoices that bill a service, `{"result": "true", "data": [...]}`.
fn service_invoices(demo: &DemoState, client: i64, id: &str) -> Step {
    let conn = demo.db.lock().map_err(|_| error("Internal error"))?;
    let (service, _, _) = services::owned(&conn, client, id).map_err(|_| {
        Json(json!({ "result": "error", "messages": "Product not exists or Permission denied!" }))
    })?;
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT i.id, i.number, i.date, i.duedate, i.datepaid, i.subtotal, i.credit, i.tax, \
             i.taxrate, i.total, i.status, i.notes FROM invoices i JOIN invoice_items it ON it.invoice_id = i.id \
             WHERE it.item_id = ?1 AND it.type = 'Hosting' AND i.client_id = ?2 ORDER BY i.date DESC, i.id DESC",
        )
        .map_err(|_| error("Internal error"))?;
    let rows = stmt
        .query_map(params![service, client], |r| {
            let total: i64 = r.get(9)?;
            let credit: i64 = r.get(6)?;
            Ok(json!({
                "id": r.get::<_, i64>(0)?, "userid": client.to_string(), "invoicenum": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "duedate": r.get::<_, String>(3)?,
                "datepaid": r.get::<_, String>(4)?, "subtotal": amount(r.get(5)?),
                "credit": amount(credit), "tax": amount(r.get(7)?), "tax2": "0.00",
                "total": amount(total - credit), "taxrate": r.get::<_, String>(8)?, "taxrate2": "0.00",
                "status": r.get::<_, String>(10)?, "paymentmethod": "banktransfer",
                "notes": r.get::<_, String>(11)?,
            }))
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|_| error("Internal error"))?;
    Ok(Json(json!({ "result": "true", "data": rows })))
}

async fn cancel(demo: &DemoState, client: i64, f: &Value) -> Step {
    let id = field(f, "serviceid");
    let reason = field(f, "reason");
    if reason.is_empty() {
        return Err(error("Reason is required"));
    }
    let _recorded = services::cancel(
        State(demo.clone()),
        ClientId(client),
        Path(id.clone()),
        json_headers(),
        Bytes::from(json!({ "reason": reason, "immediate": "0" }).to_string()),
    )
    .await
    .map_err(failure)?;
    Ok(Json(
        json!({ "result": "success", "serviceid": id, "userid": client.to_string() }),
    ))
}

fn cycle_code(word: &str) -> Option<&'static str> {
    Some(
        match word.to_ascii_lowercase().replace(['-', ' '], "").as_str() {
            "monthly" => "m",
            "quarterly" => "q",
            "semiannually" => "s",
            "annually" => "a",
            "biennially" => "b",
            "triennially" => "t",
            _ => return None,
        },
    )
}

/// `addorder`: a cloud package by name, its cycle word, an OS by name, extra IPs (1 to 5) and a
/// hostname, placed through the HostBill demo's order rules (same prices, same invoice).
async fn add_order(demo: &DemoState, client: i64, f: &Value) -> Step {
    let (product_id, os_item) = {
        let conn = demo.db.lock().map_err(|_| error("Internal error"))?;
        let product: Option<(i64, String)> = conn
            .query_row(
                "SELECT id, config FROM products WHERE lower(name) = lower(?1)",
                params![field(f, "product")],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|_| error("Internal error"))?;
        let Some((id, config)) = product else {
            return Err(Json(
                json!({ "result": "error", "messages": "Product not exists" }),
            ));
        };
        let config: Value = serde_json::from_str(&config).unwrap_or_default();
        let os = field(f, "os");
        let os_item = config["forms"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|form| form["id"] == "502")
            .flat_map(|form| form["items"].as_array().cloned().unwrap_or_default())
            .find(|i| {
                i["title"]
                    .as_str()
                    .is_some_and(|t| t.eq_ignore_ascii_case(&os))
            })
            .map(|i| match &i["id"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
        (id, os_item)
    };
    let cycle =
        cycle_code(&field(f, "billingcycle")).ok_or_else(|| error("Invalid billing cycle"))?;
    let os_item = os_item.ok_or_else(|| error("Operating system not available"))?;
    let mut os_answer = serde_json::Map::new();
    os_answer.insert(os_item, json!(1));
    let mut custom = json!({ "501": { "5011": 1 }, "502": os_answer });
    let extra = field(f, "extraIp");
    if !extra.is_empty() {
        match extra.parse::<i64>() {
            Ok(n @ 1..=5) => custom["504"] = json!({ "5041": n }),
            _ => return Err(error("Extra IP must be between 1 and 5")),
        }
    }
    let hostname = field(f, "hostname");
    if !hostname.is_empty() {
        custom["506"] = json!({ "5061": hostname });
    }
    let order = json!({
        "pay_method": "1",
        "items": [{ "type": "product", "product_id": product_id.to_string(), "cycle": cycle, "domain": hostname, "custom": custom }],
    });
    let Json(v) = ordering::order_many(
        State(demo.clone()),
        ClientId(client),
        json_headers(),
        Bytes::from(order.to_string()),
    )
    .await
    .map_err(|e| error(e.message()))?;
    let placed = &v["order_num_list"][0];
    let services: Vec<String> = placed["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["id"].as_str().map(String::from))
        .collect();
    Ok(Json(json!({
        "result": "success", "orderid": placed["order_num"],
        "productids": services.join(","), "addonids": "", "domainids": "",
        "invoiceid": placed["invoice_id"].as_str().and_then(|s| s.parse::<i64>().ok()),
    })))
}

/// `acceptQuote`: a sent estimate becomes an unpaid invoice with its lines.
fn accept_quote(demo: &DemoState, client: i64, id: &str) -> Step {
    let not_found = || error("Quote ID Not Found");
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let mut conn = demo.db.lock().map_err(|_| error("Internal error"))?;
    let tx = conn.transaction().map_err(|_| error("Internal error"))?;
    let row: Option<(i64, i64, String, i64, String, String)> = tx
        .query_row(
            "SELECT subtotal, tax, taxrate, total, currency, status FROM estimates WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()
        .map_err(|_| error("Internal error"))?;
    // A draft has not been sent to the customer: as far as they can tell it does not exist.
    let Some((subtotal, tax, rate, total, currency, status)) = row.filter(|r| r.5 != "Draft")
    else {
        return Err(not_found());
    };
    if status == "Accepted" {
        return Err(error("Quote has already been accepted"));
    }
    let run = || -> rusqlite::Result<i64> {
        let invoice: i64 =
            tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
                r.get(0)
            })?;
        let now = chrono::Local::now();
        let today = now.format("%Y-%m-%d").to_string();
        tx.execute(
            "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, tax, taxrate, total, status, currency, notes) \
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, 'Unpaid', ?9, ?10)",
            params![invoice, client, format!("{}/{}", now.format("%Y/%m"), invoice), today, subtotal, tax, rate, total, currency, format!("Quote #{id}")],
        )?;
        tx.execute(
            "INSERT INTO invoice_items(invoice_id, type, description, amount, qty, taxed) \
             SELECT ?1, 'Quote', description, amount, qty, 1 FROM estimate_items WHERE estimate_id = ?2",
            params![invoice, id],
        )?;
        tx.execute(
            "UPDATE estimates SET status = 'Accepted' WHERE id = ?1",
            params![id],
        )?;
        Ok(invoice)
    };
    let invoice = run().map_err(|_| error("Internal error"))?;
    tx.commit().map_err(|_| error("Internal error"))?;
    Ok(Json(json!({ "result": "success", "invoiceid": invoice })))
}
