//! `/account/emails`: the e-mails the portal sent, newest first; `/account/emails/:id`: one of
//! them, its HTML in a sandboxed frame (or its text), and on BoxBilling "Send it again" (sent
//! once) and "Delete" (confirmed).

use super::history_words::HistoryWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::mail_frame::MailFrame;
use crate::i18n::format_date;
use crate::model::EmailMessage;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

/// The list.
#[component]
pub fn EmailsPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.emails().await }
    });
    view! {
        <p><a class="link" href=Page::Account.href()>"← "{crate::state::prefs::tr(crate::i18n::Msg::Account)}</a></p>
        <h1 class="page__title">{tw(W::Title)}</h1>
        <p class="muted">{tw(W::Intro)}</p>
        {move || match list.get() {
            None => None,
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            Some(Ok(mails)) if mails.is_empty() => Some(view! { <p class="muted">{tw(W::None)}</p> }.into_any()),
            Some(Ok(mails)) => Some(view! {
                <section class="card">
                    <table class="table">
                        <caption class="visually-hidden">{tw(W::Title)}</caption>
                        <thead><tr><th scope="col">{tw(W::Subject)}</th><th scope="col">{tw(W::Sent)}</th></tr></thead>
                        <tbody>
                            {mails.into_iter().map(|m| view! {
                                <tr>
                                    <td><a class="link" href=Page::Email(&m.id).href()>{m.subject.clone()}</a></td>
                                    <td>{m.date.map(|d| format_date(prefs.lang.get_untracked(), d)).unwrap_or_default()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }.into_any()),
        }}
    }
}

/// One e-mail.
#[component]
pub fn EmailPage(
    /// The e-mail's id, from the path.
    id: String,
) -> impl IntoView {
    let session = use_session();
    let mail = read(move || {
        let api = session.api_for_read();
        let id = id.clone();
        async move { api.email(&id).await }
    });
    view! {
        <p><a class="link" href=Page::Emails.href()>"← "{tw(W::Back)}</a></p>
        {move || match mail.get() {
            None => None,
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            Some(Ok(m)) => Some(view! { <EmailView mail=m/> }.into_any()),
        }}
    }
}

#[component]
fn EmailView(mail: EmailMessage) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let actions = use_config().backend.capabilities().email_actions;
    let id = mail.id.clone();
    let resend = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.resend_email(&id).await }
    });
    // Sent once from this page: a double click must not send it twice, and a portal fast enough
    // to answer between the two clicks leaves nothing pending to stop the second (the e2e suite
    // caught it under load). A failure lets it be sent again.
    let resent = move || matches!(resend.value().get(), Some(Ok(())));
    let delete = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.delete_email(&id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            navigate(&Page::Emails.href(), NavigateOptions::default());
        }
    });
    let asking = RwSignal::new(false);
    let subject = mail.subject.clone();
    let (id1, id2) = (id.clone(), id);
    view! {
        <h1 class="page__title">{mail.subject.clone()}</h1>
        <section class="card">
            <dl class="invoice__meta">
                {mail.sender.clone().map(|s| view! { <dt>{tw(W::From)}</dt><dd>{s}</dd> })}
                {mail.recipients.clone().map(|s| view! { <dt>{tw(W::To)}</dt><dd>{s}</dd> })}
                {mail.date.map(|d| view! { <dt>{tw(W::Sent)}</dt><dd>{format_date(prefs.lang.get_untracked(), d)}</dd> })}
            </dl>
            {actions.then(|| view! {
                <div class="actions">
                    <button type="button" class="button button--secondary"
                        disabled=move || resend.pending().get() || resent()
                        on:click=move |_| { if !resend.pending().get_untracked() && !untrack(resent) { resend.dispatch_local(id1.clone()); } }>{tw(W::Resend)}</button>
                    <button type="button" class="button button--danger" disabled=move || delete.pending().get()
                        on:click=move |_| asking.set(true)>{tw(W::Delete)}</button>
                </div>
            })}
            {move || match resend.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Resent)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            {move || delete.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            {match (mail.html.clone(), mail.text.clone()) {
                (Some(html), _) => view! {
                    <p class="muted">{tw(W::FrameNote)}</p>
                    <MailFrame html=html title=mail.subject.clone()/>
                }.into_any(),
                (None, Some(text)) => view! { <pre class="mail-text">{text}</pre> }.into_any(),
                (None, None) => view! { <p class="muted">{tw(W::NoBody)}</p> }.into_any(),
            }}
        </section>
        <ConfirmDialog id="email-delete" heading=Signal::derive(move || prefs.w(W::DeleteTitle).to_string())
            message=Signal::derive(move || prefs.w(W::DeleteText).replace("{subject}", &subject))
            open=asking
            confirm_label=Signal::derive(move || prefs.w(W::Delete).to_string())
            on_confirm=Callback::new(move |_| {
                asking.set(false);
                if !delete.pending().get_untracked() { delete.dispatch_local(id2.clone()); }
            })
            on_cancel=Callback::new(move |_| asking.set(false))/>
    }
}
