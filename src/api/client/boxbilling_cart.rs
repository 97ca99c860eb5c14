//! Ordering on BoxBilling: the catalogue is `guest/product/get_list`; the cart lives on the
//! billing system, in the visitor's session (the cookie the browser keeps), so quoting and
//! checking out both mean filling that cart from Atrium's: `guest/cart/reset`, one
//! `guest/cart/add_item` (with `multiple`) per item, `guest/cart/apply_promo`, then
//! `guest/cart/get` for the price or `client/cart/checkout` to order.
//!
//! Because the cart is shared state on the server, one fill must finish before the next starts
//! (a live quote while the customer is still clicking would otherwise interleave two fills and
//! double the items): every fill holds one lock for the whole sequence.

use super::ApiClient;
use crate::api::dialect::boxbilling::catalog;
use crate::api::error::ApiError;
use crate::api::transport::Platform;
use crate::cart::CartItem;
use crate::model::{Category, OrderPlaced, Product, ProductConfig, Quote};
use futures::lock::Mutex;
use serde_json::{Value, json};
use std::rc::Rc;

thread_local! {
    /// Held while the billing system's cart is being filled (the app has one thread).
    static CART_FILL: Rc<Mutex<()>> = Rc::new(Mutex::new(()));
}

/// How a fill of the session cart went: the items `add_item` refused (by index) and a refused
/// promo code. Nothing refused means the cart matches Atrium's.
struct Filled {
    refused: Vec<(usize, String)>,
    promo_refused: Option<String>,
}

/// `add_item`'s fields for one of Atrium's items: the product, its period, and the domain
/// (as the customer's own domain: Atrium's cart does not register domains on BoxBilling).
fn add_item_params(item: &CartItem) -> Value {
    let mut p = json!({ "id": item.product_id, "multiple": 1 });
    if let Some(period) = catalog::period_of(&item.cycle) {
        p["period"] = json!(period);
    }
    let domain = item.domain.trim().to_ascii_lowercase();
    if let Some((sld, tld)) = domain.split_once('.') {
        p["domain"] = json!({
            "action": "owndomain", "owndomain_sld": sld, "owndomain_tld": format!(".{tld}"),
        });
    }
    p
}

impl<P: Platform> ApiClient<P> {
    async fn bb_products(&self) -> Result<Vec<Value>, ApiError> {
        self.bb_list("/guest/product/get_list", json!({})).await
    }

    /// The categories of the products on sale.
    pub(super) async fn bb_categories(&self) -> Result<Vec<Category>, ApiError> {
        Ok(catalog::categories(&self.bb_products().await?))
    }

    /// The products of a category.
    pub(super) async fn bb_category_products(
        &self,
        category: &str,
    ) -> Result<Vec<Product>, ApiError> {
        catalog::products(&self.bb_products().await?, category)
    }

    /// A product's configuration.
    pub(super) async fn bb_product_config(&self, id: &str) -> Result<ProductConfig, ApiError> {
        catalog::product_config(&self.bb_products().await?, id)
    }

    /// Empties the session cart and adds Atrium's items and promo code. Refusals of an item or
    /// of the code are collected (they are the customer's to fix); any other failure stops.
    async fn bb_fill(&self, items: &[CartItem], promo: &str) -> Result<Filled, ApiError> {
        self.bb("/guest/cart/reset", json!({})).await?;
        let mut refused = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match self.bb("/guest/cart/add_item", add_item_params(item)).await {
                Ok(_) => {}
                Err(e) => match catalog::refusal(&e) {
                    Some(message) => refused.push((i, message)),
                    None => return Err(e),
                },
            }
        }
        let mut promo_refused = None;
        let code = promo.trim();
        if !code.is_empty()
            && refused.len() < items.len()
            && let Err(e) = self
                .bb("/guest/cart/apply_promo", json!({ "promocode": code }))
                .await
        {
            promo_refused = Some(catalog::refusal(&e).ok_or(e)?);
        }
        Ok(Filled {
            refused,
            promo_refused,
        })
    }

    /// The price of Atrium's cart, from the billing system's own cart.
    pub(super) async fn bb_quote(
        &self,
        items: &[CartItem],
        promo: &str,
    ) -> Result<Quote, ApiError> {
        let lock = CART_FILL.with(Rc::clone);
        let _held = lock.lock().await;
        let filled = self.bb_fill(items, promo).await?;
        let cart = self.bb("/guest/cart/get", json!({})).await?;
        catalog::quote(&cart, &filled.refused, filled.promo_refused, items.len())
    }

    /// Orders Atrium's cart: fills the session cart and checks it out, once. Refused items or
    /// promo code stop before the checkout, with the billing system's words.
    pub(super) async fn bb_checkout(
        &self,
        items: &[CartItem],
        promo: &str,
    ) -> Result<OrderPlaced, ApiError> {
        let lock = CART_FILL.with(Rc::clone);
        let _held = lock.lock().await;
        let filled = self.bb_fill(items, promo).await?;
        let mut messages: Vec<String> = filled
            .refused
            .iter()
            .map(|(i, m)| format!("{}: {m}", items[*i].name))
            .collect();
        messages.extend(filled.promo_refused);
        if !messages.is_empty() {
            return Err(ApiError::Portal {
                status: 200,
                messages,
            });
        }
        let placed = self.bb("/client/cart/checkout", json!({})).await?;
        catalog::order_placed(&placed)
    }
}
