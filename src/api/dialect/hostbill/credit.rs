//! HostBill account credit: `GET /billing/creditlogs` and `POST /billing/creditvoucher`. The
//! documents give the calls without example answers; the history is read from `logs` rows with
//! `in`, `out` and `balance` amounts in the account `currency`.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{CreditLogEntry, Date, Money, VoucherRedeemed};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct CreditLogWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(default, deserialize_with = "wire::text")]
    description: String,
    #[serde(rename = "in", default, deserialize_with = "wire::opt_decimal")]
    credit_in: Option<Decimal>,
    #[serde(rename = "out", default, deserialize_with = "wire::opt_decimal")]
    credit_out: Option<Decimal>,
    #[serde(deserialize_with = "wire::decimal")]
    balance: Decimal,
    #[serde(default, deserialize_with = "wire::opt_text")]
    invoice_id: Option<String>,
}

/// `GET /billing/creditlogs`.
pub fn credit_log(v: &Value) -> Result<Vec<CreditLogEntry>, ApiError> {
    let currency: String = field(v, "currency")?;
    let rows: Vec<CreditLogWire> = field(v, "logs")?;
    Ok(rows
        .into_iter()
        .map(|w| CreditLogEntry {
            id: w.id,
            date: w.date,
            description: w.description,
            change: Money::new(
                w.credit_in.unwrap_or_default() - w.credit_out.unwrap_or_default(),
                &currency,
            ),
            balance: Money::new(w.balance, &currency),
            invoice_id: w.invoice_id.filter(|i| i != "0"),
        })
        .collect())
}

#[derive(Deserialize)]
struct VoucherWire {
    #[serde(deserialize_with = "wire::decimal")]
    amount: Decimal,
    currency: String,
}

/// `POST /billing/creditvoucher`.
pub fn voucher_redeemed(v: &Value) -> Result<VoucherRedeemed, ApiError> {
    let w =
        wire::from_tree::<VoucherWire>(v).map_err(|e| ApiError::Decode(format!("voucher: {e}")))?;
    Ok(VoucherRedeemed {
        amount: Money::new(w.amount, &w.currency),
    })
}
