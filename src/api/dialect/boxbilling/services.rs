//! BoxBilling orders as services (`client/order/*`), and the SolusVM server of an order.

use super::envelope::{date, decimal, opt_text, page, text};
use crate::api::error::ApiError;
use crate::model::{ServiceDetail, ServiceStatus, ServiceSummary, Vm};
use crate::vm::power::PowerState;
use serde_json::Value;

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
    let config = v.get("config").cloned().unwrap_or(Value::Null);
    // A domain order has no period of its own; its configuration says how many years.
    let period = opt_text(v, "period").unwrap_or_else(|| text(&config, "period"));
    Ok(ServiceSummary {
        id,
        name: text(v, "title"),
        domain: opt_text(&meta, "domain")
            .or_else(|| opt_text(&meta, "hostname"))
            .or_else(|| order_domain(&config)),
        price: decimal(v, "price")?,
        cycle: period_word(&period),
        next_due: date(v, "expires_at"),
        status: order_status(&text(v, "status")),
    })
}

/// The domain an order's configuration names (FOSSBilling 0.6.22 keeps it there, `meta` being
/// `[]`): a hosting order's `sld` and `tld`, a domain order's `register_`/`transfer_` parts, or
/// the customer's own domain chosen in the cart (real-answers order_get_1, order_get_2).
fn order_domain(config: &Value) -> Option<String> {
    let own = config.get("domain").cloned().unwrap_or(Value::Null);
    [
        (config, "sld", "tld"),
        (config, "register_sld", "register_tld"),
        (config, "transfer_sld", "transfer_tld"),
        (&own, "owndomain_sld", "owndomain_tld"),
    ]
    .into_iter()
    .find_map(|(v, sld, tld)| {
        let (sld, tld) = (text(v, sld), text(v, tld));
        (!sld.is_empty() && !tld.is_empty())
            .then(|| format!("{sld}.{}", tld.trim_start_matches('.')))
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
        autorenew: None,
        dnssec: vec![],
        options: vec![],
    })
}

/// Whether an order is an active domain registration (`service_type: domain`).
pub fn is_active_domain(v: &Value) -> bool {
    text(v, "service_type").eq_ignore_ascii_case("domain")
        && text(v, "status").eq_ignore_ascii_case("active")
}

/// Whether an order awaits or failed its setup: the only orders `order/delete` takes.
pub fn awaits_setup(v: &Value) -> bool {
    matches!(
        text(v, "status").to_ascii_lowercase().as_str(),
        "pending_setup" | "failed_setup"
    )
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
