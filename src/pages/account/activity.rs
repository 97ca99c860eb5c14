//! `/account/activity`: the account's sign-ins and changes (HostBill `GET /logs`) with the
//! address each came from, and its history (`GET /clientarea/histories`), so a customer can see
//! a sign-in that was not theirs.

use super::activity_words::ActivityWord as W;
use crate::components::async_view::AsyncView;
use crate::i18n::Msg;
use crate::model::Date;
use crate::model::activity::ActivityEntry;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::{Read, read};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn ActivityPage() -> impl IntoView {
    let session = use_session();
    let log = read(move || {
        let api = session.api_for_read();
        async move { api.activity_log().await }
    });
    let history = read(move || {
        let api = session.api_for_read();
        async move { api.account_history().await }
    });
    view! {
        <p><a class="link" href=crate::routes::Page::Account.href()>"← "{tr(Msg::Account)}</a></p>
        <h1 class="page__title">{tw(W::Title)}</h1>
        <p class="muted">{tw(W::Intro)}</p>
        <Entries id="activity-log" title=W::Log resource=log with_ip=true/>
        <Entries id="activity-history" title=W::History resource=history with_ip=false/>
    }
}

#[component]
fn Entries(
    id: &'static str,
    title: W,
    resource: Read<Vec<ActivityEntry>>,
    with_ip: bool,
) -> impl IntoView {
    let prefs = use_prefs();
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{tw(title)}</h2>
            <AsyncView resource=resource let:list skeleton_lines=4>
                {if list.is_empty() {
                    view! { <p class="muted">{tw(W::Empty)}</p> }.into_any()
                } else {
                    view! {
                        // Focusable, so a keyboard can scroll it on a phone (axe:
                        // scrollable-region-focusable).
                        <div class="table-scroll" tabindex="0" role="region" aria-label=move || prefs.w(title)>
                            <table class="table" aria-label=move || prefs.w(title)>
                                <thead><tr>
                                    <th scope="col">{tw(W::When)}</th>
                                    <th scope="col">{tw(W::What)}</th>
                                    {with_ip.then(|| view! { <th scope="col">{tw(W::From)}</th> })}
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|e| {
                                        let raw = e.date.clone();
                                        view! {
                                            <tr>
                                                <td>{move || Date::parse(&raw).map_or_else(|| raw.clone(), |_| crate::i18n::format_date_time(prefs.lang.get(), &raw, None))}</td>
                                                <td>{e.text.clone()}</td>
                                                {with_ip.then(|| view! { <td><code>{e.ip.clone().unwrap_or_default()}</code></td> })}
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}
