//! A BoxBilling hosting account: its details and plan, and the changes a customer makes to it
//! (password, user name, domain), each sent once with the order's id; and a licence order's key
//! and bindings, with their reset.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::boxbilling;
use crate::api::dialect::boxbilling::hosting as wire;
use crate::api::error::ApiError;
use crate::api::transport::Platform;
use crate::model::hosting::HostingAccount;
use crate::model::licence::Licence;
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// `client/order/service` of a hosting order.
    pub async fn hosting_account(&self, order: &str) -> Result<HostingAccount, ApiError> {
        self.bb_only()?;
        wire::hosting_account(
            &self
                .bb(calls::BB_ORDER_SERVICE, json!({ "id": order }))
                .await?,
        )
    }

    /// `servicehosting/hp_get_pairs`: every plan the host offers, as (id, name).
    pub async fn hosting_plans(&self) -> Result<Vec<(String, String)>, ApiError> {
        self.bb_only()?;
        Ok(wire::hosting_plans(
            &self.bb(calls::BB_HOSTING_PLANS, json!({})).await?,
        ))
    }

    /// `servicehosting/change_password` with the password twice, as FOSSBilling compares them.
    pub async fn set_hosting_password(&self, order: &str, password: &str) -> Result<(), ApiError> {
        self.bb_order_call(
            calls::BB_HOSTING_PASSWORD,
            json!({ "password": password, "password_confirm": password }),
            order,
        )
        .await
        .map(|_| ())
    }

    /// `servicehosting/change_username` (checked and lowercased by the page first).
    pub async fn set_hosting_username(&self, order: &str, username: &str) -> Result<(), ApiError> {
        self.bb_order_call(
            calls::BB_HOSTING_USERNAME,
            json!({ "username": username }),
            order,
        )
        .await
        .map(|_| ())
    }

    /// `servicehosting/change_domain` with the name split as FOSSBilling keeps it: `sld` and
    /// `tld` with its dot (the seed's parameter list is garbled; FOSSBilling 0.6.22's
    /// `changeAccountDomain` reads these two).
    pub async fn set_hosting_domain(
        &self,
        order: &str,
        sld: &str,
        tld: &str,
    ) -> Result<(), ApiError> {
        self.bb_order_call(
            calls::BB_HOSTING_DOMAIN,
            json!({ "sld": sld, "tld": tld }),
            order,
        )
        .await
        .map(|_| ())
    }

    /// `order/service` of a licence order: its key and bindings.
    pub async fn licence(&self, order: &str) -> Result<Licence, ApiError> {
        self.bb_only()?;
        boxbilling::licence::licence(
            &self
                .bb(calls::BB_ORDER_SERVICE, json!({ "id": order }))
                .await?,
        )
    }

    /// `servicelicense/reset`: empties the licence's bindings. Sent once.
    pub async fn reset_licence(&self, order: &str) -> Result<(), ApiError> {
        self.bb_only()?;
        self.bb(calls::BB_LICENCE_RESET, json!({ "order_id": order }))
            .await
            .map(|_| ())
    }
}
