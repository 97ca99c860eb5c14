//! The calls of BoxBilling's client API (seed 003). Signing in goes through the guest API
//! (`guest/client/login` sets a session cookie), which then reads the client's API key
//! (`client/profile/api_key_get`, created with `api_key_reset` when there is none); from then on
//! every call carries the key as HTTP Basic `client:<key>`, so it works behind atrium-server's
//! proxy and in every tab without a server session. Lists are read page by page.

use super::ApiClient;
use crate::api::dialect::boxbilling;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::Vm;
use crate::model::{
    Balance, Client, InvoiceDetail, InvoiceStatus, InvoiceSummary, Money, ServiceActions,
    ServiceDetail, ServiceSummary, TicketSummary, Transaction, VmFeatures,
};
use crate::vm::PowerAction;
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// Rows asked for per page of a list.
const PER_PAGE: u64 = 100;
/// Pages read at most (10,000 rows).
const MAX_PAGES: u64 = 100;

impl<P: Platform> ApiClient<P> {
    fn bb_call(path: &str, params: Value) -> Request {
        Request::with_body(Method::Post, path, params)
    }

    pub(super) async fn bb(&self, path: &str, params: Value) -> Result<Value, ApiError> {
        self.transport.send(Self::bb_call(path, params)).await
    }

    /// Every row of a paged list call.
    pub(super) async fn bb_list(&self, path: &str, params: Value) -> Result<Vec<Value>, ApiError> {
        let mut rows = Vec::new();
        let mut page = 1;
        loop {
            let mut p = params.clone();
            p["page"] = json!(page);
            p["per_page"] = json!(PER_PAGE);
            let (list, pages) = boxbilling::page(&self.bb(path, p).await?)?;
            rows.extend(list);
            if page >= pages.min(MAX_PAGES) {
                return Ok(rows);
            }
            page += 1;
        }
    }

    pub(super) async fn bb_login(
        &self,
        email: &str,
        password: &str,
        remember: bool,
    ) -> Result<(), ApiError> {
        let guest = Self::bb_call(
            "/guest/client/login",
            json!({ "email": email, "password": password }),
        )
        .anonymous();
        self.transport.send(guest).await.map_err(|e| match e {
            ApiError::Portal { status, messages } if status != 429 && status < 500 => {
                ApiError::BadCredentials(messages)
            }
            other => other,
        })?;
        // The guest login's session cookie authorises these two reads.
        let cookie = |path: &str| Self::bb_call(path, json!({})).anonymous();
        let mut key = self
            .transport
            .send(cookie("/client/profile/api_key_get"))
            .await?;
        if key.as_str().is_none_or(str::is_empty) {
            key = self
                .transport
                .send(cookie("/client/profile/api_key_reset"))
                .await?;
        }
        let key = key
            .as_str()
            .filter(|k| !k.is_empty())
            .ok_or_else(|| ApiError::Decode("api_key_get: no key".into()))?
            .to_string();
        let profile = self.transport.send(cookie("/client/profile/get")).await?;
        self.transport
            .start_session(key, None, remember, Some(profile.to_string()), email);
        Ok(())
    }

    /// Ends the guest session's cookie too (the API key stays valid until reset, as BoxBilling
    /// designs it); best-effort.
    pub(super) async fn bb_logout(&self) {
        let _ = self
            .transport
            .send(Self::bb_call("/client/profile/logout", json!({})).anonymous())
            .await;
    }

    fn bb_currency(&self) -> String {
        self.transport
            .platform()
            .load_session()
            .and_then(|s| s.profile)
            .and_then(|p| serde_json::from_str::<Value>(&p).ok())
            .map(|p| boxbilling::currency(&p))
            .unwrap_or_else(|| self.currency.to_string())
    }

    pub(super) async fn bb_client(&self) -> Result<Client, ApiError> {
        boxbilling::client(&self.bb("/client/profile/get", json!({})).await?)
    }

    /// Credit: the sum of the balance entries; owed: the unpaid invoices in the account currency.
    pub(super) async fn bb_balance(&self) -> Result<Balance, ApiError> {
        let currency = self.bb_currency();
        let entries = self
            .bb_list("/client/client/balance_get_list", json!({}))
            .await?;
        let credit = boxbilling::credit(&entries)?;
        // Only the unpaid invoices (BoxBilling filters by `status`); the status is checked again
        // in case a billing system ignores the filter.
        let unpaid = self
            .bb_list("/client/invoice/get_list", json!({ "status": "unpaid" }))
            .await?;
        let owed = unpaid
            .iter()
            .map(boxbilling::invoice_summary)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|i| i.status == InvoiceStatus::Unpaid && i.total.currency == currency)
            .fold(Decimal::ZERO, |sum, i| sum + i.total.amount);
        Ok(Balance {
            outstanding: Money::new(owed, &currency),
            credit: Money::new(credit, &currency),
        })
    }

    pub(super) async fn bb_invoices(&self) -> Result<Vec<InvoiceSummary>, ApiError> {
        self.bb_list("/client/invoice/get_list", json!({}))
            .await?
            .iter()
            .map(boxbilling::invoice_summary)
            .collect()
    }

    pub(super) async fn bb_invoice(&self, hash: &str) -> Result<InvoiceDetail, ApiError> {
        boxbilling::invoice_detail(
            &self
                .bb("/client/invoice/get", json!({ "hash": hash }))
                .await?,
        )
    }

    pub(super) async fn bb_services(&self) -> Result<Vec<ServiceSummary>, ApiError> {
        self.bb_list("/client/order/get_list", json!({}))
            .await?
            .iter()
            .map(boxbilling::order)
            .collect()
    }

    pub(super) async fn bb_service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        boxbilling::order_detail(&self.bb("/client/order/get", json!({ "id": id })).await?)
    }

    /// A SolusVM order offers boot, shutdown and reboot; nothing else is the customer's here.
    pub(super) async fn bb_service_actions(&self, id: &str) -> Result<ServiceActions, ApiError> {
        let order = self.bb("/client/order/get", json!({ "id": id })).await?;
        let solusvm = boxbilling::is_solusvm(&order);
        Ok(ServiceActions {
            vms: solusvm,
            // An active domain order: BoxBilling refuses the domain calls before activation.
            domain: boxbilling::is_active_domain(&order),
            vm: VmFeatures {
                power: if solusvm {
                    vec!["start".into(), "shutdown".into(), "reboot".into()]
                } else {
                    vec![]
                },
                set_password: solusvm,
                hostname: solusvm,
                panel_password: solusvm,
                rebuild: solusvm && !self.vm_templates.is_empty(),
                ..VmFeatures::default()
            },
            ..ServiceActions::default()
        })
    }

    pub(super) async fn bb_tickets(&self) -> Result<Vec<TicketSummary>, ApiError> {
        Ok(self
            .bb_list("/client/support/ticket_get_list", json!({}))
            .await?
            .iter()
            .map(boxbilling::ticket)
            .collect())
    }

    pub(super) async fn bb_ticket(&self, id: &str) -> Result<crate::model::TicketDetail, ApiError> {
        boxbilling::ticket_detail(
            &self
                .bb("/client/support/ticket_get", json!({ "id": id }))
                .await?,
        )
    }

    pub(super) async fn bb_helpdesks(&self) -> Result<Vec<crate::model::Department>, ApiError> {
        Ok(boxbilling::helpdesks(
            &self
                .bb("/client/support/helpdesk_get_pairs", json!({}))
                .await?,
        ))
    }

    /// `ticket_create` with `helpdesk_id`, `subject`, `content`: answers the ticket id.
    pub(super) async fn bb_open_ticket(
        &self,
        helpdesk: &str,
        subject: &str,
        content: &str,
    ) -> Result<String, ApiError> {
        let v = self
            .bb(
                "/client/support/ticket_create",
                json!({ "helpdesk_id": helpdesk, "subject": subject, "content": content }),
            )
            .await?;
        match v {
            Value::Number(n) => Ok(n.to_string()),
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            other => Err(ApiError::Decode(format!("ticket_create: {other}"))),
        }
    }

    pub(super) async fn bb_reply_ticket(&self, id: &str, content: &str) -> Result<(), ApiError> {
        self.bb(
            "/client/support/ticket_reply",
            json!({ "id": id, "content": content }),
        )
        .await
        .map(|_| ())
    }

    /// `ticket_close`; BoxBilling's client API cannot re-open (the capability says so).
    pub(super) async fn bb_close_ticket(&self, id: &str, closed: bool) -> Result<(), ApiError> {
        if !closed {
            return Err(ApiError::Unsupported);
        }
        self.bb("/client/support/ticket_close", json!({ "id": id }))
            .await
            .map(|_| ())
    }

    /// The order's one virtual server: `servicesolusvm/info` and `status`.
    pub(super) async fn bb_vm(&self, order: &str) -> Result<Vm, ApiError> {
        let params = json!({ "order_id": order });
        let (info, status) = futures::join!(
            self.bb("/client/servicesolusvm/info", params.clone()),
            self.bb("/client/servicesolusvm/status", params.clone())
        );
        let status = status?;
        Ok(boxbilling::vm(
            order,
            &info?,
            status.as_str().unwrap_or_default(),
        ))
    }

    /// `invoice/funds_invoice`: a top-up invoice; answers its hash. Sent once.
    pub(super) async fn bb_funds_invoice(&self, amount: Decimal) -> Result<String, ApiError> {
        let v = self
            .bb(
                "/client/invoice/funds_invoice",
                json!({ "amount": amount.to_string() }),
            )
            .await?;
        v.as_str()
            .filter(|h| !h.is_empty())
            .map(String::from)
            .ok_or_else(|| ApiError::Decode("funds_invoice: no hash".into()))
    }

    /// `invoice/renewal_invoice`: an invoice for an order's next period; answers its hash.
    /// Sent once.
    pub async fn renewal_invoice(&self, order: &str) -> Result<String, ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        let v = self
            .bb(
                "/client/invoice/renewal_invoice",
                json!({ "order_id": order }),
            )
            .await?;
        v.as_str()
            .filter(|h| !h.is_empty())
            .map(String::from)
            .ok_or_else(|| ApiError::Decode("renewal_invoice: no hash".into()))
    }

    /// `invoice/delete` of an unpaid invoice. Sent once.
    pub async fn delete_invoice(&self, hash: &str) -> Result<(), ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb("/client/invoice/delete", json!({ "hash": hash }))
            .await
            .map(|_| ())
    }

    /// `invoice/transaction_get_list`: the payments received, newest first.
    pub async fn transactions(&self) -> Result<Vec<Transaction>, ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        let mut list = self
            .bb_list("/client/invoice/transaction_get_list", json!({}))
            .await?
            .iter()
            .map(boxbilling::transaction)
            .collect::<Result<Vec<_>, _>>()?;
        list.sort_by_key(|t| std::cmp::Reverse(t.date));
        Ok(list)
    }

    /// `order/addons` and `order/upgradables` of an order: its add-on orders and the products it
    /// can move to (read-only: BoxBilling's client API lists upgrades without requesting one).
    pub async fn order_extras(
        &self,
        order: &str,
    ) -> Result<(Vec<ServiceSummary>, Vec<(String, String)>), ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        let params = json!({ "id": order });
        let (addons, upgrades) = futures::join!(
            self.bb("/client/order/addons", params.clone()),
            self.bb("/client/order/upgradables", params.clone())
        );
        let addons = match addons? {
            Value::Array(a) => a.iter().map(boxbilling::order).collect::<Result<_, _>>()?,
            _ => vec![],
        };
        Ok((addons, boxbilling::upgradables(&upgrades?)))
    }

    /// `servicesolusvm/set_hostname`. Sent once.
    pub async fn vm_set_hostname(&self, order: &str, hostname: &str) -> Result<(), ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            "/client/servicesolusvm/set_hostname",
            json!({ "order_id": order, "hostname": hostname }),
        )
        .await
        .map(|_| ())
    }

    /// `servicesolusvm/set_root_password` with the customer's password. Sent once; the
    /// password is in the request body only, never in a URL or a log.
    pub async fn vm_set_root_password(&self, order: &str, password: &str) -> Result<(), ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            "/client/servicesolusvm/set_root_password",
            json!({ "order_id": order, "password": password }),
        )
        .await
        .map(|_| ())
    }

    /// `client/servicesolusvm/change_password`: the SolusVM control panel login's password.
    /// Sent once.
    pub async fn vm_set_panel_password(&self, order: &str, password: &str) -> Result<(), ApiError> {
        if self.dialect() != crate::model::Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            "/client/servicesolusvm/change_password",
            json!({ "order_id": order, "password": password }),
        )
        .await
        .map(|_| ())
    }

    /// `client/servicesolusvm/rebuild` with a SolusVM template identifier. Sent once.
    pub(super) async fn bb_rebuild(&self, order: &str, template: &str) -> Result<(), ApiError> {
        self.bb(
            "/client/servicesolusvm/rebuild",
            json!({ "order_id": order, "template": template }),
        )
        .await
        .map(|_| ())
    }

    /// Boot, shutdown or reboot (the actions SolusVM's client module has). Sent once.
    pub(super) async fn bb_power(&self, order: &str, action: PowerAction) -> Result<(), ApiError> {
        let method = match action {
            PowerAction::Start => "boot",
            PowerAction::Shutdown | PowerAction::Stop => "shutdown",
            PowerAction::Reboot | PowerAction::Reset => "reboot",
            PowerAction::Rescue | PowerAction::Unrescue => return Err(ApiError::Unsupported),
        };
        self.bb(
            &format!("/client/servicesolusvm/{method}"),
            json!({ "order_id": order }),
        )
        .await
        .map(|_| ())
    }
}
