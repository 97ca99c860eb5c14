//! Payment methods with their fees, and what a payment through one of them costs.

use super::Money;
use rust_decimal::{Decimal, RoundingStrategy};

/// A payment module the account may choose as its default (HostBill `GET /payment`), by name
/// only: what paying through it costs comes with [`PaymentMethod`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentModule {
    /// Module id (HostBill's `DefaultPaymentModule` takes it).
    pub id: String,
    /// Name shown to the customer.
    pub name: String,
}

/// A gateway the portal offers.
#[derive(Clone, Debug, PartialEq)]
pub struct PaymentMethod {
    /// Gateway id, used in the pay link.
    pub id: String,
    /// Name shown to the customer.
    pub name: String,
    /// Fixed fee per payment, in the invoice currency.
    pub fixed_fee: Decimal,
    /// Percentage fee on the amount paid.
    pub percent_fee: Decimal,
}

impl PaymentMethod {
    /// The fee for paying `amount` (rounded half up to the currency's minor unit).
    pub fn fee(&self, amount: &Money) -> Money {
        let pct = (amount.amount * self.percent_fee / Decimal::ONE_HUNDRED).round_dp_with_strategy(
            amount.minor_digits(),
            RoundingStrategy::MidpointAwayFromZero,
        );
        let fixed = self.fixed_fee.round_dp_with_strategy(
            amount.minor_digits(),
            RoundingStrategy::MidpointAwayFromZero,
        );
        Money::new(pct + fixed, &amount.currency)
    }

    /// Amount plus fee.
    pub fn total(&self, amount: &Money) -> Money {
        Money::new(amount.amount + self.fee(amount).amount, &amount.currency)
    }
}

/// Whether a gateway link from the portal may be followed: https anywhere, or a path on this site.
pub fn is_followable_payment_url(url: &str) -> bool {
    let safe_chars = !url
        .chars()
        .any(|c| c.is_whitespace() || c == '\\' || c.is_control());
    safe_chars && (url.starts_with("https://") || (url.starts_with('/') && !url.starts_with("//")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn m(a: &str, c: &str) -> Money {
        Money::new(Decimal::from_str(a).unwrap(), c)
    }

    #[test]
    fn fees_are_exact_and_rounded_half_up() {
        let stripe = PaymentMethod {
            id: "2".into(),
            name: "Stripe".into(),
            fixed_fee: Decimal::from_str("0.5").unwrap(),
            percent_fee: Decimal::from_str("2.9").unwrap(),
        };
        assert_eq!(stripe.fee(&m("18.00", "USD")), m("1.02", "USD")); // 0.522 -> 0.52, + 0.50
        assert_eq!(stripe.total(&m("18.00", "USD")), m("19.02", "USD"));
        assert_eq!(stripe.fee(&m("1870000", "VND")), m("54231", "VND")); // 54230 + 0.5 -> 1
        let bank = PaymentMethod {
            id: "1".into(),
            name: "Bank".into(),
            fixed_fee: Decimal::ZERO,
            percent_fee: Decimal::ZERO,
        };
        assert_eq!(bank.total(&m("19.44", "USD")), m("19.44", "USD"));
    }

    #[test]
    fn only_https_or_same_site_links_are_followed() {
        assert!(is_followable_payment_url("https://gateway.example/pay?x=1"));
        assert!(is_followable_payment_url("/demo-gateway/abc"));
        for bad in [
            "javascript:alert(1)",
            "http://plain.example",
            "//evil.example",
            "data:text/html,x",
            "/a b",
        ] {
            assert!(!is_followable_payment_url(bad), "{bad}");
        }
    }
}
