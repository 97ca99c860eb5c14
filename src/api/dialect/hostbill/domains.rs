//! HostBill's domain calls (seed 002): the TLDs suggested and on sale, the bulk search, the
//! search's request body, and the DNSSEC keys listed with a domain. The seed documents these
//! routes without answers, so each is read under the names HostBill's domain lists use (a list of
//! records or of plain extensions; results as a list or as a map keyed by the name), and an
//! answer that is not an object is an error, never an empty list.

use super::envelope::{first_list, first_text};
use crate::api::error::ApiError;
use crate::api::wire::parse_decimal;
use crate::model::domain::DnssecKey;
use crate::model::domain_search::{DomainQuery, SaleTld, SearchResult, normalise_tld};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, ApiError> {
    v.as_object()
        .ok_or_else(|| ApiError::Decode(format!("{what}: not an object")))
}

/// The extension a record or a plain entry names.
fn tld_of(entry: &Value) -> Option<String> {
    match entry {
        Value::String(s) => normalise_tld(s),
        Value::Object(_) => first_text(entry, &["tld", "extension", "name"])
            .as_deref()
            .and_then(normalise_tld),
        _ => None,
    }
}

fn amount(entry: &Value, keys: &[&str]) -> Option<Decimal> {
    first_text(entry, keys)
        .and_then(|t| parse_decimal(&t).ok())
        .filter(|d| !d.is_sign_negative())
}

fn years(entry: &Value) -> u32 {
    first_text(entry, &["period", "years"])
        .and_then(|t| t.parse().ok())
        .filter(|y| (1..=10).contains(y))
        .unwrap_or(1)
}

/// `GET /domain/suggestion`: the extensions a name is tried under.
pub fn suggested_tlds(v: &Value) -> Result<Vec<String>, ApiError> {
    object(v, "domain suggestions")?;
    let mut out: Vec<String> = Vec::new();
    for t in first_list(v, &["tlds", "suggestions", "suggestion", "list"])
        .iter()
        .filter_map(tld_of)
    {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

/// `GET /domain/sale`: the extensions on sale, with their prices when given.
pub fn sale_tlds(v: &Value) -> Result<Vec<SaleTld>, ApiError> {
    object(v, "domains on sale")?;
    Ok(first_list(v, &["tlds", "sale", "list", "domains"])
        .iter()
        .filter_map(|e| {
            Some(SaleTld {
                tld: tld_of(e)?,
                price: amount(e, &["price", "sale_price", "register", "registration"]),
                regular: amount(
                    e,
                    &["regular", "regular_price", "old_price", "normal_price"],
                ),
                years: years(e),
            })
        })
        .collect())
}

/// Whether a result says the name is free: `available` as a flag, or HostBill's lookup
/// `status` (`"ok"` when it can be registered, anything else when not).
fn is_available(entry: &Value) -> bool {
    match entry.get("available") {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_u64() == Some(1),
        Some(Value::String(s)) => matches!(s.trim(), "1" | "true" | "yes"),
        _ => first_text(entry, &["status"])
            .map(|s| matches!(s.to_lowercase().as_str(), "ok" | "available" | "free"))
            .unwrap_or(false),
    }
}

fn result(name: Option<String>, entry: &Value) -> Option<SearchResult> {
    let domain = first_text(entry, &["domain", "name"])
        .or(name)?
        .to_lowercase();
    domain.contains('.').then(|| SearchResult {
        available: is_available(entry),
        price: amount(entry, &["price", "register", "registration"]),
        years: years(entry),
        product: first_text(entry, &["product_id"]),
        domain,
    })
}

/// `POST /domain/bulksearch`: one answer per name, in the order the portal gives them.
pub fn search_results(v: &Value) -> Result<Vec<SearchResult>, ApiError> {
    object(v, "domain search")?;
    let list = first_list(v, &["results", "domains", "result", "list"]);
    if !list.is_empty() {
        return Ok(list.iter().filter_map(|e| result(None, e)).collect());
    }
    // Keyed by the name: {"results": {"example.com": {...}}}.
    let map = ["results", "domains", "result"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_object));
    Ok(map
        .map(|m| {
            m.iter()
                .filter_map(|(name, e)| result(Some(name.clone()), e))
                .collect()
        })
        .unwrap_or_default())
}

/// The body of `POST /domain/bulksearch`: the name and the extensions, comma-separated as the
/// seed's example writes them.
pub fn search_body(q: &DomainQuery) -> Value {
    json!({ "name": q.sld, "tlds": q.tld_list() })
}

/// The body of `PUT /domain/@id/autorenew`: the state wanted. The seed documents only the id; a
/// portal that flips the switch regardless still ends where the page then reads it.
pub fn autorenew_body(on: bool) -> Value {
    json!({ "autorenew": if on { "1" } else { "0" } })
}

/// The DNSSEC keys a domain's details list (`dnssec`, or `ds`/`dnssec_keys`), each with the id
/// the removal takes.
pub fn dnssec_keys(service: &Value) -> Vec<DnssecKey> {
    first_list(service, &["dnssec", "dnssec_keys", "ds"])
        .iter()
        .filter_map(|k| {
            Some(DnssecKey {
                id: first_text(k, &["id", "key"])?,
                key_tag: first_text(k, &["keytag", "key_tag"]).unwrap_or_default(),
                algorithm: first_text(k, &["alg", "algorithm"]).unwrap_or_default(),
                digest_type: first_text(k, &["digest_type", "digesttype"]).unwrap_or_default(),
                digest: first_text(k, &["digest"]).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(t: &str) -> Decimal {
        t.parse().unwrap()
    }

    #[test]
    fn suggestions_are_read_as_extensions_with_their_dot_once_each() {
        let v =
            json!({"tlds": [".com", "NET", {"tld": ".vn"}, {"extension": "io"}, ".com", 7, "c_m"]});
        assert_eq!(
            suggested_tlds(&v).unwrap(),
            vec![".com", ".net", ".vn", ".io"]
        );
        assert_eq!(suggested_tlds(&json!({})).unwrap(), Vec::<String>::new());
        assert!(suggested_tlds(&json!([".com"])).is_err());
    }

    #[test]
    fn sale_prices_are_read_with_the_usual_price_when_given() {
        let v = json!({"tlds": [
            {"tld": ".xyz", "price": "2.00", "regular": "12.00", "period": "1"},
            {"tld": ".shop", "price": 5},
            ".online"
        ]});
        let sale = sale_tlds(&v).unwrap();
        assert_eq!(sale.len(), 3);
        assert_eq!(sale[0].price, Some(dec("2.00")));
        assert_eq!(sale[0].regular, Some(dec("12.00")));
        assert_eq!(sale[1].price, Some(dec("5")));
        assert_eq!(sale[1].regular, None);
        assert_eq!(sale[2].tld, ".online");
        assert_eq!(sale[2].price, None);
    }

    #[test]
    fn results_are_read_from_a_list_or_a_map_keyed_by_name() {
        let list = json!({"results": [
            {"domain": "shop.com", "available": true, "price": "12.99", "product_id": 30},
            {"domain": "shop.net", "status": "taken"},
            {"name": "Shop.VN", "status": "ok", "period": 2}
        ]});
        let r = search_results(&list).unwrap();
        assert_eq!(r.len(), 3);
        assert!(r[0].available);
        assert_eq!(r[0].product.as_deref(), Some("30"));
        assert!(!r[1].available);
        assert_eq!(r[2].domain, "shop.vn");
        assert!(r[2].available);
        assert_eq!(r[2].years, 2);
        let map = json!({"results": {"shop.com": {"status": "ok"}, "shop.net": {"available": 0}}});
        let r = search_results(&map).unwrap();
        assert_eq!(r.iter().filter(|r| r.available).count(), 1);
        assert!(search_results(&json!("ok")).is_err());
    }

    #[test]
    fn the_search_is_sent_as_the_seed_writes_it() {
        let q = DomainQuery {
            sld: "shop".into(),
            tlds: vec![".com".into(), ".net".into()],
        };
        assert_eq!(
            search_body(&q),
            json!({"name": "shop", "tlds": ".com,.net"})
        );
    }

    #[test]
    fn dnssec_keys_need_an_id_to_be_removable() {
        let s = json!({"dnssec": [
            {"id": 4, "keytag": 2371, "alg": 13, "digest_type": 2, "digest": "ABCD"},
            {"keytag": 1}
        ]});
        let keys = dnssec_keys(&s);
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].id, "4");
        assert_eq!(keys[0].key_tag, "2371");
        assert_eq!(keys[0].algorithm, "13");
    }
}
