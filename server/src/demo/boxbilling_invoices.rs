//! BoxBilling's invoice calls in the demo (seed 003, `client/invoice/*`: list with a `status`
//! filter, get by hash, funds and renewal invoices, delete, transactions) and the stand-in for
//! BoxBilling's public invoice page where its customers pay (`/__demo/invoice/<hash>`).

use super::auth::ClientId;
use super::billing;
use super::boxbilling::{
    client_of, fail, failure, internal, invoice_hash, json_headers, keyed_hex, ok, paged,
    session_cookie,
};
use super::reply::amount;
use super::{Demo, DemoState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

fn invoice_row(demo: &Demo, r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    let id: i64 = r.get(0)?;
    let status: String = r.get(2)?;
    let paid: String = r.get(5)?;
    Ok(json!({
        "id": id, "hash": invoice_hash(demo, id), "serie": "", "nr": id, "serie_nr": r.get::<_, String>(1)?,
        "status": status.to_ascii_lowercase(), "currency": r.get::<_, String>(6)?,
        "created_at": format!("{} 00:00:00", r.get::<_, String>(3)?),
        "due_at": format!("{} 00:00:00", r.get::<_, String>(4)?),
        "paid_at": if paid.starts_with("0000") { Value::Null } else { json!(paid) },
        "subtotal": amount(r.get(7)?), "tax": amount(r.get(8)?), "taxrate": r.get::<_, String>(9)?,
        "total": amount(r.get(10)?), "notes": r.get::<_, String>(11)?,
    }))
}

const INVOICE_COLUMNS: &str =
    "id, number, status, date, duedate, datepaid, currency, subtotal, tax, taxrate, total, notes";

pub(super) fn invoice_list(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare(&format!(
            "SELECT {INVOICE_COLUMNS} FROM invoices WHERE client_id = ?1 AND merge_id IS NULL ORDER BY date DESC, id DESC"
        ))?;
        stmt.query_map(params![client], |r| invoice_row(demo, r))?
            .collect()
    };
    // BoxBilling's search takes a `status` filter (`unpaid`, `paid`, ...).
    let wanted = f.get("status").and_then(Value::as_str).unwrap_or("");
    match run() {
        Ok(mut rows) => {
            if !wanted.is_empty() {
                rows.retain(|r| r["status"] == wanted);
            }
            paged(rows, f)
        }
        Err(_) => internal(),
    }
}

/// `invoice/get` by `hash`, with its lines and the buyer.
pub(super) async fn invoice_get(demo: &DemoState, client: i64, f: &Value) -> Response {
    let hash = f
        .get("hash")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let found = {
        let Ok(conn) = demo.db.lock() else {
            return internal();
        };
        let run = || -> rusqlite::Result<Option<Value>> {
            let mut stmt = conn.prepare(&format!(
                "SELECT {INVOICE_COLUMNS} FROM invoices WHERE client_id = ?1"
            ))?;
            let rows: Vec<Value> = stmt
                .query_map(params![client], |r| invoice_row(demo, r))?
                .collect::<Result<_, _>>()?;
            Ok(rows.into_iter().find(|r| r["hash"] == hash))
        };
        match run() {
            Ok(found) => found,
            Err(_) => return internal(),
        }
    };
    let Some(mut invoice) = found else {
        return fail("Invoice was not found", 404);
    };
    let id = invoice["id"].as_i64().unwrap_or(0).to_string();
    let detail =
        match billing::invoice_detail(State(demo.clone()), ClientId(client), Path(id)).await {
            Ok(Json(d)) => d,
            Err(e) => return failure(e),
        };
    let d = &detail["invoice"];
    invoice["lines"] = json!(
        d["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| json!({
                "title": i["description"], "price": i["amount"], "quantity": i["qty"],
                "total": i["linetotal"], "tax": if i["taxed"] == "1" { "1" } else { "0" },
            }))
            .collect::<Vec<_>>()
    );
    let c = &d["client"];
    invoice["buyer"] = json!({
        "first_name": c["firstname"], "last_name": c["lastname"], "company": c["companyname"],
        "address": c["address1"], "city": c["city"], "state": c["state"], "zip": c["postcode"],
        "country": c["country"], "phone": c["phonenumber"], "email": c["email"],
    });
    ok(invoice)
}

/// `invoice/funds_invoice` with `amount`: the HostBill demo's top-up invoice; answers its hash.
pub(super) async fn funds_invoice(demo: &DemoState, client: i64, f: &Value) -> Response {
    let amount = match f.get("amount") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let body = json!({ "funds": amount, "gateway": "1" }).to_string();
    match billing::add_funds(
        State(demo.clone()),
        ClientId(client),
        json_headers(),
        Bytes::from(body),
    )
    .await
    {
        Ok(Json(v)) => {
            let id: i64 = v["invoice_id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            ok(json!(invoice_hash(demo, id)))
        }
        Err(e) => failure(e),
    }
}

/// `invoice/renewal_invoice` with `order_id`: an unpaid invoice for the active order's next
/// period; answers its hash.
pub(super) fn renewal_invoice(demo: &DemoState, client: i64, f: &Value) -> Response {
    let order = match f.get("order_id") {
        Some(Value::String(s)) => s.parse::<i64>().unwrap_or(-1),
        Some(other) => other.as_i64().unwrap_or(-1),
        None => -1,
    };
    let Ok(mut conn) = demo.db.lock() else {
        return internal();
    };
    let outcome = renew(&mut conn, client, order);
    match outcome {
        Ok(Some(Ok(id))) => ok(json!(invoice_hash(demo, id))),
        Ok(Some(Err(why))) => fail(why, 9999),
        Ok(None) => fail("Order not found", 404),
        Err(_) => internal(),
    }
}

/// Renews a service now: the unpaid invoice already issued for it, or a new one for the next
/// period, paid from the credit at once when the credit covers it. `None` when the client has no
/// such service; the refusal's words when it cannot be renewed. Shared by BoxBilling's
/// `invoice/renewal_invoice` and HostBill's `POST /service/@id/manualrenew`.
pub(super) fn renew(
    conn: &mut rusqlite::Connection,
    client: i64,
    order: i64,
) -> rusqlite::Result<Option<Result<i64, &'static str>>> {
    let outcome = (|| -> rusqlite::Result<Option<Result<i64, &'static str>>> {
        let tx = conn.transaction()?;
        let row: Option<(String, i64, String, String)> = tx
        .query_row(
            "SELECT s.name, s.total, s.billingcycle, s.status FROM services s WHERE s.id = ?1 AND s.client_id = ?2",
            params![order, client],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
        let Some((name, total, cycle, status)) = row else {
            return Ok(None);
        };
        if status != "Active" {
            return Ok(Some(Err("Only active orders can be renewed")));
        }
        // The unpaid invoice already issued for the order, if there is one, is what FOSSBilling
        // hands back (`Invoice\Service::generateForOrder`, its `unpaid_invoice_id`).
        let unpaid: Option<i64> = tx
            .query_row(
                "SELECT i.id FROM invoices i JOIN invoice_items it ON it.invoice_id = i.id \
             WHERE i.client_id = ?1 AND i.status = 'Unpaid' AND it.item_id = ?2 \
             AND it.type IN ('Hosting', 'Domain') ORDER BY i.id LIMIT 1",
                params![client, order],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = unpaid {
            tx.commit()?;
            return Ok(Some(Ok(id)));
        }
        let currency: String = tx.query_row(
            "SELECT currency FROM clients WHERE id = ?1",
            params![client],
            |r| r.get(0),
        )?;
        let id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
            r.get(0)
        })?;
        let now = chrono::Local::now();
        let today = now.format("%Y-%m-%d").to_string();
        tx.execute(
        "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, total, status, currency, notes)              VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5, 'Unpaid', ?6, 'Renewal')",
        params![id, client, format!("{}/{}", now.format("%Y/%m"), id), today, total, currency],
    )?;
        tx.execute(
        "INSERT INTO invoice_items(invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1, 'Hosting', ?2, ?3, ?4, '1.00', 0)",
        params![id, order, format!("{name} renewal ({cycle})"), total],
    )?;
        tx.commit()?;
        Ok(Some(Ok(id)))
    })()?;
    // Then approved "with credits": paid from the balance at once when it covers it
    // (`approveInvoice($invoice, ['use_credits' => true])` in `renewal_invoice`).
    if let Some(Ok(id)) = outcome {
        super::boxbilling_cart::pay_with_credit(conn, client, id)
            .map_err(|_| rusqlite::Error::InvalidQuery)?;
    }
    Ok(outcome)
}

/// Deletes invoice `id` if it is unpaid and neither gathered into another nor gathering others;
/// otherwise says why not (both billing systems' words).
pub(super) fn delete_unpaid(
    conn: &rusqlite::Connection,
    id: i64,
) -> rusqlite::Result<Result<(), &'static str>> {
    let (status, merged): (String, Option<i64>) = conn.query_row(
        "SELECT status, merge_id FROM invoices WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let holds: i64 = conn.query_row(
        "SELECT COUNT(*) FROM invoices WHERE merge_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    if status != "Unpaid" || merged.is_some() || holds > 0 {
        return Ok(Err("Only unpaid invoices can be deleted"));
    }
    conn.execute(
        "DELETE FROM invoice_items WHERE invoice_id = ?1",
        params![id],
    )?;
    conn.execute("DELETE FROM invoices WHERE id = ?1", params![id])?;
    Ok(Ok(()))
}

/// `invoice/delete` with `hash`: only an unpaid invoice that is not part of a gathered one.
pub(super) fn delete_invoice(demo: &DemoState, client: i64, f: &Value) -> Response {
    let hash = f
        .get("hash")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Option<Result<(), &'static str>>> {
        let mut stmt =
            conn.prepare("SELECT id, status, merge_id FROM invoices WHERE client_id = ?1")?;
        let rows: Vec<(i64, String, Option<i64>)> = stmt
            .query_map(params![client], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let Some((id, _, _)) = rows.into_iter().find(|r| invoice_hash(demo, r.0) == hash) else {
            return Ok(None);
        };
        delete_unpaid(&conn, id).map(Some)
    };
    match run() {
        Ok(Some(Ok(()))) => ok(json!(true)),
        Ok(Some(Err(why))) => fail(why, 9999),
        Ok(None) => fail("Invoice was not found", 404),
        Err(_) => internal(),
    }
}

/// `invoice/transaction_get_list`: a processed payment for each paid invoice (the demo records
/// no separate payment rows; a paid invoice was paid once, in full).
pub(super) fn transactions(demo: &DemoState, client: i64, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare(
            "SELECT id, datepaid, total - credit, currency FROM invoices \
             WHERE client_id = ?1 AND status = 'Paid' AND total > credit ORDER BY datepaid DESC, id DESC",
        )?;
        stmt.query_map(params![client], |r| {
            let id: i64 = r.get(0)?;
            Ok(json!({
                // FOSSBilling names the invoice by id only (real-answers invoice_transaction_get_list_processed).
                "id": id, "invoice_id": id, "txn_id": format!("DEMO-{id}"),
                "amount": amount(r.get(2)?), "currency": r.get::<_, String>(3)?, "type": "payment",
                "status": "processed", "gateway": "Bank transfer", "created_at": r.get::<_, String>(1)?,
            }))
        })?
        .collect()
    };
    match run() {
        Ok(rows) => paged(rows, f),
        Err(_) => internal(),
    }
}

/// An invoice found by hash: id, number, amount due (hundredths), currency, status, owner.
type HashedInvoice = (i64, String, i64, String, String, i64);

/// The invoice of a hash, whoever's it is: id, number, amount due, currency, status, owner.
fn by_hash(demo: &Demo, conn: &Connection, hash: &str) -> rusqlite::Result<Option<HashedInvoice>> {
    let mut stmt = conn
        .prepare("SELECT id, number, total - credit, currency, status, client_id FROM invoices")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
        ))
    })?;
    for row in rows {
        let row = row?;
        if invoice_hash(demo, row.0) == hash {
            return Ok(Some(row));
        }
    }
    Ok(None)
}

/// Whether a form post does not name another site as its origin. `null` (what a page with
/// `Referrer-Policy: no-referrer`, like this one, sends) proves nothing either way: the form's
/// token does that.
fn not_cross_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|o| *o != "null")
    else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest.eq_ignore_ascii_case(host))
}

/// The form token of the pay button: bound to the viewer's session cookie and the invoice, keyed
/// with the database's secret. Another site can make a browser post the form, but cannot read
/// the page to learn the token.
fn form_token(demo: &Demo, session: &str, hash: &str) -> String {
    keyed_hex(demo, &format!("pay-form:{session}:{hash}"))
}

/// `GET /__demo/invoice/<hash>`: the stand-in for BoxBilling's own invoice page, where its
/// customers pay (`config.json`'s `invoice_payment_url` points here in the demo). Like
/// BoxBilling's, the page shows the invoice to whoever has its (unguessable) hash; the pay button
/// only to its owner, signed in.
pub async fn public_invoice(
    State(demo): State<DemoState>,
    Path(hash): Path<String>,
    headers: HeaderMap,
) -> Response {
    use super::gateway::{escape, page};
    let viewer = client_of(&demo, &headers);
    let session = session_cookie(&headers).unwrap_or_default();
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    match by_hash(&demo, &conn, &hash) {
        Ok(Some((_, number, due, currency, status, owner))) if status == "Unpaid" => {
            let action = if viewer == Some(owner) && !session.is_empty() {
                format!(
                    "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"{}\">\
                     <button type=\"submit\">Pay now</button></form>",
                    form_token(&demo, &session, &hash)
                )
            } else {
                "<p>Sign in to the client area as the invoice's owner to pay it.</p>".into()
            };
            page(format!(
                "<h1>BoxBilling (demo)</h1><p>Invoice <strong>#{}</strong></p><p>Amount due: <strong>{} {}</strong></p>\
                 {action}<p><a href=\"/invoices/{}\">Back to the client area</a></p>",
                escape(&number),
                amount(due),
                escape(&currency),
                escape(&hash)
            ))
        }
        Ok(Some(_)) => page(format!(
            "<h1>This invoice is not awaiting payment.</h1><p><a href=\"/invoices/{}\">Back</a></p>",
            escape(&hash)
        )),
        Ok(None) => page("<h1>Invoice not found.</h1>".into()),
        Err(_) => internal(),
    }
}

/// `POST /__demo/invoice/<hash>`: pays it (once) and returns to the client area's invoice. Only
/// its owner, signed in (BoxBilling's session cookie), with the form's token from the page.
pub async fn pay_public_invoice(
    State(demo): State<DemoState>,
    Path(hash): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let forbidden = |msg: &str| {
        let mut r = super::gateway::page(format!("<h1>{msg}</h1>"));
        *r.status_mut() = axum::http::StatusCode::FORBIDDEN;
        r
    };
    if !not_cross_origin(&headers) {
        return forbidden("This payment was not sent from the client area.");
    }
    let payer = client_of(&demo, &headers);
    let session = session_cookie(&headers).unwrap_or_default();
    let sent: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let token = sent
        .iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    if session.is_empty() || token != form_token(&demo, &session, &hash) {
        return forbidden("This payment was not sent from the client area.");
    }
    match by_hash(&demo, &conn, &hash) {
        Ok(Some((id, .., owner))) if payer == Some(owner) => {
            if super::gateway::settle(&conn, id).is_err() {
                return internal();
            }
            axum::response::Redirect::to(&format!("/invoices/{hash}")).into_response()
        }
        Ok(Some(_)) => forbidden("Sign in to the client area as the invoice's owner to pay it."),
        Ok(None) => super::gateway::page("<h1>Invoice not found.</h1>".into()),
        Err(_) => internal(),
    }
}
