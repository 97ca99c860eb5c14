//! What the provider has said about this service (`GET /notifications` with `rel_type=Service`
//! and the service's id): maintenance windows, incidents. Shown only when there is something;
//! a failed read says so rather than hiding it.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn ServiceNotices(service: String) -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let list = read(move || {
        let api = session.api_for_read();
        let id = service.clone();
        async move { api.notifications(Some(("Service", &id))).await }
    });
    move || {
        list.get().and_then(|answer| match answer {
            Ok(items) if items.is_empty() => None,
            Ok(items) => Some(view! {
                <section class="card" aria-labelledby="service-notices-title">
                    <h2 id="service-notices-title">{tw(ServiceWord::Notices)}</h2>
                    <ul class="notifications">
                        {items.into_iter().map(|n| {
                            let date = {
                    let n = n.clone();
                    move || n.posted_on(prefs.lang.get())
                };
                            view! { <li class="notification">
                                <p class="notification__subject">{n.subject.clone()}</p>
                                <p class="notification__message">{n.message.clone()}</p>
                                <p class="notification__meta muted">{date}</p>
                            </li> }
                        }).collect_view()}
                    </ul>
                    <p><a class="link" href=Page::Notifications.href()>{tr(Msg::AllNotifications)}</a></p>
                </section>
            }.into_any()),
            Err(e) => Some(view! {
                <section class="card" aria-labelledby="service-notices-title">
                    <h2 id="service-notices-title">{tw(ServiceWord::Notices)}</h2>
                    <ErrorPanel error=e/>
                </section>
            }.into_any()),
        })
    }
}
