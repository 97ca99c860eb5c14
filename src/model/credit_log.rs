//! The account credit history: every movement in or out, with the balance after it.

use super::Money;
use crate::model::Date;

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

/// A payment the billing system recorded (BoxBilling's `invoice/transaction_get_list`).
#[derive(Clone, Debug, PartialEq)]
pub struct Transaction {
    /// Portal id.
    pub id: String,
    /// When it was received.
    pub date: Option<Date>,
    /// Amount.
    pub amount: Money,
    /// The invoice it paid, as the app opens it (BoxBilling: the invoice's hash), if known.
    pub invoice: Option<String>,
    /// Gateway name, or the gateway's own reference when the name is not given.
    pub method: String,
    /// Status in the portal's words (`processed`, `received`, `error`, ...).
    pub status: String,
}
