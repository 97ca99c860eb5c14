//! Invoices as listed.

use super::Money;
use crate::model::Date;

/// Invoice status; unknown portal values are kept, not dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvoiceStatus {
    /// Waiting for payment.
    Unpaid,
    /// Settled.
    Paid,
    /// Voided by the provider.
    Cancelled,
    /// Money returned.
    Refunded,
    /// Sent to collections.
    Collections,
    /// Not yet issued.
    Draft,
    /// Anything else the portal says.
    Other(String),
}

impl InvoiceStatus {
    /// The one overdue rule of every page: unpaid and past its due date on `today`.
    pub fn is_overdue(&self, due: Option<Date>, today: Date) -> bool {
        *self == InvoiceStatus::Unpaid && due.is_some_and(|d| d < today)
    }

    /// Settled one way or another: nothing is left to pay (paid, cancelled or refunded).
    pub fn is_settled(&self) -> bool {
        matches!(
            self,
            InvoiceStatus::Paid | InvoiceStatus::Cancelled | InvoiceStatus::Refunded
        )
    }

    /// Maps the portal's word (any case) to a status.
    pub fn parse(raw: &str) -> InvoiceStatus {
        match raw.trim().to_ascii_lowercase().as_str() {
            "unpaid" => InvoiceStatus::Unpaid,
            "paid" => InvoiceStatus::Paid,
            "cancelled" | "canceled" => InvoiceStatus::Cancelled,
            "refunded" => InvoiceStatus::Refunded,
            "collections" => InvoiceStatus::Collections,
            "draft" => InvoiceStatus::Draft,
            _ => InvoiceStatus::Other(raw.to_string()),
        }
    }
}

/// One row of the invoice list.
#[derive(Clone, Debug, PartialEq)]
pub struct InvoiceSummary {
    /// Portal id, used in URLs.
    pub id: String,
    /// The customer-facing number (`2016/12/1`); falls back to the id.
    pub number: String,
    /// Issue date.
    pub date: Option<Date>,
    /// Due date.
    pub due: Option<Date>,
    /// Total in the invoice currency.
    pub total: Money,
    /// Status.
    pub status: InvoiceStatus,
    /// The invoice it was gathered into by "pay several", while that one is open.
    pub merged_into: Option<String>,
}

impl InvoiceSummary {
    /// Unpaid and past its due date on `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status.is_overdue(self.due, today)
    }
}

/// What the dashboard says about unpaid invoices.
#[derive(Clone, Debug, PartialEq)]
pub struct UnpaidSummary {
    /// Number of unpaid invoices.
    pub count: usize,
    /// Of which past due.
    pub overdue: usize,
    /// Amount owed, per currency (never added across currencies).
    pub totals: Vec<Money>,
    /// The unpaid invoice due soonest (overdue ones first).
    pub next: Option<InvoiceSummary>,
}

impl UnpaidSummary {
    /// Summarises `invoices` as of `today`.
    pub fn of(invoices: &[InvoiceSummary], today: Date) -> UnpaidSummary {
        let unpaid: Vec<&InvoiceSummary> = invoices
            .iter()
            .filter(|i| i.status == InvoiceStatus::Unpaid)
            .collect();
        let next = unpaid
            .iter()
            .min_by_key(|i| (i.due.is_none(), i.due, i.id.clone()))
            .map(|i| (*i).clone());
        UnpaidSummary {
            count: unpaid.len(),
            overdue: unpaid.iter().filter(|i| i.is_overdue(today)).count(),
            totals: super::money::totals_by_currency(unpaid.iter().map(|i| &i.total)),
            next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn inv(id: &str, status: &str, due: &str, total: &str, cur: &str) -> InvoiceSummary {
        InvoiceSummary {
            id: id.into(),
            number: id.into(),
            date: None,
            due: Date::parse(due),
            total: Money::new(Decimal::from_str(total).unwrap(), cur),
            status: InvoiceStatus::parse(status),
            merged_into: None,
        }
    }

    #[test]
    fn unpaid_summary_keeps_currencies_apart() {
        let today = Date::parse("2026-11-23").unwrap();
        let list = [
            inv("1", "Unpaid", "2026-11-30", "10.10", "USD"),
            inv("2", "Unpaid", "2026-11-01", "450000.00", "VND"),
            inv("3", "Paid", "2026-10-01", "99.00", "USD"),
            inv("4", "Unpaid", "0000-00-00", "0.20", "USD"),
            inv("5", "Cancelled", "2026-10-01", "5.00", "USD"),
        ];
        let s = UnpaidSummary::of(&list, today);
        assert_eq!(s.count, 3);
        assert_eq!(s.overdue, 1);
        assert_eq!(s.next.unwrap().id, "2");
        assert_eq!(
            s.totals[0],
            Money::new(Decimal::from_str("10.30").unwrap(), "USD")
        );
        assert_eq!(
            s.totals[1],
            Money::new(Decimal::from_str("450000").unwrap(), "VND")
        );
    }

    #[test]
    fn unknown_status_is_kept() {
        assert_eq!(
            InvoiceStatus::parse("Partially Paid"),
            InvoiceStatus::Other("Partially Paid".into())
        );
    }
}
