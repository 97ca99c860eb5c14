//! Contacts and sub-accounts (HostBill seed 004): the list, one contact, the privileges on
//! offer, adding one and saving one, each write sent once.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::contacts as wire;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::contact::{Contact, ContactSummary, Privileges};

impl<P: Platform> ApiClient<P> {
    /// `GET /contact`.
    pub async fn contacts(&self) -> Result<Vec<ContactSummary>, ApiError> {
        self.hostbill_only()?;
        wire::contacts(&self.transport.send(Request::get(calls::CONTACTS)).await?)
    }

    /// `GET /contact/@id`.
    pub async fn contact(&self, id: &str) -> Result<Contact, ApiError> {
        self.hostbill_only()?;
        let path = calls::CONTACT.fill(&[id]);
        wire::contact(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /contact/privileges`: what a contact may be given.
    pub async fn contact_privileges(&self) -> Result<Privileges, ApiError> {
        self.hostbill_only()?;
        wire::privileges_offered(
            &self
                .transport
                .send(Request::get(calls::CONTACT_PRIVILEGES).shared())
                .await?,
        )
    }

    /// `POST /contact`: a new contact (who may sign in when given a password); its id.
    pub async fn add_contact(
        &self,
        contact: &Contact,
        password: Option<&str>,
    ) -> Result<String, ApiError> {
        self.hostbill_only()?;
        let body = wire::contact_body(contact, password);
        wire::contact_created(
            &self
                .transport
                .send(Request::with_body(Method::Post, calls::CONTACTS, body))
                .await?,
        )
    }

    /// `PUT /contact/@id`.
    pub async fn update_contact(&self, id: &str, contact: &Contact) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = calls::CONTACT.fill(&[id]);
        self.transport
            .send(Request::with_body(
                Method::Put,
                path,
                wire::contact_body(contact, None),
            ))
            .await
            .map(|_| ())
    }
}
