//! Catalogue, quotes and orders. A quote is a read (it changes nothing) but goes by POST; an
//! order is sent once and never retried: after a lost answer the page looks for the order
//! among the invoices before offering to try again.

use super::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::cart::CartItem;
use crate::cart::body::cart_body;
use crate::model::Dialect;
use crate::model::{Category, OrderPlaced, Product, ProductConfig, Quote};
use crate::percent::encode_component;

impl<P: Platform> ApiClient<P> {
    /// `GET /category` (BoxBilling: the categories of `guest/product/get_list`).
    pub async fn categories(&self) -> Result<Vec<Category>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_categories().await;
        }
        self.hostbill_only()?;
        hostbill::categories(&self.transport.send(Request::get("/category")).await?)
    }

    /// `GET /category/@id/product`.
    pub async fn products(&self, category: &str) -> Result<Vec<Product>, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_category_products(category).await;
        }
        self.hostbill_only()?;
        let path = format!("/category/{}/product", encode_component(category));
        hostbill::products(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /order/@product_id`.
    pub async fn product_config(&self, product: &str) -> Result<ProductConfig, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_product_config(product).await;
        }
        self.hostbill_only()?;
        let path = format!("/order/{}", encode_component(product));
        hostbill::product_config(&self.transport.send(Request::get(path)).await?)
    }

    /// `POST /quote` for the cart.
    pub async fn quote(
        &self,
        items: &[CartItem],
        pay_method: Option<&str>,
        promo: &str,
    ) -> Result<Quote, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_quote(items, promo).await;
        }
        self.hostbill_only()?;
        let body = cart_body(items, pay_method, promo);
        hostbill::quote(
            &self
                .transport
                .send(Request::with_body(Method::Post, "/quote", body))
                .await?,
        )
    }

    /// `POST /order` for the cart (BoxBilling: its session cart checked out). Sent once.
    pub async fn place_order(
        &self,
        items: &[CartItem],
        pay_method: &str,
        promo: &str,
    ) -> Result<OrderPlaced, ApiError> {
        if self.dialect() == Dialect::Boxbilling {
            return self.bb_checkout(items, promo).await;
        }
        self.hostbill_only()?;
        let body = cart_body(items, Some(pay_method), promo);
        hostbill::order_placed(
            &self
                .transport
                .send(Request::with_body(Method::Post, "/order", body))
                .await?,
        )
    }
}

/// What an upgrade asks for: a package (or none to keep it) and resource answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpgradeRequest {
    /// New package id.
    pub package: Option<String>,
    /// Resource answers by resource id, in the seed's format: an item id for drop-downs and
    /// radios, a number for sliders and quantities.
    pub resources: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<P: Platform> ApiClient<P> {
    /// `GET /service/@id/upgrade`.
    pub async fn upgrade_options(
        &self,
        service: &str,
    ) -> Result<crate::model::UpgradeOptions, ApiError> {
        self.hostbill_only()?;
        let path = format!("/service/{}/upgrade", encode_component(service));
        hostbill::upgrade_options(&self.transport.send(Request::get(path)).await?)
    }

    fn upgrade_body(req: &UpgradeRequest, send: bool) -> serde_json::Value {
        let mut body = serde_json::json!({ "resources": req.resources, "send": send });
        if let Some(p) = &req.package {
            body["package"] = serde_json::json!(p);
        }
        body
    }

    /// `POST /service/@id/upgrade` without `send`: the estimate only.
    pub async fn upgrade_estimate(
        &self,
        service: &str,
        req: &UpgradeRequest,
    ) -> Result<crate::model::UpgradeEstimate, ApiError> {
        self.hostbill_only()?;
        let path = format!("/service/{}/upgrade", encode_component(service));
        let v = self
            .transport
            .send(Request::with_body(
                Method::Post,
                path,
                Self::upgrade_body(req, false),
            ))
            .await?;
        hostbill::upgrade_estimate(&v)
    }

    /// `POST /service/@id/upgrade` with `send`: the request, sent once. Answers the invoice to
    /// pay, if one was made.
    pub async fn upgrade_request(
        &self,
        service: &str,
        req: &UpgradeRequest,
    ) -> Result<Option<String>, ApiError> {
        self.hostbill_only()?;
        let path = format!("/service/{}/upgrade", encode_component(service));
        let v = self
            .transport
            .send(Request::with_body(
                Method::Post,
                path,
                Self::upgrade_body(req, true),
            ))
            .await?;
        Ok(v.get("invoice_id")
            .and_then(|i| match i {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty() && s != "0"))
    }
}
