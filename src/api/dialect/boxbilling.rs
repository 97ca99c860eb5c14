//! BoxBilling's client API (seed 003): `POST /client/<module>/<method>` (and `/guest/...` for
//! signing in), every answer HTTP 200 wrapped as `{"result": ..., "error": null}` or
//! `{"result": null, "error": {"message", "code"}}`. The seed lists the calls without example
//! answers; the shapes read here are BoxBilling's own (`toApiArray`): invoices keyed by `hash`
//! with `serie_nr`, orders with `title`, `period` (`1M`, `1Y`) and `expires_at`, SolusVM status
//! words `online`/`offline`. Every error object becomes a typed error, never empty data.

use crate::api::error::ApiError;
use crate::api::http::{RawResponse, open_json_object};
use crate::api::wire;
use crate::model::Date;
use crate::model::{
    BilledTo, Client, InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceSummary, Money,
    ServiceDetail, ServiceStatus, ServiceSummary, TicketSummary, Transaction, Vm,
};
use crate::vm::power::PowerState;
use rust_decimal::Decimal;
use serde_json::Value;

pub(super) fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn opt_text(v: &Value, key: &str) -> Option<String> {
    Some(text(v, key)).filter(|s| !s.is_empty())
}

pub(super) fn decimal(v: &Value, key: &str) -> Result<Decimal, ApiError> {
    match text(v, key) {
        s if s.is_empty() => Ok(Decimal::ZERO),
        s => wire::parse_decimal(&s).map_err(|e| ApiError::Decode(format!("{key}: {e}"))),
    }
}

fn date(v: &Value, key: &str) -> Option<Date> {
    Date::parse(&text(v, key))
}

/// BoxBilling's "not signed in" codes and words: the session (API key) is refused.
fn auth_refused(code: i64, message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    matches!(code, 201 | 204 | 205 | 206)
        || m.contains("not logged in")
        || m.contains("authentication failed")
        || m.contains("api key")
}

/// Whether an answer refuses the credentials (a 401, or an error object saying so with 200).
pub fn token_rejected(raw: &RawResponse) -> bool {
    raw.status == 401
        || serde_json::from_str::<Value>(&raw.body).is_ok_and(|v| {
            v.get("error").is_some_and(|e| {
                e.is_object()
                    && auth_refused(
                        e.get("code").and_then(Value::as_i64).unwrap_or(0),
                        &text(e, "message"),
                    )
            })
        })
}

/// Reads any answer and hands back its `result`. An `error` object (sent with HTTP 200) becomes
/// a typed error: "not found" words as a 404, the rest as the portal's message.
pub fn decode_envelope(raw: &RawResponse) -> Result<Value, ApiError> {
    let value = open_json_object(raw)?;
    let Some(envelope) = value.as_object() else {
        return Err(ApiError::Decode("expected a JSON object".into()));
    };
    match envelope.get("error") {
        Some(e @ Value::Object(_)) => {
            let message = text(e, "message");
            let missing = message.to_ascii_lowercase().contains("not found");
            Err(ApiError::Portal {
                status: if missing { 404 } else { raw.status.max(400) },
                messages: vec![message]
                    .into_iter()
                    .filter(|m| !m.is_empty())
                    .collect(),
            })
        }
        Some(Value::Null) | None if envelope.contains_key("result") => {
            if raw.status >= 400 {
                return Err(ApiError::Portal {
                    status: raw.status,
                    messages: vec![],
                });
            }
            Ok(envelope["result"].clone())
        }
        _ => Err(ApiError::Decode("missing \"result\"".into())),
    }
}

/// `client/profile/get`.
pub fn client(v: &Value) -> Result<Client, ApiError> {
    let id = text(v, "id");
    if id.is_empty() {
        return Err(ApiError::Decode("profile: missing id".into()));
    }
    Ok(Client {
        id,
        email: text(v, "email"),
        first_name: text(v, "first_name"),
        last_name: text(v, "last_name"),
        company: opt_text(v, "company"),
    })
}

/// The account currency of a profile.
pub fn currency(profile: &Value) -> String {
    opt_text(profile, "currency").unwrap_or_else(|| "USD".into())
}

/// The `list` of a paged answer (`{"list": [...], "pages", "page", "per_page", "total"}`).
pub fn page(v: &Value) -> Result<(Vec<Value>, u64), ApiError> {
    let list = match v.get("list") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::Object(o)) => o.values().cloned().collect(),
        _ => return Err(ApiError::Decode("missing \"list\"".into())),
    };
    let pages = v.get("pages").and_then(Value::as_u64).unwrap_or(1);
    Ok((list, pages))
}

/// `client/client/balance_get_list`: the credit is the sum of the balance entries.
pub fn credit(rows: &[Value]) -> Result<Decimal, ApiError> {
    rows.iter()
        .try_fold(Decimal::ZERO, |sum, r| Ok(sum + decimal(r, "amount")?))
}

/// One row of `client/invoice/get_list`, keyed by its `hash` (BoxBilling's `invoice/get` takes
/// the hash, not the id).
pub fn invoice_summary(v: &Value) -> Result<InvoiceSummary, ApiError> {
    let hash = text(v, "hash");
    if hash.is_empty() {
        return Err(ApiError::Decode("invoice: missing hash".into()));
    }
    let currency = opt_text(v, "currency").unwrap_or_else(|| "USD".into());
    Ok(InvoiceSummary {
        number: opt_text(v, "serie_nr")
            .or_else(|| opt_text(v, "nr"))
            .unwrap_or_else(|| text(v, "id")),
        id: hash,
        date: date(v, "created_at"),
        due: date(v, "due_at"),
        total: Money::new(decimal(v, "total")?, &currency),
        status: InvoiceStatus::parse(&text(v, "status")),
        merged_into: None,
    })
}

/// `client/invoice/get`.
pub fn invoice_detail(v: &Value) -> Result<InvoiceDetail, ApiError> {
    let s = invoice_summary(v)?;
    let currency = s.total.currency.clone();
    let lines = match v.get("lines") {
        Some(Value::Array(a)) => a.clone(),
        _ => vec![],
    }
    .iter()
    .map(|l| {
        let price = decimal(l, "price")?;
        let qty = match decimal(l, "quantity")? {
            q if q.is_zero() => Decimal::ONE,
            q => q,
        };
        let total = match decimal(l, "total")? {
            t if t.is_zero() => price * qty,
            t => t,
        };
        Ok(InvoiceLine {
            description: text(l, "title"),
            quantity: qty,
            amount: Money::new(price, &currency),
            line_total: Money::new(total, &currency),
            taxed: !decimal(l, "tax")?.is_zero(),
        })
    })
    .collect::<Result<Vec<_>, ApiError>>()?;
    let buyer = v.get("buyer").cloned().unwrap_or(Value::Null);
    let join = |keys: &[&str]| {
        keys.iter()
            .map(|k| text(&buyer, k))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(InvoiceDetail {
        id: s.id,
        number: s.number,
        status: s.status,
        date: s.date,
        due: s.due,
        paid_on: date(v, "paid_at"),
        lines,
        subtotal: Money::new(decimal(v, "subtotal")?, &currency),
        tax: Money::new(decimal(v, "tax")?, &currency),
        tax_rate: decimal(v, "taxrate")?,
        credit: Money::new(Decimal::ZERO, &currency),
        total: s.total,
        billed_to: BilledTo {
            name: join(&["first_name", "last_name"]).replace(", ", " "),
            company: opt_text(&buyer, "company"),
            address: [
                join(&["address"]),
                join(&["city", "state", "zip"]),
                join(&["country"]),
            ]
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect(),
        },
        notes: opt_text(v, "notes"),
    })
}

/// BoxBilling's order status words: `pending_setup`, `failed_setup`, `active`, `suspended`,
/// `canceled`.
fn order_status(raw: &str) -> ServiceStatus {
    match raw {
        "pending_setup" | "failed_setup" => ServiceStatus::Pending,
        other => ServiceStatus::parse(other),
    }
}

/// `1M`, `3M`, `6M`, `1Y`, `2Y`, `3Y` as HostBill's cycle words (shown in the user's language).
pub fn period_word(period: &str) -> String {
    match period.trim().to_ascii_uppercase().as_str() {
        "1M" => "Monthly",
        "3M" => "Quarterly",
        "6M" => "Semi-Annually",
        "1Y" | "12M" => "Annually",
        "2Y" => "Biennially",
        "3Y" => "Triennially",
        "" => "One Time",
        other => return other.to_string(),
    }
    .to_string()
}

/// One order (a service) of `client/order/get_list` or `client/order/get`.
pub fn order(v: &Value) -> Result<ServiceSummary, ApiError> {
    let id = text(v, "id");
    if id.is_empty() {
        return Err(ApiError::Decode("order: missing id".into()));
    }
    let meta = v.get("meta").cloned().unwrap_or(Value::Null);
    Ok(ServiceSummary {
        id,
        name: text(v, "title"),
        domain: opt_text(&meta, "domain").or_else(|| opt_text(&meta, "hostname")),
        price: decimal(v, "price")?,
        cycle: period_word(&text(v, "period")),
        next_due: date(v, "expires_at"),
        status: order_status(&text(v, "status")),
    })
}

/// `client/order/get`.
pub fn order_detail(v: &Value) -> Result<ServiceDetail, ApiError> {
    Ok(ServiceDetail {
        summary: order(v)?,
        label: None,
        created: date(v, "created_at"),
        username: None,
        password: None,
        cancel_request: None,
        options: vec![],
    })
}

/// Whether an order is an active domain registration (`service_type: domain`).
pub fn is_active_domain(v: &Value) -> bool {
    text(v, "service_type").eq_ignore_ascii_case("domain")
        && text(v, "status").eq_ignore_ascii_case("active")
}

/// Whether an order is a SolusVM virtual server (`service_type`).
pub fn is_solusvm(v: &Value) -> bool {
    text(v, "service_type").eq_ignore_ascii_case("solusvm")
}

/// `client/servicesolusvm/info` plus `status` (`online`, `offline`, `disabled`) as the VM of an
/// order; its id is the order's.
pub fn vm(order_id: &str, info: &Value, status: &str) -> Vm {
    // SolusVM's words (`online`, `offline`, `disabled`) and, while a task runs, the task's.
    let state = match status.trim().to_ascii_lowercase().as_str() {
        "disabled" | "suspended" => PowerState::Suspended,
        other => PowerState::parse(other),
    };
    let number = |k: &str| text(info, k).parse::<u64>().unwrap_or(0);
    Vm {
        id: order_id.to_string(),
        label: opt_text(info, "hostname").unwrap_or_else(|| format!("#{order_id}")),
        state,
        locked: false,
        template: text(info, "template"),
        cpus: number("cpus"),
        memory_mb: number("memory"),
        disk_gb: number("hdd"),
        ipv4: opt_text(info, "mainipaddress").into_iter().collect(),
        ipv6: vec![],
        iso: None,
    }
}

/// `client/support/ticket_get_list` rows.
pub fn ticket(v: &Value) -> TicketSummary {
    let helpdesk = v.get("helpdesk").cloned().unwrap_or(Value::Null);
    TicketSummary {
        number: text(v, "id"),
        subject: text(v, "subject"),
        status: text(v, "status"),
        department: text(&helpdesk, "name"),
    }
}

/// One row of `client/invoice/transaction_get_list`.
pub fn transaction(v: &Value) -> Result<Transaction, ApiError> {
    let currency = opt_text(v, "currency").unwrap_or_else(|| "USD".into());
    Ok(Transaction {
        id: text(v, "id"),
        date: date(v, "created_at"),
        amount: Money::new(decimal(v, "amount")?, &currency),
        invoice: opt_text(v, "invoice_hash"),
        method: opt_text(v, "gateway").unwrap_or_else(|| text(v, "txn_id")),
        status: text(v, "status"),
    })
}

/// `client/order/upgradables`: the products an order can move to, as (id, title).
pub fn upgradables(v: &Value) -> Vec<(String, String)> {
    let rows = match v {
        Value::Array(a) => a.clone(),
        Value::Object(o) if o.contains_key("list") => page(v).map(|p| p.0).unwrap_or_default(),
        Value::Object(o) => o.values().cloned().collect(),
        _ => vec![],
    };
    rows.iter()
        .filter_map(|r| Some((opt_text(r, "id")?, opt_text(r, "title")?)))
        .collect()
}

/// `client/support/ticket_get`: the messages in order (`content`, `created_at`, `author.name`;
/// staff messages carry an `admin_id`), BoxBilling's `Support\Service::toApiArray` shape.
pub fn ticket_detail(v: &Value) -> Result<crate::model::TicketDetail, ApiError> {
    use crate::model::{TicketDetail, TicketMessage};
    let summary = ticket(v);
    if summary.number.is_empty() {
        return Err(ApiError::Decode("ticket: no id".into()));
    }
    let messages = v["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            let admin = text(m, "admin_id");
            TicketMessage {
                author: text(&m["author"], "name"),
                at: text(m, "created_at"),
                body: text(m, "content").replace("\r\n", "\n"),
                staff: !admin.is_empty() && admin != "0",
            }
        })
        .collect();
    Ok(TicketDetail { summary, messages })
}

/// `client/support/helpdesk_get_pairs`: `{"<id>": "<name>"}`.
pub fn helpdesks(v: &Value) -> Vec<crate::model::Department> {
    v.as_object()
        .into_iter()
        .flatten()
        .map(|(id, name)| crate::model::Department {
            id: id.clone(),
            name: name.as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

/// `client/profile/get` as the account page's details (`first_name`, `address_1`, `phone_cc` +
/// `phone`, ...).
pub fn profile(v: &Value) -> crate::model::AccountProfile {
    let (cc, phone) = (text(v, "phone_cc"), text(v, "phone"));
    crate::model::AccountProfile {
        email: text(v, "email"),
        first_name: text(v, "first_name"),
        last_name: text(v, "last_name"),
        company: text(v, "company"),
        address1: text(v, "address_1"),
        address2: text(v, "address_2"),
        city: text(v, "city"),
        state: text(v, "state"),
        postcode: text(v, "postcode"),
        country: text(v, "country"),
        phone: if cc.is_empty() || phone.is_empty() {
            phone
        } else {
            format!("+{cc}.{phone}")
        },
    }
}

/// `client/profile/update`'s fields; a `+CC.NUMBER` phone is split into `phone_cc` and `phone`.
pub fn profile_params(p: &crate::model::AccountProfile) -> Value {
    let (cc, phone) = match p
        .phone
        .trim()
        .strip_prefix('+')
        .and_then(|s| s.split_once('.'))
    {
        Some((cc, n)) => (cc.to_string(), n.to_string()),
        None => (String::new(), p.phone.trim().to_string()),
    };
    serde_json::json!({
        "email": p.email, "first_name": p.first_name, "last_name": p.last_name,
        "company": p.company, "address_1": p.address1, "address_2": p.address2,
        "city": p.city, "state": p.state, "postcode": p.postcode, "country": p.country,
        "phone_cc": cc, "phone": phone,
    })
}
