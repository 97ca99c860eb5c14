//! BoxBilling's client profile (`client/profile/get`, `client/profile/update`).

use super::envelope::{opt_text, text};
use crate::api::error::ApiError;
use crate::model::Client;
use serde_json::Value;

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
