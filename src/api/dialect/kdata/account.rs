//! Kdata sign-in (`POST /login` answers the token and the client record) and what the record
//! says of the account.

use super::envelope::{decimal, opt_text, text};
use crate::api::error::ApiError;
use crate::model::{Balance, Client, Money};
use rust_decimal::Decimal;
use serde_json::{Value, json};

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
