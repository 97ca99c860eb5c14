//! The typed API the pages call. Each method builds a request, sends it through the one
//! transport, and maps the answer with the active dialect. Pages never see wire JSON.

use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::{Platform, Transport};
use crate::dns::Record;
use crate::model::{
    Balance, Client, CreditApplied, CreditLogEntry, EstimateDetail, EstimateSummary, InvoiceDetail,
    InvoiceSummary, Notification, PaymentMethod, ServiceActions, ServiceDetail, ServiceSummary,
    TicketSummary, VoucherRedeemed, Zone, ZoneSummary,
};
use crate::model::{Capabilities, Dialect};
use crate::percent::encode_component;
use rust_decimal::Decimal;
use serde_json::Value;

mod account;
mod boxbilling;
mod boxbilling_cart;
mod boxbilling_domain;
mod kdata;
mod ordering;
mod tickets;
mod vms;
pub use ordering::UpgradeRequest;
pub use vms::NewVm;

/// The portal client; cheap to clone.
pub struct ApiClient<P: Platform> {
    transport: Transport<P>,
    /// The account currency, for billing systems whose answers do not name it.
    currency: std::rc::Rc<str>,
    /// SolusVM templates named by the reseller (BoxBilling cannot list them).
    vm_templates: std::rc::Rc<[crate::model::VmTemplate]>,
}

impl<P: Platform> Clone for ApiClient<P> {
    fn clone(&self) -> Self {
        ApiClient {
            transport: self.transport.clone(),
            currency: self.currency.clone(),
            vm_templates: self.vm_templates.clone(),
        }
    }
}

impl<P: Platform> ApiClient<P> {
    /// A client for the API at `base`.
    pub fn new(base: &str, dialect: Dialect, platform: P) -> Self {
        ApiClient {
            transport: Transport::new(base, dialect, platform),
            currency: "USD".into(),
            vm_templates: std::rc::Rc::new([]),
        }
    }

    /// Sets the SolusVM templates a server can be rebuilt with, for billing systems that cannot
    /// list them (BoxBilling).
    pub fn with_vm_templates(mut self, templates: Vec<crate::model::VmTemplate>) -> Self {
        self.vm_templates = templates.into();
        self
    }

    /// Sets the account currency used where the billing system does not name it.
    pub fn with_currency(mut self, code: &str) -> Self {
        self.currency = code.into();
        self
    }

    fn dialect(&self) -> Dialect {
        self.transport.dialect()
    }

    /// Refuses, without a request, a call only HostBill's API has.
    fn hostbill_only(&self) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => Ok(()),
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// What this backend supports.
    pub fn capabilities(&self) -> Capabilities {
        self.transport.dialect().capabilities()
    }

    /// Whether a session is stored (it may still need a refresh).
    pub fn has_session(&self) -> bool {
        self.transport.platform().load_session().is_some()
    }

    /// Logs in and stores the pair. Wrong credentials come back as [`ApiError::BadCredentials`].
    pub async fn login(&self, email: &str, password: &str, remember: bool) -> Result<(), ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_login(email, password, remember).await;
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_login(email, password, remember).await;
        }
        let req = Request::with_body(
            Method::Post,
            "/login",
            hostbill::login_body(email, password, remember),
        )
        .anonymous();
        let value = self.transport.send(req).await.map_err(|e| match e {
            ApiError::Portal { status, messages }
                if (400..500).contains(&status) && status != 429 =>
            {
                ApiError::BadCredentials(messages)
            }
            other => other,
        })?;
        let pair = hostbill::token_pair(&value)?;
        self.transport
            .start_session(pair.token, pair.refresh, remember, None, email);
        Ok(())
    }

    /// Logs out: forgets the session here and in every tab at once, then tells the portal
    /// best-effort (`/logout`, `/revoke`), which may fail offline without consequence.
    pub async fn logout(&self) {
        let stored = self.transport.platform().load_session();
        self.transport.end_session();
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_logout().await;
        }
        // Kdata's wrapper has no logout call: its token simply stops being used.
        if let Some(s) = stored {
            self.transport.revoke(&s).await;
        }
    }

    /// Asks the portal to e-mail a password reset link.
    pub async fn forgot_password(&self, email: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let req = Request::with_body(
            Method::Post,
            "/password/forgot",
            serde_json::json!({ "email": email }),
        )
        .anonymous();
        self.transport.send(req).await.map(|_| ())
    }

    /// `GET /details`.
    pub async fn client_details(&self) -> Result<Client, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_client().await;
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_client_details();
        }
        hostbill::client(&self.transport.send(Request::get("/details")).await?)
    }

    /// `GET /balance`.
    pub async fn balance(&self) -> Result<Balance, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_balance().await;
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_balance();
        }
        hostbill::balance(&self.transport.send(Request::get("/balance")).await?)
    }

    /// `GET /invoice`: every invoice of the account.
    pub async fn invoices(&self) -> Result<Vec<InvoiceSummary>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_invoices().await;
        }
        self.hostbill_only()?;
        hostbill::invoices_from_text(&self.transport.send_text(Request::get("/invoice")).await?)
    }

    /// `GET /invoice/@id`.
    pub async fn invoice(&self, id: &str) -> Result<InvoiceDetail, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_invoice(id).await;
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_invoice(id).await;
        }
        let path = format!("/invoice/{}", encode_component(id));
        hostbill::invoice_detail(&self.transport.send(Request::get(path)).await?)
    }

    /// `POST /invoice/@id/credit`: applies account credit (the whole balance due when `amount` is
    /// `None`). Moves money: sent once, never retried.
    pub async fn apply_credit(
        &self,
        id: &str,
        amount: Option<Decimal>,
    ) -> Result<CreditApplied, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_apply_credit(id).await;
        }
        let path = format!("/invoice/{}/credit", encode_component(id));
        let body = match amount {
            Some(a) => serde_json::json!({ "amount": a.to_string() }),
            None => serde_json::json!({}),
        };
        hostbill::credit_applied(
            &self
                .transport
                .send(Request::with_body(Method::Post, path, body))
                .await?,
        )
    }

    /// `GET /payment/fees`: the gateways with their fees.
    pub async fn payment_methods(&self) -> Result<Vec<PaymentMethod>, ApiError> {
        // BoxBilling's client API lists no gateways: its invoices are paid on its own pages.
        if self.dialect() == Dialect::Boxbilling {
            return Ok(vec![]);
        }
        self.hostbill_only()?;
        hostbill::payment_methods(&self.transport.send(Request::get("/payment/fees")).await?)
    }

    /// `GET /billing/@invoice_id/pay/@gateway_id`: where to send the customer to pay.
    pub async fn pay_link(&self, invoice_id: &str, gateway_id: &str) -> Result<String, ApiError> {
        self.hostbill_only()?;
        let path = format!(
            "/billing/{}/pay/{}",
            encode_component(invoice_id),
            encode_component(gateway_id)
        );
        hostbill::pay_link(&self.transport.send(Request::get(path)).await?)
    }

    /// `POST /billing/addfunds`: creates a top-up invoice; answers its id. Sent once, never retried.
    pub async fn add_funds(&self, amount: Decimal, gateway_id: &str) -> Result<String, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_funds_invoice(amount).await;
        }
        self.hostbill_only()?;
        let body = serde_json::json!({ "funds": amount.to_string(), "gateway": gateway_id });
        let v = self
            .transport
            .send(Request::with_body(Method::Post, "/billing/addfunds", body))
            .await?;
        hostbill::created_invoice_id(&v)
    }

    /// `POST /invoices/payall`: gathers unpaid invoices (one currency) into one invoice to pay;
    /// answers its id. Sent once, never retried.
    pub async fn pay_all(&self, ids: &[String]) -> Result<String, ApiError> {
        self.hostbill_only()?;
        let body = serde_json::json!({ "selected": ids });
        let v = self
            .transport
            .send(Request::with_body(Method::Post, "/invoices/payall", body))
            .await?;
        hostbill::created_invoice_id(&v)
    }

    /// `GET /invoice/@id/pdf`: the invoice as a PDF.
    pub async fn invoice_pdf(&self, id: &str) -> Result<Vec<u8>, ApiError> {
        self.hostbill_only()?;
        let path = format!("/invoice/{}/pdf", encode_component(id));
        self.transport.send_document(Request::get(path)).await
    }

    /// `GET /billing/creditlogs`: credit movements, newest first.
    pub async fn credit_log(&self) -> Result<Vec<CreditLogEntry>, ApiError> {
        self.hostbill_only()?;
        hostbill::credit_log(
            &self
                .transport
                .send(Request::get("/billing/creditlogs"))
                .await?,
        )
    }

    /// `POST /billing/creditvoucher`: redeems a voucher code. Sent once, never retried.
    pub async fn redeem_voucher(&self, code: &str) -> Result<VoucherRedeemed, ApiError> {
        self.hostbill_only()?;
        let body = serde_json::json!({ "code": code });
        hostbill::voucher_redeemed(
            &self
                .transport
                .send(Request::with_body(
                    Method::Post,
                    "/billing/creditvoucher",
                    body,
                ))
                .await?,
        )
    }

    /// `GET /estimates`.
    /// Drafts are the provider's unfinished work, not the customer's: they are never listed.
    pub async fn estimates(&self) -> Result<Vec<EstimateSummary>, ApiError> {
        self.hostbill_only()?;
        let req = Request::get("/estimates").query("perpage", "500");
        let mut list = hostbill::estimates(&self.transport.send(req).await?)?;
        list.retain(|e| e.status != crate::model::EstimateStatus::Draft);
        Ok(list)
    }

    /// `GET /estimates/@id`.
    pub async fn estimate(&self, id: &str) -> Result<EstimateDetail, ApiError> {
        self.hostbill_only()?;
        let path = format!("/estimates/{}", encode_component(id));
        let e = hostbill::estimate_detail(&self.transport.send(Request::get(path)).await?)?;
        if e.summary.status == crate::model::EstimateStatus::Draft {
            // A draft reached by its address is as good as not there for the customer.
            return Err(ApiError::Portal {
                status: 404,
                messages: Vec::new(),
            });
        }
        Ok(e)
    }

    /// `GET /estimate/@id/pdf`.
    pub async fn estimate_pdf(&self, id: &str) -> Result<Vec<u8>, ApiError> {
        self.hostbill_only()?;
        let path = format!("/estimate/{}/pdf", encode_component(id));
        self.transport.send_document(Request::get(path)).await
    }

    /// `GET /dns`: every zone with its service.
    pub async fn dns_zones(&self) -> Result<Vec<ZoneSummary>, ApiError> {
        self.hostbill_only()?;
        hostbill::zones(&self.transport.send(Request::get("/dns")).await?)
    }

    fn zone_path(service_id: &str, zone_id: &str) -> String {
        format!(
            "/service/{}/dns/{}",
            encode_component(service_id),
            encode_component(zone_id)
        )
    }

    /// `GET /service/@service_id/dns/@zone_id`: the zone with its records.
    pub async fn dns_zone(&self, service_id: &str, zone_id: &str) -> Result<Zone, ApiError> {
        self.hostbill_only()?;
        let req = Request::get(Self::zone_path(service_id, zone_id));
        hostbill::zone_from_text(&self.transport.send_text(req).await?, zone_id)
    }

    /// `POST /service/@service_id/dns` with the zone name (ASCII). Sent once.
    pub async fn create_zone(&self, service_id: &str, name: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = format!("/service/{}/dns", encode_component(service_id));
        let body = serde_json::json!({ "name": name });
        self.transport
            .send(Request::with_body(Method::Post, path, body))
            .await
            .map(|_| ())
    }

    /// `DELETE /service/@service_id/dns/@zone_id`. Sent once.
    pub async fn delete_zone(&self, service_id: &str, zone_id: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let req = Request {
            method: Method::Delete,
            ..Request::get(Self::zone_path(service_id, zone_id))
        };
        self.transport.send(req).await.map(|_| ())
    }

    /// `POST .../records`: adds a record; answers it as stored. Sent once.
    pub async fn add_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record: &Record,
    ) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = format!("{}/records", Self::zone_path(service_id, zone_id));
        self.transport
            .send(Request::with_body(
                Method::Post,
                path,
                hostbill::record_body(record),
            ))
            .await
            .map(|_| ())
    }

    /// `PUT .../records/@record_id`. Sent once.
    pub async fn edit_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record: &Record,
    ) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let id = record.id.as_deref().unwrap_or_default();
        let path = format!(
            "{}/records/{}",
            Self::zone_path(service_id, zone_id),
            encode_component(id)
        );
        self.transport
            .send(Request::with_body(
                Method::Put,
                path,
                hostbill::record_body(record),
            ))
            .await
            .map(|_| ())
    }

    /// `DELETE .../records/@record_id`. Sent once.
    pub async fn delete_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record_id: &str,
    ) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = format!(
            "{}/records/{}",
            Self::zone_path(service_id, zone_id),
            encode_component(record_id)
        );
        let req = Request {
            method: Method::Delete,
            ..Request::get(path)
        };
        self.transport.send(req).await.map(|_| ())
    }

    /// `GET /service/@id`.
    pub async fn service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_service(id).await;
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_service(id).await;
        }
        let path = format!("/service/{}", encode_component(id));
        hostbill::service_detail(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /service/@id/methods`: what the service supports.
    pub async fn service_actions(&self, id: &str) -> Result<ServiceActions, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_service_actions(id).await;
        }
        if self.dialect() == Dialect::Kdata {
            return Ok(self.kdata_service_actions());
        }
        let path = format!("/service/{}/methods", encode_component(id));
        hostbill::service_actions(&self.transport.send(Request::get(path)).await?)
    }

    /// `POST /service/@id/label`. Sent once.
    pub async fn set_service_label(&self, id: &str, label: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = format!("/service/{}/label", encode_component(id));
        let body = serde_json::json!({ "label": label });
        self.transport
            .send(Request::with_body(Method::Post, path, body))
            .await
            .map(|_| ())
    }

    /// `POST /service/@id/cancel` with a reason, now or at the end of the paid period. Sent once.
    pub async fn cancel_service(
        &self,
        id: &str,
        reason: &str,
        immediate: bool,
    ) -> Result<(), ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_cancel(id, reason).await;
        }
        let path = format!("/service/{}/cancel", encode_component(id));
        let body =
            serde_json::json!({ "reason": reason, "immediate": if immediate { "1" } else { "0" } });
        self.transport
            .send(Request::with_body(Method::Post, path, body))
            .await
            .map(|_| ())
    }

    /// `GET /invoices?filter[service]=@id`: the invoices that bill a service (newest first).
    pub async fn service_invoices(&self, id: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        if self.dialect() == Dialect::Kdata {
            return self.kdata_service_invoices(id).await;
        }
        let path = format!(
            "/invoices?perpage=100&filter%5Bservice%5D={}",
            encode_component(id)
        );
        let mut list = hostbill::invoices(&self.transport.send(Request::get(path)).await?)?;
        list.sort_by_key(|i| std::cmp::Reverse(i.date));
        Ok(list)
    }

    /// `GET /service`.
    pub async fn services(&self) -> Result<Vec<ServiceSummary>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_services().await;
        }
        self.hostbill_only()?;
        hostbill::services(&self.transport.send(Request::get("/service")).await?)
    }

    /// `GET /tickets`.
    pub async fn tickets(&self) -> Result<Vec<TicketSummary>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_tickets().await;
        }
        self.hostbill_only()?;
        hostbill::tickets(&self.transport.send(Request::get("/tickets")).await?)
    }

    /// `GET /notifications/new`.
    pub async fn new_notifications(&self) -> Result<Vec<Notification>, ApiError> {
        self.hostbill_only()?;
        hostbill::notifications(
            &self
                .transport
                .send(Request::get("/notifications/new"))
                .await?,
        )
    }

    /// `PUT /notifications/@id/ack`.
    pub async fn acknowledge_notification(&self, id: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = format!(
            "/notifications/{}/ack",
            crate::percent::encode_component(id)
        );
        let req = Request::with_body(Method::Put, path, Value::Object(Default::default()));
        self.transport.send(req).await.map(|_| ())
    }
}
