//! Finding a domain name to register (HostBill seed 002): the TLDs the portal suggests
//! (`GET /domain/suggestion`) and has on sale (`GET /domain/sale`), the name typed read into a
//! search (`POST /domain/bulksearch` takes the name and a list of extensions), and what the portal
//! answers for each name. Checked here before anything is sent.

use super::domain_order::sld_valid;
use rust_decimal::Decimal;

/// The most extensions asked about at once (a portal asks a registry per name).
pub const MAX_TLDS: usize = 12;

/// A TLD on sale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaleTld {
    /// With its leading dot: `.com`.
    pub tld: String,
    /// The sale price of a registration, when the portal says it.
    pub price: Option<Decimal>,
    /// The usual price, when the portal says it (shown struck through).
    pub regular: Option<Decimal>,
    /// The years the price is for.
    pub years: u32,
}

/// The portal's answer about one name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchResult {
    /// The whole name: `example.com`.
    pub domain: String,
    /// Whether it can be registered.
    pub available: bool,
    /// The registration price, when the portal says it.
    pub price: Option<Decimal>,
    /// The years the price is for.
    pub years: u32,
    /// The product that registers it, when the portal says which.
    pub product: Option<String>,
}

impl SearchResult {
    /// The extension of the name, with its dot (`.com`, `.com.vn`): what follows the first label.
    pub fn tld(&self) -> &str {
        self.domain
            .find('.')
            .map(|i| &self.domain[i..])
            .unwrap_or("")
    }
}

/// A search, as sent: one name and the extensions to try it under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainQuery {
    /// The name without extension, lower case (`example`).
    pub sld: String,
    /// Extensions with their dot, the typed one first, no repeats, at most [`MAX_TLDS`].
    pub tlds: Vec<String>,
}

impl DomainQuery {
    /// The extensions as the portal takes them: `.com,.net`.
    pub fn tld_list(&self) -> String {
        self.tlds.join(",")
    }
}

/// Why a typed name cannot be searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryProblem {
    /// Nothing typed.
    Empty,
    /// Not one DNS label (spaces, symbols, a leading or trailing hyphen, over 63 characters).
    NotAName,
    /// The extension typed is not one (`example.c0m`, `example.`).
    NotAnExtension,
    /// No extension typed and the portal suggests none to try.
    NoExtension,
}

/// An extension written with its dot, lower case, each label letters, digits or hyphens.
pub fn normalise_tld(raw: &str) -> Option<String> {
    let t = raw.trim().trim_start_matches('.').to_lowercase();
    let valid = !t.is_empty()
        && t.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().any(|b| b.is_ascii_lowercase())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
    valid.then(|| format!(".{t}"))
}

/// Reads what was typed (`Example`, `example.com`, `www.example.com.vn`, an address pasted
/// with `https://`) into a search: the name, then the extension typed (if any) and the
/// suggested ones.
pub fn query(typed: &str, suggested: &[String]) -> Result<DomainQuery, QueryProblem> {
    let mut text = typed.trim().to_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = text.strip_prefix(scheme) {
            text = rest.to_string();
        }
    }
    let text = text.trim_end_matches('/').trim_end_matches('.');
    let text = text.strip_prefix("www.").unwrap_or(text);
    if text.is_empty() {
        return Err(QueryProblem::Empty);
    }
    let (sld, typed_tld) = match text.split_once('.') {
        Some((sld, tld)) => (
            sld,
            Some(normalise_tld(tld).ok_or(QueryProblem::NotAnExtension)?),
        ),
        None => (text, None),
    };
    if !sld_valid(sld) {
        return Err(QueryProblem::NotAName);
    }
    let mut tlds: Vec<String> = Vec::new();
    for t in typed_tld
        .into_iter()
        .chain(suggested.iter().filter_map(|s| normalise_tld(s)))
    {
        if !tlds.contains(&t) && tlds.len() < MAX_TLDS {
            tlds.push(t);
        }
    }
    if tlds.is_empty() {
        return Err(QueryProblem::NoExtension);
    }
    Ok(DomainQuery {
        sld: sld.to_string(),
        tlds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_bare_name_is_tried_under_every_suggested_extension() {
        let q = query(" Example ", &s(&[".com", "net", ".com"])).unwrap();
        assert_eq!(q.sld, "example");
        assert_eq!(q.tlds, s(&[".com", ".net"]));
        assert_eq!(q.tld_list(), ".com,.net");
    }

    #[test]
    fn the_typed_extension_comes_first_and_an_address_is_read_as_its_name() {
        let q = query("https://www.Shop.COM.vn/", &s(&[".com", ".com.vn"])).unwrap();
        assert_eq!(q.sld, "shop");
        assert_eq!(q.tlds, s(&[".com.vn", ".com"]));
    }

    #[test]
    fn what_is_not_a_name_is_refused_before_sending() {
        assert_eq!(query("  ", &s(&[".com"])), Err(QueryProblem::Empty));
        assert_eq!(query("my shop", &s(&[".com"])), Err(QueryProblem::NotAName));
        assert_eq!(query("-shop", &s(&[".com"])), Err(QueryProblem::NotAName));
        assert_eq!(query("shop!.com", &s(&[])), Err(QueryProblem::NotAName));
        assert_eq!(
            query(&"a".repeat(64), &s(&[".com"])),
            Err(QueryProblem::NotAName)
        );
        assert_eq!(
            query("shop.c_m", &s(&[".com"])),
            Err(QueryProblem::NotAnExtension)
        );
        assert_eq!(
            query("shop.123", &s(&[])),
            Err(QueryProblem::NotAnExtension)
        );
        assert_eq!(query("shop", &s(&[])), Err(QueryProblem::NoExtension));
    }

    #[test]
    fn no_more_extensions_than_the_limit_are_asked_about() {
        let many: Vec<String> = (0..20).map(|i| format!(".t{i}x")).collect();
        assert_eq!(query("shop", &many).unwrap().tlds.len(), MAX_TLDS);
    }

    #[test]
    fn a_result_knows_its_extension() {
        let r = SearchResult {
            domain: "shop.com.vn".into(),
            available: true,
            price: None,
            years: 1,
            product: None,
        };
        assert_eq!(r.tld(), ".com.vn");
    }
}
