//! HostBill's invoice detail (`GET /invoice/@id`) and the answer to applying credit. The line and
//! billed-client shapes are shared with estimates.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{
    BilledTo, CreditApplied, Date, InvoiceDetail, InvoiceLine, InvoiceStatus, Money,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
pub(super) struct InvoiceLineWire {
    #[serde(default, deserialize_with = "wire::text")]
    description: String,
    #[serde(deserialize_with = "wire::decimal")]
    amount: Decimal,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    qty: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    linetotal: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::flag")]
    taxed: bool,
}

#[derive(Deserialize)]
pub(super) struct BilledWire {
    #[serde(default, deserialize_with = "wire::text")]
    firstname: String,
    #[serde(default, deserialize_with = "wire::text")]
    lastname: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    companyname: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    address1: String,
    #[serde(default, deserialize_with = "wire::text")]
    address2: String,
    #[serde(default, deserialize_with = "wire::text")]
    city: String,
    #[serde(default, deserialize_with = "wire::text")]
    state: String,
    #[serde(default, deserialize_with = "wire::text")]
    postcode: String,
    #[serde(default, deserialize_with = "wire::text")]
    country: String,
}

#[derive(Deserialize)]
struct InvoiceDetailWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    number: Option<String>,
    status: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    duedate: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    datepaid: Option<Date>,
    #[serde(deserialize_with = "wire::decimal")]
    subtotal: Decimal,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    credit: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    tax: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    taxrate: Option<Decimal>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    #[serde(default, deserialize_with = "wire::opt_text")]
    notes: Option<String>,
    #[serde(default)]
    items: Vec<InvoiceLineWire>,
    client: Option<BilledWire>,
    currency: String,
}

/// Lines in `currency`; the line total is the portal's, or amount times quantity when absent.
pub(super) fn lines(items: Vec<InvoiceLineWire>, currency: &str) -> Vec<InvoiceLine> {
    items
        .into_iter()
        .map(|l| {
            let quantity = l.qty.unwrap_or(Decimal::ONE);
            InvoiceLine {
                description: l.description,
                quantity,
                amount: Money::new(l.amount, currency),
                line_total: Money::new(l.linetotal.unwrap_or(l.amount * quantity), currency),
                taxed: l.taxed,
            }
        })
        .collect()
}

/// The billed party's printable name and address (empty parts left out).
pub(super) fn billed_to(client: Option<BilledWire>) -> BilledTo {
    match client {
        Some(c) => {
            let place = [c.city, c.state, c.postcode]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            BilledTo {
                name: format!("{} {}", c.firstname, c.lastname).trim().to_string(),
                company: c.companyname,
                address: [
                    format!("{} {}", c.address1, c.address2).trim().to_string(),
                    place,
                    c.country,
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect(),
            }
        }
        None => BilledTo {
            name: String::new(),
            company: None,
            address: Vec::new(),
        },
    }
}

/// `GET /invoice/@id`. Amounts arrive as numbers here and as strings in the lines.
pub fn invoice_detail(v: &Value) -> Result<InvoiceDetail, ApiError> {
    let w: InvoiceDetailWire = field(v, "invoice")?;
    let cur = w.currency.as_str();
    let money = |d: Decimal| Money::new(d, cur);
    let lines = lines(w.items, cur);
    let billed_to = billed_to(w.client);
    Ok(InvoiceDetail {
        number: w.number.unwrap_or_else(|| w.id.clone()),
        id: w.id,
        status: InvoiceStatus::parse(&w.status),
        date: w.date,
        due: w.duedate,
        paid_on: w.datepaid,
        lines,
        subtotal: money(w.subtotal),
        tax: money(w.tax.unwrap_or_default()),
        tax_rate: w.taxrate.unwrap_or_default(),
        credit: money(w.credit.unwrap_or_default()),
        total: money(w.total),
        billed_to,
        notes: w.notes,
    })
}

#[derive(Deserialize)]
struct CreditWire {
    #[serde(deserialize_with = "wire::decimal")]
    applied: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    invoice_status: String,
}

/// `POST /invoice/@id/credit`.
pub fn credit_applied(v: &Value) -> Result<CreditApplied, ApiError> {
    let w =
        wire::from_tree::<CreditWire>(v).map_err(|e| ApiError::Decode(format!("credit: {e}")))?;
    Ok(CreditApplied {
        applied: w.applied,
        status: InvoiceStatus::parse(&w.invoice_status),
    })
}
