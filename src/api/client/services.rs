//! Services: the list, one service's details and actions, its label, cancellation, and the
//! registrar controls of a domain (BoxBilling).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::boxbilling;
use crate::api::dialect::boxbilling::domain as wire;
use crate::api::dialect::{hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{
    Dialect, DomainContact, DomainDetail, ServiceActions, ServiceDetail, ServiceSummary, VmFeatures,
};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// `GET /service/@id`.
    pub async fn service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_service(id).await,
            Dialect::Boxbilling => self.bb_service(id).await,
            Dialect::Hostbill => {
                let path = calls::SERVICE.fill(&[id]);
                hostbill::service_detail(&self.transport.send(Request::get(path)).await?)
            }
        }
    }

    /// `GET /service/@id/methods`: what the service supports.
    pub async fn service_actions(&self, id: &str) -> Result<ServiceActions, ApiError> {
        match self.dialect() {
            Dialect::Kdata => Ok(self.kdata_service_actions()),
            Dialect::Boxbilling => self.bb_service_actions(id).await,
            Dialect::Hostbill => {
                let path = calls::SERVICE_METHODS.fill(&[id]);
                hostbill::service_actions(&self.transport.send(Request::get(path)).await?)
            }
        }
    }

    /// `GET /service/@id/label`: the label as the portal holds it now (read again before a
    /// change is saved, so a label changed elsewhere meanwhile is not overwritten unseen).
    pub async fn service_label(&self, id: &str) -> Result<Option<String>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_LABEL.fill(&[id]);
                hostbill::service_label(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@id/label`. Sent once.
    pub async fn set_service_label(&self, id: &str, label: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_LABEL.fill(&[id]);
                let body = serde_json::json!({ "label": label });
                self.transport
                    .send(Request::with_body(Method::Post, path, body))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@id/cancel` with a reason, now or at the end of the paid period. Sent once.
    pub async fn cancel_service(
        &self,
        id: &str,
        reason: &str,
        immediate: bool,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_cancel(id, reason).await,
            Dialect::Boxbilling => Err(ApiError::Unsupported),
            Dialect::Hostbill => {
                let path = calls::SERVICE_CANCEL.fill(&[id]);
                let body = serde_json::json!({ "reason": reason, "immediate": if immediate { "1" } else { "0" } });
                self.transport
                    .send(Request::with_body(Method::Post, path, body))
                    .await
                    .map(|_| ())
            }
        }
    }

    /// `GET /service`.
    pub async fn services(&self) -> Result<Vec<ServiceSummary>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_services().await,
            Dialect::Hostbill => hostbill::services(
                &self
                    .transport
                    .send(Request::get(calls::SERVICES).shared())
                    .await?,
            ),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// The services still running or suspended, for the dashboard's counts: HostBill asks
    /// `GET /services/0` with its filters hiding terminated, cancelled and fraud services, so an
    /// account with years of closed services does not fetch them all; the others read the list.
    pub async fn live_services(&self) -> Result<Vec<ServiceSummary>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let request = Request::get(calls::SERVICES_IN_CATEGORY.fill(&["0"]))
                    .query("filter[hide_terminated]", "1")
                    .query("filter[hide_cancelled]", "1")
                    .query("filter[hide_fraud]", "1")
                    .shared();
                hostbill::services_in_category(&self.transport.send(request).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => self.services().await,
        }
    }

    /// `GET /clientarea/search/@query` (HostBill): the ids of the services the portal finds for
    /// `query` (it also matches what the list does not show: addresses, user names, labels).
    /// A search is a read: shared, retried, cancelled with the page.
    pub async fn search_services(&self, query: &str) -> Result<Vec<String>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::CLIENTAREA_SEARCH.fill(&[query]);
                let answer = self.transport.send(Request::get(path).shared()).await?;
                Ok(hostbill::service_search_ids(&answer))
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    async fn bb_services(&self) -> Result<Vec<ServiceSummary>, ApiError> {
        self.bb_list(calls::BB_ORDER_LIST, json!({}))
            .await?
            .iter()
            .map(boxbilling::order)
            .collect()
    }

    async fn bb_service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        let order = self.bb(calls::BB_ORDER, json!({ "id": id })).await?;
        let mut detail = boxbilling::order_detail(&order)?;
        // A domain order's expiry is the registrar's (`order/service`), not the order's (null).
        if boxbilling::is_active_domain(&order) && detail.summary.next_due.is_none() {
            let registrar = self
                .bb(calls::BB_ORDER_SERVICE, json!({ "id": id }))
                .await?;
            detail.summary.next_due = wire::domain(&registrar)?.expires;
        }
        Ok(detail)
    }

    /// A SolusVM order offers boot, shutdown and reboot; nothing else is the customer's here.
    async fn bb_service_actions(&self, id: &str) -> Result<ServiceActions, ApiError> {
        let order = self.bb(calls::BB_ORDER, json!({ "id": id })).await?;
        let solusvm = boxbilling::is_solusvm(&order);
        Ok(ServiceActions {
            vms: solusvm,
            // An active domain order: BoxBilling refuses the domain calls before activation.
            domain: boxbilling::is_active_domain(&order),
            hosting: boxbilling::hosting::is_active_hosting(&order),
            licence: boxbilling::licence::is_active_licence(&order),
            delete: boxbilling::awaits_setup(&order),
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

    /// `order/delete`: an order awaiting or failing setup is withdrawn (BoxBilling refuses any
    /// other). Sent once.
    pub async fn delete_order(&self, order: &str) -> Result<(), ApiError> {
        self.bb_only()?;
        self.bb(calls::BB_ORDER_DELETE, json!({ "id": order }))
            .await
            .map(|_| ())
    }

    /// `order/addons` and `order/upgradables` of an order: its add-on orders and the products it
    /// can move to (read-only: BoxBilling's client API lists upgrades without requesting one).
    pub async fn order_extras(
        &self,
        order: &str,
    ) -> Result<(Vec<ServiceSummary>, Vec<(String, String)>), ApiError> {
        if self.dialect() != Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        let params = json!({ "id": order });
        let (addons, upgrades) = futures::join!(
            self.bb(calls::BB_ORDER_ADDONS, params.clone()),
            self.bb(calls::BB_ORDER_UPGRADABLES, params.clone())
        );
        let addons = match addons? {
            Value::Array(a) => a.iter().map(boxbilling::order).collect::<Result<_, _>>()?,
            _ => vec![],
        };
        Ok((addons, boxbilling::upgradables(&upgrades?)))
    }

    pub(super) fn bb_only(&self) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(()),
            _ => Err(ApiError::Unsupported),
        }
    }

    /// A BoxBilling call about one of the client's orders (`order_id`): a domain's or a hosting
    /// account's.
    pub(super) async fn bb_order_call(
        &self,
        call: calls::Path,
        mut params: serde_json::Value,
        order: &str,
    ) -> Result<serde_json::Value, ApiError> {
        self.bb_only()?;
        params["order_id"] = json!(order);
        self.bb(call, params).await
    }

    /// `client/order/service`: the domain's name servers, lock, privacy and contact.
    pub async fn domain(&self, order: &str) -> Result<DomainDetail, ApiError> {
        self.bb_only()?;
        wire::domain(
            &self
                .bb(calls::BB_ORDER_SERVICE, json!({ "id": order }))
                .await?,
        )
    }

    /// `update_nameservers` with `ns1`..`ns4` (two to four, checked by the page first).
    pub async fn set_nameservers(&self, order: &str, servers: &[String]) -> Result<(), ApiError> {
        let mut params = json!({});
        for (i, ns) in servers.iter().take(4).enumerate() {
            params[format!("ns{}", i + 1)] = json!(ns);
        }
        self.bb_order_call(calls::BB_DOMAIN_NAMESERVERS, params, order)
            .await
            .map(|_| ())
    }

    /// `lock` or `unlock`.
    pub async fn set_domain_lock(&self, order: &str, locked: bool) -> Result<(), ApiError> {
        let call = if locked {
            calls::BB_DOMAIN_LOCK
        } else {
            calls::BB_DOMAIN_UNLOCK
        };
        self.bb_order_call(call, json!({}), order).await.map(|_| ())
    }

    /// `enable_privacy_protection` or `disable_privacy_protection`.
    pub async fn set_domain_privacy(&self, order: &str, on: bool) -> Result<(), ApiError> {
        let call = if on {
            calls::BB_DOMAIN_PRIVACY_ON
        } else {
            calls::BB_DOMAIN_PRIVACY_OFF
        };
        self.bb_order_call(call, json!({}), order).await.map(|_| ())
    }

    /// `get_transfer_code`: the code the next registrar asks for; `None` when the registrar
    /// gives none (FOSSBilling's Custom registrar answers `""`).
    pub async fn domain_transfer_code(&self, order: &str) -> Result<Option<String>, ApiError> {
        wire::transfer_code(
            &self
                .bb_order_call(calls::BB_DOMAIN_TRANSFER_CODE, json!({}), order)
                .await?,
        )
    }

    /// `update_contacts` with the whole registrant contact.
    pub async fn set_domain_contact(
        &self,
        order: &str,
        contact: &DomainContact,
    ) -> Result<(), ApiError> {
        self.bb_order_call(
            calls::BB_DOMAIN_CONTACTS,
            json!({ "contact": wire::contact_params(contact) }),
            order,
        )
        .await
        .map(|_| ())
    }

    async fn kdata_service(&self, id: &str) -> Result<ServiceDetail, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_PRODUCT,
                json!({ "serviceid": id }),
            ))
            .await?;
        kdata::service_detail(&v)
    }

    /// What a Kdata service offers: a cancellation request, nothing else.
    fn kdata_service_actions(&self) -> ServiceActions {
        ServiceActions {
            cancel: true,
            ..ServiceActions::default()
        }
    }

    /// `cancelrequest` with a reason (the wrapper has no "immediately" choice). Sent once.
    async fn kdata_cancel(&self, id: &str, reason: &str) -> Result<(), ApiError> {
        self.transport
            .send(Self::kdata_call(
                calls::KDATA_CANCEL,
                json!({ "serviceid": id, "reason": reason }),
            ))
            .await
            .map(|_| ())
    }
}
