//! The account credit history: every movement in or out, with the balance after it.

use super::Money;
use crate::api::wire::Date;

/// One movement of account credit.
#[derive(Clone, Debug, PartialEq)]
pub struct CreditLogEntry {
    /// Portal id.
    pub id: String,
    /// When.
    pub date: Option<Date>,
    /// What happened, in the portal's words.
    pub description: String,
    /// Signed amount: positive in, negative out.
    pub change: Money,
    /// Credit after the movement.
    pub balance: Money,
    /// The invoice concerned, if any.
    pub invoice_id: Option<String>,
}

/// The answer to redeeming a voucher.
#[derive(Clone, Debug, PartialEq)]
pub struct VoucherRedeemed {
    /// Credit added.
    pub amount: Money,
}
