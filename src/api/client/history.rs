//! The account's history: e-mails the portal sent (HostBill's e-mail history; BoxBilling's
//! `email` module, which can also send one again or delete it).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::email;
use crate::api::error::ApiError;
use crate::api::http::Request;
use crate::api::transport::Platform;
use crate::model::{Dialect, EmailMessage, EmailSummary};
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// The e-mails sent to the customer, newest first.
    pub async fn emails(&self) -> Result<Vec<EmailSummary>, ApiError> {
        let mut list = match self.dialect() {
            Dialect::Hostbill => {
                email::hostbill_list(&self.transport.send(Request::get(calls::EMAILS)).await?)?
            }
            Dialect::Boxbilling => self
                .bb_list(calls::BB_EMAIL_LIST, json!({}))
                .await?
                .iter()
                .map(email::summary)
                .collect::<Result<_, _>>()?,
            Dialect::Kdata => return Err(ApiError::Unsupported),
        };
        list.sort_by_key(|m| std::cmp::Reverse(m.date));
        Ok(list)
    }

    /// One e-mail with its body.
    pub async fn email(&self, id: &str) -> Result<EmailMessage, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => email::message(
                &self
                    .transport
                    .send(Request::get(calls::EMAIL.fill(&[id])))
                    .await?,
            ),
            Dialect::Boxbilling => {
                email::message(&self.bb(calls::BB_EMAIL, json!({ "id": id })).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// Sends an e-mail again (BoxBilling). Sent once.
    pub async fn resend_email(&self, id: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self
                .bb(calls::BB_EMAIL_RESEND, json!({ "id": id }))
                .await
                .map(|_| ()),
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// Deletes an e-mail from the history (BoxBilling). Sent once.
    pub async fn delete_email(&self, id: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self
                .bb(calls::BB_EMAIL_DELETE, json!({ "id": id }))
                .await
                .map(|_| ()),
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }
}
