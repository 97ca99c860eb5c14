//! Kdata VPS orders (`addorder`) and accepted quotes (`acceptQuote`).

use super::envelope::{opt_text, text};
use crate::api::error::ApiError;
use crate::model::{MAX_EXTRA_IPS, OrderPlaced, VpsOrder};
use serde_json::{Value, json};

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
