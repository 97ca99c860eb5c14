//! The "Kdata" JWT wrapper over WHMCS (seeds 000 and 001): form-encoded POSTs to `/login` and
//! `/api/v1/<call>`, answers wrapped as `{"result": "success" | "true" | "error", ...}` with the
//! error text under `"message"` or `"messages"`, and `{"error": "token expired" | "token invalid"}`
//! when the token is refused. Its answers name no currency (WHMCS keeps it on the client), so
//! amounts take the one configured for the portal. Only the client calls are mapped; the
//! document's admin calls (AddClient, AddCredit, AcceptOrder, ...) are never exposed.

use crate::api::error::ApiError;
use crate::api::http::{RawResponse, open_json_object};
use crate::api::wire;
use crate::model::Date;
use crate::model::{
    Balance, BilledTo, Client, CreditApplied, InvoiceDetail, InvoiceLine, InvoiceStatus,
    InvoiceSummary, Money, OrderPlaced, ServiceDetail, ServiceStatus, ServiceSummary,
};
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

fn opt_text(v: &Value, key: &str) -> Option<String> {
    Some(text(v, key)).filter(|s| !s.is_empty())
}

fn decimal(v: &Value, key: &str) -> Result<Decimal, ApiError> {
    match text(v, key) {
        s if s.is_empty() => Ok(Decimal::ZERO),
        s => wire::parse_decimal(&s).map_err(|e| ApiError::Decode(format!("{key}: {e}"))),
    }
}

fn date(v: &Value, key: &str) -> Option<Date> {
    Date::parse(&text(v, key))
}

/// The error text of an answer: `"message"` or `"messages"`, a string or a list.
fn messages(v: &Value) -> Vec<String> {
    ["message", "messages"]
        .iter()
        .filter_map(|k| v.get(*k))
        .flat_map(|m| match m {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(String::from)
                        .unwrap_or_else(|| x.to_string())
                })
                .collect(),
            Value::Null => vec![],
            other => vec![other.to_string()],
        })
        .filter(|m| !m.trim().is_empty())
        .collect()
}

/// Whether the wrapper refused the token (`{"error": "token expired" | "token invalid"}`, with a
/// 401 or not): the transport then treats the call like a 401.
pub fn token_rejected(raw: &RawResponse) -> bool {
    raw.status == 401
        || serde_json::from_str::<Value>(&raw.body).is_ok_and(|v| {
            v.get("error")
                .and_then(Value::as_str)
                .is_some_and(|e| e.to_ascii_lowercase().contains("token"))
        })
}

/// Reads any answer: JSON required; `"result": "error"` (even with HTTP 200) becomes a typed
/// error carrying the wrapper's message, never empty data.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let value = open_json_object(raw)?;
    let result = text(&value, "result").to_ascii_lowercase();
    let error = value.get("error").and_then(Value::as_str).map(String::from);
    if result == "error" || result == "false" || error.is_some() || raw.status >= 400 {
        let mut list = messages(&value);
        list.extend(error);
        // "Permission denied!" and "... not exists" are how the wrapper says "not yours or not
        // there": the same as a 404 elsewhere, so pages say "not found" rather than "error".
        let missing = list.iter().any(|m| {
            let m = m.to_ascii_lowercase();
            m.contains("permission denied") || m.contains("not exists") || m.contains("not found")
        });
        return Err(ApiError::Portal {
            status: if missing && raw.status < 400 {
                404
            } else {
                raw.status
            },
            messages: list,
        });
    }
    Ok(value)
}

/// `POST /login` body (form fields).
pub fn login_body(email: &str, password: &str) -> Value {
    json!({ "email": email, "password": password })
}

/// The token and the client record of a login answer (`{"0": {"token"}, "user": [{...}]}`).
pub fn login(v: &Value) -> Result<(String, Value), ApiError> {
    let token = v
        .get("0")
        .and_then(|t| t.get("token"))
        .or_else(|| v.get("token"))
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::Decode("login: missing token".into()))?;
    let user = match v.get("user") {
        Some(Value::Array(a)) => a.first().cloned(),
        Some(u @ Value::Object(_)) => Some(u.clone()),
        _ => None,
    }
    .ok_or_else(|| ApiError::Decode("login: missing user".into()))?;
    Ok((token.to_string(), user))
}

/// The client of the login answer's user record.
pub fn client(user: &Value) -> Client {
    Client {
        id: text(user, "id"),
        email: text(user, "email"),
        first_name: text(user, "firstname"),
        last_name: text(user, "lastname"),
        company: opt_text(user, "companyname"),
    }
}

/// The credit of the login answer's user record. WHMCS's wrapper cannot list unpaid invoices, so
/// what is owed is unknown and shown as zero by no one: callers show the credit only.
pub fn balance(user: &Value, currency: &str) -> Result<Balance, ApiError> {
    Ok(Balance {
        outstanding: Money::new(Decimal::ZERO, currency),
        credit: Money::new(decimal(user, "credit")?, currency),
    })
}

fn billed_to(user: Option<&Value>) -> BilledTo {
    let Some(u) = user else {
        return BilledTo {
            name: String::new(),
            company: None,
            address: vec![],
        };
    };
    let line = |parts: &[&str]| {
        parts
            .iter()
            .map(|k| text(u, k))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    BilledTo {
        name: format!("{} {}", text(u, "firstname"), text(u, "lastname"))
            .trim()
            .to_string(),
        company: opt_text(u, "companyname"),
        address: [
            line(&["address1"]),
            line(&["address2"]),
            line(&["city", "state", "postcode"]),
            line(&["country"]),
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect(),
    }
}

/// `api/v1/getinvoice`. Lines are `items.item[]`; the client record (from login) fills in who
/// is billed.
pub fn invoice_detail(
    v: &Value,
    currency: &str,
    user: Option<&Value>,
) -> Result<InvoiceDetail, ApiError> {
    let id = text(v, "invoiceid");
    if id.is_empty() {
        return Err(ApiError::Decode("getinvoice: missing invoiceid".into()));
    }
    let money = |key: &str| decimal(v, key).map(|d| Money::new(d, currency));
    let items = match v.get("items").and_then(|i| i.get("item")) {
        Some(Value::Array(a)) => a.clone(),
        Some(one @ Value::Object(_)) => vec![one.clone()],
        _ => vec![],
    };
    let lines = items
        .iter()
        .map(|i| {
            let amount = decimal(i, "amount")?;
            Ok(InvoiceLine {
                description: text(i, "description").replace("\r\n", "\n"),
                quantity: Decimal::ONE,
                amount: Money::new(amount, currency),
                line_total: Money::new(amount, currency),
                taxed: matches!(text(i, "taxed").as_str(), "1" | "true"),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let number = opt_text(v, "invoicenum").unwrap_or_else(|| id.clone());
    Ok(InvoiceDetail {
        id,
        number,
        status: InvoiceStatus::parse(&text(v, "status")),
        date: date(v, "date"),
        due: date(v, "duedate"),
        paid_on: date(v, "datepaid"),
        lines,
        subtotal: money("subtotal")?,
        tax: Money::new(decimal(v, "tax")? + decimal(v, "tax2")?, currency),
        tax_rate: decimal(v, "taxrate")?,
        credit: money("credit")?,
        // WHMCS's `total` is before credit (its `balance` = total - credit, as `balance_due`).
        total: money("total")?,
        billed_to: billed_to(user),
        notes: opt_text(v, "notes"),
    })
}

/// `api/v1/getinvoiceproduct`: a service's invoices (`{"result": "true", "data": [...]}`),
/// newest first.
pub fn service_invoices(v: &Value, currency: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
    let rows = match v.get("data") {
        Some(Value::Array(a)) => a,
        _ => return Err(ApiError::Decode("getinvoiceproduct: missing data".into())),
    };
    let mut list = rows
        .iter()
        .map(|r| {
            let id = text(r, "id");
            Ok(InvoiceSummary {
                number: opt_text(r, "invoicenum").unwrap_or_else(|| id.clone()),
                id,
                date: date(r, "date"),
                due: date(r, "duedate"),
                total: Money::new(decimal(r, "total")?, currency),
                status: InvoiceStatus::parse(&text(r, "status")),
                merged_into: None,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    list.sort_by_key(|i| std::cmp::Reverse(i.date));
    Ok(list)
}

/// `api/v1/applycredit`: `{"amount": 450000, "invoicepaid": "true"}`.
pub fn credit_applied(v: &Value) -> Result<CreditApplied, ApiError> {
    let paid = matches!(
        text(v, "invoicepaid").to_ascii_lowercase().as_str(),
        "true" | "1"
    );
    Ok(CreditApplied {
        applied: decimal(v, "amount")?,
        status: if paid {
            InvoiceStatus::Paid
        } else {
            InvoiceStatus::Unpaid
        },
    })
}

/// The fields of `getproduct`'s `product` that are its configuration, as (label, value):
/// everything that is not a known service field ("os", "cpu", "ram", "hdd", "Extra ip", ...).
const SERVICE_FIELDS: [&str; 10] = [
    "serviceid",
    "regdate",
    "nextduedate",
    "status",
    "domain",
    "dedicatedip",
    "assignedips",
    "billingcycle",
    "username",
    "password",
];

/// `api/v1/getproduct`: one service. The wrapper sends no product name or price; the
/// configuration (OS, CPU, RAM, disk, extra IPs) comes as extra fields.
pub fn service_detail(v: &Value) -> Result<ServiceDetail, ApiError> {
    let p = v
        .get("product")
        .ok_or_else(|| ApiError::Decode("getproduct: missing product".into()))?;
    let id = opt_text(p, "serviceid")
        .or_else(|| opt_text(v, "serviceid"))
        .ok_or_else(|| ApiError::Decode("getproduct: missing serviceid".into()))?;
    let options = p
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !SERVICE_FIELDS.contains(&k.as_str()))
        .map(|(k, _)| (label(k), text(p, k)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    Ok(ServiceDetail {
        summary: ServiceSummary {
            // The wrapper names no product: the page then calls it "Service #<id>".
            name: text(p, "name"),
            id,
            domain: opt_text(p, "domain").or_else(|| opt_text(p, "dedicatedip")),
            price: decimal(p, "amount").unwrap_or(Decimal::ZERO),
            cycle: text(p, "billingcycle"),
            next_due: date(p, "nextduedate"),
            status: ServiceStatus::parse(&text(p, "status")),
        },
        label: None,
        created: date(p, "regdate"),
        username: opt_text(p, "username"),
        password: opt_text(p, "password"),
        cancel_request: None,
        options,
    })
}

/// "os" -> "OS", "Extra ip" -> "Extra IP", "ram" -> "RAM": the wrapper's keys as labels.
fn label(key: &str) -> String {
    key.split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_ascii_lowercase().as_str() {
            "os" | "cpu" | "ram" | "hdd" | "ip" | "ssd" => w.to_ascii_uppercase(),
            _ => {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `api/v1/addorder`: `{"orderid": 170, "invoiceid": 171, "productids": "171"}`.
pub fn order_placed(v: &Value) -> Result<OrderPlaced, ApiError> {
    Ok(OrderPlaced {
        order_number: opt_text(v, "orderid"),
        invoice_id: opt_text(v, "invoiceid"),
        total: None,
        service_id: text(v, "productids")
            .split(',')
            .map(str::trim)
            .find(|s| !s.is_empty())
            .map(String::from),
    })
}

/// `api/v1/acceptQuote`: the invoice created, when the wrapper says.
pub fn quote_accepted(v: &Value) -> Option<String> {
    opt_text(v, "invoiceid")
}

/// A VPS order as `addorder` takes it (form fields, empty ones left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VpsOrder {
    /// Package name ("VPS 01").
    pub product: String,
    /// WHMCS cycle word ("monthly").
    pub billing_cycle: String,
    /// Operating system name.
    pub os: String,
    /// Extra IPv4 addresses, 0 to 5 (the document allows 1 to 5; 0 sends nothing).
    pub extra_ips: u8,
    /// Server hostname.
    pub hostname: String,
    /// Root password.
    pub root_password: String,
    /// First nameserver prefix ("ns1").
    pub ns1_prefix: String,
    /// Second nameserver prefix.
    pub ns2_prefix: String,
}

/// The most extra IPs `addorder` takes.
pub const MAX_EXTRA_IPS: u8 = 5;

/// The form fields of an order.
pub fn order_body(o: &VpsOrder) -> Value {
    let mut body = json!({
        "product": o.product,
        "billingcycle": o.billing_cycle,
        "os": o.os,
    });
    let optional = [
        ("hostname", o.hostname.trim()),
        ("rootpw", o.root_password.as_str()),
        ("ns1prefix", o.ns1_prefix.trim()),
        ("ns2prefix", o.ns2_prefix.trim()),
    ];
    for (k, v) in optional {
        if !v.is_empty() {
            body[k] = json!(v);
        }
    }
    if o.extra_ips > 0 {
        body["extraIp"] = json!(o.extra_ips.min(MAX_EXTRA_IPS).to_string());
    }
    body
}
