//! `/dns`: zones grouped by the service they belong to, each with its Unicode and ASCII name; a
//! form to create a zone (IDN accepted, checked before sending); deleting a zone asks for its
//! name to be typed.

use super::dns_words::DnsWord;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::typed_confirm::TypedConfirm;
use crate::dns::names::{self, to_unicode};
use crate::i18n::Msg;
use crate::model::{ServiceStatus, ServiceSummary, ZoneSummary};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

use super::messages::name_problem;
use crate::routes::Page;

/// The zones page.
#[component]
pub fn ZonesPage() -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        async move {
            let zones = api.dns_zones().await?;
            let services = api.services().await?;
            Ok::<_, ApiError>((zones, services))
        }
    });
    let changed = Callback::new(move |_| data.refetch());
    view! {
        <h1 class="page__title">{tw(DnsWord::DnsZones)}</h1>
        <AsyncView resource=data let:d skeleton_lines=6>
            <ZoneGroups zones=d.0.clone() services=d.1.clone() on_change=changed/>
            <CreateZone services=d.1 on_change=changed/>
        </AsyncView>
    }
}

fn service_label(services: &[ServiceSummary], id: &str) -> String {
    services
        .iter()
        .find(|s| s.id == id)
        .map(|s| match &s.domain {
            Some(d) => format!("{} · {}", s.name, d),
            None => s.name.clone(),
        })
        .unwrap_or_else(|| format!("#{id}"))
}

#[component]
fn ZoneGroups(
    zones: Vec<ZoneSummary>,
    services: Vec<ServiceSummary>,
    on_change: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let deleting = RwSignal::new(None::<ZoneSummary>);
    let remove = Action::new_local(move |z: &ZoneSummary| {
        let api = session.api();
        let z = z.clone();
        async move { api.delete_zone(&z.service_id, &z.id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            on_change.run(());
        }
    });
    if zones.is_empty() {
        return view! { <p class="card muted">{tw(DnsWord::NoZones)}</p> }.into_any();
    }
    let mut groups: Vec<(String, Vec<ZoneSummary>)> = Vec::new();
    for z in zones {
        match groups.iter_mut().find(|(s, _)| *s == z.service_id) {
            Some((_, list)) => list.push(z),
            None => groups.push((z.service_id.clone(), vec![z])),
        }
    }
    view! {
        {move || match remove.value().get() {
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
            _ => None,
        }}
        {groups.into_iter().map(|(service, list)| {
            let label = service_label(&services, &service);
            view! {
                <section class="card zone-group" aria-label=label.clone()>
                    <h2 class="zone-group__title">{label.clone()}</h2>
                    <ul class="zone-list">
                        {list.into_iter().map(|z| {
                            let unicode = to_unicode(&z.name);
                            let href = Page::Zone { service: &z.service_id.to_string(), zone: &z.id.to_string() }.href();
                            let shown = z.clone();
                            view! {
                                <li class="zone-list__item">
                                    <a class="link zone-list__name" href=href>{unicode.clone()}</a>
                                    {(unicode != z.name).then(|| view! { <span class="muted zone-list__ascii">{z.name.clone()}</span> })}
                                    <button type="button" class="button button--secondary button--small"
                                        aria-label=move || prefs.w(DnsWord::DeleteZoneNamed).replace("{name}", &to_unicode(&shown.name))
                                        on:click={ let z = z.clone(); move |_| deleting.set(Some(z.clone())) }>
                                        {tw(DnsWord::DeleteZone)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
        <TypedConfirm id="delete-zone" title=Signal::derive(move || prefs.w(DnsWord::DeleteZone).to_string()) action=Signal::derive(move || prefs.w(DnsWord::DeleteZone).to_string())
            message=Signal::derive(move || deleting.get().map(|z| prefs.w(DnsWord::DeleteZoneWarning).replace("{name}", &to_unicode(&z.name))).unwrap_or_default())
            expected=Signal::derive(move || deleting.get().map(|z| to_unicode(&z.name)).unwrap_or_default())
            open=Signal::derive(move || deleting.get().is_some())
            on_confirm=Callback::new(move |_| {
                if let Some(z) = deleting.get_untracked() {
                    deleting.set(None);
                    if !remove.pending().get_untracked() {
                        remove.dispatch_local(z);
                    }
                }
            })
            on_cancel=Callback::new(move |_| deleting.set(None))/>
    }
    .into_any()
}

#[component]
fn CreateZone(services: Vec<ServiceSummary>, on_change: Callback<()>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let active: Vec<ServiceSummary> = services
        .into_iter()
        .filter(|s| s.status == ServiceStatus::Active)
        .collect();
    let service = RwSignal::new(active.first().map(|s| s.id.clone()).unwrap_or_default());
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let create = Action::new_local(move |(service, zone): &(String, String)| {
        let api = session.api();
        let (service, zone) = (service.clone(), zone.clone());
        async move { api.create_zone(&service, &zone).await }
    });
    let pending = create.pending();
    Effect::new(move |_| {
        if let Some(Ok(())) = create.value().get() {
            name.set(String::new());
            on_change.run(());
        }
    });
    let ascii_preview = move || {
        names::zone_name(&name.get())
            .ok()
            .filter(|a| *a != name.get().trim().to_lowercase())
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        match names::zone_name(&name.get_untracked()) {
            Ok(ascii) => {
                problem.set(None);
                create.dispatch_local((service.get_untracked(), ascii));
            }
            Err(p) => problem.set(Some(name_problem(prefs.lang.get_untracked(), &p))),
        }
    };
    view! {
        <section class="card" aria-labelledby="create-zone-title">
            <h2 id="create-zone-title">{tw(DnsWord::CreateZone)}</h2>
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="zone-service">{tr(Msg::Service)}</label>
                    <select id="zone-service" on:change=move |ev| service.set(event_target_value(&ev))>
                        {active.iter().map(|s| view! { <option value=s.id.clone()>{service_label(std::slice::from_ref(s), &s.id)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="zone-name">{tw(DnsWord::ZoneName)}</label>
                    <input id="zone-name" autocomplete="off" spellcheck="false" placeholder="example.com" bind:value=name
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby="zone-name-hint zone-name-error"/>
                    <p class="muted field__hint" id="zone-name-hint">{move || ascii_preview().map(|a| prefs.w(DnsWord::StoredAs).replace("{name}", &a))}</p>
                    <p class="field__error" id="zone-name-error">{move || problem.get()}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || pending.get()>{tw(DnsWord::CreateZone)}</button>
            </form>
            {move || match create.value().get() {
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
                _ => None,
            }}
        </section>
    }
}
