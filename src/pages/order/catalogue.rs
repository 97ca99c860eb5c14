//! `/order?category=ID`: the categories as tabs (kept in the URL) and each product with its
//! description, stock and price per cycle in words, linking to its configuration.

use super::cycle_words;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::model::{Money, Product, Stock};
use crate::pages::order::order_words::OrderWord;
use crate::routes::Page;
use crate::state::cart::use_cart;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The page.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let cart = use_cart();
    let query = use_query_map();
    let categories = read(move || {
        let api = session.api_for_read();
        async move {
            let (c, b) = futures::join!(api.categories(), api.balance());
            Ok::<_, ApiError>((c?, b?.credit.currency))
        }
    });
    let chosen = Memo::new(move |_| query.with(|q| q.get("category")));
    let count = move || cart.items.with(Vec::len) as i64;
    view! {
        <div class="page__head">
            <h1 class="page__title">{tw(OrderWord::OrderTitle)}</h1>
            <div class="page__actions">
                {crate::state::brand::use_config().backend.capabilities().domain_search.then(|| view! {
                    <a class="button button--secondary" href=Page::DomainSearch.href()>{tw(super::domain_search_words::SearchWord::FindLink)}</a>
                })}
                <a class="button button--secondary" href=Page::Cart.href()>{move || prefs.w_n(OrderWord::ViewCart, count())}</a>
            </div>
        </div>
        <AsyncView resource=categories let:d skeleton_lines=4>
            {
                let (list, currency) = d;
                let first = list.first().map(|c| c.id.clone()).unwrap_or_default();
                let current = Memo::new(move |_| chosen.get().unwrap_or_else(|| first.clone()));
                view! {
                    <nav class="tabs" aria-label=move || prefs.w(OrderWord::OrderTitle)>
                        {list.into_iter().map(|c| {
                            let id = c.id.clone();
                            view! { <a class="tabs__tab" href=Page::Order.with_query(&[("category", &c.id.to_string())])
                                aria-current=move || (current.get() == id).then_some("page")>{c.name.clone()}</a> }
                        }).collect_view()}
                    </nav>
                    {move || view! { <ProductGrid category=current.get() currency=currency.clone()/> }}
                }
            }
        </AsyncView>
    }
}

#[component]
fn ProductGrid(category: String, currency: String) -> impl IntoView {
    let session = use_session();
    let products = read(move || {
        let api = session.api_for_read();
        let category = category.clone();
        async move { api.products(&category).await }
    });
    view! {
        <AsyncView resource=products let:list skeleton_lines=4>
            {
                let currency = currency.clone();
                if list.is_empty() {
                    view! { <p class="muted">{tw(OrderWord::NoProducts)}</p> }.into_any()
                } else {
                    view! { <div class="card-grid">{list.into_iter().map(|p| view! { <ProductCard product=p currency=currency.clone()/> }).collect_view()}</div> }.into_any()
                }
            }
        </AsyncView>
    }
}

#[component]
fn ProductCard(product: Product, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let available = product.available();
    let title_id = format!("product-{}", product.id);
    let labelled = title_id.clone();
    let stock = match product.stock {
        Stock::Left(0) => Some(prefs.w(OrderWord::SoldOut).to_string()),
        Stock::Left(n) => Some(prefs.w(OrderWord::StockLeft).replace("{n}", &n.to_string())),
        Stock::Unlimited => None,
    };
    view! {
        <article class="card product" aria-labelledby=labelled>
            <h2 id=title_id>{product.name.clone()}</h2>
            <p class="product__description">{product.description.clone()}</p>
            {stock.map(|s| view! { <p class=if available { "chip" } else { "badge badge--danger" }>{s}</p> })}
            <ul class="product__prices">
                {product.cycles.iter().map(|c| {
                    let (code, price, currency) = (c.cycle.code().to_string(), c.price, currency.clone());
                    view! { <li>{move || format!("{} {}", Money::new(price, &currency).format(prefs.lang.get().number_style()), cycle_words(prefs, &code))}</li> }
                }).collect_view()}
                // A domain product: each extension with its yearly registration price, or its
                // transfer price where it can only be transferred in.
                {product.tlds.iter().map(|t| {
                    let (tld, currency) = (t.tld.clone(), currency.clone());
                    let (msg, price) = match (t.register, t.transfer) {
                        (Some(p), _) => (OrderWord::PricePerYear, p),
                        (None, p) => (OrderWord::DomainTransferPrice, p.unwrap_or_default()),
                    };
                    view! { <li>{move || format!("{tld} — {}", prefs.w(msg).replace("{price}", &Money::new(price, &currency).format(prefs.lang.get().number_style())))}</li> }
                }).collect_view()}
            </ul>
            {if available {
                view! { <a class="button button--primary" href=Page::Configure(&product.id.to_string()).href()>{tw(OrderWord::Configure)}" "<span class="visually-hidden">{product.name.clone()}</span></a> }.into_any()
            } else {
                view! { <span class="button button--secondary" aria-disabled="true">{tw(OrderWord::SoldOut)}</span> }.into_any()
            }}
        </article>
    }
}
