//! `/services?status=...&q=...`: every service with its status, cycle, price and next due date.
//! The status tab and the search live in the URL, so a link or a reload shows the same view. A
//! search matches here at once (`model::service_search`); where the portal can search, it is
//! asked too after a short pause in typing, and the services it finds (by address, user name,
//! label) are added.

use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::service_search::{MAX_QUERY, found, normalized, portal_query};
use crate::model::{Money, ServiceStatus, ServiceSummary};
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::time::Duration;

/// How long typing pauses before the portal is asked (every key would be a request otherwise).
const SEARCH_PAUSE: Duration = Duration::from_millis(300);

/// Where the portal's search stands for what is typed now.
#[derive(Clone, PartialEq)]
enum PortalSearch {
    /// Not asked: nothing (or one letter) typed, or a portal that cannot search.
    NotAsked,
    Searching,
    Found(Vec<String>),
    Failed,
}

/// The list's address for a tab and a search (`all` and an empty search are left out).
fn list_href(status: &str, search: &str) -> String {
    let mut pairs = Vec::new();
    if status != "all" {
        pairs.push(("status", status));
    }
    if !search.is_empty() {
        pairs.push(("q", search));
    }
    Page::Services.with_query(&pairs)
}

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
    let caps = use_config().backend.capabilities();
    // What is typed, as written (the field shows it) and as searched.
    let written =
        Memo::new(move |_| query.with(|q| q.get_str("q").unwrap_or_default().to_string()));
    let typed = Memo::new(move |_| normalized(&written.get()));
    let navigate = use_navigate();
    // Typing replaces the address rather than adding to the history.
    let search_for = move |text: String| {
        let text: String = text.chars().take(MAX_QUERY).collect();
        navigate(
            &list_href(filter.get_untracked(), &text),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    // The portal's search follows what is typed after a pause; an answer for an older search
    // (typed on since) is dropped.
    let portal_search = RwSignal::new(PortalSearch::NotAsked);
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let asked = typed.get();
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        let Some(q) = portal_query(&asked).filter(|_| caps.service_search) else {
            portal_search.set(PortalSearch::NotAsked);
            return;
        };
        portal_search.set(PortalSearch::Searching);
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                let api = session.api_for_read();
                leptos::task::spawn_local(async move {
                    let answer = api.search_services(&q).await;
                    if generation.try_get_value() != Some(mine) {
                        return;
                    }
                    portal_search.try_set(match answer {
                        Ok(ids) => PortalSearch::Found(ids),
                        Err(_) => PortalSearch::Failed,
                    });
                });
            },
            SEARCH_PAUSE,
        );
    });
    let data = read(move || {
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
                let href = move || list_href(key, &written.get());
                view! { <a class="tabs__tab" href=href aria-current=move || (filter.get() == key).then_some("page")>{tr(msg)}</a> }
            }).collect_view()}
        </nav>
        <div class="list-controls">
            <label class="field list-controls__search">
                <span>{tw(ServiceWord::SearchServices)}</span>
                <input type="search" maxlength=MAX_QUERY aria-describedby="service-search-hint"
                    prop:value=move || written.get()
                    on:input=move |ev| search_for(event_target_value(&ev))/>
                <small id="service-search-hint" class="field__hint muted">
                    {tw(if caps.service_search { ServiceWord::SearchServicesHintPortal } else { ServiceWord::SearchServicesHint })}
                </small>
            </label>
        </div>
        <AsyncView resource=data let:d skeleton_lines=6>
            {
                let (services, currency) = d;
                let shown = Memo::new(move |_| {
                    let (tab, typed) = (filter.get(), typed.get());
                    portal_search.with(|portal| {
                        let ids = match portal {
                            PortalSearch::Found(ids) => Some(ids.as_slice()),
                            _ => None,
                        };
                        found(&services, &typed, ids)
                            .into_iter()
                            .filter(|s| matches(tab, &s.status))
                            .cloned()
                            .collect::<Vec<ServiceSummary>>()
                    })
                });
                view! {
                    <p class="list-count" role="status">
                        {move || (!typed.get().is_empty()).then(|| {
                            let count = prefs.w_n(ServiceWord::ServicesFound, shown.with(Vec::len) as i64);
                            let more = match portal_search.get() {
                                PortalSearch::Searching => Some(prefs.w(ServiceWord::SearchingPortal)),
                                PortalSearch::Failed => Some(prefs.w(ServiceWord::PortalSearchFailed)),
                                PortalSearch::NotAsked | PortalSearch::Found(_) => None,
                            };
                            match more {
                                Some(m) => format!("{count} {m}"),
                                None => count,
                            }
                        })}
                    </p>
                    {move || {
                    let shown = shown.get();
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
                    }}
                }
            }
        </AsyncView>
    }
}
