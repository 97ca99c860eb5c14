//! `/support/new`: department, subject and message, checked before sending, sent once; then
//! the new ticket opens. If the answer is lost, the ticket list is read to find it before
//! anything could be sent twice.

use super::ticket_problems;
use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::collections::BTreeSet;

fn lost(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::Network | ApiError::Timeout | ApiError::Decode(_) | ApiError::Server { .. }
    ) || matches!(e, ApiError::Portal { status, .. } if *status >= 500)
}

/// The page.
#[component]
pub fn NewTicketPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let departments = read(move || {
        let api = session.api_for_read();
        async move { api.ticket_departments().await }
    });
    // Other pages open this form with a subject already written (`?subject=`), e.g. asking
    // support to restore a backup the portal cannot restore itself.
    let prefilled = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("subject"))
        .unwrap_or_default();
    let (department, subject, message) = (
        RwSignal::new(String::new()),
        RwSignal::new(prefilled),
        RwSignal::new(String::new()),
    );
    let problems = RwSignal::new((None::<Msg>, None::<Msg>, None::<Msg>));
    let send = Action::new_local(move |_: &()| {
        let api = session.api();
        let (d, s, m) = (
            department.get_untracked(),
            subject.get_untracked().trim().to_string(),
            message.get_untracked().trim().to_string(),
        );
        async move {
            let before: Option<BTreeSet<String>> = api
                .tickets()
                .await
                .ok()
                .map(|l| l.into_iter().map(|t| t.number).collect());
            match api.open_ticket(&d, &s, &m).await {
                Ok(number) => Ok(number),
                Err(e) if lost(&e) => {
                    // Find the ticket the portal may have made before offering to send again.
                    let found = match (before, api.tickets().await) {
                        (Some(before), Ok(now)) => now
                            .into_iter()
                            .find(|t| !before.contains(&t.number) && t.subject.trim() == s)
                            .map(|t| t.number),
                        _ => None,
                    };
                    found.ok_or(e)
                }
                Err(e) => Err(e),
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(number)) = send.value().get() {
            navigate(
                &Page::Ticket(&number.to_string()).with_query(&[("opened", "1")]),
                Default::default(),
            );
        }
    });
    let pending = send.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (s, m) = ticket_problems(&subject.get_untracked(), &message.get_untracked());
        let d = department
            .with_untracked(String::is_empty)
            .then_some(Msg::DepartmentRequired);
        problems.set((d, s, m));
        if d.is_none() && s.is_none() && m.is_none() && !pending.get_untracked() {
            send.dispatch_local(());
        }
    };
    let shown = move |m: Option<Msg>| m.map(|m| prefs.t(m));
    view! {
        <p><a class="link" href=Page::Support.href()>"← "{tr(Msg::BackToSupport)}</a></p>
        <h1 class="page__title">{tr(Msg::OpenNewTicket)}</h1>
        <form class="card form" novalidate on:submit=submit>
            <div class="field">
                <label for="ticket-dept">{tr(Msg::TicketDepartment)}</label>
                <select id="ticket-dept" prop:value=move || department.get() on:change=move |ev| department.set(event_target_value(&ev))
                    aria-invalid=move || problems.with(|p| p.0.is_some()).to_string() aria-describedby="ticket-dept-error">
                    <option value="">{tr(Msg::ChooseDepartment)}</option>
                    {move || departments.get().and_then(|r| r.ok()).unwrap_or_default().into_iter().map(|d| view! {
                        <option value=d.id.clone()>{d.name.clone()}</option>
                    }).collect_view()}
                </select>
                <p class="field__error" id="ticket-dept-error">{move || shown(problems.with(|p| p.0))}</p>
            </div>
            <div class="field">
                <label for="ticket-subject">{tr(Msg::Subject)}</label>
                <input id="ticket-subject" maxlength="200" bind:value=subject
                    aria-invalid=move || problems.with(|p| p.1.is_some()).to_string() aria-describedby="ticket-subject-error"/>
                <p class="field__error" id="ticket-subject-error">{move || shown(problems.with(|p| p.1))}</p>
            </div>
            <div class="field">
                <label for="ticket-message">{tr(Msg::TicketMessage)}</label>
                <textarea id="ticket-message" rows="8" bind:value=message
                    aria-invalid=move || problems.with(|p| p.2.is_some()).to_string() aria-describedby="ticket-message-error"></textarea>
                <p class="field__error" id="ticket-message-error">{move || shown(problems.with(|p| p.2))}</p>
            </div>
            <div>
                <button type="submit" class="button button--primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                    {move || if pending.get() { prefs.t(Msg::SendingTicket) } else { prefs.t(Msg::SendTicket) }}
                </button>
            </div>
            {move || departments.get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            {move || send.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
        </form>
    }
}
