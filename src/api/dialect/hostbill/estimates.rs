//! HostBill estimates: `GET /estimates` and `GET /estimates/@id`. The documents give the calls but
//! no example answers; the shapes follow the invoice ones (`estimates` list, `estimate` object
//! with `items` and `client`), with `subject` and `valid_until`.

use super::envelope::field;
use super::invoice_detail::{BilledWire, InvoiceLineWire, billed_to, lines};
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{Date, EstimateDetail, EstimateStatus, EstimateSummary, Money};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct EstimateRowWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    valid_until: Option<Date>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    currency: String,
}

impl EstimateRowWire {
    fn summary(self) -> EstimateSummary {
        EstimateSummary {
            subject: if self.subject.is_empty() {
                format!("#{}", self.id)
            } else {
                self.subject
            },
            id: self.id,
            date: self.date,
            valid_until: self.valid_until,
            total: Money::new(self.total, &self.currency),
            status: EstimateStatus::parse(&self.status),
        }
    }
}

/// `GET /estimates`.
pub fn estimates(v: &Value) -> Result<Vec<EstimateSummary>, ApiError> {
    let rows: Vec<EstimateRowWire> = field(v, "estimates")?;
    Ok(rows.into_iter().map(EstimateRowWire::summary).collect())
}

#[derive(Deserialize)]
struct EstimateDetailWire {
    #[serde(flatten)]
    row: EstimateRowWire,
    #[serde(deserialize_with = "wire::decimal")]
    subtotal: Decimal,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    tax: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    taxrate: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    notes: Option<String>,
    #[serde(default)]
    items: Vec<InvoiceLineWire>,
    client: Option<BilledWire>,
}

/// `GET /estimates/@id`.
pub fn estimate_detail(v: &Value) -> Result<EstimateDetail, ApiError> {
    let w: EstimateDetailWire = field(v, "estimate")?;
    let currency = w.row.currency.clone();
    Ok(EstimateDetail {
        lines: lines(w.items, &currency),
        subtotal: Money::new(w.subtotal, &currency),
        tax: Money::new(w.tax.unwrap_or_default(), &currency),
        tax_rate: w.taxrate.unwrap_or_default(),
        billed_to: billed_to(w.client),
        notes: w.notes,
        summary: w.row.summary(),
    })
}
