//! HostBill balance, invoice list and payment calls (seed 004): `GET /balance`, `GET /invoice`,
//! `GET /payment/fees`, `GET /payment`, the gateway link and the funds invoice.

use super::envelope::{decode_envelope, field};
use crate::api::error::ApiError;
use crate::api::http::RawResponse;
use crate::api::wire;
use crate::model::{
    Balance, Date, InvoiceStatus, InvoiceSummary, Money, PaymentMethod, PaymentModule,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct BalanceWire {
    currency: String,
    #[serde(deserialize_with = "wire::decimal")]
    acc_balance: Decimal,
    #[serde(deserialize_with = "wire::decimal")]
    acc_credit: Decimal,
}

/// `GET /balance`.
pub fn balance(v: &Value) -> Result<Balance, ApiError> {
    let w: BalanceWire = field(v, "details")?;
    Ok(Balance {
        outstanding: Money::new(w.acc_balance, &w.currency),
        credit: Money::new(w.acc_credit, &w.currency),
    })
}

#[derive(Deserialize)]
struct InvoiceRowWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    number: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    duedate: Option<Date>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    status: String,
    currency: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    merge_id: Option<String>,
}

/// `GET /invoice` and `GET /invoices`.
pub fn invoices(v: &Value) -> Result<Vec<InvoiceSummary>, ApiError> {
    let rows: Vec<InvoiceRowWire> = field(v, "invoices")?;
    Ok(invoice_rows(rows))
}

#[derive(Deserialize)]
struct InvoiceListWire {
    invoices: Vec<InvoiceRowWire>,
}

/// `GET /invoice` from the body text: typed decoding straight from the text (for 10,000 rows
/// about twice as fast as building the JSON tree first). A body that does not decode (an error
/// envelope, a malformed amount) goes through the envelope decoder for the precise error.
pub fn invoices_from_text(body: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
    match serde_json::from_str::<InvoiceListWire>(body) {
        Ok(w) => Ok(invoice_rows(w.invoices)),
        Err(_) => invoices(&decode_envelope(&RawResponse {
            csrf_token: None,
            status: 200,
            retry_after: None,
            body: body.to_string(),
            bytes: None,
        })?),
    }
}

fn invoice_rows(rows: Vec<InvoiceRowWire>) -> Vec<InvoiceSummary> {
    rows.into_iter()
        .map(|w| InvoiceSummary {
            number: w.number.unwrap_or_else(|| w.id.clone()),
            id: w.id,
            date: w.date,
            due: w.duedate,
            total: Money::new(w.total, &w.currency),
            status: InvoiceStatus::parse(&w.status),
            merged_into: w.merge_id.filter(|m| m != "0"),
        })
        .collect()
}

#[derive(Deserialize)]
struct PaymentFeeWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    fixed_fee: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    percent_fee: Option<Decimal>,
}

/// `GET /payment/fees`.
pub fn payment_methods(v: &Value) -> Result<Vec<PaymentMethod>, ApiError> {
    let rows: Vec<PaymentFeeWire> = field(v, "payments")?;
    Ok(rows
        .into_iter()
        .map(|w| PaymentMethod {
            id: w.id,
            name: w.name,
            fixed_fee: w.fixed_fee.unwrap_or_default(),
            percent_fee: w.percent_fee.unwrap_or_default(),
        })
        .collect())
}

/// `GET /payment`: `{"payments": {"10": "BankTransfer", "9": "PayPal"}}`, id to name, in the
/// order of their ids (a JSON object keeps none).
pub fn payment_modules(v: &Value) -> Result<Vec<PaymentModule>, ApiError> {
    let map: std::collections::BTreeMap<String, String> = field(v, "payments")?;
    let mut modules: Vec<PaymentModule> = map
        .into_iter()
        .map(|(id, name)| PaymentModule { id, name })
        .collect();
    modules.sort_by_key(|m| (m.id.parse::<u64>().unwrap_or(u64::MAX), m.id.clone()));
    Ok(modules)
}

/// `GET /billing/@invoice_id/pay/@gateway_id`: the gateway link. The documents show no example;
/// the link is read from `url` (or `redirect`).
pub fn pay_link(v: &Value) -> Result<String, ApiError> {
    v.get("url")
        .or_else(|| v.get("redirect"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| ApiError::Decode("no payment link in the answer".into()))
}

/// The invoice created by `POST /billing/addfunds` (`invoice_id`, number or string). The documents
/// show no example answer.
pub fn created_invoice_id(v: &Value) -> Result<String, ApiError> {
    match v.get("invoice_id") {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(ApiError::Decode("no invoice id in the answer".into())),
    }
}

/// `POST /service/@id/manualrenew`'s answer is not documented: the invoice it names, when it
/// carries `invoice_id` (or `invoice.id`); `None` when it names none (or `0`).
pub fn renewal_invoice_id(v: &Value) -> Option<String> {
    v.get("invoice_id")
        .or_else(|| v.get("invoice").and_then(|i| i.get("id")))
        .and_then(|i| match i {
            Value::String(s) if !s.is_empty() && s != "0" => Some(s.clone()),
            Value::Number(n) if n.to_string() != "0" => Some(n.to_string()),
            _ => None,
        })
}
