//! BoxBilling invoices, the account credit and transactions (`client/invoice/*`,
//! `client/client/balance_get_list`, `client/client/transaction_get_list`).

use super::envelope::{date, decimal, opt_text, text};
use crate::api::error::ApiError;
use crate::model::{
    BilledTo, InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceSummary, Money, Transaction,
};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;

/// `client/client/balance_get_list`: the credit is the sum of the balance entries.
pub fn credit(rows: &[Value]) -> Result<Decimal, ApiError> {
    rows.iter()
        .try_fold(Decimal::ZERO, |sum, r| Ok(sum + decimal(r, "amount")?))
}

/// One row of `client/invoice/get_list`, keyed by its `hash` (BoxBilling's `invoice/get` takes
/// the hash, not the id).
pub fn invoice_summary(v: &Value) -> Result<InvoiceSummary, ApiError> {
    let hash = text(v, "hash");
    if hash.is_empty() {
        return Err(ApiError::Decode("invoice: missing hash".into()));
    }
    let currency = opt_text(v, "currency").unwrap_or_else(|| "USD".into());
    Ok(InvoiceSummary {
        number: opt_text(v, "serie_nr")
            .or_else(|| opt_text(v, "nr"))
            .unwrap_or_else(|| text(v, "id")),
        id: hash,
        date: date(v, "created_at"),
        due: date(v, "due_at"),
        total: Money::new(decimal(v, "total")?, &currency),
        status: InvoiceStatus::parse(&text(v, "status")),
        merged_into: None,
    })
}

/// `client/invoice/get`.
pub fn invoice_detail(v: &Value) -> Result<InvoiceDetail, ApiError> {
    let s = invoice_summary(v)?;
    let currency = s.total.currency.clone();
    let lines = match v.get("lines") {
        Some(Value::Array(a)) => a.clone(),
        _ => vec![],
    }
    .iter()
    .map(|l| {
        let price = decimal(l, "price")?;
        let qty = match decimal(l, "quantity")? {
            q if q.is_zero() => Decimal::ONE,
            q => q,
        };
        let total = match decimal(l, "total")? {
            t if t.is_zero() => price * qty,
            t => t,
        };
        Ok(InvoiceLine {
            description: text(l, "title"),
            quantity: qty,
            amount: Money::new(price, &currency),
            line_total: Money::new(total, &currency),
            taxed: !decimal(l, "tax")?.is_zero(),
        })
    })
    .collect::<Result<Vec<_>, ApiError>>()?;
    let buyer = v.get("buyer").cloned().unwrap_or(Value::Null);
    let join = |keys: &[&str]| {
        keys.iter()
            .map(|k| text(&buyer, k))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(InvoiceDetail {
        id: s.id,
        number: s.number,
        status: s.status,
        date: s.date,
        due: s.due,
        paid_on: date(v, "paid_at"),
        lines,
        subtotal: Money::new(decimal(v, "subtotal")?, &currency),
        tax: Money::new(decimal(v, "tax")?, &currency),
        tax_rate: decimal(v, "taxrate")?,
        credit: Money::new(Decimal::ZERO, &currency),
        total: s.total,
        billed_to: BilledTo {
            name: join(&["first_name", "last_name"]).replace(", ", " "),
            company: opt_text(&buyer, "company"),
            address: [
                join(&["address"]),
                join(&["city", "state", "zip"]),
                join(&["country"]),
            ]
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect(),
        },
        notes: opt_text(v, "notes"),
    })
}

/// Invoice hashes by invoice id, from `client/invoice/get_list` rows: a payment names the
/// invoice it settled by id, the app opens an invoice by its hash.
pub fn invoice_hashes(rows: &[Value]) -> BTreeMap<String, String> {
    rows.iter()
        .map(|r| (text(r, "id"), text(r, "hash")))
        .filter(|(id, hash)| !id.is_empty() && !hash.is_empty())
        .collect()
}

/// One row of `client/invoice/transaction_get_list` (FOSSBilling lists the `processed` ones),
/// its invoice found by id in `hashes` (FOSSBilling 0.6.22 sends `invoice_id`, no hash).
pub fn transaction(v: &Value, hashes: &BTreeMap<String, String>) -> Result<Transaction, ApiError> {
    let currency = opt_text(v, "currency").unwrap_or_else(|| "USD".into());
    Ok(Transaction {
        id: text(v, "id"),
        date: date(v, "created_at"),
        amount: Money::new(decimal(v, "amount")?, &currency),
        invoice: opt_text(v, "invoice_hash")
            .or_else(|| hashes.get(&text(v, "invoice_id")).cloned()),
        method: opt_text(v, "gateway").unwrap_or_else(|| text(v, "txn_id")),
        status: text(v, "status"),
    })
}
