//! Account credit: the history (`GET /billing/creditlogs`), redeeming a voucher
//! (`POST /billing/creditvoucher`), and the one place that writes a history line, so every credit
//! movement (applied to an invoice, top-up paid, voucher) is logged with the balance after it.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

/// Moves `hundredths` (positive in, negative out) into the client's credit and logs it.
pub fn move_credit(
    conn: &Connection,
    client: i64,
    hundredths: i64,
    description: &str,
    invoice: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE clients SET credit = credit + ?1 WHERE id = ?2",
        params![hundredths, client],
    )?;
    conn.execute(
        "INSERT INTO credit_logs(client_id, date, description, amount, balance, invoice_id) \
         VALUES (?1, datetime('now'), ?2, ?3, (SELECT credit FROM clients WHERE id = ?1), ?4)",
        params![client, description, hundredths, invoice],
    )?;
    Ok(())
}

/// `GET /billing/creditlogs`: newest first.
pub async fn credit_logs(State(demo): State<DemoState>, ClientId(client): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let currency: String = conn.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT id, date, description, amount, balance, invoice_id FROM credit_logs \
         WHERE client_id = ?1 ORDER BY date DESC, id DESC",
    )?;
    let logs = stmt
        .query_map(params![client], |r| {
            let moved: i64 = r.get(3)?;
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "date": r.get::<_, String>(1)?,
                "description": r.get::<_, String>(2)?,
                "in": amount(moved.max(0)), "out": amount((-moved).max(0)),
                "balance": amount(r.get(4)?), "invoice_id": r.get::<_, i64>(5)?.to_string(),
            }))
        })?
        .collect::<Result<Vec<Value>, _>>()?;
    Ok(Json(
        json!({ "success": true, "currency": currency, "logs": logs }),
    ))
}

/// `POST /billing/creditvoucher` with `code`: single use; the voucher's currency must be the
/// account's.
pub async fn redeem_voucher(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let code = fields
        .get("code")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    if code.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Voucher code is required",
        ));
    }
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let tx = conn.transaction()?;
    let voucher: Option<(i64, String, Option<i64>)> = tx
        .query_row(
            "SELECT amount, currency, used_by FROM vouchers WHERE code = ?1",
            params![code],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((value, currency, used_by)) = voucher else {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Invalid voucher code",
        ));
    };
    if used_by.is_some() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Voucher has already been used",
        ));
    }
    let account_currency: String = tx.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    if account_currency != currency {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Voucher is not valid for your account currency",
        ));
    }
    tx.execute(
        "UPDATE vouchers SET used_by = ?1 WHERE code = ?2",
        params![client, code],
    )?;
    move_credit(&tx, client, value, &format!("Voucher {code} redeemed"), 0)?;
    tx.commit()?;
    Ok(Json(json!({
        "success": true, "amount": amount(value), "currency": currency,
        "info": [format!("Voucher redeemed: {} {currency} added to your credit", amount(value))]
    })))
}
