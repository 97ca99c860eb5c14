//! Catalogue, quotes and orders. A quote is a read (it changes nothing) but goes by POST; an
//! order is sent once and never retried: after a lost answer the page looks for the order
//! among the invoices before offering to try again.

use super::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::model::{Category, OrderPlaced, Product, ProductConfig, Quote};
use crate::api::transport::{Method, Platform, Request, encode_component};
use crate::cart::CartItem;
use crate::cart::body::cart_body;

impl<P: Platform> ApiClient<P> {
    /// `GET /category`.
    pub async fn categories(&self) -> Result<Vec<Category>, ApiError> {
        hostbill::categories(&self.transport.send(Request::get("/category")).await?)
    }

    /// `GET /category/@id/product`.
    pub async fn products(&self, category: &str) -> Result<Vec<Product>, ApiError> {
        let path = format!("/category/{}/product", encode_component(category));
        hostbill::products(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /order/@product_id`.
    pub async fn product_config(&self, product: &str) -> Result<ProductConfig, ApiError> {
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
        let body = cart_body(items, pay_method, promo);
        hostbill::quote(
            &self
                .transport
                .send(Request::with_body(Method::Post, "/quote", body))
                .await?,
        )
    }

    /// `POST /order` for the cart. Sent once.
    pub async fn place_order(
        &self,
        items: &[CartItem],
        pay_method: &str,
        promo: &str,
    ) -> Result<OrderPlaced, ApiError> {
        let body = cart_body(items, Some(pay_method), promo);
        hostbill::order_placed(
            &self
                .transport
                .send(Request::with_body(Method::Post, "/order", body))
                .await?,
        )
    }
}
