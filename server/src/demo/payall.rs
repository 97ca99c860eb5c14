//! `POST /invoices/payall` with `selected` (invoice ids, as a list or an id-keyed map): gathers
//! unpaid invoices of one currency into a new merged invoice, which the customer pays once.
//! Paying it settles the gathered invoices (see the gateway). A new merge, or paying one of the
//! gathered invoices on its own, dissolves an earlier unpaid merge so nothing is paid twice.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply, amount};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::{Connection, params};
use serde_json::{Value, json};

fn selected_ids(v: Option<&Value>) -> Vec<i64> {
    let as_id = |x: &Value| match x {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) => n.as_i64(),
        _ => None,
    };
    let mut ids: Vec<i64> = match v {
        Some(Value::Array(items)) => items.iter().filter_map(as_id).collect(),
        // PHP-style `selected[12]=12` or `{"12": "12"}`.
        Some(Value::Object(map)) => map
            .iter()
            .filter_map(|(k, v)| k.parse().ok().or_else(|| as_id(v)))
            .collect(),
        Some(other) => as_id(other).into_iter().collect(),
        None => Vec::new(),
    };
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Cancels the unpaid merged invoice `merge_id` and frees the invoices it gathered.
pub fn dissolve_merge(conn: &Connection, merge_id: i64) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE invoices SET status = 'Cancelled' WHERE id = ?1 AND status = 'Unpaid'",
        params![merge_id],
    )?;
    conn.execute(
        "UPDATE invoices SET merge_id = NULL WHERE merge_id = ?1",
        params![merge_id],
    )?;
    Ok(())
}

/// `POST /invoices/payall`.
pub async fn pay_all(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Reply {
    let fields = super::auth::body_fields(&headers, &body);
    let mut ids = selected_ids(fields.get("selected"));
    // Form bodies arrive flat: `selected[]=1&selected[]=2` is not kept by the decoder, so also
    // accept `selected=1,2`.
    if ids.is_empty()
        && let Some(Value::String(s)) = fields.get("selected")
    {
        ids = s.split(',').filter_map(|p| p.trim().parse().ok()).collect();
    }
    if ids.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Select at least one invoice",
        ));
    }
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let tx = conn.transaction()?;
    let mut currency: Option<String> = None;
    let mut lines = Vec::new();
    for id in &ids {
        let row = tx.query_row(
            "SELECT number, status, total - credit, currency, merge_id FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                ))
            },
        );
        let (number, status, due, cur, merged) = match row {
            Ok(r) => r,
            Err(rusqlite::Error::QueryReturnedNoRows) => {
                return Err(ApiFailure::not_found("Invoice"));
            }
            Err(e) => return Err(e.into()),
        };
        if status != "Unpaid" {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                format!("Invoice #{number} is not in Unpaid status"),
            ));
        }
        if currency.as_ref().is_some_and(|c| *c != cur) {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "Invoices in different currencies cannot be paid together",
            ));
        }
        currency = Some(cur);
        if let Some(m) = merged {
            dissolve_merge(&tx, m)?;
        }
        lines.push((*id, number, due));
    }
    let currency = currency.unwrap_or_default();
    let total: i64 = lines.iter().map(|l| l.2).sum();
    let new_id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
        r.get(0)
    })?;
    let now = chrono::Local::now();
    let today = now.format("%Y-%m-%d").to_string();
    let number = format!("{}/{}", now.format("%Y/%m"), new_id);
    tx.execute(
        "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, total, status, currency, notes) \
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5, 'Unpaid', ?6, 'Pay all: merged invoice')",
        params![new_id, client, number, today, total, currency],
    )?;
    for (id, num, due) in &lines {
        tx.execute(
            "INSERT INTO invoice_items(invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1, 'Invoice', ?2, ?3, ?4, '1.00', 0)",
            params![new_id, id, format!("Invoice #{num}"), due],
        )?;
        tx.execute(
            "UPDATE invoices SET merge_id = ?1 WHERE id = ?2",
            params![new_id, id],
        )?;
    }
    tx.commit()?;
    Ok(Json(json!({
        "success": true, "invoice_id": new_id.to_string(), "total": amount(total), "currency": currency,
        "info": [format!("{} invoices merged into invoice #{number}", lines.len())]
    })))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn selected_accepts_lists_maps_and_single_ids() {
        assert_eq!(super::selected_ids(Some(&json!(["3", 1, "x", 3]))), [1, 3]);
        assert_eq!(
            super::selected_ids(Some(&json!({"7": "7", "2": "2"}))),
            [2, 7]
        );
        assert_eq!(super::selected_ids(Some(&json!(5))), [5]);
        assert!(super::selected_ids(None).is_empty());
    }
}
