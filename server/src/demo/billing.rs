//! Billing endpoints: balance, invoice lists and detail, payment methods.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use serde_json::{Value, json};
use std::collections::HashMap;

const INVOICE_COLUMNS: &str =
    "id, date, duedate, total, datepaid, status, number, currency, merge_id";

fn invoice_row(r: &Row<'_>) -> rusqlite::Result<Value> {
    let date: String = r.get(1)?;
    let due: String = r.get(2)?;
    Ok(json!({
        "id": r.get::<_, i64>(0)?.to_string(),
        "date": date, "dateorig": date, "duedate": due, "paybefore": due,
        "total": amount(r.get(3)?),
        "datepaid": r.get::<_, String>(4)?,
        "status": r.get::<_, String>(5)?,
        "merge_id": r.get::<_, Option<i64>>(8)?.map(|m| m.to_string()),
        "number": r.get::<_, String>(6)?,
        "currency": r.get::<_, String>(7)?,
    }))
}

fn list(
    conn: &Connection,
    sql_where: &str,
    args: Vec<rusqlite::types::Value>,
    tail: &str,
) -> rusqlite::Result<Vec<Value>> {
    let sql = format!(
        "SELECT {INVOICE_COLUMNS} FROM invoices WHERE {sql_where} ORDER BY date DESC, id DESC {tail}"
    );
    let mut stmt = conn.prepare(&sql)?;
    stmt.query_map(params_from_iter(args), invoice_row)?
        .collect()
}

/// `GET /balance`: unpaid total in the account currency, and credit.
pub async fn balance(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (currency, credit): (String, i64) = conn.query_row(
        "SELECT currency, credit FROM clients WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let due: i64 = conn.query_row(
        "SELECT COALESCE(SUM(total - credit), 0) FROM invoices WHERE client_id = ?1 AND status = 'Unpaid' AND currency = ?2",
        params![id, currency],
        |r| r.get(0),
    )?;
    Ok(Json(json!({
        "success": true,
        "details": { "currency": currency, "acc_balance": amount(due), "acc_credit": amount(credit) }
    })))
}

/// `GET /invoice`: every invoice of the client.
pub async fn invoice_list(State(demo): State<DemoState>, ClientId(id): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let rows = list(&conn, "client_id = ?1", vec![id.into()], "")?;
    Ok(Json(json!({ "invoices": rows })))
}

/// `page` (from 0) and `perpage` (25 unless asked, at most 500) of a paged list.
fn paging(q: &HashMap<String, String>) -> (i64, i64) {
    let page: i64 = q
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
        .max(0);
    let perpage: i64 = q
        .get("perpage")
        .and_then(|p| p.parse().ok())
        .unwrap_or(25)
        .clamp(1, 500);
    (page, perpage)
}

/// HostBill's `sorter` of a paged answer.
fn sorter(page: i64, perpage: i64, total: i64) -> Value {
    json!({ "page": page, "perpage": perpage, "totalpages": (total + perpage - 1) / perpage, "total": total })
}

/// `LIMIT .. OFFSET ..` of a page. Saturating: a page number near i64::MAX must not wrap into a
/// negative offset.
fn limit(page: i64, perpage: i64) -> String {
    format!("LIMIT {perpage} OFFSET {}", page.saturating_mul(perpage))
}

/// `GET /invoices?page=&perpage=&filter[status]=`: paged (page starts at 0).
pub async fn invoices_paged(
    State(demo): State<DemoState>,
    ClientId(id): ClientId,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let (page, perpage) = paging(&q);
    let mut cond = String::from("client_id = ?1");
    let mut args: Vec<rusqlite::types::Value> = vec![id.into()];
    if let Some(status) = q.get("filter[status]").filter(|s| !s.is_empty()) {
        cond.push_str(&format!(" AND status = ?{}", args.len() + 1));
        args.push(status.clone().into());
    }
    if let Some(service) = q.get("filter[service]").and_then(|s| s.parse::<i64>().ok()) {
        cond.push_str(&format!(
            // Only lines that bill a service: a mass-payment line's item_id is an invoice id,
            // a credit top-up has none.
            " AND id IN (SELECT invoice_id FROM invoice_items WHERE item_id = ?{} \
               AND type IN ('Hosting', 'Domain', 'Upgrade'))",
            args.len() + 1
        ));
        args.push(service.into());
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let total: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM invoices WHERE {cond}"),
        params_from_iter(args.clone()),
        |r| r.get(0),
    )?;
    let rows = list(&conn, &cond, args, &limit(page, perpage))?;
    Ok(Json(
        json!({ "invoices": rows, "sorter": sorter(page, perpage, total) }),
    ))
}

/// `GET /invoices/due?page=&perpage=`: unpaid invoices, oldest due first, paged like
/// `GET /invoices` (the seed: "Using &page=&perpage= for pagination. page start 0").
pub async fn invoices_due(
    State(demo): State<DemoState>,
    ClientId(id): ClientId,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let (page, perpage) = paging(&q);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let total: i64 = conn.query_row(
        "SELECT COUNT(*) FROM invoices WHERE client_id = ?1 AND status = 'Unpaid'",
        params![id],
        |r| r.get(0),
    )?;
    let sql = format!(
        "SELECT {INVOICE_COLUMNS} FROM invoices WHERE client_id = ?1 AND status = 'Unpaid' \
         ORDER BY duedate, id {}",
        limit(page, perpage)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params![id], invoice_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(
        json!({ "invoices": rows, "sorter": sorter(page, perpage, total) }),
    ))
}

fn number(hundredths: i64) -> Value {
    json!(hundredths as f64 / 100.0)
}

/// `GET /invoice/@id`: detail with items and the billed client; another client's invoice is 404.
pub async fn invoice_detail(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Invoice"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let invoice = conn
        .query_row(
            "SELECT id, status, date, duedate, datepaid, subtotal, credit, tax, taxrate, total, notes, number, currency \
             FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| {
                let due: String = r.get(3)?;
                Ok(json!({
                    "id": r.get::<_, i64>(0)?.to_string(), "status": r.get::<_, String>(1)?,
                    "date": r.get::<_, String>(2)?, "duedate": due, "paybefore": due,
                    "datepaid": r.get::<_, String>(4)?, "subtotal": number(r.get(5)?),
                    "credit": number(r.get(6)?), "tax": number(r.get(7)?),
                    "taxrate": r.get::<_, String>(8)?.parse::<f64>().unwrap_or(0.0),
                    "tax2": 0, "taxrate2": 0, "taxexempt": "0", "total": number(r.get(9)?),
                    "rate": 1, "rate2": 0, "rate3": 1, "notes": r.get::<_, String>(10)?,
                    "number": r.get::<_, String>(11)?, "currency": r.get::<_, String>(12)?,
                }))
            },
        )
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => ApiFailure::not_found("Invoice"),
            other => ApiFailure::internal(other),
        })?;
    let mut stmt = conn.prepare(
        "SELECT id, invoice_id, type, item_id, description, amount, taxed, qty FROM invoice_items WHERE invoice_id = ?1 ORDER BY id",
    )?;
    let items = stmt
        .query_map(params![id], |r| {
            let amt: i64 = r.get(5)?;
            let qty: String = r.get(7)?;
            let q: f64 = qty.parse().unwrap_or(1.0);
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "invoice_id": r.get::<_, i64>(1)?.to_string(),
                "type": r.get::<_, String>(2)?, "item_id": r.get::<_, i64>(3)?.to_string(),
                "description": r.get::<_, String>(4)?, "amount": amount(amt),
                "taxed": r.get::<_, i64>(6)?.to_string(), "qty": qty,
                "linetotal": amount((amt as f64 * q).round() as i64),
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let billed = super::account::client_json(&conn, client)?;
    let mut invoice = invoice;
    invoice["items"] = Value::Array(items);
    invoice["client"] = billed;
    Ok(Json(json!({ "invoice": invoice })))
}

/// `GET /payment`: `{"payments": {"id": "Name"}}`.
pub async fn payment_methods(State(demo): State<DemoState>, _c: ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare("SELECT id, module FROM payment_methods ORDER BY id")?;
    let map = stmt
        .query_map([], |r| {
            Ok((r.get::<_, i64>(0)?.to_string(), Value::String(r.get(1)?)))
        })?
        .collect::<Result<serde_json::Map<_, _>, _>>()?;
    Ok(Json(json!({ "payments": map })))
}

/// `GET /payment/fees`.
pub async fn payment_fees(State(demo): State<DemoState>, _c: ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt =
        conn.prepare("SELECT id, name, fixed_fee, percent_fee FROM payment_methods ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?, "name": r.get::<_, String>(1)?,
                "fixed_fee": r.get::<_, String>(2)?, "percent_fee": r.get::<_, String>(3)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "payments": rows })))
}

/// Parses a decimal amount string into hundredths; more than two decimals is an error.
pub fn hundredths(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    let (int, frac) = raw.split_once('.').unwrap_or((raw, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let frac = format!("{frac:0<2}");
    int.parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(frac.parse::<i64>().ok()?)
}

/// `DELETE /invoice/@id` (seed 002, documented without an answer): the client's unpaid invoice
/// that is not part of a merged one, as BoxBilling's `invoice/delete` allows; answers
/// `{"success": true, "info": ["Invoice deleted"]}`.
pub async fn delete_invoice(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Invoice"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let owned: Option<i64> = conn
        .query_row(
            "SELECT id FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| r.get(0),
        )
        .optional()?;
    owned.ok_or_else(|| ApiFailure::not_found("Invoice"))?;
    match super::boxbilling_invoices::delete_unpaid(&conn, id)? {
        Ok(()) => Ok(Json(
            json!({ "success": true, "info": ["Invoice deleted"] }),
        )),
        Err(why) => Err(ApiFailure::new(StatusCode::BAD_REQUEST, why)),
    }
}

/// `POST /invoice/@id/credit` with optional `amount`: applies account credit, at most the balance
/// due and the credit available; the invoice becomes Paid when nothing is left. Atomic.
pub async fn apply_credit(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    use axum::http::StatusCode;
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Invoice"))?;
    let fields = super::auth::body_fields(&headers, &body);
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let tx = conn.transaction()?;
    let row: Option<(String, i64, i64, String)> = tx
        .query_row(
            "SELECT status, total, credit, currency FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .map(Some)
        .or_else(|e| {
            if matches!(e, rusqlite::Error::QueryReturnedNoRows) {
                Ok(None)
            } else {
                Err(e)
            }
        })?;
    let Some((status, total, applied_before, currency)) = row else {
        return Err(ApiFailure::not_found("Invoice"));
    };
    if status != "Unpaid" {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Invoice Not in Unpaid Status",
        ));
    }
    let (available, account_currency): (i64, String) = tx.query_row(
        "SELECT credit, currency FROM clients WHERE id = ?1",
        params![client],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if account_currency != currency {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Credit is held in another currency",
        ));
    }
    let due = total - applied_before;
    let amount = match fields.get("amount").map(|v| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }) {
        None => due.min(available),
        Some(s) if s.trim().is_empty() => due.min(available),
        Some(s) => hundredths(&s)
            .ok_or_else(|| ApiFailure::new(StatusCode::BAD_REQUEST, "Invalid amount"))?,
    };
    if amount <= 0 {
        return Err(ApiFailure::new(StatusCode::BAD_REQUEST, "Invalid amount"));
    }
    if amount > available {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Amount exceeds customer credit balance",
        ));
    }
    if amount > due {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Amount exceeds invoice balance",
        ));
    }
    let new_status = if amount == due { "Paid" } else { "Unpaid" };
    let invoice_number: String = tx.query_row(
        "SELECT number FROM invoices WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    super::credit::move_credit(
        &tx,
        client,
        -amount,
        &format!("Credit applied to invoice #{invoice_number}"),
        id,
    )?;
    tx.execute(
        "UPDATE invoices SET credit = credit + ?1, status = ?2, \
         datepaid = CASE WHEN ?2 = 'Paid' THEN datetime('now') ELSE datepaid END WHERE id = ?3",
        params![amount, new_status, id],
    )?;
    tx.commit()?;
    Ok(Json(
        json!({ "success": true, "invoice_status": new_status, "applied": number(amount) }),
    ))
}

/// Smallest and largest top-up, in hundredths of the account currency.
pub const FUNDS_LIMITS: (i64, i64) = (500, 500_000);

/// `POST /billing/addfunds` with `funds` and `gateway`: creates an unpaid "Add funds" invoice in
/// the account currency; paying it raises the account credit.
pub async fn add_funds(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    use axum::http::StatusCode;
    let fields = super::auth::body_fields(&headers, &body);
    let text = |k: &str| match fields.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let funds = hundredths(&text("funds"))
        .ok_or_else(|| ApiFailure::new(StatusCode::BAD_REQUEST, "Invalid amount"))?;
    let (min, max) = FUNDS_LIMITS;
    if funds < min {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("Minimum deposit is {}", amount(min)),
        ));
    }
    if funds > max {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("Maximum deposit is {}", amount(max)),
        ));
    }
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let tx = conn.transaction()?;
    let currency: String = tx.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
        r.get(0)
    })?;
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let number = format!("{}/{}", chrono::Local::now().format("%Y/%m"), id);
    tx.execute(
        "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, total, status, currency, notes) \
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5, 'Unpaid', ?6, 'Add funds')",
        params![id, client, number, today, funds, currency],
    )?;
    tx.execute(
        "INSERT INTO invoice_items(invoice_id, type, description, amount, qty, taxed) VALUES (?1, 'AddFunds', 'Account credit top-up', ?2, '1.00', 0)",
        params![id, funds],
    )?;
    tx.commit()?;
    Ok(Json(
        json!({ "success": true, "invoice_id": id.to_string(), "info": ["Invoice created"] }),
    ))
}

#[cfg(test)]
mod amount_tests {
    #[test]
    fn amounts_parse_to_hundredths_strictly() {
        assert_eq!(super::hundredths("19.65"), Some(1965));
        assert_eq!(super::hundredths("2.1"), Some(210));
        assert_eq!(super::hundredths("7"), Some(700));
        for bad in ["", "-1", "1.005", "1e3", "abc", ".5"] {
            assert_eq!(super::hundredths(bad), None, "{bad}");
        }
    }
}
