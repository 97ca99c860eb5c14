//! HostBill domains (seed 002): finding a name to register (the extensions suggested and on
//! sale, and the bulk search), and a registered domain's automatic renewal and DNSSEC keys.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::domains as wire;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::domain_search::{DomainQuery, SaleTld, SearchResult};

impl<P: Platform> ApiClient<P> {
    /// `GET /domain/suggestion`: the extensions a name is tried under.
    pub async fn domain_suggestions(&self) -> Result<Vec<String>, ApiError> {
        self.hostbill_only()?;
        wire::suggested_tlds(
            &self
                .transport
                .send(Request::get(calls::DOMAIN_SUGGESTION))
                .await?,
        )
    }

    /// `GET /domain/sale`: the extensions on sale.
    pub async fn domains_on_sale(&self) -> Result<Vec<SaleTld>, ApiError> {
        self.hostbill_only()?;
        wire::sale_tlds(
            &self
                .transport
                .send(Request::get(calls::DOMAIN_SALE))
                .await?,
        )
    }

    /// `POST /domain/bulksearch`: whether the name can be had under each extension. It changes
    /// nothing, but is not cached: a name can be taken at any moment.
    pub async fn search_domains(&self, query: &DomainQuery) -> Result<Vec<SearchResult>, ApiError> {
        self.hostbill_only()?;
        let mut req = Request::with_body(
            Method::Post,
            calls::DOMAIN_BULKSEARCH,
            wire::search_body(query),
        );
        req.read = true;
        wire::search_results(&self.transport.send(req).await?)
    }

    /// `PUT /domain/@id/autorenew`: switches the automatic renewal on or off. Sent once; the
    /// page reads the domain again to show where the portal left it.
    pub async fn set_autorenew(&self, domain: &str, on: bool) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = calls::DOMAIN_AUTORENEW.fill(&[domain]);
        self.transport
            .send(Request::with_body(
                Method::Put,
                path,
                wire::autorenew_body(on),
            ))
            .await?;
        Ok(())
    }

    /// `DELETE /domain/@id/dnssec/@key`. Sent once.
    pub async fn remove_dnssec_key(&self, domain: &str, key: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        let path = calls::DOMAIN_DNSSEC_KEY.fill(&[domain, key]);
        self.transport
            .send(Request {
                method: Method::Delete,
                ..Request::get(path)
            })
            .await?;
        Ok(())
    }
}
