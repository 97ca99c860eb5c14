//! Support tickets (list, read, open, reply, close) and portal notifications.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::{boxbilling, hostbill};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{Department, Dialect, Notification, TicketDetail, TicketSummary};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// `GET /tickets`.
    pub async fn tickets(&self) -> Result<Vec<TicketSummary>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_tickets().await,
            Dialect::Hostbill => hostbill::tickets(
                &self
                    .transport
                    .send(Request::get(calls::TICKETS).shared())
                    .await?,
            ),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /notifications`: every notification, read or not, or only those about one thing
    /// (`about`: the portal's relation type and id, such as `Service` and `303`).
    pub async fn notifications(
        &self,
        about: Option<(&str, &str)>,
    ) -> Result<Vec<Notification>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let mut req = Request::get(calls::NOTIFICATIONS);
                if let Some((kind, id)) = about {
                    req = req.query("rel_type", kind).query("rel_id", id);
                }
                hostbill::notifications(&self.transport.send(req).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /notifications/new`.
    pub async fn new_notifications(&self) -> Result<Vec<Notification>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => hostbill::notifications(
                &self
                    .transport
                    .send(Request::get(calls::NOTIFICATIONS_NEW))
                    .await?,
            ),
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /ticket/attachment/@file`: the file's bytes, through the API (the token stays in the
    /// Authorization header).
    pub async fn ticket_attachment(&self, file: &str) -> Result<Vec<u8>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::TICKET_ATTACHMENT.fill(&[file]);
                self.transport.send_document(Request::get(path)).await
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `PUT /notifications/@id/ack`.
    pub async fn acknowledge_notification(&self, id: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::NOTIFICATION_ACK.fill(&[id]);
                let req = Request::with_body(Method::Put, path, Value::Object(Default::default()));
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    async fn bb_tickets(&self) -> Result<Vec<TicketSummary>, ApiError> {
        Ok(self
            .bb_list(calls::BB_TICKET_LIST, json!({}))
            .await?
            .iter()
            .map(boxbilling::ticket)
            .collect())
    }

    async fn bb_ticket(&self, id: &str) -> Result<crate::model::TicketDetail, ApiError> {
        boxbilling::ticket_detail(&self.bb(calls::BB_TICKET, json!({ "id": id })).await?)
    }

    async fn bb_helpdesks(&self) -> Result<Vec<crate::model::Department>, ApiError> {
        Ok(boxbilling::helpdesks(
            &self.bb(calls::BB_HELPDESKS, json!({})).await?,
        ))
    }

    /// `ticket_create` with `support_helpdesk_id`, `subject`, `content` (FOSSBilling 0.6.22's
    /// `modules/Support/Api/Client.php` requires these names): answers the ticket id.
    async fn bb_open_ticket(
        &self,
        helpdesk: &str,
        subject: &str,
        content: &str,
    ) -> Result<String, ApiError> {
        let v = self
            .bb(
                calls::BB_TICKET_CREATE,
                json!({ "support_helpdesk_id": helpdesk, "subject": subject, "content": content }),
            )
            .await?;
        match v {
            Value::Number(n) => Ok(n.to_string()),
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            other => Err(ApiError::Decode(format!("ticket_create: {other}"))),
        }
    }

    async fn bb_reply_ticket(&self, id: &str, content: &str) -> Result<(), ApiError> {
        self.bb(
            calls::BB_TICKET_REPLY,
            json!({ "id": id, "content": content }),
        )
        .await
        .map(|_| ())
    }

    /// `ticket_close`; BoxBilling's client API cannot re-open (the capability says so).
    async fn bb_close_ticket(&self, id: &str, closed: bool) -> Result<(), ApiError> {
        if !closed {
            return Err(ApiError::Unsupported);
        }
        self.bb(calls::BB_TICKET_CLOSE, json!({ "id": id }))
            .await
            .map(|_| ())
    }

    /// `GET /tickets/@number`.
    pub async fn ticket(&self, number: &str) -> Result<TicketDetail, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_ticket(number).await,
            Dialect::Hostbill => {
                let path = calls::TICKET.fill(&[number]);
                hostbill::ticket(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /ticket/departments`.
    pub async fn ticket_departments(&self) -> Result<Vec<Department>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_helpdesks().await,
            Dialect::Hostbill => hostbill::departments(
                &self
                    .transport
                    .send(Request::get(calls::TICKET_DEPARTMENTS))
                    .await?,
            ),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /tickets`: answers the new ticket's number. Sent once.
    pub async fn open_ticket(
        &self,
        department: &str,
        subject: &str,
        message: &str,
    ) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_open_ticket(department, subject, message).await,
            Dialect::Hostbill => {
                let body = json!({ "dept_id": department, "subject": subject, "body": message });
                hostbill::ticket_created(
                    &self
                        .transport
                        .send(Request::with_body(Method::Post, calls::TICKETS, body))
                        .await?,
                )
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /tickets/@number` with the reply. Sent once.
    pub async fn reply_ticket(&self, number: &str, message: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_reply_ticket(number, message).await,
            Dialect::Hostbill => {
                let path = calls::TICKET.fill(&[number]);
                self.transport
                    .send(Request::with_body(
                        Method::Post,
                        path,
                        json!({ "body": message }),
                    ))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `PUT /tickets/@number/close` or `/open`. Sent once.
    pub async fn set_ticket_closed(&self, number: &str, closed: bool) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_close_ticket(number, closed).await,
            Dialect::Hostbill => {
                let call = if closed {
                    calls::TICKET_CLOSE
                } else {
                    calls::TICKET_OPEN
                };
                let path = call.fill(&[number]);
                self.transport
                    .send(Request::with_body(Method::Put, path, json!({})))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }
}
