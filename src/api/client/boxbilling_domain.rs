//! A BoxBilling domain order's registrar settings (`client/order/service`) and the
//! `client/servicedomain/*` changes. Each change is sent once; the page reads the settings again
//! afterwards rather than assuming what the registrar did.

use super::ApiClient;
use crate::api::dialect::boxbilling::domain as wire;
use crate::api::error::ApiError;
use crate::api::transport::Platform;
use crate::model::Dialect;
use crate::model::{DomainContact, DomainDetail};
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    fn bb_only(&self) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(()),
            _ => Err(ApiError::Unsupported),
        }
    }

    async fn bb_domain_call(
        &self,
        method: &str,
        mut params: serde_json::Value,
        order: &str,
    ) -> Result<serde_json::Value, ApiError> {
        self.bb_only()?;
        params["order_id"] = json!(order);
        self.bb(&format!("/client/servicedomain/{method}"), params)
            .await
    }

    /// `client/order/service`: the domain's name servers, lock, privacy and contact.
    pub async fn domain(&self, order: &str) -> Result<DomainDetail, ApiError> {
        self.bb_only()?;
        wire::domain(
            &self
                .bb("/client/order/service", json!({ "id": order }))
                .await?,
        )
    }

    /// `update_nameservers` with `ns1`..`ns4` (two to four, checked by the page first).
    pub async fn set_nameservers(&self, order: &str, servers: &[String]) -> Result<(), ApiError> {
        let mut params = json!({});
        for (i, ns) in servers.iter().take(4).enumerate() {
            params[format!("ns{}", i + 1)] = json!(ns);
        }
        self.bb_domain_call("update_nameservers", params, order)
            .await
            .map(|_| ())
    }

    /// `lock` or `unlock`.
    pub async fn set_domain_lock(&self, order: &str, locked: bool) -> Result<(), ApiError> {
        let method = if locked { "lock" } else { "unlock" };
        self.bb_domain_call(method, json!({}), order)
            .await
            .map(|_| ())
    }

    /// `enable_privacy_protection` or `disable_privacy_protection`.
    pub async fn set_domain_privacy(&self, order: &str, on: bool) -> Result<(), ApiError> {
        let method = if on {
            "enable_privacy_protection"
        } else {
            "disable_privacy_protection"
        };
        self.bb_domain_call(method, json!({}), order)
            .await
            .map(|_| ())
    }

    /// `get_transfer_code`: the code the next registrar asks for.
    pub async fn domain_transfer_code(&self, order: &str) -> Result<String, ApiError> {
        let v = self
            .bb_domain_call("get_transfer_code", json!({}), order)
            .await?;
        match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            serde_json::Value::Number(n) => Ok(n.to_string()),
            other => Err(ApiError::Decode(format!("transfer code: {other}"))),
        }
    }

    /// `update_contacts` with the whole registrant contact.
    pub async fn set_domain_contact(
        &self,
        order: &str,
        contact: &DomainContact,
    ) -> Result<(), ApiError> {
        self.bb_domain_call(
            "update_contacts",
            json!({ "contact": wire::contact_params(contact) }),
            order,
        )
        .await
        .map(|_| ())
    }
}
