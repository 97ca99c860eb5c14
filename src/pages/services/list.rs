//! `/services?status=...`: every service with its status, cycle, price and next due date; the
//! status filter lives in the URL so a link or a reload shows the same view.

use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::{Money, ServiceStatus};
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const FILTERS: [(&str, Msg); 5] = [
    ("all", Msg::TabAll),
    ("active", Msg::StatusActive),
    ("suspended", Msg::StatusSuspended),
    ("cancelled", Msg::StatusCancelled),
    ("terminated", Msg::StatusTerminated),
];

fn matches(filter: &str, s: &ServiceStatus) -> bool {
    match filter {
        "active" => *s == ServiceStatus::Active,
        "suspended" => *s == ServiceStatus::Suspended,
        "cancelled" => *s == ServiceStatus::Cancelled,
        "terminated" => *s == ServiceStatus::Terminated,
        _ => true,
    }
}

/// The list page.
#[component]
pub fn ServiceListPage() -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let f = q.get_str("status").unwrap_or("all");
            FILTERS
                .iter()
                .find(|(k, _)| *k == f)
                .map(|(k, _)| *k)
                .unwrap_or("all")
        })
    });
    let data = LocalResource::new(move || {
        let api = session.api_for_read();
        async move {
            let services = api.services().await?;
            // The list does not name a currency: prices are in the account's.
            let currency = api.balance().await?.credit.currency;
            Ok::<_, ApiError>((services, currency))
        }
    });
    view! {
        <div class="page__head">
            <h1 class="page__title">{tr(Msg::Services)}</h1>
            {crate::state::brand::use_config().backend.capabilities().certificates.then(|| view! {
                <a class="button button--secondary" href=Page::Certificates.href()>{tw(ServiceWord::Certificates)}</a>
            })}
        </div>
        <nav class="tabs" aria-label=tr(Msg::Status)>
            {FILTERS.into_iter().map(|(key, msg)| {
                let href = if key == "all" { Page::Services.href() } else { Page::Services.with_query(&[("status", key)]) };
                view! { <a class="tabs__tab" href=href aria-current=move || (filter.get() == key).then_some("page")>{tr(msg)}</a> }
            }).collect_view()}
        </nav>
        <AsyncView resource=data let:d skeleton_lines=6>
            {
                let (services, currency) = d;
                move || {
                    let shown: Vec<_> = services.iter().filter(|s| matches(filter.get(), &s.status)).cloned().collect();
                    if shown.is_empty() {
                        return view! { <p class="card muted">{tw(ServiceWord::NoServicesMatch)}</p> }.into_any();
                    }
                    view! {
                        <div class="table-wrap card card--flush">
                            <table class="table table--stack">
                                <thead><tr>
                                    <th scope="col">{tr(Msg::Service)}</th>
                                    <th scope="col">{tr(Msg::BillingCycle)}</th>
                                    <th scope="col" class="num">{tw(ServiceWord::Price)}</th>
                                    <th scope="col">{tr(Msg::NextDue)}</th>
                                    <th scope="col">{tr(Msg::Status)}</th>
                                </tr></thead>
                                <tbody>
                                    {shown.into_iter().map(|s| {
                                        let due = s.next_due;
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <a class="link" href=Page::Service(&s.id.to_string()).href()>{s.name.clone()}</a>
                                                    {s.domain.clone().map(|d| view! { <span class="muted service-domain">{d}</span> })}
                                                </th>
                                                <td data-label=move || prefs.t(Msg::BillingCycle)>{let c = s.cycle.clone(); move || crate::pages::order::cycle_title(prefs, &c)}</td>
                                                <td class="num" data-label=move || prefs.w(ServiceWord::Price)><MoneyText value=Money::new(s.price, &currency)/></td>
                                                <td data-label=move || prefs.t(Msg::NextDue)>{move || due.map(|d| format_date(prefs.lang.get(), d)).unwrap_or_else(|| "—".into())}</td>
                                                <td><ServiceStatusBadge status=s.status.clone()/></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }
            }
        </AsyncView>
    }
}
