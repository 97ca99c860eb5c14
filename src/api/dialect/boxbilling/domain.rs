//! BoxBilling's domain orders: `client/order/service` answers the registrar settings in
//! `Servicedomain\Service::toApiArray`'s shape (`domain`, `ns1`..`ns4`, `privacy` and `locked`
//! as 0/1 or booleans, `contact` with `first_name` .. `phone`, `expires_at`), and
//! `servicedomain/update_contacts` takes the same `contact` object back.

use super::envelope::text;
use crate::api::error::ApiError;
use crate::model::{Date, DomainContact, DomainDetail};
use serde_json::{Value, json};

fn flag(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0) != 0,
        Some(Value::String(s)) => matches!(s.trim(), "1" | "true"),
        _ => false,
    }
}

/// The settings of a domain order.
pub fn domain(v: &Value) -> Result<DomainDetail, ApiError> {
    let name = Some(text(v, "domain"))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| format!("{}{}", text(v, "sld"), text(v, "tld")));
    if name.is_empty() {
        return Err(ApiError::Decode("domain: no name".into()));
    }
    let c = &v["contact"];
    Ok(DomainDetail {
        name,
        nameservers: (1..=4)
            .map(|i| text(v, &format!("ns{i}")))
            .filter(|n| !n.is_empty())
            .collect(),
        locked: flag(v, "locked"),
        privacy: flag(v, "privacy"),
        contact: DomainContact {
            first_name: text(c, "first_name"),
            last_name: text(c, "last_name"),
            email: text(c, "email"),
            company: text(c, "company"),
            address1: text(c, "address1"),
            address2: text(c, "address2"),
            city: text(c, "city"),
            state: text(c, "state"),
            postcode: text(c, "postcode"),
            country: text(c, "country"),
            phone_cc: text(c, "phone_cc"),
            phone: text(c, "phone"),
        },
        registered: Date::parse(&text(v, "registered_at")),
        expires: Date::parse(&text(v, "expires_at")),
    })
}

/// `update_contacts`' `contact` object.
pub fn contact_params(c: &DomainContact) -> Value {
    json!({
        "first_name": c.first_name, "last_name": c.last_name, "email": c.email,
        "company": c.company, "address1": c.address1, "address2": c.address2,
        "city": c.city, "state": c.state, "postcode": c.postcode, "country": c.country,
        "phone_cc": c.phone_cc, "phone": c.phone,
    })
}

/// `servicedomain/get_transfer_code`: the code, or `None` when the registrar gives none
/// (FOSSBilling's Custom registrar answers `""`, real-answers servicedomain_get_transfer_code).
pub fn transfer_code(v: &Value) -> Result<Option<String>, ApiError> {
    match v {
        Value::String(s) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Null => Ok(None),
        other => Err(ApiError::Decode(format!("transfer code: {other}"))),
    }
}
