//! `/services/:id/upgrade`: change package and resources with the same option fields as an
//! order, the portal's estimate following every change (debounced; stale answers dropped), and
//! the request sent once, then the invoice for the difference opened if there is one.

use super::option_field::OptionField;
use crate::api::ApiError;
use crate::cart::{CartItem, FieldValue};
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::UpgradeRequest;
use crate::model::{FormKind, Money, UpgradeEstimate, UpgradeOptions};
use crate::pages::order::order_words::OrderWord;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;
use std::time::Duration;

/// The page.
#[component]
pub fn UpgradePage(
    /// The service's id.
    id: String,
) -> impl IntoView {
    let session = use_session();
    let id = Signal::stored(id);
    let data = read(move || {
        let api = session.api_for_read();
        let id = id.get();
        async move {
            let (options, balance) = futures::join!(api.upgrade_options(&id), api.balance());
            Ok::<_, ApiError>((id, options?, balance?.credit.currency))
        }
    });
    view! {
        <p><a class="link" href=move || Page::Service(&id.get().to_string()).href()>"← "{tr(Msg::Service)}</a></p>
        <h1 class="page__title">{tr(Msg::UpgradeTitle)}</h1>
        <AsyncView resource=data let:d skeleton_lines=6>
            <Upgrader service=d.0 options=d.1 currency=d.2/>
        </AsyncView>
    }
}

/// The request the draft stands for, in the seed's `resources` format.
fn request(options: &UpgradeOptions, package: &str, draft: &CartItem) -> UpgradeRequest {
    let mut resources = std::collections::BTreeMap::new();
    for f in &options.resources {
        let value = match (draft.custom.get(&f.id), &f.kind) {
            (Some(FieldValue::Item(i)), _) => json!(i),
            (Some(FieldValue::Number { n, .. }), _) => json!(n),
            (Some(FieldValue::ItemQty { item, qty }), _) => json!({ item.clone(): qty }),
            (Some(FieldValue::Text { text, .. }), FormKind::Input) => json!(text),
            _ => continue,
        };
        resources.insert(f.id.clone(), value);
    }
    UpgradeRequest {
        package: (!package.is_empty()).then(|| package.to_string()),
        resources,
    }
}

#[component]
fn Upgrader(service: String, options: UpgradeOptions, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let currency = Signal::stored(currency);
    let config = crate::model::ProductConfig {
        id: service.clone(),
        name: String::new(),
        category: String::new(),
        cycles: vec![],
        needs_domain: false,
        tlds: vec![],
        forms: options.resources.clone(),
        addons: vec![],
        subproducts: vec![],
        // Upgrade resources are priced per month (seed 004's `GET /service/@id/upgrade`).
        options_priced_per: crate::model::Cycle::Monthly,
    };
    let draft = RwSignal::new(CartItem::defaults(&config));
    let package = RwSignal::new(String::new());
    let options = StoredValue::new(options);
    let estimate = RwSignal::new(None::<Result<UpgradeEstimate, ApiError>>);
    let generation = StoredValue::new(0u64);
    let s1 = service.clone();
    Effect::new(move |_| {
        let req = options.with_value(|o| request(o, &package.get(), &draft.get()));
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        let service = s1.clone();
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                let api = session.api();
                leptos::task::spawn_local(async move {
                    let answer = api.upgrade_estimate(&service, &req).await;
                    if generation.try_get_value() == Some(mine) {
                        estimate.try_set(Some(answer));
                    }
                });
            },
            Duration::from_millis(250),
        );
    });
    let send = Action::new_local(move |req: &UpgradeRequest| {
        let api = session.api();
        let (service, req) = (service.clone(), req.clone());
        async move { api.upgrade_request(&service, &req).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(Some(invoice))) = send.value().get() {
            navigate(
                &Page::Invoice(&invoice.to_string()).href(),
                Default::default(),
            );
        }
    });
    let money = move |d: rust_decimal::Decimal| view! { <MoneyText value=Signal::derive(move || Money::new(d, &currency.get()))/> };
    view! {
        <div class="order-layout">
            <form class="card form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                if !send.pending().get_untracked() {
                    send.dispatch_local(options.with_value(|o| request(o, &package.get_untracked(), &draft.get_untracked())));
                }
            }>
                <div class="field">
                    <label for="upgrade-package">{tw(OrderWord::Package)}</label>
                    <select id="upgrade-package" prop:value=move || package.get() on:change=move |ev| package.set(event_target_value(&ev))>
                        <option value="">{tw(OrderWord::KeepPackage)}</option>
                        {options.with_value(|o| o.packages.clone()).into_iter().map(|(id, name, price)| view! {
                            <option value=id>{move || format!("{name} — {}", Money::new(price, &currency.get()).format(prefs.lang.get().number_style()))}</option>
                        }).collect_view()}
                    </select>
                </div>
                {options.with_value(|o| o.resources.clone()).into_iter().map(|f| view! {
                    <OptionField form=f draft=draft problem=Signal::derive(|| None::<String>) currency=currency per="m".to_string()/>
                }).collect_view()}
                <button type="submit" class="button button--primary" disabled=move || send.pending().get()>{tw(OrderWord::RequestUpgrade)}</button>
                {move || match send.value().get() {
                    Some(Ok(None)) => Some(view! { <p class="banner banner--success" role="status">{tw(OrderWord::UpgradeDone)}</p> }.into_any()),
                    Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                    _ => None,
                }}
            </form>
            <aside class="card quote" aria-labelledby="upgrade-estimate-title" aria-live="polite">
                <h2 id="upgrade-estimate-title">{tw(OrderWord::OrderSummary)}</h2>
                {move || match estimate.get() {
                    Some(Ok(e)) => view! {
                        <dl class="quote__lines">
                            <div class="quote__total"><dt>{tw(OrderWord::DueNow)}</dt><dd data-figure="upgrade-total">{money(e.total)}</dd></div>
                        </dl>
                        {e.recurring.map(|r| view! { <p class="muted">{move || prefs.w(OrderWord::NewMonthly).replace("{price}", &Money::new(r, &currency.get()).format(prefs.lang.get().number_style()))}</p> })}
                    }.into_any(),
                    Some(Err(e)) => view! { <ErrorPanel error=e/> }.into_any(),
                    None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
                }}
            </aside>
        </div>
    }
}
