//! Exact money: a decimal amount with its ISO currency code, formatted per currency and language.

use rust_decimal::{Decimal, RoundingStrategy};

/// An exact amount of one currency. Never built from `f64`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    /// The exact amount as the portal sent it.
    pub amount: Decimal,
    /// ISO 4217 code, upper case (`USD`, `VND`).
    pub currency: String,
}

/// The display language of numbers: decides separators and symbol placement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// `$1,234.50`, `450,000 ₫`
    English,
    /// `1.234,50 US$`, `450.000 ₫`
    Vietnamese,
}

impl NumberStyle {
    /// A plain decimal figure ("12.1", a size or a usage) with the language's decimal mark:
    /// "12,1" in Vietnamese, beside money written "19,44 US$".
    pub fn decimal(self, plain: &str) -> String {
        match self {
            NumberStyle::English => plain.to_string(),
            NumberStyle::Vietnamese => plain.replace('.', ","),
        }
    }
}

impl Money {
    /// Builds a money value; the currency code is normalised to upper case.
    pub fn new(amount: Decimal, currency: &str) -> Money {
        Money {
            amount,
            currency: currency.trim().to_ascii_uppercase(),
        }
    }

    /// Digits after the decimal point customers expect for the currency.
    pub fn minor_digits(&self) -> u32 {
        match self.currency.as_str() {
            "VND" | "JPY" | "KRW" | "IDR" | "CLP" | "ISK" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
            _ => 2,
        }
    }

    /// Formats for display, rounding half away from zero to the currency's minor unit.
    pub fn format(&self, style: NumberStyle) -> String {
        let digits = self.minor_digits();
        let rounded = self
            .amount
            .round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero);
        let negative = rounded.is_sign_negative() && !rounded.is_zero();
        let text = rounded.abs().to_string();
        let (int_part, frac_part) = match text.split_once('.') {
            Some((i, f)) => (i.to_string(), f.to_string()),
            None => (text, String::new()),
        };
        let mut frac = frac_part;
        while (frac.len() as u32) < digits {
            frac.push('0');
        }
        let (group, point) = match style {
            NumberStyle::English => (',', '.'),
            NumberStyle::Vietnamese => ('.', ','),
        };
        let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
        for (i, ch) in int_part.chars().enumerate() {
            if i > 0 && (int_part.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(ch);
        }
        let number = if digits == 0 {
            grouped
        } else {
            format!("{grouped}{point}{frac}")
        };
        let sign = if negative { "-" } else { "" };
        match (self.currency.as_str(), style) {
            ("USD", NumberStyle::English) => format!("{sign}${number}"),
            ("USD", NumberStyle::Vietnamese) => format!("{sign}{number} US$"),
            ("EUR", NumberStyle::English) => format!("{sign}€{number}"),
            ("GBP", NumberStyle::English) => format!("{sign}£{number}"),
            ("VND", _) => format!("{sign}{number} ₫"),
            (code, _) => format!("{sign}{number} {code}"),
        }
    }
}

/// Reads an amount a customer typed, for a currency with `minor_digits` decimals. Accepts
/// `12.50`, `12,50` (decimal comma) and grouping (`1,234.50`, `450.000` for VND). `None` when it
/// is not a plain non-negative amount.
pub fn parse_amount_input(text: &str, minor_digits: u32) -> Option<Decimal> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let normalised = if minor_digits == 0 {
        t.replace(['.', ','], "")
    } else {
        // The last separator followed by at most `minor_digits` digits is the decimal point.
        match t.rfind(['.', ',']) {
            Some(i) if t.len() - i - 1 <= minor_digits as usize => {
                format!("{}.{}", t[..i].replace(['.', ','], ""), &t[i + 1..])
            }
            _ => t.replace(['.', ','], ""),
        }
    };
    if normalised.is_empty() || normalised.starts_with('.') {
        return None;
    }
    use std::str::FromStr;
    Decimal::from_str(&normalised).ok()
}

/// Sums amounts per currency, keeping currencies apart and in first-seen order.
pub fn totals_by_currency<'a>(items: impl IntoIterator<Item = &'a Money>) -> Vec<Money> {
    let mut out: Vec<Money> = Vec::new();
    for m in items {
        match out.iter_mut().find(|t| t.currency == m.currency) {
            Some(t) => t.amount += m.amount,
            None => out.push(m.clone()),
        }
    }
    out
}

/// An amount in the portal's default currency converted at `rate` into the account's, to the
/// cent (BoxBilling lists its catalogue in its default currency and converts at checkout).
pub fn convert(amount: Decimal, rate: Decimal) -> Decimal {
    if rate == Decimal::ONE {
        amount
    } else {
        (amount * rate).round_dp(2)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_decimals_take_the_languages_mark() {
        assert_eq!(NumberStyle::English.decimal("12.1"), "12.1");
        assert_eq!(NumberStyle::Vietnamese.decimal("12.1"), "12,1");
        assert_eq!(NumberStyle::Vietnamese.decimal("80"), "80");
    }

    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn m(a: &str, c: &str) -> Money {
        Money::new(Decimal::from_str(a).unwrap(), c)
    }

    #[test]
    fn formats_usd_and_vnd_in_both_languages() {
        assert_eq!(m("1234.5", "usd").format(NumberStyle::English), "$1,234.50");
        assert_eq!(
            m("1234.5", "USD").format(NumberStyle::Vietnamese),
            "1.234,50 US$"
        );
        assert_eq!(
            m("450000.00", "VND").format(NumberStyle::English),
            "450,000 ₫"
        );
        assert_eq!(
            m("450000.00", "VND").format(NumberStyle::Vietnamese),
            "450.000 ₫"
        );
        assert_eq!(m("0", "USD").format(NumberStyle::English), "$0.00");
        assert_eq!(m("-19.655", "USD").format(NumberStyle::English), "-$19.66");
        assert_eq!(m("12", "CHF").format(NumberStyle::English), "12.00 CHF");
    }

    #[test]
    fn typed_amounts_are_read_generously_but_strictly() {
        let d = |s: &str| Some(Decimal::from_str(s).unwrap());
        assert_eq!(parse_amount_input("12.50", 2), d("12.50"));
        assert_eq!(parse_amount_input("12,50", 2), d("12.50"));
        assert_eq!(parse_amount_input("1,234.50", 2), d("1234.50"));
        assert_eq!(parse_amount_input(" 7 ", 2), d("7"));
        assert_eq!(parse_amount_input("450.000", 0), d("450000"));
        assert_eq!(
            parse_amount_input("1.005", 2),
            d("1005"),
            "a three-digit group, not decimals"
        );
        for bad in ["", "-3", "1e3", "abc", ".", ",5x"] {
            assert_eq!(parse_amount_input(bad, 2), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn formatted_then_typed_is_identity(cents in 0i64..10_000_000_000) {
            let amount = Decimal::new(cents, 2);
            let shown = Money::new(amount, "USD").format(NumberStyle::English).replace('$', "");
            prop_assert_eq!(parse_amount_input(&shown, 2), Some(amount));
            let vi = Money::new(amount, "USD").format(NumberStyle::Vietnamese).replace(" US$", "");
            prop_assert_eq!(parse_amount_input(&vi, 2), Some(amount));
        }

        #[test]
        fn typed_input_never_panics(s in ".{0,30}") {
            let _ = parse_amount_input(&s, 2);
            let _ = parse_amount_input(&s, 0);
        }
    }

    #[test]
    fn totals_stay_exact_per_currency() {
        let items = [
            m("0.1", "USD"),
            m("0.2", "USD"),
            m("450000", "VND"),
            m("1.05", "VND"),
        ];
        let t = totals_by_currency(&items);
        assert_eq!(t, vec![m("0.3", "USD"), m("450001.05", "VND")]);
    }

    proptest! {
        #[test]
        fn format_never_panics_and_keeps_the_digits(cents in any::<i64>(), scale in 0u32..6) {
            let amount = Decimal::new(cents, scale);
            let text = Money::new(amount, "USD").format(NumberStyle::English);
            prop_assert!(text.contains('$'));
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            let expect = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero).abs();
            let expect_digits: String = format!("{expect:.2}").chars().filter(|c| c.is_ascii_digit()).collect();
            prop_assert_eq!(digits, expect_digits);
        }
    }
}
