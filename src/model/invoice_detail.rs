//! One invoice in full: lines, tax, credit applied, what is still due, who is billed.

use super::Money;
use super::invoice::InvoiceStatus;
use crate::model::Date;
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
    /// What was paid other than by account credit. None of the three billing systems' invoice
    /// answers lists partial payments, so a settled-by-payment invoice (Paid, or Refunded
    /// afterwards) was paid in full: total minus credit applied; any other, nothing yet.
    pub fn amount_paid(&self) -> Money {
        let paid = match self.status {
            InvoiceStatus::Paid | InvoiceStatus::Refunded => {
                (self.total.amount - self.credit.amount).max(Decimal::ZERO)
            }
            _ => Decimal::ZERO,
        };
        Money::new(paid, &self.total.currency)
    }

    /// What is still to pay: total minus payments minus credit applied, never below zero, and
    /// nothing at all once the invoice is settled (paid, cancelled, refunded).
    pub fn balance_due(&self) -> Money {
        let due = if self.status.is_settled() {
            Decimal::ZERO
        } else {
            (self.total.amount - self.amount_paid().amount - self.credit.amount).max(Decimal::ZERO)
        };
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

    fn invoice(status: InvoiceStatus, total: &str, credit: &str) -> InvoiceDetail {
        InvoiceDetail {
            id: "1".into(),
            number: "1".into(),
            status,
            date: None,
            due: None,
            paid_on: None,
            lines: Vec::new(),
            subtotal: usd(total),
            tax: usd("0"),
            tax_rate: Decimal::ZERO,
            credit: usd(credit),
            total: usd(total),
            billed_to: BilledTo {
                name: String::new(),
                company: None,
                address: Vec::new(),
            },
            notes: None,
        }
    }

    #[test]
    fn balance_due_is_total_less_payments_and_credit_and_nothing_once_settled() {
        use InvoiceStatus as S;
        // Over every status and a spread of credits: due + paid + credit = total while open,
        // due = 0 once settled, and nothing is ever negative.
        for status in [
            S::Unpaid,
            S::Paid,
            S::Cancelled,
            S::Refunded,
            S::Collections,
            S::Draft,
        ] {
            for credit in ["0", "5.50", "18.00", "20.00"] {
                let inv = invoice(status.clone(), "18.00", credit);
                let (due, paid) = (inv.balance_due().amount, inv.amount_paid().amount);
                assert!(due >= Decimal::ZERO && paid >= Decimal::ZERO);
                if status.is_settled() {
                    assert_eq!(due, Decimal::ZERO, "{status:?} {credit}");
                } else {
                    assert_eq!(paid, Decimal::ZERO);
                    assert_eq!(
                        due,
                        (usd("18.00").amount - usd(credit).amount).max(Decimal::ZERO)
                    );
                }
            }
        }
        // The screen of the review: a Paid $18.00 invoice is not $18.00 due; it was paid.
        let paid = invoice(S::Paid, "18.00", "0");
        assert_eq!(paid.balance_due(), usd("0"));
        assert_eq!(paid.amount_paid(), usd("18.00"));
        let part_credit = invoice(S::Paid, "18.00", "5.50");
        assert_eq!(part_credit.amount_paid(), usd("12.50"));
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
