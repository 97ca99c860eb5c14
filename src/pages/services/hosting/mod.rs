//! A hosting order's account on its service page (BoxBilling's `servicehosting`): where it
//! lives and what its plan allows, then its control panel password, user name and domain.
//! Every change is checked first, the disruptive ones (user name, domain) say what will stop
//! working and ask, each is sent once, and then the account is read again, so the page shows
//! what the server holds.

mod hosting_words;
mod password;
mod rename;

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::hosting::{HostingAccount, HostingLimit, size_words};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::{Read, read};
use crate::state::session::use_session;
use hosting_words::HostingWord as W;
use leptos::prelude::*;

fn limit_word(limit: HostingLimit) -> W {
    match limit {
        HostingLimit::DiskMb => W::DiskMb,
        HostingLimit::BandwidthMb => W::BandwidthMb,
        HostingLimit::FtpAccounts => W::FtpAccounts,
        HostingLimit::Databases => W::Databases,
        HostingLimit::Mailboxes => W::Mailboxes,
        HostingLimit::Subdomains => W::Subdomains,
        HostingLimit::ParkedDomains => W::ParkedDomains,
        HostingLimit::AddonDomains => W::AddonDomains,
    }
}

/// A limit's value as read: sizes in their unit, counts as they are.
fn limit_value(limit: HostingLimit, raw: &str) -> String {
    match (limit, raw.parse::<u64>()) {
        (HostingLimit::DiskMb | HostingLimit::BandwidthMb, Ok(mb)) => size_words(mb),
        _ => raw.to_string(),
    }
}

/// The hosting account of order `service`.
#[component]
pub fn HostingSection(service: String) -> impl IntoView {
    let session = use_session();
    let generation = RwSignal::new(0u32);
    let order = service.clone();
    let account = read(move || {
        generation.track();
        let api = session.api_for_read();
        let order = order.clone();
        async move { api.hosting_account(&order).await }
    });
    let plans = read(move || {
        let api = session.api_for_read();
        async move { api.hosting_plans().await }
    });
    let reload = Callback::new(move |_: ()| generation.update(|g| *g += 1));
    // The latest answer: the forms mount once it is known and follow it, so a re-read after a
    // change does not wipe their messages.
    let current = RwSignal::new(None::<HostingAccount>);
    Effect::new(move |_| {
        if let Some(Ok(a)) = account.get() {
            current.set(Some(a));
        }
    });
    let known = Memo::new(move |_| current.with(Option::is_some));
    view! {
        <section class="card" aria-labelledby="hosting-title">
            <h2 id="hosting-title">{tw(W::Title)}</h2>
            {move || match (current.get(), account.get()) {
                (Some(a), _) => view! { <AccountFacts account=a plans=plans/> }.into_any(),
                (None, Some(Err(e))) => view! { <ErrorPanel error=e on_retry=reload/> }.into_any(),
                (None, _) => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            }}
        </section>
        {move || known.get().then(|| {
            let service = service.clone();
            view! {
                <password::HostingPassword service=service.clone()/>
                <rename::Rename service=service.clone() field=rename::Field::Username current=current on_saved=reload/>
                <rename::Rename service=service field=rename::Field::Domain current=current on_saved=reload/>
            }
        })}
    }
}

/// What a customer needs to know of the account: its names, where it lives, its plan.
#[component]
fn AccountFacts(account: HostingAccount, plans: Read<Vec<(String, String)>>) -> impl IntoView {
    let prefs = use_prefs();
    let plan_id = account.plan.as_ref().map(|p| p.id.clone());
    let server = account.server.clone();
    let panel = server.as_ref().and_then(|s| s.panel_url.clone());
    let nameservers = server
        .as_ref()
        .map(|s| s.nameservers.clone())
        .unwrap_or_default();
    view! {
        <dl class="invoice__meta" data-figure="hosting-account">
            {account.domain.clone().map(|d| view! { <div><dt>{tw(W::Domain)}</dt><dd>{d}</dd></div> })}
            <div><dt>{tw(W::Username)}</dt><dd><code>{account.username.clone()}</code></dd></div>
            {account.ip.clone().map(|ip| view! { <div><dt>{tw(W::Address)}</dt><dd><code>{ip}</code></dd></div> })}
            {server.map(|s| view! {
                <div><dt>{tw(W::Server)}</dt><dd>{s.hostname.clone().unwrap_or(s.name)}</dd></div>
            })}
            {account.plan.clone().map(|p| view! { <div><dt>{tw(W::Plan)}</dt><dd>{p.name}</dd></div> })}
        </dl>
        {panel.map(|url| view! {
            <p><a class="button button--secondary" href=url target="_blank" rel="noopener noreferrer">{tw(W::OpenPanel)}" ↗"</a></p>
        })}
        {(!nameservers.is_empty()).then(|| view! {
            <h3>{tw(W::Nameservers)}</h3>
            <p class="muted">{tw(W::NameserversLead)}</p>
            <ul class="plain-list" aria-label=move || prefs.w(W::Nameservers)>
                {nameservers.into_iter().map(|ns| view! { <li><code>{ns}</code></li> }).collect_view()}
            </ul>
        })}
        {account.plan.map(|p| (!p.limits.is_empty()).then(|| view! {
            <table class="table" aria-label=move || prefs.w(W::Plan)>
                <tbody>
                    {p.limits.into_iter().map(|(limit, raw)| view! {
                        <tr><th scope="row">{tw(limit_word(limit))}</th><td>{limit_value(limit, &raw)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }))}
        {move || plans.get().and_then(|r| r.ok()).filter(|l| l.len() > 1).map(|list| {
            let mine = plan_id.clone();
            view! {
                <p class="muted" data-figure="hosting-plans">{tw(W::PlansOffered)}": "
                    {list.into_iter().enumerate().map(|(i, (id, name))| {
                        let yours = mine.as_deref() == Some(id.as_str());
                        view! {
                            {(i > 0).then_some(" · ")}
                            {if yours {
                                view! { <strong>{name}" ("{tw(W::Yours)}")"</strong> }.into_any()
                            } else {
                                view! { <span>{name}</span> }.into_any()
                            }}
                        }
                    }).collect_view()}
                </p>
            }
        })}
    }
}
