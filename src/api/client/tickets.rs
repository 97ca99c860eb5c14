//! Support tickets: one ticket with its conversation, the departments, opening a ticket,
//! replying, closing and re-opening. Writes are sent once (never retried): a reply or a new
//! ticket sent twice would reach the provider's staff twice.

use super::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::Dialect;
use crate::model::{Department, TicketDetail};
use crate::percent::encode_component;
use serde_json::json;

impl<P: Platform> ApiClient<P> {
    /// `GET /tickets/@number`.
    pub async fn ticket(&self, number: &str) -> Result<TicketDetail, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_ticket(number).await;
        }
        self.hostbill_only()?;
        let path = format!("/tickets/{}", encode_component(number));
        hostbill::ticket(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /ticket/departments`.
    pub async fn ticket_departments(&self) -> Result<Vec<Department>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_helpdesks().await;
        }
        self.hostbill_only()?;
        hostbill::departments(
            &self
                .transport
                .send(Request::get("/ticket/departments"))
                .await?,
        )
    }

    /// `POST /tickets`: answers the new ticket's number. Sent once.
    pub async fn open_ticket(
        &self,
        department: &str,
        subject: &str,
        message: &str,
    ) -> Result<String, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_open_ticket(department, subject, message).await;
        }
        self.hostbill_only()?;
        let body = json!({ "dept_id": department, "subject": subject, "body": message });
        hostbill::ticket_created(
            &self
                .transport
                .send(Request::with_body(Method::Post, "/tickets", body))
                .await?,
        )
    }

    /// `POST /tickets/@number` with the reply. Sent once.
    pub async fn reply_ticket(&self, number: &str, message: &str) -> Result<(), ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_reply_ticket(number, message).await;
        }
        self.hostbill_only()?;
        let path = format!("/tickets/{}", encode_component(number));
        self.transport
            .send(Request::with_body(
                Method::Post,
                path,
                json!({ "body": message }),
            ))
            .await
            .map(|_| ())
    }

    /// `PUT /tickets/@number/close` or `/open`. Sent once.
    pub async fn set_ticket_closed(&self, number: &str, closed: bool) -> Result<(), ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_close_ticket(number, closed).await;
        }
        self.hostbill_only()?;
        let action = if closed { "close" } else { "open" };
        let path = format!("/tickets/{}/{action}", encode_component(number));
        self.transport
            .send(Request::with_body(Method::Put, path, json!({})))
            .await
            .map(|_| ())
    }
}
