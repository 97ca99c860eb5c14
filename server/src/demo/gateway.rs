//! A stand-in payment gateway for the demo: `GET /billing/@invoice/pay/@gateway` answers a link
//! with a single-use opaque reference (never a token), the gateway page shows what will be paid,
//! and paying marks the invoice Paid and sends the customer back to it. Its HTML carries its own
//! strict CSP (no script at all).

use super::DemoState;
use super::auth::{ClientId, random_token};
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use rusqlite::{OptionalExtension, params};
use serde_json::json;

/// `GET /billing/@invoice_id/pay/@gateway_id`.
pub async fn pay_link(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((invoice, gateway)): Path<(String, String)>,
) -> Reply {
    let invoice: i64 = invoice
        .parse()
        .map_err(|_| ApiFailure::not_found("Invoice"))?;
    let gateway: i64 = gateway
        .parse()
        .map_err(|_| ApiFailure::not_found("Gateway"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let status: Option<String> = conn
        .query_row(
            "SELECT status FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![invoice, client],
            |r| r.get(0),
        )
        .optional()?;
    match status.as_deref() {
        None => return Err(ApiFailure::not_found("Invoice")),
        Some("Unpaid") => {}
        Some(_) => {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "Invoice Not in Unpaid Status",
            ));
        }
    }
    let known: Option<i64> = conn
        .query_row(
            "SELECT id FROM payment_methods WHERE id = ?1",
            params![gateway],
            |r| r.get(0),
        )
        .optional()?;
    if known.is_none() {
        return Err(ApiFailure::not_found("Gateway"));
    }
    // Paying a gathered invoice on its own dissolves the unpaid merge that holds it.
    let merged: Option<i64> = conn.query_row(
        "SELECT merge_id FROM invoices WHERE id = ?1",
        params![invoice],
        |r| r.get(0),
    )?;
    if let Some(m) = merged {
        super::payall::dissolve_merge(&conn, m)?;
    }
    let reference = random_token();
    conn.execute(
        "INSERT INTO gateway_payments(reference, invoice_id, gateway_id, used) VALUES (?1, ?2, ?3, 0)",
        params![reference, invoice, gateway],
    )?;
    Ok(Json(
        json!({ "success": true, "url": format!("/api/__demo/gateway/{reference}") }),
    ))
}

const PAGE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub(super) fn page(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CONTENT_SECURITY_POLICY, PAGE_CSP)],
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
             <title>Demo payment gateway</title><style>body{{font:16px system-ui;max-width:28rem;margin:10vh auto;padding:1rem}}\
             button{{font:inherit;padding:.6rem 1.2rem}}</style></head><body>{body}</body></html>"
        ),
    )
        .into_response()
}

pub(super) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

type Pending = (i64, String, i64, String, String, String);

fn pending(demo: &DemoState, reference: &str) -> Result<Option<Pending>, ApiFailure> {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(conn
        .query_row(
            "SELECT i.id, i.number, i.total - i.credit, i.currency, m.name, i.status FROM gateway_payments g \
             JOIN invoices i ON i.id = g.invoice_id JOIN payment_methods m ON m.id = g.gateway_id \
             WHERE g.reference = ?1 AND g.used = 0",
            params![reference],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?)
}

/// `GET /__demo/gateway/@reference`: what will be paid, with Pay and Cancel.
pub async fn show(State(demo): State<DemoState>, Path(reference): Path<String>) -> Response {
    match pending(&demo, &reference) {
        Ok(Some((id, number, due, currency, method, _))) => page(format!(
            "<h1>Demo payment gateway</h1><p>Invoice <strong>#{}</strong></p><p>Amount: <strong>{} {}</strong> via {}</p>\
             <form method=\"post\"><button type=\"submit\">Pay now</button></form><p><a href=\"/invoices/{id}\">Cancel and go back</a></p>",
            escape(&number), amount(due), escape(&currency), escape(&method)
        )),
        Ok(None) => page("<h1>This payment link has expired.</h1><p><a href=\"/invoices\">Back to invoices</a></p>".into()),
        Err(e) => e.into_response(),
    }
}

/// `POST /__demo/gateway/@reference`: pays (once) and returns to the invoice.
pub async fn pay(State(demo): State<DemoState>, Path(reference): Path<String>) -> Response {
    let Ok(Some((id, _, _, _, _, status))) = pending(&demo, &reference) else {
        return page("<h1>This payment link has expired.</h1><p><a href=\"/invoices\">Back to invoices</a></p>".into());
    };
    let Ok(conn) = demo.db.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let done = conn.execute(
        "UPDATE gateway_payments SET used = 1 WHERE reference = ?1 AND used = 0",
        params![reference],
    );
    if matches!(done, Ok(1))
        && status == "Unpaid"
        && let Err(e) = settle(&conn, id)
    {
        return ApiFailure::internal(e).into_response();
    }
    Redirect::to(&format!("/invoices/{id}")).into_response()
}

/// Marks an invoice paid, with what paying it means: a top-up becomes credit, a merged invoice
/// (pay all) settles the invoices it gathered.
pub(super) fn settle(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<()> {
    let paid = conn.execute(
        "UPDATE invoices SET status = 'Paid', datepaid = datetime('now') WHERE id = ?1 AND status = 'Unpaid'",
        params![id],
    )?;
    if paid == 0 {
        return Ok(());
    }
    let (client, number, top_up): (i64, String, i64) = conn.query_row(
        "SELECT client_id, number, (SELECT COALESCE(SUM(amount), 0) FROM invoice_items \
         WHERE invoice_id = ?1 AND type = 'AddFunds') FROM invoices WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if top_up > 0 {
        super::credit::move_credit(
            conn,
            client,
            top_up,
            &format!("Add funds invoice #{number} paid"),
            id,
        )?;
    }
    conn.execute(
        "UPDATE invoices SET status = 'Paid', datepaid = datetime('now') WHERE merge_id = ?1 AND status = 'Unpaid'",
        params![id],
    )?;
    Ok(())
}
