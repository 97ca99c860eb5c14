//! One invoice in full: lines, tax, credit applied, what is still due, who is billed.

use super::Money;
use super::invoice::InvoiceStatus;
use crate::api::wire::Date;
use rust_decimal::Decimal;

/// A line of an invoice.
#[derive(Clone, Debug, PartialEq)]
pub struct InvoiceLine {
    /// What was billed.
    pub description: String,
    /// Quantity (may be fractional).
    pub quantity: Decimal,
    /// Unit amount.
    pub amount: Money,
    /// Quantity times amount, as the portal computed it.
    pub line_total: Money,
    /// Whether tax applies to the line.
    pub taxed: bool,
}

/// The billed party, as printed on the invoice.
#[derive(Clone, Debug, PartialEq)]
pub struct BilledTo {
    /// Person's name.
    pub name: String,
    /// Company, if any.
    pub company: Option<String>,
    /// Address lines, empty ones left out (street, city/state/postcode, country).
    pub address: Vec<String>,
}

/// An invoice with everything the detail page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct InvoiceDetail {
    /// Portal id.
    pub id: String,
    /// Customer-facing number.
    pub number: String,
    /// Status.
    pub status: InvoiceStatus,
    /// Issue date.
    pub date: Option<Date>,
    /// Due date.
    pub due: Option<Date>,
    /// When it was paid, if it was.
    pub paid_on: Option<Date>,
    /// Lines.
    pub lines: Vec<InvoiceLine>,
    /// Sum of the lines.
    pub subtotal: Money,
    /// Tax amount.
    pub tax: Money,
    /// Tax rate in percent.
    pub tax_rate: Decimal,
    /// Account credit already applied.
    pub credit: Money,
    /// Invoice total.
    pub total: Money,
    /// Who is billed.
    pub billed_to: BilledTo,
    /// Notes from the provider (plain text).
    pub notes: Option<String>,
}

impl InvoiceDetail {
    /// What is still to pay: total minus credit applied, never below zero.
    pub fn balance_due(&self) -> Money {
        let due = (self.total.amount - self.credit.amount).max(Decimal::ZERO);
        Money::new(due, &self.total.currency)
    }

    /// Credit can be applied: unpaid with something left to pay.
    pub fn accepts_credit(&self) -> bool {
        self.status == InvoiceStatus::Unpaid && self.balance_due().amount > Decimal::ZERO
    }
}

/// The portal's answer to "apply credit".
#[derive(Clone, Debug, PartialEq)]
pub struct CreditApplied {
    /// Amount applied.
    pub applied: Decimal,
    /// Invoice status afterwards.
    pub status: InvoiceStatus,
}

/// Checks an amount of credit to apply before anything is sent: positive, at most the balance due
/// and at most the credit available, with no more decimals than the currency has.
pub fn validate_credit_amount(
    amount: Decimal,
    due: &Money,
    available: &Money,
) -> Result<(), CreditProblem> {
    if amount <= Decimal::ZERO {
        return Err(CreditProblem::NotPositive);
    }
    if amount.normalize().scale() > due.minor_digits() {
        return Err(CreditProblem::TooManyDecimals);
    }
    if available.currency != due.currency {
        return Err(CreditProblem::OtherCurrency);
    }
    if amount > due.amount {
        return Err(CreditProblem::MoreThanDue);
    }
    if amount > available.amount {
        return Err(CreditProblem::MoreThanAvailable);
    }
    Ok(())
}

/// Why an amount of credit cannot be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditProblem {
    /// Zero or negative.
    NotPositive,
    /// Finer than the currency's minor unit.
    TooManyDecimals,
    /// Above what the invoice still needs.
    MoreThanDue,
    /// Above the account's credit.
    MoreThanAvailable,
    /// The credit is held in another currency than the invoice.
    OtherCurrency,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn usd(s: &str) -> Money {
        Money::new(Decimal::from_str(s).unwrap(), "USD")
    }

    #[test]
    fn credit_amounts_are_checked_before_sending() {
        let due = usd("19.65");
        let available = usd("25.50");
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(validate_credit_amount(d("19.65"), &due, &available), Ok(()));
        assert_eq!(
            validate_credit_amount(d("0"), &due, &available),
            Err(CreditProblem::NotPositive)
        );
        assert_eq!(
            validate_credit_amount(d("19.66"), &due, &available),
            Err(CreditProblem::MoreThanDue)
        );
        assert_eq!(
            validate_credit_amount(d("1.001"), &due, &available),
            Err(CreditProblem::TooManyDecimals)
        );
        assert_eq!(
            validate_credit_amount(d("1.50"), &due, &usd("1.00")),
            Err(CreditProblem::MoreThanAvailable)
        );
        let vnd = Money::new(d("100000"), "VND");
        assert_eq!(
            validate_credit_amount(d("1"), &vnd, &available),
            Err(CreditProblem::OtherCurrency)
        );
    }
}
