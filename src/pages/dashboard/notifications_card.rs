//! New notifications, each with "Mark as read" (`PUT /notifications/@id/ack`).

use crate::components::async_view::AsyncView;
use crate::components::card::Card;
use crate::components::error_panel::error_message;
use crate::i18n::Msg;
use crate::state::prefs::use_prefs;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Notifications card.
#[component]
pub fn NotificationsCard() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.new_notifications().await }
    });
    let dismissed = RwSignal::new(Vec::<String>::new());
    let ack = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move {
            let result = api.acknowledge_notification(&id).await;
            if result.is_ok() {
                dismissed.try_update(|d| d.push(id));
            }
            result
        }
    });
    let ack_error = move || {
        ack.value()
            .get()
            .and_then(|r| r.err())
            .map(|e| prefs.t(error_message(&e)))
    };
    view! {
        <Card id="notifications" title=Msg::NotificationsCard link=(crate::routes::Page::Notifications.href(), Msg::AllNotifications)>
            <AsyncView resource=list let:items>
                {move || {
                    let gone = dismissed.get();
                    let visible: Vec<_> = items.iter().filter(|n| !gone.contains(&n.id)).cloned().collect();
                    if visible.is_empty() {
                        return view! { <p class="muted">{prefs.t(Msg::NoNotifications)}</p> }.into_any();
                    }
                    view! {
                        <ul class="notifications">
                            {visible.into_iter().map(|n| {
                                let id = n.id.clone();
                                let busy = move || ack.pending().get();
                                view! {
                                    <li class="notification">
                                        <p class="notification__subject">{n.subject.clone()}</p>
                                        <p class="notification__message">{n.message.clone()}</p>
                                        <p class="notification__meta muted">{
                                            let n = n.clone();
                                            move || n.posted_on(prefs.lang.get())
                                        }</p>
                                        <button type="button" class="button button--small button--secondary" disabled=busy
                                            aria-label=format!("{}: {}", prefs.t(Msg::MarkRead), n.subject)
                                            on:click=move |_| { ack.dispatch_local(id.clone()); }>
                                            {prefs.t(Msg::MarkRead)}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p class="field__error" role="status">{ack_error}</p>
            </AsyncView>
        </Card>
    }
}
