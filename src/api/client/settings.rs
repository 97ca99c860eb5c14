//! The account's settings, the e-mail or phone verification and the activity log (HostBill
//! seed 002).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::settings as wire;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::activity::ActivityEntry;
use crate::model::settings::{AccountSettings, VerifyChannel};
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// `GET /clientarea/settings`.
    pub async fn account_settings(&self) -> Result<AccountSettings, ApiError> {
        self.hostbill_only()?;
        Ok(wire::settings(
            &self
                .transport
                .send(Request::get(calls::CLIENT_SETTINGS))
                .await?,
        ))
    }

    /// `POST /clientarea/settings`. Sent once.
    pub async fn save_account_settings(&self, s: &AccountSettings) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::CLIENT_SETTINGS,
                wire::settings_body(s),
            ))
            .await
            .map(|_| ())
    }

    /// `GET /logs`: sign-ins and changes.
    pub async fn activity_log(&self) -> Result<Vec<ActivityEntry>, ApiError> {
        self.hostbill_only()?;
        crate::api::dialect::hostbill::activity::activity(
            &self.transport.send(Request::get(calls::LOGS)).await?,
        )
    }

    /// `GET /clientarea/histories`: the account's history.
    pub async fn account_history(&self) -> Result<Vec<ActivityEntry>, ApiError> {
        self.hostbill_only()?;
        crate::api::dialect::hostbill::activity::activity(
            &self.transport.send(Request::get(calls::HISTORIES)).await?,
        )
    }

    /// `POST /verification/resend`: a new code by e-mail or SMS.
    pub async fn resend_verification(&self, channel: VerifyChannel) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::VERIFY_RESEND,
                json!({ "type": channel.code() }),
            ))
            .await
            .map(|_| ())
    }

    /// `POST /verification/verify` with the code received.
    pub async fn verify(&self, channel: VerifyChannel, code: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::VERIFY,
                json!({ "type": channel.code(), "code": code }),
            ))
            .await
            .map(|_| ())
    }
}
