//! Signing in and out, on every billing system: HostBill's token pair (`/login`, `/logout`,
//! `/revoke`), the Kdata wrapper's token, BoxBilling's session turned into an API key.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::{hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::Dialect;
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// Whether a session is stored (it may still need a refresh).
    pub fn has_session(&self) -> bool {
        self.transport.platform().load_session().is_some()
    }

    /// Logs in and stores the pair. Wrong credentials come back as [`ApiError::BadCredentials`].
    pub async fn login(&self, email: &str, password: &str, remember: bool) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_login(email, password, remember).await,
            Dialect::Boxbilling => self.bb_login(email, password, remember).await,
            Dialect::Hostbill => {
                let req = Request::with_body(
                    Method::Post,
                    calls::LOGIN,
                    hostbill::login_body(email, password, remember),
                )
                .anonymous();
                let value = self.transport.send(req).await.map_err(|e| match e {
                    ApiError::Portal { status, messages }
                        if (400..500).contains(&status) && status != 429 =>
                    {
                        ApiError::BadCredentials(messages)
                    }
                    other => other,
                })?;
                let pair = hostbill::token_pair(&value)?;
                self.transport
                    .start_session(pair.token, pair.refresh, remember, None, email);
                Ok(())
            }
        }
    }

    /// Logs out: forgets the session here and in every tab at once, then tells the portal
    /// best-effort (`/logout`, `/revoke`), which may fail offline without consequence.
    pub async fn logout(&self) {
        let stored = self.transport.platform().load_session();
        self.transport.end_session();
        match self.dialect() {
            Dialect::Hostbill => {
                if let Some(s) = stored {
                    self.transport.revoke(&s).await;
                }
            }
            Dialect::Boxbilling => self.bb_logout().await,
            // Kdata's wrapper has no logout call: its token simply stops being used.
            Dialect::Kdata => {}
        }
    }

    /// Asks the portal to e-mail a password reset link: `POST /passwordreset` with `email` (seed
    /// 002; its `POST /password/forgot` is documented without parameters, so it cannot say whose
    /// password).
    pub async fn forgot_password(&self, email: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request::with_body(
                    Method::Post,
                    calls::PASSWORD_RESET,
                    serde_json::json!({ "email": email }),
                )
                .anonymous();
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// Validates the code of a reset link: `POST /password/passreset` with `activate`. The
    /// portal then resets the password and e-mails the new one.
    pub async fn confirm_password_reset(&self, code: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request::with_body(
                    Method::Post,
                    calls::PASSWORD_PASSRESET,
                    serde_json::json!({ "activate": code }),
                )
                .anonymous();
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    async fn bb_login(&self, email: &str, password: &str, remember: bool) -> Result<(), ApiError> {
        let guest = Self::bb_call(
            calls::BB_GUEST_LOGIN,
            json!({ "email": email, "password": password }),
        )
        .anonymous();
        self.transport.send(guest).await.map_err(|e| match e {
            ApiError::Portal { status, messages } if status != 429 && status < 500 => {
                ApiError::BadCredentials(messages)
            }
            other => other,
        })?;
        // The guest login's session cookie authorises these two reads.
        let cookie = |call: calls::Path| Self::bb_call(call, json!({})).anonymous();
        let mut key = self.transport.send(cookie(calls::BB_API_KEY)).await?;
        if key.as_str().is_none_or(str::is_empty) {
            key = self.transport.send(cookie(calls::BB_API_KEY_RESET)).await?;
        }
        let key = key
            .as_str()
            .filter(|k| !k.is_empty())
            .ok_or_else(|| ApiError::Decode("api_key_get: no key".into()))?
            .to_string();
        let profile = self.transport.send(cookie(calls::BB_PROFILE)).await?;
        self.transport
            .start_session(key, None, remember, Some(profile), email);
        Ok(())
    }

    /// Ends the guest session's cookie too (the API key stays valid until reset, as BoxBilling
    /// designs it); best-effort.
    async fn bb_logout(&self) {
        let _ = self
            .transport
            .send(Self::bb_call(calls::BB_LOGOUT, json!({})).anonymous())
            .await;
    }

    async fn kdata_login(
        &self,
        email: &str,
        password: &str,
        remember: bool,
    ) -> Result<(), ApiError> {
        let req = Self::kdata_call(calls::LOGIN, kdata::login_body(email, password)).anonymous();
        // The wrapper answers a wrong password with `{"result": "error", "messages": ...}`.
        let value = self.transport.send(req).await.map_err(|e| match e {
            ApiError::Portal { status, messages } if status != 429 && status < 500 => {
                ApiError::BadCredentials(messages)
            }
            other => other,
        })?;
        let (token, user) = kdata::login(&value)?;
        self.transport
            .start_session(token, None, remember, Some(user), email);
        Ok(())
    }
}
