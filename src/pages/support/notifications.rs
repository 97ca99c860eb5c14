//! `/notifications`: every notification the portal keeps for the customer (`GET /notifications`),
//! newest first, read or not. Unread ones are marked and can be marked as read
//! (`PUT /notifications/@id/ack`, once); one about a service, an invoice or a ticket links to it.

use super::support_words::SupportWord;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::Notification;
use crate::routes::Page;
use crate::state::prefs::{Prefs, tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Where a notification's subject is, when the app has a page for it.
fn link_of(prefs: Prefs, about: &(String, String)) -> Option<(String, String)> {
    let (kind, id) = about;
    let (word, href) = match kind.to_ascii_lowercase().as_str() {
        "service" | "hosting" | "account" => (SupportWord::AboutService, Page::Service(id).href()),
        "invoice" => (SupportWord::AboutInvoice, Page::Invoice(id).href()),
        "ticket" => (SupportWord::AboutTicket, Page::Ticket(id).href()),
        _ => return None,
    };
    Some((href, prefs.w(word).replace("{id}", id)))
}

/// The page.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.notifications(None).await }
    });
    view! {
        <h1 class="page__title">{tw(SupportWord::Notifications)}</h1>
        <p class="muted">{tw(SupportWord::NotificationsLead)}</p>
        <section class="card" aria-labelledby="notifications-title">
            <h2 id="notifications-title" class="visually-hidden">{tw(SupportWord::Notifications)}</h2>
            <AsyncView resource=list let:items skeleton_lines=4>
                <NotificationList items=items/>
            </AsyncView>
        </section>
    }
}

#[component]
fn NotificationList(items: Vec<Notification>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    // Marked as read here (the list is not read again: the answer says it is done).
    let read_now = RwSignal::new(Vec::<String>::new());
    let ack = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move {
            let result = api.acknowledge_notification(&id).await;
            if result.is_ok() {
                read_now.try_update(|d| d.push(id));
            }
            result
        }
    });
    if items.is_empty() {
        return view! { <p class="muted">{tw(SupportWord::NoNotificationsYet)}</p> }.into_any();
    }
    view! {
        <ul class="notifications">
            {items.into_iter().map(|n| {
                let id = n.id.clone();
                let ack_id = n.id.clone();
                let was_read = n.read;
                let read = Memo::new(move |_| was_read || read_now.with(|r| r.contains(&id)));
                let date = {
                    let n = n.clone();
                    move || n.posted_on(prefs.lang.get())
                };
                let about = n.about.as_ref().and_then(|a| link_of(prefs, a));
                let subject = n.subject.clone();
                view! {
                    <li class="notification" class:notification--read=read>
                        <p class="notification__subject">
                            {n.subject.clone()}" "
                            {move || (!read.get()).then(|| view! { <span class="badge badge--warning">{tw(SupportWord::Unread)}</span> })}
                        </p>
                        <p class="notification__message">{n.message.clone()}</p>
                        <p class="notification__meta muted">
                            {date}
                            {about.map(|(href, words)| view! { " · " <a class="link" href=href>{words}</a> })}
                        </p>
                        {move || if read.get() {
                            view! { <p class="muted">{tw(SupportWord::Read)}</p> }.into_any()
                        } else {
                            let id = ack_id.clone();
                            view! {
                                <button type="button" class="button button--small button--secondary"
                                    disabled=move || ack.pending().get()
                                    aria-label=format!("{}: {}", prefs.t(Msg::MarkRead), subject)
                                    on:click=move |_| { ack.dispatch_local(id.clone()); }>
                                    {tr(Msg::MarkRead)}
                                </button>
                            }.into_any()
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        {move || ack.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
    }
    .into_any()
}
