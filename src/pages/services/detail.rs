//! `/services/:id`: one service's facts, its label (editable where the portal lists the action),
//! and its credentials on request. Another client's service is a clear "not found".

use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::{Money, ServiceActions, ServiceDetail};
use crate::pages::services::cancel::CancelRequest;
use crate::pages::services::invoices::ServiceInvoices;
use crate::pages::services::service_words::ServiceWord;
use crate::pages::vms::list::VmSection;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn ServicePage(
    /// The service's id.
    id: String,
) -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let query = leptos_router::hooks::use_query_map();
    let id = Signal::stored(id);
    let data = read(move || {
        let api = session.api_for_read();
        let id = id.get();
        async move {
            let service = api.service(&id).await?;
            let actions = api.service_actions(&id).await.unwrap_or_default();
            let currency = api.balance().await?.credit.currency;
            Ok::<_, ApiError>((service, actions, currency))
        }
    });
    let missing = Memo::new(move |_| {
        matches!(
            data.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    view! {
        <p><a class="link" href=Page::Services.href()>"← "{tr(Msg::Services)}</a></p>
        // Arriving from a Kdata VPS order: the order number, once.
        {move || query.with(|q| q.get("order")).map(|n| view! {
            <p class="banner banner--success" role="status">{move || prefs.t(Msg::OrderPlacedMsg).replace("{n}", &n)}</p>
        })}
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tr(Msg::Service)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tw(ServiceWord::ServiceNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=data let:d skeleton_lines=6>
                    <ServiceView service=d.0 actions=d.1 currency=d.2/>
                </AsyncView>
            }.into_any()
        }}
    }
}

#[component]
fn ServiceView(service: ServiceDetail, actions: ServiceActions, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let s = service.summary.clone();
    let label = RwSignal::new(service.label.clone().unwrap_or_default());
    let title = move || {
        let l = label.get();
        match (l.is_empty(), s.name.is_empty()) {
            (false, _) => l,
            (true, false) => s.name.clone(),
            (true, true) => format!("{} #{}", prefs.t(Msg::Service), s.id),
        }
    };
    let date = move |d: Option<crate::model::Date>| {
        d.map(|d| format_date(prefs.lang.get(), d))
            .unwrap_or_else(|| "—".into())
    };
    let (due, created) = (service.summary.next_due, service.created);
    let reveal = RwSignal::new(false);
    let password = service.password.clone();
    let caps = crate::state::brand::use_config().backend.capabilities();
    view! {
        <article class="card" aria-labelledby="service-title">
            <header class="invoice__head">
                <h1 id="service-title" class="page__title">{title}</h1>
                <ServiceStatusBadge status=service.summary.status.clone()/>
            </header>
            <dl class="invoice__meta">
                {(!service.summary.name.is_empty()).then(|| view! { <div><dt>{tw(ServiceWord::Product)}</dt><dd>{service.summary.name.clone()}</dd></div> })}
                {service.summary.domain.clone().map(|d| view! { <div><dt>{tw(ServiceWord::Domain)}</dt><dd>{d}</dd></div> })}
                <div><dt>{tr(Msg::BillingCycle)}</dt><dd>{let c = service.summary.cycle.clone(); move || crate::pages::order::cycle_title(prefs, &c)}</dd></div>
                // Kdata's `getproduct` sends no price: a zero there means "not said".
                {(caps.service_list || !service.summary.price.is_zero()).then(|| view! {
                    <div><dt>{tw(ServiceWord::Price)}</dt><dd data-figure="service-price"><MoneyText value=Money::new(service.summary.price, &currency)/></dd></div>
                })}
                <div><dt>{tr(Msg::NextDue)}</dt><dd>{move || date(due)}</dd></div>
                <div><dt>{tw(ServiceWord::OrderedOn)}</dt><dd>{move || date(created)}</dd></div>
                {service.username.clone().map(|u| view! { <div><dt>{tw(ServiceWord::Username)}</dt><dd><code>{u}</code></dd></div> })}
                {password.map(|p| view! {
                    <div><dt>{tr(Msg::Password)}</dt><dd>
                        {move || if reveal.get() {
                            view! { <code>{p.clone()}</code> }.into_any()
                        } else {
                            view! { <button type="button" class="button button--secondary button--small" on:click=move |_| reveal.set(true)>{tw(ServiceWord::Reveal)}</button> }.into_any()
                        }}
                    </dd></div>
                })}
            </dl>
            {(!service.options.is_empty()).then(|| view! {
                <h2>{tw(ServiceWord::Configuration)}</h2>
                <dl class="invoice__meta" aria-label=move || prefs.w(ServiceWord::Configuration)>
                    {service.options.iter().map(|(k, v)| view! { <div><dt>{k.clone()}</dt><dd>{v.clone()}</dd></div> }).collect_view()}
                </dl>
            })}
            {actions.upgrade.then(|| view! {
                <p><a class="button button--secondary" href=Page::Upgrade(&service.summary.id.to_string()).href()>{tw(ServiceWord::UpgradeLink)}</a></p>
            })}
        </article>
        {caps.notifications.then(|| view! { <crate::pages::services::notices::ServiceNotices service=service.summary.id.clone()/> })}
        {actions.vms.then(|| view! { <VmSection service=service.summary.id.clone() features=actions.vm.clone()/> })}
        {actions.domain.then(|| view! { <crate::pages::services::domain::DomainSection service=service.summary.id.clone()/> })}
        {(actions.autorenew || actions.dnssec).then(|| view! {
            <crate::pages::services::domain::DomainRenewal service=service.summary.id.clone() name=service.summary.domain.clone().unwrap_or_else(|| service.summary.name.clone())
                switch=actions.autorenew dnssec=actions.dnssec/>
        })}
        {caps.dns.then(|| view! { <crate::pages::services::dns_zones::ServiceZones service=service.summary.id.clone() active={service.summary.status == crate::model::ServiceStatus::Active}/> })}
        {actions.hosting.then(|| view! { <crate::pages::services::hosting::HostingSection service=service.summary.id.clone()/> })}
        {(actions.addresses && !actions.vms).then(|| view! { <crate::pages::services::addresses::ServiceAddresses service=service.summary.id.clone() rdns=actions.rdns/> })}
        {actions.licence.then(|| view! { <crate::pages::services::licence::LicenceSection service=service.summary.id.clone() name=service.summary.name.clone()/> })}
        {actions.panel_backups.then(|| view! { <crate::pages::services::panel_backups::PanelBackups service=service.summary.id.clone()/> })}
        {actions.label.then(|| view! { <crate::pages::services::label::LabelForm id=service.summary.id.clone() label=label/> })}
        {caps.service_invoices.then(|| view! { <ServiceInvoices service=service.summary.id.clone()/> })}
        {caps.order_extras.then(|| view! { <crate::pages::services::extras::OrderExtras service=service.summary.id.clone()/> })}
        {(caps.renewal_invoice && service.summary.status == crate::model::ServiceStatus::Active).then(|| view! {
            <crate::pages::services::renew::RenewNow service=service.summary.id.clone() name=service.summary.name.clone() price=service.summary.price/>
        })}
        {actions.delete.then(|| view! {
            <crate::pages::services::delete_order::DeleteOrder id=service.summary.id.clone() name=service.summary.name.clone()/>
        })}
        {(actions.cancel || service.cancel_request.is_some()).then(|| view! {
            <CancelRequest service=service.summary.id.clone() name=service.summary.name.clone() pending_request=service.cancel_request.clone()/>
        })}
    }
}
