//! The calls of Kdata's WHMCS wrapper (seeds 000/001): form-encoded POSTs under `/api/v1`. It has
//! no profile, list or refresh call, so the client record of the login answer is kept with the
//! session, and a refused token ends the session (the page asks for the password in place).

use super::ApiClient;
use crate::api::dialect::kdata;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::VpsOrder;
use crate::model::{
    Balance, Client, CreditApplied, InvoiceDetail, InvoiceSummary, OrderPlaced, ServiceActions,
    ServiceDetail,
};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    fn kdata_call(path: &str, fields: Value) -> Request {
        Request::with_body(Method::Post, path, fields).form()
    }

    /// The client record stored at login.
    fn kdata_profile(&self) -> Result<Value, ApiError> {
        let stored = self
            .transport
            .platform()
            .load_session()
            .ok_or(ApiError::SessionEnded)?;
        stored
            .profile
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .ok_or(ApiError::SessionEnded)
    }

    pub(super) async fn kdata_login(
        &self,
        email: &str,
        password: &str,
        remember: bool,
    ) -> Result<(), ApiError> {
        let req = Self::kdata_call("/login", kdata::login_body(email, password)).anonymous();
        // The wrapper answers a wrong password with `{"result": "error", "messages": ...}`.
        let value = self.transport.send(req).await.map_err(|e| match e {
            ApiError::Portal { status, messages } if status != 429 && status < 500 => {
                ApiError::BadCredentials(messages)
            }
            other => other,
        })?;
        let (token, user) = kdata::login(&value)?;
        self.transport
            .start_session(token, None, remember, Some(user.to_string()), email);
        Ok(())
    }

    pub(super) fn kdata_client_details(&self) -> Result<Client, ApiError> {
        Ok(kdata::client(&self.kdata_profile()?))
    }

    /// The credit as of sign-in (the wrapper has no balance call).
    pub(super) fn kdata_balance(&self) -> Result<Balance, ApiError> {
        kdata::balance(&self.kdata_profile()?, &self.currency)
    }

    pub(super) async fn kdata_invoice(&self, id: &str) -> Result<InvoiceDetail, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/getinvoice",
                json!({ "invoiceid": id }),
            ))
            .await?;
        kdata::invoice_detail(&v, &self.currency, self.kdata_profile().ok().as_ref())
    }

    /// `applycredit` takes no amount: the wrapper applies as much credit as the invoice needs.
    /// Sent once, never retried.
    pub(super) async fn kdata_apply_credit(&self, id: &str) -> Result<CreditApplied, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/applycredit",
                json!({ "invoiceid": id }),
            ))
            .await?;
        let applied = kdata::credit_applied(&v)?;
        self.kdata_spend_credit(applied.applied);
        Ok(applied)
    }

    /// Keeps the stored credit in step after paying with it, since it cannot be read again.
    fn kdata_spend_credit(&self, amount: rust_decimal::Decimal) {
        let platform = self.transport.platform();
        let Some(mut stored) = platform.load_session() else {
            return;
        };
        let Some(mut user) = stored
            .profile
            .as_deref()
            .and_then(|p| serde_json::from_str::<Value>(p).ok())
        else {
            return;
        };
        let credit = kdata::balance(&user, &self.currency)
            .map(|b| b.credit.amount)
            .unwrap_or_default();
        user["credit"] = json!(
            (credit - amount)
                .max(rust_decimal::Decimal::ZERO)
                .to_string()
        );
        stored.profile = Some(user.to_string());
        platform.save_session(&stored);
    }

    pub(super) async fn kdata_service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/getproduct",
                json!({ "serviceid": id }),
            ))
            .await?;
        kdata::service_detail(&v)
    }

    /// What a Kdata service offers: a cancellation request, nothing else.
    pub(super) fn kdata_service_actions(&self) -> ServiceActions {
        ServiceActions {
            cancel: true,
            ..ServiceActions::default()
        }
    }

    /// `cancelrequest` with a reason (the wrapper has no "immediately" choice). Sent once.
    pub(super) async fn kdata_cancel(&self, id: &str, reason: &str) -> Result<(), ApiError> {
        self.transport
            .send(Self::kdata_call(
                "/api/v1/cancelrequest",
                json!({ "serviceid": id, "reason": reason }),
            ))
            .await
            .map(|_| ())
    }

    pub(super) async fn kdata_service_invoices(
        &self,
        id: &str,
    ) -> Result<Vec<InvoiceSummary>, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/getinvoiceproduct",
                json!({ "serviceid": id }),
            ))
            .await?;
        kdata::service_invoices(&v, &self.currency)
    }

    /// `api/v1/addorder`: a VPS by package, cycle and OS. Sent once, never retried.
    pub async fn order_vps(&self, order: &VpsOrder) -> Result<OrderPlaced, ApiError> {
        if self.dialect() != crate::model::Dialect::Kdata {
            return Err(ApiError::Unsupported);
        }
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/addorder",
                kdata::order_body(order),
            ))
            .await?;
        kdata::order_placed(&v)
    }

    /// `api/v1/acceptQuote`: turns a quote into an invoice; answers its id when the wrapper
    /// gives it. Sent once.
    pub async fn accept_quote(&self, quote_id: &str) -> Result<Option<String>, ApiError> {
        if self.dialect() != crate::model::Dialect::Kdata {
            return Err(ApiError::Unsupported);
        }
        let v = self
            .transport
            .send(Self::kdata_call(
                "/api/v1/acceptQuote",
                json!({ "quoteid": quote_id }),
            ))
            .await?;
        Ok(kdata::quote_accepted(&v))
    }
}
