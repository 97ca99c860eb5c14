//! HostBill's client API (seeds 004 and 002): envelopes, auth bodies and the wire shapes of the
//! calls the app makes, mapped to domain types. Wire structs stay private to this module.

use crate::api::error::ApiError;
use crate::api::transport::RawResponse;
use crate::api::wire;
use crate::model::Date;
use crate::model::{
    Balance, Client, InvoiceStatus, InvoiceSummary, Money, Notification, PaymentMethod,
    ServiceStatus, ServiceSummary, TicketSummary,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

mod account;
mod catalog;
mod credit;
mod dns;
mod estimates;
mod invoice_detail;
mod services;
mod tickets;
mod vms;

pub use account::{profile, profile_body};
pub use catalog::{
    categories, order_placed, product_config, products, quote, upgrade_estimate, upgrade_options,
};
pub use credit::{credit_log, voucher_redeemed};
pub use dns::{record, record_body, zone, zone_from_text, zones};
pub use estimates::{estimate_detail, estimates};
pub use invoice_detail::{credit_applied, invoice_detail};
pub use services::{service_actions, service_detail};
pub use tickets::{departments, ticket, ticket_created};
pub use vms::{
    backups, disks, images, interfaces, new_password, rdns, resources, spare_ips, templates,
    traffic, usage, vm, vm_in_answer, vm_ips, vms,
};

/// Reads any HostBill answer: JSON required; `{"error": [...]}` (or a 4xx/5xx) becomes a typed error.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let parsed: Option<Value> = serde_json::from_str(&raw.body).ok();
    let messages = parsed.as_ref().map(error_messages).unwrap_or_default();
    match raw.status {
        429 => {
            return Err(ApiError::RateLimited {
                retry_after: raw.retry_after,
            });
        }
        // A 5xx is an outage whatever its body says: retryable for reads, never a verdict.
        s if s >= 500 => return Err(ApiError::Server { status: s }),
        _ => {}
    }
    let Some(value) = parsed else {
        let what = if raw.body.trim().is_empty() {
            "empty body".to_string()
        } else if raw.body.trim_start().starts_with('<') {
            "an HTML page instead of JSON".to_string()
        } else {
            "malformed or truncated JSON".to_string()
        };
        return Err(ApiError::Decode(what));
    };
    if !messages.is_empty() || raw.status >= 400 {
        return Err(ApiError::Portal {
            status: raw.status,
            messages,
        });
    }
    if !value.is_object() {
        return Err(ApiError::Decode("expected a JSON object".into()));
    }
    Ok(value)
}

/// The portal's error messages: `{"error": ["a", "b"]}` or `{"error": "a"}`.
fn error_messages(v: &Value) -> Vec<String> {
    match v.get("error") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|m| {
                m.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| m.to_string())
            })
            .filter(|m| !m.is_empty())
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Decodes a field of an envelope into a wire struct, naming the field in the error.
pub(super) fn field<T: DeserializeOwned>(v: &Value, name: &str) -> Result<T, ApiError> {
    let inner = v
        .get(name)
        .ok_or_else(|| ApiError::Decode(format!("missing \"{name}\"")))?;
    T::deserialize(inner).map_err(|e| ApiError::Decode(format!("{name}: {e}")))
}

/// `POST /login` body.
pub fn login_body(email: &str, password: &str, remember: bool) -> Value {
    serde_json::json!({ "username": email, "password": password, "remember": remember })
}

/// `POST /token` body.
pub fn refresh_body(refresh: &str) -> Value {
    serde_json::json!({ "refresh_token": refresh })
}

/// `{"token", "refresh"}` from `/login` and `/token`.
#[derive(Deserialize)]
pub struct TokenPairWire {
    /// Access JWT.
    pub token: String,
    /// Refresh token.
    #[serde(default)]
    pub refresh: Option<String>,
}

/// Reads the token pair of a login or refresh answer.
pub fn token_pair(v: &Value) -> Result<TokenPairWire, ApiError> {
    TokenPairWire::deserialize(v).map_err(|e| ApiError::Decode(format!("token pair: {e}")))
}

#[derive(Deserialize)]
struct ClientWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    email: String,
    #[serde(default, deserialize_with = "wire::text")]
    firstname: String,
    #[serde(default, deserialize_with = "wire::text")]
    lastname: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    companyname: Option<String>,
}

/// `GET /details`.
pub fn client(v: &Value) -> Result<Client, ApiError> {
    let w: ClientWire = field(v, "client")?;
    Ok(Client {
        id: w.id,
        email: w.email,
        first_name: w.firstname,
        last_name: w.lastname,
        company: w.companyname,
    })
}

#[derive(Deserialize)]
struct BalanceWire {
    currency: String,
    #[serde(deserialize_with = "wire::decimal")]
    acc_balance: Decimal,
    #[serde(deserialize_with = "wire::decimal")]
    acc_credit: Decimal,
}

/// `GET /balance`.
pub fn balance(v: &Value) -> Result<Balance, ApiError> {
    let w: BalanceWire = field(v, "details")?;
    Ok(Balance {
        outstanding: Money::new(w.acc_balance, &w.currency),
        credit: Money::new(w.acc_credit, &w.currency),
    })
}

#[derive(Deserialize)]
struct InvoiceRowWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    number: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    duedate: Option<Date>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    status: String,
    currency: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    merge_id: Option<String>,
}

/// `GET /invoice` and `GET /invoices`.
pub fn invoices(v: &Value) -> Result<Vec<InvoiceSummary>, ApiError> {
    let rows: Vec<InvoiceRowWire> = field(v, "invoices")?;
    Ok(invoice_rows(rows))
}

#[derive(Deserialize)]
struct InvoiceListWire {
    invoices: Vec<InvoiceRowWire>,
}

/// `GET /invoice` from the body text: typed decoding straight from the text (for 10,000 rows
/// about twice as fast as building the JSON tree first). A body that does not decode (an error
/// envelope, a malformed amount) goes through the envelope decoder for the precise error.
pub fn invoices_from_text(body: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
    match serde_json::from_str::<InvoiceListWire>(body) {
        Ok(w) => Ok(invoice_rows(w.invoices)),
        Err(_) => invoices(&decode_envelope(&RawResponse {
            status: 200,
            retry_after: None,
            body: body.to_string(),
            bytes: None,
        })?),
    }
}

fn invoice_rows(rows: Vec<InvoiceRowWire>) -> Vec<InvoiceSummary> {
    rows.into_iter()
        .map(|w| InvoiceSummary {
            number: w.number.unwrap_or_else(|| w.id.clone()),
            id: w.id,
            date: w.date,
            due: w.duedate,
            total: Money::new(w.total, &w.currency),
            status: InvoiceStatus::parse(&w.status),
            merged_into: w.merge_id.filter(|m| m != "0"),
        })
        .collect()
}

#[derive(Deserialize)]
struct ServiceRowWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain: Option<String>,
    #[serde(deserialize_with = "wire::decimal")]
    total: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    billingcycle: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    next_due: Option<Date>,
    status: String,
}

/// `GET /service`.
pub fn services(v: &Value) -> Result<Vec<ServiceSummary>, ApiError> {
    let rows: Vec<ServiceRowWire> = field(v, "services")?;
    Ok(rows
        .into_iter()
        .map(|w| ServiceSummary {
            id: w.id,
            name: w.name,
            domain: w.domain,
            price: w.total,
            cycle: w.billingcycle,
            next_due: w.next_due,
            status: ServiceStatus::parse(&w.status),
        })
        .collect())
}

#[derive(Deserialize)]
struct TicketRowWire {
    #[serde(deserialize_with = "wire::id")]
    ticket_number: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::text")]
    deptname: String,
}

/// `GET /tickets`.
pub fn tickets(v: &Value) -> Result<Vec<TicketSummary>, ApiError> {
    let rows: Vec<TicketRowWire> = field(v, "tickets")?;
    Ok(rows
        .into_iter()
        .map(|w| TicketSummary {
            number: w.ticket_number,
            subject: w.subject,
            status: w.status,
            department: w.deptname,
        })
        .collect())
}

#[derive(Deserialize)]
struct NotificationWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    subject: String,
    #[serde(default, deserialize_with = "wire::text")]
    message: String,
    #[serde(default, deserialize_with = "wire::text")]
    date: String,
}

/// `GET /notifications/new`. The documents show no example; HostBill sends a `notifications` list.
pub fn notifications(v: &Value) -> Result<Vec<Notification>, ApiError> {
    let rows: Vec<NotificationWire> = field(v, "notifications")?;
    Ok(rows
        .into_iter()
        .map(|w| Notification {
            id: w.id,
            subject: w.subject,
            message: w.message,
            date: w.date,
        })
        .collect())
}

#[derive(Deserialize)]
struct PaymentFeeWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    fixed_fee: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    percent_fee: Option<Decimal>,
}

/// `GET /payment/fees`.
pub fn payment_methods(v: &Value) -> Result<Vec<PaymentMethod>, ApiError> {
    let rows: Vec<PaymentFeeWire> = field(v, "payments")?;
    Ok(rows
        .into_iter()
        .map(|w| PaymentMethod {
            id: w.id,
            name: w.name,
            fixed_fee: w.fixed_fee.unwrap_or_default(),
            percent_fee: w.percent_fee.unwrap_or_default(),
        })
        .collect())
}

/// `GET /billing/@invoice_id/pay/@gateway_id`: the gateway link. The documents show no example;
/// the link is read from `url` (or `redirect`).
pub fn pay_link(v: &Value) -> Result<String, ApiError> {
    v.get("url")
        .or_else(|| v.get("redirect"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| ApiError::Decode("no payment link in the answer".into()))
}

/// The invoice created by `POST /billing/addfunds` (`invoice_id`, number or string). The documents
/// show no example answer.
pub fn created_invoice_id(v: &Value) -> Result<String, ApiError> {
    match v.get("invoice_id") {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(ApiError::Decode("no invoice id in the answer".into())),
    }
}
