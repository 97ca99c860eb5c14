//! The customer's own record: who is signed in, the editable profile, the password.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::{boxbilling, hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{AccountProfile, Client, Dialect};
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// `GET /details`.
    pub async fn client_details(&self) -> Result<Client, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_client_details(),
            Dialect::Boxbilling => self.bb_client().await,
            Dialect::Hostbill => hostbill::client(
                &self
                    .transport
                    .send(Request::get(calls::DETAILS).shared())
                    .await?,
            ),
        }
    }

    /// `GET /details` (BoxBilling: `client/profile/get`; Kdata: what sign-in returned).
    pub async fn account_profile(&self) -> Result<AccountProfile, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(boxbilling::profile(
                &self.bb(calls::BB_PROFILE, json!({})).await?,
            )),
            Dialect::Kdata => {
                let c = self.client_details().await?;
                Ok(AccountProfile {
                    email: c.email,
                    first_name: c.first_name,
                    last_name: c.last_name,
                    company: c.company.unwrap_or_default(),
                    ..AccountProfile::default()
                })
            }
            Dialect::Hostbill => hostbill::profile(
                &self
                    .transport
                    .send(Request::get(calls::DETAILS).shared())
                    .await?,
            ),
        }
    }

    /// `PUT /details` (BoxBilling: `client/profile/update`): answers the details as saved.
    pub async fn update_profile(&self, p: &AccountProfile) -> Result<AccountProfile, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                self.bb(calls::BB_PROFILE_UPDATE, boxbilling::profile_params(p))
                    .await?;
                self.account_profile().await
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
            Dialect::Hostbill => {
                let v = self
                    .transport
                    .send(Request::with_body(
                        Method::Put,
                        calls::DETAILS,
                        hostbill::profile_body(p),
                    ))
                    .await?;
                // An answer without the record (some portals say only "info") is read again.
                match hostbill::profile(&v) {
                    Ok(saved) => Ok(saved),
                    Err(_) => self.account_profile().await,
                }
            }
        }
    }

    /// `POST /password/change` (BoxBilling: `client/profile/change_password`, whose parameter
    /// names changed between BoxBilling and FOSSBilling: both sets are sent).
    pub async fn change_password(&self, current: &str, new: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self
                .bb(
                    calls::BB_CHANGE_PASSWORD,
                    json!({
                        "current_password": current, "new_password": new, "confirm_password": new,
                        "password": new, "password_confirm": new,
                    }),
                )
                .await
                .map(|_| ()),
            Dialect::Kdata => Err(ApiError::Unsupported),
            Dialect::Hostbill => self
                .transport
                .send(Request::with_body(
                    Method::Post,
                    calls::PASSWORD_CHANGE,
                    json!({ "oldpassword": current, "password": new, "password2": new }),
                ))
                .await
                .map(|_| ()),
        }
    }

    async fn bb_client(&self) -> Result<Client, ApiError> {
        boxbilling::client(&self.bb(calls::BB_PROFILE, json!({})).await?)
    }

    fn kdata_client_details(&self) -> Result<Client, ApiError> {
        Ok(kdata::client(&self.kdata_profile()?))
    }
}
