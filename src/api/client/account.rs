//! The account page's calls: the registration details (read and change) and the password.
//! Both changes are sent once.

use super::ApiClient;
use crate::api::dialect::{boxbilling, hostbill};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::AccountProfile;
use crate::model::Dialect;
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// `GET /details` (BoxBilling: `client/profile/get`; Kdata: what sign-in returned).
    pub async fn account_profile(&self) -> Result<AccountProfile, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(boxbilling::profile(
                &self.bb("/client/profile/get", json!({})).await?,
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
            Dialect::Hostbill => {
                hostbill::profile(&self.transport.send(Request::get("/details")).await?)
            }
        }
    }

    /// `PUT /details` (BoxBilling: `client/profile/update`): answers the details as saved.
    pub async fn update_profile(&self, p: &AccountProfile) -> Result<AccountProfile, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                self.bb("/client/profile/update", boxbilling::profile_params(p))
                    .await?;
                self.account_profile().await
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
            Dialect::Hostbill => {
                let v = self
                    .transport
                    .send(Request::with_body(
                        Method::Put,
                        "/details",
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
                    "/client/profile/change_password",
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
                    "/password/change",
                    json!({ "oldpassword": current, "password": new, "password2": new }),
                ))
                .await
                .map(|_| ()),
        }
    }
}
