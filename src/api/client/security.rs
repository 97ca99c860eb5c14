//! The account's security: SSH keys and sign-in IP rules (HostBill, seed 002).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{Dialect, SecurityOverview};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    pub(super) fn hostbill_only(&self) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => Ok(()),
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /security`.
    pub async fn security(&self) -> Result<SecurityOverview, ApiError> {
        self.hostbill_only()?;
        hostbill::security(&self.transport.send(Request::get(calls::SECURITY)).await?)
    }

    /// `POST /security/sshkey` with `ssh_key_name` and `ssh_key_key`. Sent once.
    pub async fn add_ssh_key(&self, name: &str, key_line: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let body = json!({ "ssh_key_name": name, "ssh_key_key": key_line });
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::SECURITY_SSH_KEYS,
                body,
            ))
            .await
            .map(|_| ())
    }

    /// `POST /security/sshkey/@id`: removes the key. Sent once.
    pub async fn remove_ssh_key(&self, id: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = calls::SECURITY_SSH_KEY.fill(&[id]);
        self.transport
            .send(Request::with_body(
                Method::Post,
                path,
                Value::Object(Default::default()),
            ))
            .await
            .map(|_| ())
    }

    /// `POST /security/ipaccess` with `rule`. Sent once.
    pub async fn add_ip_rule(&self, rule: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::SECURITY_IP_ACCESS,
                json!({ "rule": rule }),
            ))
            .await
            .map(|_| ())
    }

    /// `DELETE /security/ipaccess/@id`. Sent once.
    pub async fn remove_ip_rule(&self, id: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let req = Request {
            method: Method::Delete,
            ..Request::get(calls::SECURITY_IP_RULE.fill(&[id]))
        };
        self.transport.send(req).await.map(|_| ())
    }
}
