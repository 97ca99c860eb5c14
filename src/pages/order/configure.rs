//! `/order/:product` (`?item=N` to edit a cart item; `?domain=` and `?cycle=` from the domain
//! search): the product's cycle, domain, forms and
//! add-ons and sub-products (forms shown, hidden or required by the config's conditional rules), with the portal's live quote beside them. Problems the config can reveal are shown
//! next to their field before anything is added; the portal's own errors for the item too.

use super::cycle_words;
use super::domain_choice::{DomainCheck, DomainChoice};
use super::extra_choice::{ExtraChoice, ExtraKind};
use super::live_quote::live_quote;
use super::option_field::OptionField;
use super::summary::QuoteSummary;
use crate::api::ApiError;
use crate::cart::CartItem;
use crate::cart::checks::{ItemProblem, problems};
use crate::cart::estimate::{price_lines, settled_lines, totals};
use crate::components::async_view::AsyncView;
use crate::i18n::Msg;
use crate::model::{Money, ProductConfig};
use crate::pages::order::order_words::OrderWord;
use crate::routes::Page;
use crate::state::cart::use_cart;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The page.
#[component]
pub fn ConfigurePage(
    /// The product's id.
    product: String,
) -> impl IntoView {
    let session = use_session();
    let product = Signal::stored(product);
    let data = read(move || {
        let api = session.api_for_read();
        let id = product.get();
        async move {
            let (config, balance) = futures::join!(api.product_config(&id), api.balance());
            Ok::<_, ApiError>((config?, balance?.credit.currency))
        }
    });
    view! {
        <p><a class="link" href=Page::Order.href()>"← "{tw(OrderWord::OrderTitle)}</a></p>
        <AsyncView resource=data let:d skeleton_lines=8>
            <Configurator config=d.0 currency=d.1/>
        </AsyncView>
    }
}

fn problem_text(prefs: crate::state::prefs::Prefs, p: &ItemProblem) -> String {
    match p {
        ItemProblem::Unavailable => prefs.w(OrderWord::ProductUnavailable).into(),
        ItemProblem::DomainMissing => prefs.w(OrderWord::DomainMissing).into(),
        ItemProblem::CycleNotOffered => prefs.w(OrderWord::CycleNotOffered).into(),
        ItemProblem::Required(_) => prefs.w(OrderWord::OptionRequired).into(),
        ItemProblem::OutOfRange(_, min, max) => prefs
            .w(OrderWord::OptionRange)
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string()),
        ItemProblem::UnknownChoice(_) => prefs.w(OrderWord::UnknownChoice).into(),
        ItemProblem::NotAHostname(_) => prefs.t(Msg::HostnameInvalid).into(),
        ItemProblem::Domain(d) => super::domain_choice::problem_text(prefs, d),
    }
}

#[component]
fn Configurator(config: ProductConfig, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let cart = use_cart();
    let navigate = use_navigate();
    let query = use_query_map();
    // Editing a cart item of this product starts from it; otherwise from the portal's defaults.
    let editing = query.with_untracked(|q| q.get("item").and_then(|i| i.parse::<usize>().ok()));
    let start = editing
        .and_then(|i| cart.items.with_untracked(|l| l.get(i).cloned()))
        .filter(|it| it.product_id == config.id)
        .unwrap_or_else(|| {
            // Arriving from the domain search: the name found, and the years it is sold for
            // (as a cycle the product offers).
            let mut item = CartItem::defaults(&config);
            query.with_untracked(|q| {
                if let Some(domain) = q.get("domain").filter(|_| config.needs_domain) {
                    item.domain = domain;
                }
                if let Some(cycle) = q
                    .get("cycle")
                    .filter(|c| config.cycles.iter().any(|o| o.cycle.code() == c))
                {
                    item.cycle = cycle;
                }
            });
            item
        });
    let editing = editing
        .filter(|_| start.product_id == config.id && cart.items.with_untracked(|l| !l.is_empty()));
    let draft = RwSignal::new(start);
    let check = DomainCheck::new();
    let session = use_session();
    let shown_problems = RwSignal::new(Vec::<ItemProblem>::new());
    let config = StoredValue::new(config);
    let currency = Signal::stored(currency);
    let live = live_quote(
        Signal::derive(move || vec![draft.get()]),
        Signal::derive(move || cart.promo.get()),
        Signal::derive(|| None),
    );
    let lines = Memo::new(move |_| draft.with(|d| config.with_value(|c| price_lines(c, d))));
    // What the portal says this item costs (its quote for it alone, once answered and current).
    let quoted_subtotal = Memo::new(move |_| {
        if live.pending.get() {
            return None;
        }
        live.quote
            .get()
            .filter(|q| {
                q.items.len() == 1 && q.errors.is_empty() && q.items.iter().all(|i| i.valid)
            })
            .map(|q| q.subtotal)
    });
    let estimate = Signal::derive(move || {
        let (r, s) = lines.with(|l| totals(l));
        Some(r + s)
    });
    // Conditional forms: answers of forms that disappear are dropped, forms that appear get their
    // default. `settle` is idempotent, so the second run of this effect changes nothing.
    Effect::new(move |_| {
        let mut item = draft.get();
        let before = item.clone();
        config.with_value(|c| item.settle(c));
        if item != before {
            draft.set(item);
        }
    });
    let hidden = Memo::new(move |_| {
        draft.with(|d| config.with_value(|c| crate::cart::conditions::evaluate(c, d).hidden))
    });
    // The checks run again as the customer fixes things, once they have been shown.
    Effect::new(move |_| {
        let item = draft.get();
        if !shown_problems.get_untracked().is_empty() {
            shown_problems.set(config.with_value(|c| problems(c, &item, true)));
        }
    });
    let problem_for = move |form: String| {
        Signal::derive(move || {
            shown_problems.with(|list| {
                list.iter()
                    .find(|p| matches!(p, ItemProblem::Required(f) | ItemProblem::OutOfRange(f, _, _) | ItemProblem::UnknownChoice(f) | ItemProblem::NotAHostname(f) if *f == form))
                    .map(|p| problem_text(prefs, p))
            })
        })
    };
    // The portal's words about the item (its quote answers while the form is filled in) are
    // shown once the customer has left a field or tried to add the item, never before anything
    // was typed ("Invalid domain name" on an empty form).
    let touched = RwSignal::new(false);
    let portal_errors = move || {
        // A domain's own problems and its availability are said beside the name; the portal's
        // quote would only repeat them ("Domain registration sld parameter missing").
        let domain_unsettled = draft.with(|d| {
            d.domain_order.as_ref().is_some_and(|o| {
                config.with_value(|c| !crate::model::domain_order::problems(o, &c.tlds).is_empty())
            })
        });
        if !touched.get() || domain_unsettled {
            return Vec::new();
        }
        live.quote
            .get()
            .and_then(|q| q.items.first().cloned())
            .map(|i| i.errors)
            .unwrap_or_default()
    };
    // Added while the portal's quote for the latest choice is on its way: the item goes in the
    // cart once it has answered, so the cart keeps the portal's price, not an estimate.
    let form = NodeRef::<leptos::html::Form>::new();
    let add_when_quoted = RwSignal::new(false);
    Effect::new(move |_| {
        if add_when_quoted.get() && !live.pending.get() {
            add_when_quoted.set(false);
            if let Some(f) = form.get_untracked() {
                let _ = f.request_submit();
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        let mut item = draft.get_untracked();
        let found = config.with_value(|c| problems(c, &item, true));
        shown_problems.set(found.clone());
        if !found.is_empty() {
            return;
        }
        if live.pending.get_untracked() {
            add_when_quoted.set(true);
            return;
        }
        // The cart shows what was chosen and what each part costs from this snapshot, settled
        // against the portal's quote for this item when it has answered for it.
        item.lines = match quoted_subtotal.get_untracked() {
            Some(subtotal) => settled_lines(lines.get_untracked(), subtotal, &item.cycle),
            None => lines.get_untracked(),
        };
        let navigate = navigate.clone();
        let put = move |item: CartItem| {
            match editing {
                Some(i) => cart.replace(i, item),
                None => cart.add(item),
            }
            navigate(&Page::Cart.href(), Default::default());
        };
        match item.domain_order.clone() {
            None => put(item),
            // A name goes in the cart only once the portal has said it can be had.
            Some(order) => {
                if check.pending() {
                    return;
                }
                let api = session.api();
                leptos::task::spawn_local(async move {
                    if let Ok(crate::model::Availability::Available) =
                        check.verdict(api, order).await
                    {
                        put(item);
                    }
                });
            }
        }
    };
    let name = config.with_value(|c| c.name.clone());
    let category = config.with_value(|c| c.category.clone());
    view! {
        <div class="order-layout">
            <form class="card form" novalidate node_ref=form on:submit=submit aria-labelledby="product-title"
                on:focusout=move |_| touched.set(true)>
                <p class="muted">{category}</p>
                <h1 id="product-title" class="page__title">{name}</h1>
                {(!config.with_value(|c| c.tlds.is_empty())).then(|| view! {
                    <DomainChoice tlds=config.with_value(|c| c.tlds.clone()) draft=draft currency=currency
                        shown=shown_problems check=check/>
                })}
                <div class="field" hidden=!config.with_value(|c| c.tlds.is_empty())>
                    <label for="order-cycle">{tr(Msg::BillingCycle)}</label>
                    <select id="order-cycle" prop:value=move || draft.with(|d| d.cycle.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.cycle = v); }>
                        {config.with_value(|c| c.cycles.clone()).into_iter().map(|c| {
                            let code = c.cycle.code().to_string();
                            let label_code = code.clone();
                            // The chosen cycle at the portal's price for this item when it differs
                            // (a domain priced by its extension); the others as the product lists them.
                            let price = move || {
                                let chosen = draft.with(|d| d.cycle == label_code);
                                let simple = lines.with(|l| l.len() == 1);
                                quoted_subtotal.get().filter(|_| chosen && simple).unwrap_or(c.price)
                            };
                            let words_code = code.clone();
                            view! { <option value=code>{move || format!("{} — {}", cycle_words(prefs, &words_code), Money::new(price(), &currency.get()).format(prefs.lang.get().number_style()))}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field__error">{move || shown_problems.with(|l| l.contains(&ItemProblem::CycleNotOffered)).then(|| prefs.w(OrderWord::CycleNotOffered))}</p>
                </div>
                {config.with_value(|c| c.needs_domain && c.tlds.is_empty()).then(|| view! {
                    <div class="field">
                        <label for="order-domain">{tw(OrderWord::DomainName)}</label>
                        <input id="order-domain" autocomplete="off" spellcheck="false" aria-describedby="order-domain-error"
                            aria-invalid=move || shown_problems.with(|l| l.contains(&ItemProblem::DomainMissing)).to_string()
                            prop:value=move || draft.with(|d| d.domain.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.domain = v); }/>
                        <p class="field__error" id="order-domain-error">{move || shown_problems.with(|l| l.contains(&ItemProblem::DomainMissing)).then(|| prefs.w(OrderWord::DomainMissing))}</p>
                    </div>
                })}
                {config.with_value(|c| c.forms.clone()).into_iter().map(|f| {
                    let per = config.with_value(|c| c.options_priced_per.code().to_string());
                    let problem = problem_for(f.id.clone());
                    let id = f.id.clone();
                    view! {
                        <Show when=move || hidden.with(|h| !h.contains(&id))>
                            <OptionField form=f.clone() draft=draft problem=problem currency=currency per=per.clone()/>
                        </Show>
                    }
                }).collect_view()}
                <ExtraChoice kind=ExtraKind::Addon extras=config.with_value(|c| c.addons.clone()) draft=draft currency=currency/>
                <ExtraChoice kind=ExtraKind::Subproduct extras=config.with_value(|c| c.subproducts.clone()) draft=draft currency=currency/>
                {move || {
                    let errors = portal_errors();
                    (!errors.is_empty()).then(|| view! {
                        <ul class="field__error" role="alert">{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    })
                }}
                // On phones the summary sits below the form: the total due today stays in view
                // beside the button, in a bar stuck to the bottom of the screen.
                <div class="order-actions">
                    <p class="order-actions__total" aria-hidden="true">
                        <span class="muted">{tw(OrderWord::TotalDueTodayShort)}</span>" "
                        <strong>{move || live.quote.get().map(|q| Money::new(q.total, &currency.get()).format(prefs.lang.get().number_style()))
                            .or_else(|| estimate.get().map(|e| Money::new(e, &currency.get()).format(prefs.lang.get().number_style())))}</strong>
                    </p>
                    <button type="submit" class="button button--primary" aria-disabled=move || (check.pending() || add_when_quoted.get()).to_string()>{move || if editing.is_some() { prefs.w(OrderWord::UpdateItem) } else { prefs.w(OrderWord::AddToCart) }}</button>
                </div>
            </form>
            <QuoteSummary live=live currency=currency estimate=estimate lines=Signal::derive(move || lines.get())/>
        </div>
    }
}
