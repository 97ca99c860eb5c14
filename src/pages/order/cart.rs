//! `/cart`: the items (each editable and removable, with the portal's errors beside it), the
//! promo code, the payment method, the reseller's terms (where configured), the live quote, and "Place order": sent once and never
//! retried. If the answer is lost, the page looks for the new invoice before offering to try
//! again; once placed, the cart empties and the invoice's payment page opens.

use super::cycle_words;
use super::live_quote::{LiveQuote, live_quote};
use super::place_order::{Outcome, place_action};
use super::summary::QuoteSummary;
use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::{Money, OrderPlaced};
use crate::pages::order::order_words::OrderWord;
use crate::routes::Page;
use crate::state::cart::use_cart;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The page.
#[component]
pub fn CartPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let cart = use_cart();
    let navigate = use_navigate();
    let setup = read(move || {
        let api = session.api_for_read();
        async move {
            let (methods, balance) = futures::join!(api.payment_methods(), api.balance());
            Ok::<_, ApiError>((methods?, balance?.credit.currency))
        }
    });
    let currency = Signal::derive(move || {
        setup
            .get()
            .and_then(|r| r.ok())
            .map(|d| d.1)
            .unwrap_or_default()
    });
    let pay_method = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let (None, Some(Ok((methods, _)))) = (pay_method.get_untracked(), setup.get()) {
            pay_method.set(methods.first().map(|m| m.id.clone()));
        }
    });
    let live = live_quote(
        Signal::derive(move || cart.items.get()),
        Signal::derive(move || cart.promo.get()),
        Signal::derive(move || pay_method.get()),
    );
    let promo_typed = RwSignal::new(cart.promo.get_untracked());
    let terms_url = crate::state::brand::use_config().terms_url;
    let has_terms = terms_url.is_some();
    let terms_accepted = RwSignal::new(false);
    let terms_missing = RwSignal::new(false);
    let place = place_action(session, cart, pay_method);
    let placing = place.pending();
    let quoted_total = move || live.quote.with_untracked(|q| q.as_ref().map(|q| q.total));
    let paid_total = RwSignal::new(None::<rust_decimal::Decimal>);
    Effect::new(move |_| {
        if let Some(Outcome::Placed(o)) = place.value().get() {
            paid_total.set(quoted_total());
            cart.clear();
            if let Some(id) = o.invoice_id {
                navigate(
                    &Page::invoice_of_order(&id.to_string(), o.order_number.as_deref()),
                    Default::default(),
                );
            }
        }
    });
    let has_errors = move || {
        live.quote.with(|q| {
            q.as_ref()
                .is_some_and(|q| q.items.iter().any(|i| !i.valid || !i.errors.is_empty()))
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if placing.get_untracked() || has_errors() || cart.items.with_untracked(Vec::is_empty) {
            return;
        }
        // The reseller's terms, where configured, are accepted before anything is sent.
        if has_terms && !terms_accepted.get_untracked() {
            terms_missing.set(true);
            return;
        }
        place.dispatch_local(());
    };
    view! {
        <div class="page__head">
            <h1 class="page__title">{tw(OrderWord::CartTitle)}</h1>
            <a class="link" href=Page::Order.href()>{tw(OrderWord::ContinueShopping)}</a>
        </div>
        {move || if let Some(Outcome::Placed(o)) = place.value().get().filter(|o| matches!(o, Outcome::Placed(p) if p.invoice_id.is_none())) {
            view! { <PlacedNothingDue placed=o paid=paid_total.get()/> }.into_any()
        } else if cart.items.with(Vec::is_empty) && place.value().get().is_none() {
            view! { <div class="card"><p>{tw(OrderWord::CartEmpty)}</p><p><a class="link" href=Page::Order.href()>{tw(OrderWord::BrowseCatalogue)}</a></p></div> }.into_any()
        } else {
            view! {
                <div class="order-layout cart-layout">
                    <CartItems live=live currency=currency/>
                    <QuoteSummary live=live currency=currency estimate=Signal::derive(|| None)
                        lines=Signal::derive(move || cart.items.with(|l| l.iter().flat_map(|i| i.lines.clone()).collect::<Vec<_>>()))/>
                    <form class="card form checkout" novalidate on:submit=submit>
                        <div class="form form--inline">
                            <div class="field">
                                <label for="promo">{tw(OrderWord::PromoCode)}</label>
                                <input id="promo" autocomplete="off" bind:value=promo_typed/>
                            </div>
                            <button type="button" class="button button--secondary" on:click=move |_| cart.promo.set(promo_typed.get_untracked().trim().to_string())>{tw(OrderWord::Apply)}</button>
                        </div>
                        // Billing systems whose client API lists no gateways (BoxBilling) take
                        // the payment on their own invoice page: no choice to make here.
                        <div class="field" hidden=move || setup.get().and_then(|r| r.ok()).is_some_and(|(methods, _)| methods.is_empty())>
                            <label for="pay-method">{tr(Msg::PaymentMethod)}</label>
                            <select id="pay-method" prop:value=move || pay_method.get().unwrap_or_default()
                                on:change=move |ev| pay_method.set(Some(event_target_value(&ev)))>
                                {move || setup.get().and_then(|r| r.ok()).map(|(methods, _)| methods.into_iter().map(|m| view! { <option value=m.id.clone()>{m.name.clone()}</option> }).collect_view())}
                            </select>
                            <p class="muted" data-figure="payment-fee">{move || {
                                // The gateway's fee on today's total, worked out as on the payment page.
                                let total = live.quote.get()?.total;
                                let id = pay_method.get()?;
                                let (methods, currency) = setup.get()?.ok()?;
                                let m = methods.into_iter().find(|m| m.id == id)?;
                                let fee = m.fee(&Money::new(total, &currency));
                                (!fee.amount.is_zero()).then(|| format!("{}: {}", prefs.w(OrderWord::PaymentFee), fee.format(prefs.lang.get().number_style())))
                            }}</p>
                        </div>
                        {terms_url.clone().map(|url| view! {
                            <div class="field">
                                <label class="check">
                                    <input type="checkbox" aria-describedby="terms-error" prop:checked=move || terms_accepted.get()
                                        aria-invalid=move || terms_missing.get().to_string()
                                        on:change=move |ev| { terms_accepted.set(event_target_checked(&ev)); terms_missing.set(false); }/>
                                    <span>{tw(OrderWord::AcceptTerms)}" "<a class="link" href=url target="_blank" rel="noopener">{tw(OrderWord::TermsOfService)}</a></span>
                                </label>
                                <p class="field__error" id="terms-error">{move || terms_missing.get().then(|| prefs.w(OrderWord::TermsRequired))}</p>
                            </div>
                        })}
                        {move || has_errors().then(|| view! { <p class="field__error">{tw(OrderWord::FixItemsFirst)}</p> })}
                        <button type="submit" class="button button--primary" disabled=move || placing.get() || has_errors() aria-busy=move || placing.get().to_string()>
                            {move || if placing.get() { prefs.w(OrderWord::PlacingOrder) } else { prefs.w(OrderWord::PlaceOrder) }}
                        </button>
                        {move || match place.value().get() {
                            Some(Outcome::Refused(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                            Some(Outcome::NotPlaced) => Some(view! { <p class="banner banner--info" role="status">{tw(OrderWord::OrderNotPlaced)}</p> }.into_any()),
                            _ => None,
                        }}
                    </form>
                </div>
            }.into_any()
        }}
    }
}

/// The cart's items, each with its lines, the portal's errors for it, and Edit and Remove.
#[component]
fn CartItems(live: LiveQuote, currency: Signal<String>) -> impl IntoView {
    let prefs = use_prefs();
    let cart = use_cart();
    view! {
        <ol class="cart-items">
            {move || cart.items.get().into_iter().enumerate().map(|(i, item)| {
                let errors = move || live.quote.get().and_then(|q| q.items.into_iter().find(|x| x.index == i)).map(|x| x.errors).unwrap_or_default();
                let cycle = cycle_words(prefs, &item.cycle);
                let title_id = format!("cart-item-{i}");
                let labelled = title_id.clone();
                view! {
                    <li class="card cart-item" aria-labelledby=labelled>
                        <h2 id=title_id>{item.name.clone()}</h2>
                        <p class="muted">{cycle}{(!item.domain.is_empty()).then(|| format!(" · {}", item.domain))}</p>
                        <CartItemLines lines=item.lines.clone() currency=currency/>
                        {move || {
                            let list = errors();
                            (!list.is_empty()).then(|| view! { <ul class="field__error" role="alert">{list.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> })
                        }}
                        <div class="cart-item__actions">
                            <a class="button button--secondary button--small" href=Page::Configure(&item.product_id.to_string()).with_query(&[("item", &i.to_string())])>{tr(Msg::Edit)}" "<span class="visually-hidden">{item.name.clone()}</span></a>
                            <button type="button" class="button button--secondary button--small" on:click=move |_| cart.remove(i)>{tw(OrderWord::Remove)}" "<span class="visually-hidden">{item.name.clone()}</span></button>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// An order that left nothing to pay: paid from the account credit (BoxBilling pays a new
/// order's invoice from the balance when it covers it) or free.
#[component]
fn PlacedNothingDue(placed: OrderPlaced, paid: Option<rust_decimal::Decimal>) -> impl IntoView {
    let prefs = use_prefs();
    let number = placed
        .order_number
        .clone()
        .or_else(|| placed.service_id.clone())
        .map(|n| format!("#{n}"))
        .unwrap_or_default();
    let from_credit = paid.is_some_and(|t| t > rust_decimal::Decimal::ZERO);
    let words = move || {
        let m = if from_credit {
            OrderWord::OrderPaidFromCredit
        } else {
            OrderWord::OrderPlacedNothingToPay
        };
        prefs.w(m).replace("{n}", &number)
    };
    let href = placed.service_id.map_or_else(
        || Page::Services.href(),
        |id| Page::Service(&id.to_string()).href(),
    );
    view! {
        <div class="card">
            <p class="banner banner--success" role="status">{words}</p>
            <p><a class="button button--primary" href=href>{tw(OrderWord::ViewOrderedService)}</a></p>
        </div>
    }
}

/// What was chosen for an item and what each part costs, from the lines kept when it was put in
/// the cart (the product's own line is the heading above, so it is left out here).
#[component]
fn CartItemLines(
    lines: Vec<crate::cart::estimate::PriceLine>,
    currency: Signal<String>,
) -> impl IntoView {
    use crate::cart::estimate::LineKind;
    use crate::components::money::MoneyText;
    let prefs = use_prefs();
    let product = lines.iter().find(|l| l.kind == LineKind::Product).cloned();
    let rest: Vec<_> = lines
        .into_iter()
        .filter(|l| l.kind != LineKind::Product)
        .collect();
    view! {
        {product.map(|p| view! {
            <p class="cart-item__price">
                <MoneyText value=Signal::derive(move || Money::new(p.amount, &currency.get()))/>
                " "<span class="muted">{cycle_words(prefs, &p.cycle)}</span>
            </p>
        })}
        {(!rest.is_empty()).then(|| view! {
            <ul class="cart-item__lines">
                {rest.into_iter().map(|l| {
                    let setup = l.kind == LineKind::Setup;
                    let label = l.label.clone();
                    let cycle = l.cycle.clone();
                    view! { <li>
                        <span>{move || if setup { prefs.w(OrderWord::SetupFeeFor).replace("{name}", &label) } else { label.clone() }}</span>
                        <span class="quote__price">
                            <MoneyText value=Signal::derive(move || Money::new(l.amount, &currency.get()))/>
                            " "<span class="muted">{move || if setup { prefs.w(OrderWord::CycleOnce).to_string() } else { cycle_words(prefs, &cycle) }}</span>
                        </span>
                    </li> }
                }).collect_view()}
            </ul>
        })}
    }
}
