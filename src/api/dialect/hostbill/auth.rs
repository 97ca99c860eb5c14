//! HostBill sign-in (seed 004): `POST /login` and `POST /token` answer `{"token", "refresh"}`.

use crate::api::error::ApiError;
use serde::Deserialize;
use serde_json::Value;

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
    crate::api::wire::from_tree::<TokenPairWire>(v)
        .map_err(|e| ApiError::Decode(format!("token pair: {e}")))
}
