//! A certificate signing request (CSR) read before it is sent with an SSL order: what a
//! certificate authority would refuse is refused here, with the reason, and what it names (the
//! domain, the organisation, the key) is shown so the customer sees what they are buying for.
//!
//! The request is PEM (RFC 7468) around DER (PKCS #10, RFC 2986):
//! `SEQUENCE { SEQUENCE { version, subject Name, SEQUENCE { algorithm, BIT STRING key }, [0]
//! attributes }, signatureAlgorithm, signature }`. Only the parts needed here are read, by a small
//! DER walker (definite lengths only, as DER requires); a full X.509 library would be ~100 KB of
//! wasm in the certificates chunk for four fields.

use base64::Engine;

/// What a well-formed request names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrSummary {
    /// The common name: the host name the certificate is for (`*.` for a wildcard).
    pub common_name: String,
    /// Organisation, unit, locality, state and country, as written in the request.
    pub organization: Option<String>,
    /// The organisational unit.
    pub unit: Option<String>,
    /// The city.
    pub locality: Option<String>,
    /// The state or province.
    pub state: Option<String>,
    /// The two-letter country code.
    pub country: Option<String>,
    /// The public key.
    pub key: CsrKey,
}

/// The request's public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsrKey {
    /// RSA, with its modulus size in bits.
    Rsa(u32),
    /// Elliptic curve, with the curve's name (`P-256`, `P-384`, or the OID when unknown).
    Ec(String),
    /// Another algorithm, by OID.
    Other(String),
}

/// Why a pasted text is not a request a certificate authority would take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsrProblem {
    /// Nothing was pasted.
    Empty,
    /// A private key was pasted: it must never leave the server it was made on.
    PrivateKey,
    /// A certificate was pasted, not a request.
    Certificate,
    /// No `-----BEGIN CERTIFICATE REQUEST-----` block.
    NotPem,
    /// The block is there but its contents are not a request (cut short, changed by hand).
    Damaged,
    /// The request names no common name (no domain).
    NoCommonName,
    /// The common name is not a host name (with an optional leading `*.`).
    BadCommonName(String),
    /// An RSA key shorter than the 2048 bits certificate authorities require.
    WeakKey(u32),
}

/// The smallest RSA key certificate authorities issue for (CA/Browser Forum baseline).
pub const MIN_RSA_BITS: u32 = 2048;

/// Reads and checks a pasted request.
pub fn read_csr(text: &str) -> Result<CsrSummary, CsrProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CsrProblem::Empty);
    }
    if text.contains("PRIVATE KEY-----") {
        return Err(CsrProblem::PrivateKey);
    }
    let body =
        pem_body(text, "CERTIFICATE REQUEST").or_else(|| pem_body(text, "NEW CERTIFICATE REQUEST"));
    let Some(body) = body else {
        return Err(if text.contains("-----BEGIN CERTIFICATE-----") {
            CsrProblem::Certificate
        } else {
            CsrProblem::NotPem
        });
    };
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|_| CsrProblem::Damaged)?;
    let summary = parse(&der).ok_or(CsrProblem::Damaged)?;
    if summary.common_name.is_empty() {
        return Err(CsrProblem::NoCommonName);
    }
    if !is_certificate_host(&summary.common_name) {
        return Err(CsrProblem::BadCommonName(summary.common_name));
    }
    if let CsrKey::Rsa(bits) = summary.key
        && bits < MIN_RSA_BITS
    {
        return Err(CsrProblem::WeakKey(bits));
    }
    Ok(summary)
}

/// The base64 between `-----BEGIN <label>-----` and `-----END <label>-----`, whitespace removed.
fn pem_body(text: &str, label: &str) -> Option<String> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    Some(
        text[start..stop]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
    )
}

/// A host name a certificate can name: labels of letters, digits and inner hyphens, at least
/// two of them, optionally behind one leading `*.`.
pub fn is_certificate_host(name: &str) -> bool {
    let host = name.strip_prefix("*.").unwrap_or(name);
    let labels: Vec<&str> = host.split('.').collect();
    host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// One DER element: its tag, its contents, and what follows it.
struct Tlv<'a> {
    tag: u8,
    value: &'a [u8],
    rest: &'a [u8],
}

fn tlv(input: &[u8]) -> Option<Tlv<'_>> {
    let (&tag, input) = input.split_first()?;
    let (&first, mut input) = input.split_first()?;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        // Long form: the next (first & 0x7f) bytes, big-endian; at most 4 (a CSR is small).
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || input.len() < n {
            return None;
        }
        let (bytes, after) = input.split_at(n);
        input = after;
        bytes.iter().fold(0usize, |a, b| (a << 8) | usize::from(*b))
    };
    if input.len() < len {
        return None;
    }
    let (value, rest) = input.split_at(len);
    Some(Tlv { tag, value, rest })
}

/// The elements of a constructed value, in order.
fn children(mut value: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let mut out = Vec::new();
    while !value.is_empty() {
        let t = tlv(value)?;
        value = t.rest;
        out.push(t);
    }
    Some(out)
}

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const OID: u8 = 0x06;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;

// The OIDs read here, DER-encoded.
const CN: &[u8] = &[0x55, 0x04, 0x03];
const COUNTRY: &[u8] = &[0x55, 0x04, 0x06];
const LOCALITY: &[u8] = &[0x55, 0x04, 0x07];
const STATE: &[u8] = &[0x55, 0x04, 0x08];
const ORG: &[u8] = &[0x55, 0x04, 0x0a];
const UNIT: &[u8] = &[0x55, 0x04, 0x0b];
const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];

fn parse(der: &[u8]) -> Option<CsrSummary> {
    let outer = tlv(der)?;
    if outer.tag != SEQUENCE || !outer.rest.is_empty() {
        return None;
    }
    let parts = children(outer.value)?;
    let info = parts.first().filter(|t| t.tag == SEQUENCE)?;
    let fields = children(info.value)?;
    let [version, subject, key_info, ..] = fields.as_slice() else {
        return None;
    };
    if version.tag != INTEGER || subject.tag != SEQUENCE || key_info.tag != SEQUENCE {
        return None;
    }
    let mut summary = CsrSummary {
        common_name: String::new(),
        organization: None,
        unit: None,
        locality: None,
        state: None,
        country: None,
        key: key(key_info.value)?,
    };
    // Name: SEQUENCE OF SET OF SEQUENCE { OID, string }.
    for rdn in children(subject.value)? {
        if rdn.tag != SET {
            return None;
        }
        for pair in children(rdn.value)? {
            let [oid, value] = children(pair.value)?.try_into().ok()?;
            if oid.tag != OID {
                return None;
            }
            let text = String::from_utf8(value.value.to_vec())
                .ok()?
                .trim()
                .to_string();
            let slot = match oid.value {
                CN => {
                    summary.common_name = text.to_ascii_lowercase();
                    continue;
                }
                ORG => &mut summary.organization,
                UNIT => &mut summary.unit,
                LOCALITY => &mut summary.locality,
                STATE => &mut summary.state,
                COUNTRY => &mut summary.country,
                _ => continue,
            };
            *slot = Some(text).filter(|t| !t.is_empty());
        }
    }
    Some(summary)
}

/// SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID, params }, BIT STRING }.
fn key(info: &[u8]) -> Option<CsrKey> {
    let [algorithm, bits] = children(info)?.try_into().ok()?;
    if algorithm.tag != SEQUENCE || bits.tag != BIT_STRING {
        return None;
    }
    let alg = children(algorithm.value)?;
    let oid = alg.first().filter(|t| t.tag == OID)?;
    Some(match oid.value {
        RSA => {
            // The BIT STRING's first byte counts unused bits; then RSAPublicKey { n, e }.
            let key = tlv(bits.value.get(1..)?)?;
            let n = children(key.value)?.into_iter().next()?;
            if n.tag != INTEGER {
                return None;
            }
            let digits = match n.value.iter().position(|b| *b != 0) {
                Some(at) => &n.value[at..],
                None => &[][..],
            };
            let top = digits.first().map_or(0, |b| 8 - b.leading_zeros());
            CsrKey::Rsa(((digits.len().saturating_sub(1)) * 8) as u32 + top)
        }
        EC => CsrKey::Ec(match alg.get(1).map(|t| t.value) {
            Some(P256) => "P-256".into(),
            Some(P384) => "P-384".into(),
            Some(other) => oid_text(other),
            None => "?".into(),
        }),
        other => CsrKey::Other(oid_text(other)),
    })
}

/// An OID in dotted form (`1.2.840.113549.1.1.1`).
fn oid_text(der: &[u8]) -> String {
    let mut parts: Vec<u64> = Vec::new();
    let mut acc = 0u64;
    for b in der {
        acc = (acc << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if parts.is_empty() {
                let first = (acc / 40).min(2);
                parts.extend([first, acc - first * 40]);
            } else {
                parts.push(acc);
            }
            acc = 0;
        }
    }
    parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

/// The addresses a certificate authority accepts for domain validation by e-mail: the five
/// administrative mailboxes (CA/Browser Forum BR 3.2.2.4.4) at the certificate's domain
/// (without `*.` or `www.`) and at each parent domain, leaving out a country's shared
/// second level (`com.vn`, `co.uk`) that no customer owns.
pub fn approver_emails(common_name: &str) -> Vec<String> {
    const BOXES: [&str; 5] = [
        "admin",
        "administrator",
        "hostmaster",
        "postmaster",
        "webmaster",
    ];
    const SHARED_SECOND_LEVEL: [&str; 10] = [
        "com", "net", "org", "edu", "gov", "ac", "co", "or", "ne", "go",
    ];
    let host = common_name.trim_start_matches("*.");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    let mut domains = Vec::new();
    for start in 0..labels.len().saturating_sub(1) {
        let domain = &labels[start..];
        let shared =
            domain.len() == 2 && domain[1].len() == 2 && SHARED_SECOND_LEVEL.contains(&domain[0]);
        if !shared {
            domains.push(domain.join("."));
        }
    }
    domains
        .iter()
        .flat_map(|d| BOXES.iter().map(move |b| format!("{b}@{d}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = include_str!("../../tests/fixtures/csr/good.csr");
    const WEAK: &str = include_str!("../../tests/fixtures/csr/weak.csr");
    const EC_WILDCARD: &str = include_str!("../../tests/fixtures/csr/ec.csr");
    const NO_CN: &str = include_str!("../../tests/fixtures/csr/nocn.csr");

    #[test]
    fn a_request_made_by_openssl_is_read_with_its_subject_and_key() {
        let s = read_csr(GOOD).unwrap();
        assert_eq!(s.common_name, "shop.nguyenstudio.vn");
        assert_eq!(s.organization.as_deref(), Some("Nguyen Studio"));
        assert_eq!(s.locality.as_deref(), Some("Thu Duc"));
        assert_eq!(s.state.as_deref(), Some("Ho Chi Minh"));
        assert_eq!(s.country.as_deref(), Some("VN"));
        assert_eq!(s.key, CsrKey::Rsa(2048));
        // Pasted with Windows line ends and spaces around it.
        assert_eq!(
            read_csr(&format!("  \r\n{}\r\n", GOOD.replace('\n', "\r\n"))),
            Ok(s)
        );
        let ec = read_csr(EC_WILDCARD).unwrap();
        assert_eq!(
            (ec.common_name.as_str(), ec.key),
            ("*.nguyenstudio.vn", CsrKey::Ec("P-256".into()))
        );
    }

    #[test]
    fn what_a_certificate_authority_would_refuse_is_refused_with_its_reason() {
        assert_eq!(read_csr(" \n"), Err(CsrProblem::Empty));
        assert_eq!(read_csr(WEAK), Err(CsrProblem::WeakKey(1024)));
        assert_eq!(read_csr(NO_CN), Err(CsrProblem::NoCommonName));
        assert_eq!(
            read_csr("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"),
            Err(CsrProblem::PrivateKey)
        );
        assert_eq!(
            read_csr("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"),
            Err(CsrProblem::Certificate)
        );
        assert_eq!(read_csr("example.com"), Err(CsrProblem::NotPem));
        // Cut short, or one character changed inside the base64.
        let cut = GOOD.replace("TcTgE+SHW5JyF8QoDvFqu8UQUsX0\n", "");
        assert_eq!(read_csr(&cut), Err(CsrProblem::Damaged));
        assert_eq!(
            read_csr(&GOOD.replacen("MIICsTCC", "MIICsTCD", 1)),
            Err(CsrProblem::Damaged)
        );
    }

    proptest::proptest! {
        /// Whatever is pasted, the reader answers (guarantee 17: parsers never panic): any
        /// text, and any bytes dressed as a request.
        #[test]
        fn any_paste_is_read_or_refused_never_a_panic(text in ".*", bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
            let _ = read_csr(&text);
            let pem = format!(
                "-----BEGIN CERTIFICATE REQUEST-----\n{}\n-----END CERTIFICATE REQUEST-----",
                base64::engine::general_purpose::STANDARD.encode(&bytes)
            );
            let _ = read_csr(&pem);
            // A real request with any one byte changed.
            let der = base64::engine::general_purpose::STANDARD
                .decode(pem_body(GOOD, "CERTIFICATE REQUEST").unwrap())
                .unwrap();
            let mut changed = der.clone();
            if let Some(b) = bytes.first() {
                let at = usize::from(*b) * der.len() / 256;
                changed[at] ^= bytes.get(1).copied().unwrap_or(0xff);
            }
            let _ = parse(&changed);
        }
    }

    #[test]
    fn host_names_are_checked_as_a_certificate_names_them() {
        for ok in [
            "example.com",
            "*.example.com",
            "shop.nguyenstudio.vn",
            "xn--80ak6aa92e.com",
        ] {
            assert!(is_certificate_host(ok), "{ok}");
        }
        for bad in [
            "localhost",
            "exa mple.com",
            "-a.com",
            "*.*.a.com",
            "a..com",
            "1.2.3.4",
            "a.com*",
        ] {
            assert!(!is_certificate_host(bad), "{bad}");
        }
    }

    #[test]
    fn approver_addresses_are_the_five_mailboxes_at_the_domain_and_its_parents() {
        let list = approver_emails("*.shop.nguyenstudio.vn");
        assert_eq!(list.len(), 10);
        assert_eq!(list[0], "admin@shop.nguyenstudio.vn");
        assert!(list.contains(&"webmaster@nguyenstudio.vn".to_string()));
        // A shared second level (com.vn) is nobody's domain.
        let vn = approver_emails("www.studio.com.vn");
        assert_eq!(vn.len(), 5);
        assert!(vn.iter().all(|e| e.ends_with("@studio.com.vn")));
        assert_eq!(approver_emails("abc.com")[4], "webmaster@abc.com");
    }
}
