//! The account's API key (BoxBilling `client/profile/api_key_get` and `api_key_reset`). It is
//! also the credential this session signs every call with, so a reset carries the session on
//! with the new key.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::error::ApiError;
use crate::api::transport::Platform;
use crate::model::Dialect;
use serde_json::{Value, json};

/// The key in an answer: a non-empty string.
fn key_of(v: Value) -> Result<String, ApiError> {
    v.as_str()
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .ok_or_else(|| ApiError::Decode("no API key in the answer".into()))
}

impl<P: Platform> ApiClient<P> {
    /// `client/profile/api_key_get`: the key, asked of the portal when the customer asks to see it.
    pub async fn api_key(&self) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => key_of(
                self.transport
                    .send(Self::bb_call(calls::BB_API_KEY, json!({})))
                    .await?,
            ),
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `client/profile/api_key_reset`: a new key; the old one stops working at once, and this
    /// session goes on with the new one. Sent once, never retried.
    pub async fn reset_api_key(&self) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                let key = key_of(
                    self.transport
                        .send(Self::bb_call(calls::BB_API_KEY_RESET, json!({})))
                        .await?,
                )?;
                self.transport.replace_api_key(key.clone());
                Ok(key)
            }
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::key_of;
    use serde_json::json;

    #[test]
    fn a_key_is_a_non_empty_string() {
        assert_eq!(key_of(json!(" abc123 ")).ok().as_deref(), Some("abc123"));
        for refused in [json!(""), json!(null), json!(true), json!({"key": "x"})] {
            assert!(key_of(refused.clone()).is_err(), "{refused}");
        }
    }
}
