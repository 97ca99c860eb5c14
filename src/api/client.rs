//! The typed API the pages call: the client itself, and one file per area (`client/*.rs`) with
//! that area's calls for every billing system. Each call matches on the dialect in one place,
//! sends through the one transport and maps the answer with that dialect's decoders (under
//! `api/dialect/`). Pages never see wire JSON. This file keeps the struct, its constructors and
//! the per-dialect request helpers the areas share.

use crate::api::calls;
use crate::api::dialect::boxbilling;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::{Platform, Transport};
use crate::model::{Capabilities, Dialect};
use serde_json::{Value, json};

mod account;
mod affiliate;
mod api_key;
mod auth;
mod billing;
mod certificates;
mod contacts;
mod dns;
mod domains;
mod history;
mod hosting;
mod news;
mod ordering;
mod security;
mod service_extras;
mod services;
mod settings;
mod support;
mod vms;

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

/// Rows asked for per page of a list.
const PER_PAGE: u64 = 100;
/// Pages read at most (10,000 rows).
const MAX_PAGES: u64 = 100;

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

    /// What this backend supports.
    pub fn capabilities(&self) -> Capabilities {
        self.transport.dialect().capabilities()
    }

    fn bb_call(call: calls::Path, params: Value) -> Request {
        Request::with_body(Method::Post, call, params)
    }

    /// A BoxBilling call; its reads (lists, one invoice or order, the profile) are shared
    /// between pages for a moment (see [`Request::shared`]).
    async fn bb(&self, call: calls::Path, params: Value) -> Result<Value, ApiError> {
        let req = Self::bb_call(call, params);
        let req = if boxbilling::is_shared_read(call.0) {
            req.shared()
        } else {
            req
        };
        self.transport.send(req).await
    }

    /// Every row of a paged list call.
    async fn bb_list(&self, call: calls::Path, params: Value) -> Result<Vec<Value>, ApiError> {
        let mut rows = Vec::new();
        let mut page = 1;
        loop {
            let mut p = params.clone();
            p["page"] = json!(page);
            p["per_page"] = json!(PER_PAGE);
            let (list, pages) = boxbilling::page(&self.bb(call, p).await?)?;
            rows.extend(list);
            if page >= pages.min(MAX_PAGES) {
                return Ok(rows);
            }
            page += 1;
        }
    }

    fn bb_currency(&self) -> String {
        self.transport
            .platform()
            .load_profile()
            .map(|p| boxbilling::currency(&p.record))
            .unwrap_or_else(|| self.currency.to_string())
    }

    fn kdata_call(call: calls::Path, fields: Value) -> Request {
        Request::with_body(Method::Post, call, fields).form()
    }

    /// The client record stored at login.
    fn kdata_profile(&self) -> Result<Value, ApiError> {
        self.transport
            .platform()
            .load_profile()
            .map(|p| p.record)
            .ok_or(ApiError::SessionEnded)
    }
}
