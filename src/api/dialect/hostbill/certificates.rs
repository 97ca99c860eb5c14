//! HostBill's SSL certificates (seed 002): the list (`sslservices`), one certificate
//! (`service`, with its CSR, contacts and organisation), the products on sale (`products` with
//! `periods`), the server software list (`software`) and the certificate file (`/crt`,
//! documented as "X.509 certificate data" without an example: PEM text, or JSON holding it).

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::certificate::{
    Certificate, CertificateContact, CertificateDetail, CertificateOrder, CertificatePeriod,
    CertificateProduct, ServerSoftware,
};
use crate::model::{Date, ServiceStatus};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{Map, Value, json};

#[derive(Deserialize)]
struct CertificateWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    cert_status: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    cert_expires: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    cert_email: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    total: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::text")]
    billingcycle: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    next_due: Option<Date>,
    // Details only.
    #[serde(default, deserialize_with = "wire::opt_date")]
    date_created: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    firstpayment: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    next_invoice: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    csr: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    software: Option<String>,
    #[serde(default)]
    contacts: Value,
    #[serde(default)]
    organization: Value,
}

impl CertificateWire {
    fn summary(&self) -> Certificate {
        Certificate {
            id: self.id.clone(),
            name: self.name.clone(),
            domain: self.domain.clone(),
            status: ServiceStatus::parse(&self.status),
            cert_status: self.cert_status.clone(),
            expires: self.cert_expires,
            approver_email: self.cert_email.clone(),
            price: self.total.unwrap_or_default(),
            cycle: self.billingcycle.clone(),
            next_due: self.next_due,
        }
    }
}

/// `GET /certificate`: `{"sslservices": [...]}` (none: `[]`, `null` or the key left out).
pub fn certificates(v: &Value) -> Result<Vec<Certificate>, ApiError> {
    match v.get("sslservices") {
        None | Some(Value::Null) => Ok(vec![]),
        Some(_) => {
            let rows: Vec<CertificateWire> = field(v, "sslservices")?;
            Ok(rows.iter().map(CertificateWire::summary).collect())
        }
    }
}

/// A value the portal wrote as "n/a" (the seed's organisation) is no value.
fn shown(v: &Value) -> Option<String> {
    let text = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty() && !text.eq_ignore_ascii_case("n/a")).then_some(text)
}

/// `GET /certificate/@id`: `{"service": {...}}`.
pub fn certificate(v: &Value) -> Result<CertificateDetail, ApiError> {
    let w: CertificateWire = field(v, "service")?;
    let contacts = ["admin", "billing", "tech"]
        .iter()
        .filter_map(|role| {
            let c = w.contacts.get(*role)?;
            let name = [c.get("FName"), c.get("LName")]
                .into_iter()
                .flatten()
                .filter_map(shown)
                .collect::<Vec<_>>()
                .join(" ");
            let email = c.get("EmailAddress").and_then(shown);
            (!name.is_empty() || email.is_some()).then(|| CertificateContact {
                role: (*role).to_string(),
                name,
                email,
            })
        })
        .collect();
    let organization = [
        "name",
        "unit",
        "address1",
        "address2",
        "locality",
        "state",
        "postalcode",
        "country",
    ]
    .iter()
    .filter_map(|k| Some(((*k).to_string(), shown(w.organization.get(*k)?)?)))
    .collect();
    Ok(CertificateDetail {
        summary: w.summary(),
        created: w.date_created,
        first_payment: w.firstpayment,
        next_invoice: w.next_invoice,
        csr: w.csr.clone(),
        contacts,
        organization,
        software: w.software.clone(),
    })
}

#[derive(Deserialize)]
struct PeriodWire {
    #[serde(deserialize_with = "wire::count")]
    years: u64,
    #[serde(deserialize_with = "wire::decimal")]
    price: Decimal,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    renew: Option<Decimal>,
}

#[derive(Deserialize)]
struct ProductWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    description: String,
    #[serde(default)]
    periods: Vec<PeriodWire>,
}

/// `GET /certificate/order`: the products; one sold for no period cannot be ordered and is
/// left out.
pub fn certificate_products(v: &Value) -> Result<Vec<CertificateProduct>, ApiError> {
    let rows: Vec<ProductWire> = match v.get("products") {
        None | Some(Value::Null) => vec![],
        Some(_) => field(v, "products")?,
    };
    Ok(rows
        .into_iter()
        .filter_map(|p| {
            let mut periods: Vec<CertificatePeriod> = p
                .periods
                .into_iter()
                .filter(|r| r.years > 0)
                .map(|r| CertificatePeriod {
                    years: r.years.min(10) as u32,
                    price: r.price,
                    renew: r.renew.unwrap_or(r.price),
                })
                .collect();
            periods.sort_by_key(|r| r.years);
            (!periods.is_empty()).then_some(CertificateProduct {
                id: p.id,
                name: p.name,
                description: p.description,
                periods,
            })
        })
        .collect())
}

#[derive(Deserialize)]
struct SoftwareWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
}

/// `GET /certificate/order/@product_id/software`.
pub fn server_software(v: &Value) -> Result<Vec<ServerSoftware>, ApiError> {
    let rows: Vec<SoftwareWire> = match v.get("software") {
        None | Some(Value::Null) => vec![],
        Some(_) => field(v, "software")?,
    };
    Ok(rows
        .into_iter()
        .filter(|s| !s.name.trim().is_empty())
        .map(|s| ServerSoftware {
            id: s.id,
            name: s.name,
        })
        .collect())
}

/// `POST /certificate/order`'s body, with the seed's parameter names. The contacts and the
/// organisation are left to the account's details (HostBill fills them in when absent).
pub fn order_body(o: &CertificateOrder) -> Value {
    let mut body = Map::new();
    body.insert("product_id".into(), json!(o.product_id));
    body.insert("csr".into(), json!(o.csr));
    body.insert("years".into(), json!(o.years));
    body.insert("pay_method".into(), json!(o.pay_method));
    body.insert("approver_email".into(), json!(o.approver_email));
    if let Some(s) = &o.software {
        body.insert("software".into(), json!(s));
    }
    Value::Object(body)
}

/// `GET /certificate/@id/crt`: the PEM blocks of the answer, certificate first, as one file.
/// The answer is the PEM itself, or JSON with it in any of its string fields (`crt`,
/// `certificate`, `ca`...).
pub fn certificate_file(bytes: &[u8]) -> Result<String, ApiError> {
    let text = String::from_utf8_lossy(bytes);
    let mut blocks: Vec<String> = Vec::new();
    match serde_json::from_str::<Value>(&text) {
        Ok(v) => collect_pem(&v, &mut blocks),
        Err(_) => blocks.extend(pem_blocks(&text)),
    }
    if blocks.is_empty() {
        return Err(ApiError::Decode("no certificate in the answer".into()));
    }
    Ok(blocks.join("\n") + "\n")
}

fn collect_pem(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.extend(pem_blocks(s)),
        Value::Array(a) => a.iter().for_each(|x| collect_pem(x, out)),
        Value::Object(o) => {
            // The certificate itself before any chain, whatever the key order.
            let first = ["crt", "certificate", "cert"];
            for k in first {
                if let Some(x) = o.get(k) {
                    collect_pem(x, out);
                }
            }
            for (k, x) in o {
                if !first.contains(&k.as_str()) {
                    collect_pem(x, out);
                }
            }
        }
        _ => {}
    }
}

/// The `-----BEGIN CERTIFICATE-----` blocks of a text, each whole.
fn pem_blocks(text: &str) -> Vec<String> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(BEGIN) {
        let Some(stop) = rest[at..].find(END) else {
            break;
        };
        out.push(rest[at..at + stop + END.len()].replace("\r\n", "\n"));
        rest = &rest[at + stop + END.len()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pem_answer_or_json_holding_it_gives_the_certificate_first() {
        let cert = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
        let ca = "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----";
        assert_eq!(
            certificate_file(cert.as_bytes()).unwrap(),
            format!("{cert}\n")
        );
        let json = json!({"ca": ca, "crt": cert}).to_string();
        assert_eq!(
            certificate_file(json.as_bytes()).unwrap(),
            format!("{cert}\n{ca}\n")
        );
        assert!(certificate_file(br#"{"crt": ""}"#).is_err());
    }
}
