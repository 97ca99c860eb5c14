//! Serde helpers for the portals' loose JSON: ids that are numbers or strings, amounts as decimal
//! strings or numbers, `""` and `0000-00-00` meaning "absent". Pure: no web APIs, tested natively.

use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::{self, Deserializer};
use std::str::FromStr;

/// A value that arrives either as a JSON string or a JSON number (or bool, for flags).
#[derive(Deserialize)]
#[serde(untagged)]
enum Loose {
    Str(String),
    Int(i64),
    UInt(u64),
    Float(serde_json::Number),
    Bool(bool),
    Null,
}

impl Loose {
    fn into_text(self) -> Option<String> {
        match self {
            Loose::Str(s) => Some(s),
            Loose::Int(i) => Some(i.to_string()),
            Loose::UInt(u) => Some(u.to_string()),
            Loose::Float(n) => Some(n.to_string()),
            Loose::Bool(b) => Some(if b { "1".into() } else { "0".into() }),
            Loose::Null => None,
        }
    }
}

/// An id that may be sent as `"26"` or `26`; required.
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Loose::deserialize(d)?
        .into_text()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| de::Error::custom("missing id"))
}

/// Text that may be a number, null or absent; `""` stays `""`.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Loose::deserialize(d)?.into_text().unwrap_or_default())
}

/// Optional text: `""`, `null` and absent all mean `None`.
pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Loose::deserialize(d)?
        .into_text()
        .filter(|s| !s.trim().is_empty()))
}

/// Parses a decimal amount from a string (`"19.65"`, `"450000.00"`) or a JSON number (`3.41`).
/// Unparsable text is an error, never zero.
pub fn parse_decimal(raw: &str) -> Result<Decimal, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err("empty amount".into());
    }
    Decimal::from_str(t)
        .or_else(|_| Decimal::from_scientific(t))
        .map_err(|_| format!("not a decimal amount: {t:?}"))
}

/// A required decimal amount.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let text = Loose::deserialize(d)?
        .into_text()
        .ok_or_else(|| de::Error::custom("missing amount"))?;
    parse_decimal(&text).map_err(de::Error::custom)
}

/// An optional decimal: absent, `null` or `""` are `None`; anything else must parse.
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    match Loose::deserialize(d)?.into_text() {
        None => Ok(None),
        Some(t) if t.trim().is_empty() => Ok(None),
        Some(t) => parse_decimal(&t).map(Some).map_err(de::Error::custom),
    }
}

/// A calendar date as the portals send it: `"2016-12-30"` or `"2016-12-30 12:40:47"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month 1-12.
    pub month: u8,
    /// Day 1-31.
    pub day: u8,
}

impl Date {
    /// Parses the date part of `YYYY-MM-DD[ hh:mm:ss]`; `0000-00-00` and garbage are `None`.
    pub fn parse(raw: &str) -> Option<Date> {
        let head = raw.trim().get(..10)?;
        let mut parts = head.split('-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if year == 0 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for "days until due" arithmetic.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// ISO form `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An optional date; `""`, `0000-00-00` and null are `None`.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    Ok(Loose::deserialize(d)?
        .into_text()
        .and_then(|t| Date::parse(&t)))
}

/// A flag sent as `"1"`/`"0"`, `1`/`0` or `true`/`false`.
pub fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(matches!(
        Loose::deserialize(d)?.into_text().as_deref(),
        Some("1") | Some("true")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug)]
    struct Probe {
        #[serde(deserialize_with = "id")]
        id: String,
        #[serde(deserialize_with = "decimal")]
        total: Decimal,
        #[serde(default, deserialize_with = "opt_date")]
        due: Option<Date>,
        #[serde(default, deserialize_with = "opt_decimal")]
        credit: Option<Decimal>,
    }

    fn probe(json: &str) -> Result<Probe, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn ids_and_amounts_accept_numbers_and_strings() {
        let a = probe(r#"{"id":"26","total":"19.65","due":"2017-01-06"}"#).unwrap();
        let b = probe(r#"{"id":26,"total":19.65,"due":"2017-01-06 12:40:47"}"#).unwrap();
        assert_eq!(a.id, b.id);
        assert_eq!(a.total, b.total);
        assert_eq!(a.total.to_string(), "19.65");
        assert_eq!(
            a.due,
            Some(Date {
                year: 2017,
                month: 1,
                day: 6
            })
        );
        assert_eq!(a.due, b.due);
    }

    #[test]
    fn empty_and_zero_dates_are_absent() {
        assert_eq!(
            probe(r#"{"id":1,"total":"1","due":"0000-00-00"}"#)
                .unwrap()
                .due,
            None
        );
        assert_eq!(probe(r#"{"id":1,"total":"1","due":""}"#).unwrap().due, None);
        assert_eq!(probe(r#"{"id":1,"total":"1"}"#).unwrap().due, None);
        assert_eq!(
            probe(r#"{"id":1,"total":"1","credit":""}"#).unwrap().credit,
            None
        );
    }

    #[test]
    fn unparsable_amount_is_an_error_not_zero() {
        assert!(probe(r#"{"id":1,"total":"abc"}"#).is_err());
        assert!(probe(r#"{"id":1,"total":""}"#).is_err());
        assert!(probe(r#"{"id":1}"#).is_err());
        assert!(probe(r#"{"id":1,"total":"1","credit":"x"}"#).is_err());
    }

    #[test]
    fn missing_id_is_an_error() {
        assert!(probe(r#"{"total":"1"}"#).is_err());
        assert!(probe(r#"{"id":"","total":"1"}"#).is_err());
    }

    #[test]
    fn days_since_epoch_matches_known_dates() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().days_since_epoch(),
            11_017
        );
        assert_eq!(
            Date::parse("2026-11-23").unwrap().days_since_epoch(),
            20_780
        );
    }
}
