//! Serde helpers for the portals' loose JSON: ids that are numbers or strings, amounts as decimal
//! strings or numbers, `""` and `0000-00-00` meaning "absent". Pure: no web APIs, tested natively.

use crate::model::Date;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
#[cfg(test)]
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;
use std::str::FromStr;

/// Decodes part of an answer already read as a tree, through its text rather than the tree:
/// serde_json's `&Value` deserializer (with `arbitrary_precision`) tries every fractional number
/// as an `f64` first, and that alone brought float parsing (its 10 KB table too) into the wasm
/// of every area that decodes an amount (16 KB brotli of the signed-in bundle). Re-read from text, a number stays its digits
/// (the `visit_map` below). One answer's part is small: the second pass costs microseconds.
pub fn from_tree<T: DeserializeOwned>(v: &Value) -> Result<T, serde_json::Error> {
    serde_json::from_str(&v.to_string())
}

/// Why a number handed over as an `f64` (by a deserializer other than serde_json reading text)
/// is refused: an amount must keep the digits it was sent with.
const FLOAT_REFUSED: &str = "a floating-point number where digits were expected";

/// Reads a string, number, bool or null as text (`None` for null). A hand-written visitor
/// rather than an untagged enum: no buffering, and much less code in the wasm.
struct LooseText;

impl<'de> Visitor<'de> for LooseText {
    type Value = Option<String>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string, number, boolean or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    // serde_json reading text (with `arbitrary_precision`, as this crate builds it) never calls
    // this: numbers arrive through `visit_map` as their text, and trees are decoded through their
    // text (`from_tree`). A float is refused rather than guessed at: its digits are not the
    // ones sent.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(E::custom(FLOAT_REFUSED))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(if v { "1" } else { "0" }.to_string()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    // serde_json's `arbitrary_precision` hands a number over as a one-entry map holding its text.
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        number_text(map).map(Some)
    }
}

/// The name serde_json (with `arbitrary_precision`) gives the one key of a number's map.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// The text of a JSON number as the portal wrote it, from serde_json's `arbitrary_precision`
/// map; any other map is not a scalar and is refused.
fn number_text<'de, A: de::MapAccess<'de>>(mut map: A) -> Result<String, A::Error> {
    match map.next_key::<String>()? {
        Some(k) if k == NUMBER_TOKEN => {
            let text: String = map.next_value()?;
            Ok(text)
        }
        _ => Err(de::Error::custom("an object where a value was expected")),
    }
}

fn loose<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(LooseText)
}

/// Like [`LooseText`], but hands the text to `parse` without copying it first when the JSON has a
/// string (the common case for amounts and dates): large lists decode without an allocation per
/// field.
struct ParseLoose<F>(F);

impl<'de, T, F: FnOnce(Option<&str>) -> Result<T, String>> Visitor<'de> for ParseLoose<F> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string, number or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(Some(v)).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        (self.0)(Some(&v.to_string())).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        (self.0)(Some(&v.to_string())).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
        Err(E::custom(FLOAT_REFUSED))
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        (self.0)(None).map_err(E::custom)
    }
    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        (self.0)(None).map_err(E::custom)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let text = number_text(map)?;
        (self.0)(Some(&text)).map_err(de::Error::custom)
    }
}

/// An id that may be sent as `"26"` or `26`; required.
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    loose(d)?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| de::Error::custom("missing id"))
}

/// Text that may be a number, null or absent; `""` stays `""`.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(loose(d)?.unwrap_or_default())
}

/// Optional text: `""`, `null` and absent all mean `None`.
pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(loose(d)?.filter(|s| !s.trim().is_empty()))
}

/// Parses a decimal amount from a string (`"19.65"`, `"450000.00"`) or a JSON number (`3.41`).
/// Unparsable text is an error, never zero.
pub fn parse_decimal(raw: &str) -> Result<Decimal, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err("empty amount".into());
    }
    // f64 text of tiny or huge numbers uses exponents ("1e-7"): `from_str` reads those too
    // (rounded to the 28 decimals a `Decimal` holds, far below any currency's smallest unit).
    Decimal::from_str(t).map_err(|_| format!("not a decimal amount: {t:?}"))
}

/// A required decimal amount.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(ParseLoose(|t: Option<&str>| {
        parse_decimal(t.ok_or_else(|| "missing amount".to_string())?)
    }))
}

/// An optional decimal: absent, `null` or `""` are `None`; anything else must parse.
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    d.deserialize_any(ParseLoose(|t: Option<&str>| match t {
        None => Ok(None),
        Some(t) if t.trim().is_empty() => Ok(None),
        Some(t) => parse_decimal(t).map(Some),
    }))
}

/// An optional date; `""`, `0000-00-00` and null are `None`.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    d.deserialize_any(ParseLoose(|t: Option<&str>| Ok(t.and_then(Date::parse))))
}

/// A whole count or size sent as `"2"`, `2` or `""` (zero); anything else is an error.
pub fn count<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    d.deserialize_any(ParseLoose(|t: Option<&str>| match t.map(str::trim) {
        None | Some("") => Ok(0),
        Some(t) => t
            .parse::<u64>()
            .ok()
            // "2.0" or "-1": rounded half away from zero, never below zero. Through a decimal,
            // not an f64: float parsing would bring its tables into every area reading a count.
            .or_else(|| {
                let d = parse_decimal(t).ok()?.max(Decimal::ZERO);
                d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                    .to_u64()
            })
            .ok_or_else(|| format!("not a count: {t:?}")),
    }))
}

/// A measurement (usage figure) sent as `"12.5"` or `12.5`; absent or `""` is zero.
pub fn measure<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(ParseLoose(|t: Option<&str>| match t.map(str::trim) {
        None | Some("") => Ok(0.0),
        Some(t) => t.parse::<f64>().map_err(|_| format!("not a number: {t:?}")),
    }))
}

/// A flag sent as `"1"`/`"0"`, `1`/`0` or `true`/`false`.
pub fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(matches!(loose(d)?.as_deref(), Some("1") | Some("true")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_written_with_an_exponent_are_read_exactly() {
        let d = |t: &str| parse_decimal(t).map(|d| d.to_string());
        assert_eq!(d("1e-7").as_deref(), Ok("0.0000001"));
        assert_eq!(d("2.5E3").as_deref(), Ok("2500"));
        assert_eq!(d("-4.25e+2").as_deref(), Ok("-425"));
        assert!(d("1e").is_err());
        assert!(d("e5").is_err());
        assert!(d("").is_err());
    }

    #[test]
    fn amounts_sent_as_json_numbers_are_read_from_their_text_not_through_f64() {
        // 17 significant digits, and a tail f64 cannot hold: through f64 these would read
        // 12345678901234568 and 0.30000000000000004-like values.
        let body = r#"{"id": 12345678901234567890, "total": 12345678901234567.89, "credit": 0.1000000000000000055511}"#;
        let p: Probe = serde_json::from_str(body).unwrap();
        assert_eq!(p.total.to_string(), "12345678901234567.89");
        assert_eq!(p.credit.unwrap().to_string(), "0.1000000000000000055511");
        assert_eq!(p.id, "12345678901234567890");
        // The same through a JSON tree (how most answers are decoded), with amounts an f64
        // prints back exactly (19.5): `from_tree` reads them from their digits too.
        let tree: serde_json::Value = serde_json::from_str(body).unwrap();
        let p: Probe = from_tree(&tree).unwrap();
        assert_eq!(p.total.to_string(), "12345678901234567.89");
        let tree: serde_json::Value =
            serde_json::from_str(r#"{"id": 7, "total": 19.5, "credit": 0.25}"#).unwrap();
        let p: Probe = from_tree(&tree).unwrap();
        assert_eq!(
            (p.total.to_string(), p.credit.unwrap().to_string()),
            ("19.5".into(), "0.25".into())
        );
        // A float handed over as an f64 (serde_json's own tree deserializer does that for 19.5)
        // is refused rather than guessed at: the app never decodes that way.
        assert!(serde_json::from_value::<Probe>(tree).is_err());
        // Trailing zeros as written are kept (2 decimals stay 2).
        let p: Probe = serde_json::from_str(r#"{"id": 1, "total": 19.50}"#).unwrap();
        assert_eq!(p.total.to_string(), "19.50");
    }

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
    fn counts_are_whole_and_never_negative() {
        #[derive(Deserialize)]
        struct Count {
            #[serde(deserialize_with = "count")]
            n: u64,
        }
        let n = |json: &str| serde_json::from_str::<Count>(json).map(|c| c.n);
        assert_eq!(n(r#"{"n": "2"}"#).unwrap(), 2);
        assert_eq!(n(r#"{"n": 2}"#).unwrap(), 2);
        assert_eq!(n(r#"{"n": ""}"#).unwrap(), 0);
        assert_eq!(n(r#"{"n": "2.5"}"#).unwrap(), 3);
        assert_eq!(n(r#"{"n": 2.4}"#).unwrap(), 2);
        assert_eq!(n(r#"{"n": "-1"}"#).unwrap(), 0);
        assert!(n(r#"{"n": "two"}"#).is_err());
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
