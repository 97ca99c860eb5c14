//! Kdata invoices (`getinvoice`, `getinvoiceproduct`) and credit applied (`applycredit`).

use super::envelope::{date, decimal, opt_text, text};
use crate::api::error::ApiError;
use crate::model::{
    BilledTo, CreditApplied, InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceSummary, Money,
};
use rust_decimal::Decimal;
use serde_json::Value;

fn billed_to(user: Option<&Value>) -> BilledTo {
    let Some(u) = user else {
        return BilledTo {
            name: String::new(),
            company: None,
            address: vec![],
        };
    };
    let line = |parts: &[&str]| {
        parts
            .iter()
            .map(|k| text(u, k))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    BilledTo {
        name: format!("{} {}", text(u, "firstname"), text(u, "lastname"))
            .trim()
            .to_string(),
        company: opt_text(u, "companyname"),
        address: [
            line(&["address1"]),
            line(&["address2"]),
            line(&["city", "state", "postcode"]),
            line(&["country"]),
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect(),
    }
}

/// `api/v1/getinvoice`. Lines are `items.item[]`; the client record (from login) fills in who
/// is billed.
pub fn invoice_detail(
    v: &Value,
    currency: &str,
    user: Option<&Value>,
) -> Result<InvoiceDetail, ApiError> {
    let id = text(v, "invoiceid");
    if id.is_empty() {
        return Err(ApiError::Decode("getinvoice: missing invoiceid".into()));
    }
    let money = |key: &str| decimal(v, key).map(|d| Money::new(d, currency));
    let items = match v.get("items").and_then(|i| i.get("item")) {
        Some(Value::Array(a)) => a.clone(),
        Some(one @ Value::Object(_)) => vec![one.clone()],
        _ => vec![],
    };
    let lines = items
        .iter()
        .map(|i| {
            let amount = decimal(i, "amount")?;
            Ok(InvoiceLine {
                description: text(i, "description").replace("\r\n", "\n"),
                quantity: Decimal::ONE,
                amount: Money::new(amount, currency),
                line_total: Money::new(amount, currency),
                taxed: matches!(text(i, "taxed").as_str(), "1" | "true"),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let number = opt_text(v, "invoicenum").unwrap_or_else(|| id.clone());
    Ok(InvoiceDetail {
        id,
        number,
        status: InvoiceStatus::parse(&text(v, "status")),
        date: date(v, "date"),
        due: date(v, "duedate"),
        paid_on: date(v, "datepaid"),
        lines,
        subtotal: money("subtotal")?,
        tax: Money::new(decimal(v, "tax")? + decimal(v, "tax2")?, currency),
        tax_rate: decimal(v, "taxrate")?,
        credit: money("credit")?,
        // WHMCS's `total` is before credit (its `balance` = total - credit, as `balance_due`).
        total: money("total")?,
        billed_to: billed_to(user),
        notes: opt_text(v, "notes"),
    })
}

/// `api/v1/getinvoiceproduct`: a service's invoices (`{"result": "true", "data": [...]}`),
/// newest first.
pub fn service_invoices(v: &Value, currency: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
    let rows = match v.get("data") {
        Some(Value::Array(a)) => a,
        _ => return Err(ApiError::Decode("getinvoiceproduct: missing data".into())),
    };
    let mut list = rows
        .iter()
        .map(|r| {
            let id = text(r, "id");
            Ok(InvoiceSummary {
                number: opt_text(r, "invoicenum").unwrap_or_else(|| id.clone()),
                id,
                date: date(r, "date"),
                due: date(r, "duedate"),
                total: Money::new(decimal(r, "total")?, currency),
                status: InvoiceStatus::parse(&text(r, "status")),
                merged_into: None,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    list.sort_by_key(|i| std::cmp::Reverse(i.date));
    Ok(list)
}

/// `api/v1/applycredit`: `{"amount": 450000, "invoicepaid": "true"}`.
pub fn credit_applied(v: &Value) -> Result<CreditApplied, ApiError> {
    let paid = matches!(
        text(v, "invoicepaid").to_ascii_lowercase().as_str(),
        "true" | "1"
    );
    Ok(CreditApplied {
        applied: decimal(v, "amount")?,
        status: if paid {
            InvoiceStatus::Paid
        } else {
            InvoiceStatus::Unpaid
        },
    })
}
