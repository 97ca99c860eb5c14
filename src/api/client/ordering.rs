//! Ordering: the catalogue, a product's form, the live quote, placing the cart (HostBill's order,
//! BoxBilling's session cart), plan changes, Kdata's VPS order and accepted quotes.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::boxbilling::catalog;
use crate::api::dialect::hostbill::cart_body;
use crate::api::dialect::{hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::cart::CartItem;
use crate::model::{
    Availability, Category, Dialect, DomainAction, DomainOrder, OrderPlaced, Product,
    ProductConfig, Quote, UpgradeRequest, VpsOrder,
};
use futures::lock::Mutex;
use rust_decimal::Decimal;
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

impl<P: Platform> ApiClient<P> {
    async fn bb_products(&self) -> Result<Vec<Value>, ApiError> {
        self.bb_list(calls::BB_PRODUCTS, json!({})).await
    }

    /// `guest/product/category_get_pairs`: category names by id (the product rows carry only
    /// the id). Read with the products; a portal without the call leaves the names to the rows.
    async fn bb_category_names(&self) -> Value {
        self.bb(calls::BB_CATEGORY_PAIRS, json!({}))
            .await
            .unwrap_or(Value::Null)
    }

    /// The categories of the products on sale.
    async fn bb_categories(&self) -> Result<Vec<Category>, ApiError> {
        let (products, names) = futures::join!(self.bb_products(), self.bb_category_names());
        Ok(catalog::categories(&products?, &names))
    }

    /// How many of the account's currency one unit of the portal's default currency is
    /// (`guest/currency/get`'s `conversion_rate`): BoxBilling lists its catalogue in its default
    /// currency and converts at checkout (`Cart\Service`, FOSSBilling 0.6.22), so a customer
    /// billed in another currency is shown the catalogue converted, never default-currency
    /// figures under their currency's sign.
    async fn bb_rate(&self) -> Result<Decimal, ApiError> {
        let code = self.bb_currency();
        let v = self.bb(calls::BB_CURRENCY, json!({ "code": code })).await?;
        catalog::conversion_rate(&v)
    }

    /// The products of a category, in the account's currency.
    async fn bb_category_products(&self, category: &str) -> Result<Vec<Product>, ApiError> {
        let (products, rate) = futures::join!(self.bb_products(), self.bb_rate());
        let rate = rate?;
        Ok(catalog::products(&products?, category)?
            .into_iter()
            .map(|p| p.converted(rate))
            .collect())
    }

    /// A product's configuration, in the account's currency.
    async fn bb_product_config(&self, id: &str) -> Result<ProductConfig, ApiError> {
        let (products, names, rate) =
            futures::join!(self.bb_products(), self.bb_category_names(), self.bb_rate());
        Ok(catalog::product_config(&products?, &names, id)?.converted(rate?))
    }

    /// Empties the session cart and adds Atrium's items and promo code. Refusals of an item or
    /// of the code are collected (they are the customer's to fix); any other failure stops.
    async fn bb_fill(&self, items: &[CartItem], promo: &str) -> Result<Filled, ApiError> {
        self.bb(calls::BB_CART_RESET, json!({})).await?;
        let mut refused = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match self
                .bb(calls::BB_CART_ADD, catalog::add_item_params(item))
                .await
            {
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
                .bb(calls::BB_CART_PROMO, json!({ "promocode": code }))
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
    async fn bb_quote(&self, items: &[CartItem], promo: &str) -> Result<Quote, ApiError> {
        let lock = CART_FILL.with(Rc::clone);
        let _held = lock.lock().await;
        let filled = self.bb_fill(items, promo).await?;
        let cart = self.bb(calls::BB_CART, json!({})).await?;
        catalog::quote(&cart, &filled.refused, filled.promo_refused, items.len())
    }

    /// Orders Atrium's cart: fills the session cart and checks it out, once. Refused items or
    /// promo code stop before the checkout, with the billing system's words.
    async fn bb_checkout(&self, items: &[CartItem], promo: &str) -> Result<OrderPlaced, ApiError> {
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
        let placed = self.bb(calls::BB_CART_CHECKOUT, json!({})).await?;
        catalog::order_placed(&placed)
    }

    /// Whether a domain can be registered (`guest/servicedomain/check`) or transferred in
    /// (`guest/servicedomain/can_be_transferred`), asked before it is put in the cart. The
    /// portal refuses with its reason ("Domain is not available."), which is the answer; any
    /// other failure is an error. Not cached: a name can be taken at any moment.
    pub async fn domain_availability(&self, order: &DomainOrder) -> Result<Availability, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                let path = match order.action {
                    DomainAction::Register => calls::BB_DOMAIN_CHECK,
                    DomainAction::Transfer => calls::BB_DOMAIN_TRANSFERABLE,
                };
                let asked = self
                    .bb(path, json!({ "sld": order.sld, "tld": order.tld }))
                    .await;
                match asked {
                    Ok(_) => Ok(Availability::Available),
                    Err(e) => match catalog::refusal(&e) {
                        Some(words) => Ok(Availability::Refused(words)),
                        None => Err(e),
                    },
                }
            }
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `api/v1/addorder`: a VPS by package, cycle and OS. Sent once, never retried.
    pub async fn order_vps(&self, order: &VpsOrder) -> Result<OrderPlaced, ApiError> {
        if self.dialect() != Dialect::Kdata {
            return Err(ApiError::Unsupported);
        }
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_ADD_ORDER,
                kdata::order_body(order),
            ))
            .await?;
        kdata::order_placed(&v)
    }

    /// `api/v1/acceptQuote`: turns a quote into an invoice; answers its id when the wrapper
    /// gives it. Sent once.
    pub async fn accept_quote(&self, quote_id: &str) -> Result<Option<String>, ApiError> {
        if self.dialect() != Dialect::Kdata {
            return Err(ApiError::Unsupported);
        }
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_ACCEPT_QUOTE,
                json!({ "quoteid": quote_id }),
            ))
            .await?;
        Ok(kdata::quote_accepted(&v))
    }

    /// `GET /category` (BoxBilling: the categories of `guest/product/get_list`).
    pub async fn categories(&self) -> Result<Vec<Category>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_categories().await,
            Dialect::Hostbill => hostbill::categories(
                &self
                    .transport
                    .send(Request::get(calls::CATEGORIES).shared())
                    .await?,
            ),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /category/@id/product`.
    pub async fn products(&self, category: &str) -> Result<Vec<Product>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_category_products(category).await,
            Dialect::Hostbill => {
                let path = calls::CATEGORY_PRODUCTS.fill(&[category]);
                hostbill::products(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /order/@product_id`.
    pub async fn product_config(&self, product: &str) -> Result<ProductConfig, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_product_config(product).await,
            Dialect::Hostbill => {
                let path = calls::ORDER_PRODUCT.fill(&[product]);
                hostbill::product_config(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /quote` for the cart.
    pub async fn quote(
        &self,
        items: &[CartItem],
        pay_method: Option<&str>,
        promo: &str,
    ) -> Result<Quote, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_quote(items, promo).await,
            Dialect::Hostbill => {
                let body = cart_body(items, pay_method, promo);
                hostbill::quote(
                    &self
                        .transport
                        .send(Request::with_body(Method::Post, calls::QUOTE, body))
                        .await?,
                )
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /order` for the cart; a cart of one product without add-ons goes through
    /// `POST /order/@product_id`, the call documented for ordering one product (BoxBilling: its
    /// session cart checked out). Sent once.
    pub async fn place_order(
        &self,
        items: &[CartItem],
        pay_method: &str,
        promo: &str,
    ) -> Result<OrderPlaced, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_checkout(items, promo).await,
            Dialect::Hostbill => {
                let one = match items {
                    [item] => hostbill::one_product_body(item, pay_method, promo)
                        .map(|body| (calls::ORDER_PRODUCT.fill(&[&item.product_id]), body)),
                    _ => None,
                };
                let (path, body) = one.unwrap_or_else(|| {
                    (
                        calls::ORDER.fill(&[]),
                        cart_body(items, Some(pay_method), promo),
                    )
                });
                hostbill::order_placed(
                    &self
                        .transport
                        .send(Request::with_body(Method::Post, path, body))
                        .await?,
                )
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/upgrade`.
    pub async fn upgrade_options(
        &self,
        service: &str,
    ) -> Result<crate::model::UpgradeOptions, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_UPGRADE.fill(&[service]);
                hostbill::upgrade_options(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
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
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_UPGRADE.fill(&[service]);
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
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@id/upgrade` with `send`: the request, sent once. Answers the invoice to
    /// pay, if one was made.
    pub async fn upgrade_request(
        &self,
        service: &str,
        req: &UpgradeRequest,
    ) -> Result<Option<String>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_UPGRADE.fill(&[service]);
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
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }
}
