//! `/support/:number`: the conversation, oldest first (staff messages marked), a reply form
//! (sent once; the text stays until the portal accepted it), and close or re-open. Another
//! client's ticket is a clear "not found".

use super::support_words::SupportWord;
use super::{status_class, status_msg, ticket_problems};
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::download_button::{Document, DownloadButton};
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::TicketDetail;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::{Read, read};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn TicketPage(
    /// The ticket's number.
    number: String,
) -> impl IntoView {
    let session = use_session();
    let number = Signal::stored(number);
    let generation = RwSignal::new(0u32);
    let data = read(move || {
        generation.track();
        let api = session.api_for_read();
        let n = number.get();
        async move { api.ticket(&n).await }
    });
    let reload = Callback::new(move |_: ()| generation.update(|g| *g += 1));
    let missing = Memo::new(move |_| {
        matches!(
            data.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    view! {
        <p><a class="link" href=Page::Support.href()>"← "{tr(Msg::BackToSupport)}</a></p>
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tr(Msg::TicketsCard)}</h1>
                <div class="card"><p>{tr(Msg::TicketNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=data let:t skeleton_lines=6>
                    <Conversation ticket=t/>
                </AsyncView>
            }.into_any()
        }}
        {move || number.with(|n| (!n.is_empty()).then(|| {
            let n = n.clone();
            view! { <Actions number=n data=data reload=reload/> }
        }))}
    }
}

#[component]
fn Conversation(ticket: TicketDetail) -> impl IntoView {
    let prefs = use_prefs();
    let zone = crate::state::brand::use_config().portal_time_zone;
    let s = ticket.summary.clone();
    let status = s.status.clone();
    let words =
        move || status_msg(&status).map_or_else(|| status.clone(), |m| prefs.t(m).to_string());
    let number = s.number.clone();
    view! {
        <article class="card" aria-labelledby="ticket-title">
            <header class="invoice__head">
                <h1 id="ticket-title" class="page__title">{s.subject.clone()}</h1>
                <span class=status_class(&s.status) data-figure="ticket-status">{words}</span>
            </header>
            <p class="muted">{move || prefs.t(Msg::TicketNumbered).replace("{n}", &number)}" · "{s.department.clone()}</p>
            <ol class="thread">
                {ticket.messages.into_iter().map(|m| {
                    let zone = zone.clone();
                    let at = m.at.clone();
                    view! {
                    <li class="thread__message" class:thread__message--staff=m.staff>
                        <p class="thread__meta">
                            <strong>{m.author.clone()}</strong>
                            {m.staff.then(|| view! { " "<span class="badge badge--info">{tr(Msg::StaffLabel)}</span> })}
                            " · "<time datetime=m.at.replace(' ', "T")>{move || crate::i18n::format_date_time(prefs.lang.get(), &at, zone.as_deref())}</time>
                        </p>
                        <p class="thread__body">{m.body.clone()}</p>
                        {(!m.attachments.is_empty()).then(|| view! {
                            <ul class="thread__files" aria-label=move || prefs.w(SupportWord::Attachments)>
                                {m.attachments.iter().map(|a| view! {
                                    <li><DownloadButton doc=Document::TicketAttachment { file: a.file.clone(), name: a.name.clone() }/></li>
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }}).collect_view()}
            </ol>
        </article>
    }
}

/// Reply, close and re-open; they live outside the conversation so a re-read after a reply
/// keeps their messages.
#[component]
fn Actions(number: String, data: Read<TicketDetail>, reload: Callback<()>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let reopen_offered = crate::state::brand::use_config()
        .backend
        .capabilities()
        .ticket_reopen;
    let closed = Memo::new(move |_| data.get().and_then(|r| r.ok()).map(|t| t.is_closed()));
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Msg>);
    let n = number.clone();
    let reply = Action::new_local(move |body: &String| {
        let api = session.api();
        let (n, body) = (n.clone(), body.clone());
        async move { api.reply_ticket(&n, &body).await }
    });
    let n = number.clone();
    let set_closed = Action::new_local(move |close: &bool| {
        let api = session.api();
        let (n, close) = (n.clone(), *close);
        async move { api.set_ticket_closed(&n, close).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = reply.value().get() {
            text.set(String::new());
            reload.run(());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = set_closed.value().get() {
            reload.run(());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = text.get_untracked();
        problem.set(ticket_problems("-", &body).1);
        if problem.get_untracked().is_none() && !reply.pending().get_untracked() {
            reply.dispatch_local(body.trim().to_string());
        }
    };
    let busy = move || reply.pending().get() || set_closed.pending().get();
    // Closing changes the ticket's state: say so and ask once, like every other such action.
    let confirming_close = RwSignal::new(false);
    let close_message = {
        let number = number.clone();
        Signal::derive(move || {
            prefs
                .t(Msg::ConfirmCloseTicket)
                .replace("{number}", &number)
        })
    };
    let close_label = Signal::derive(move || prefs.t(Msg::CloseTicket).to_string());
    view! {
        {move || match closed.get() {
            None => None,
            Some(false) => Some(view! {
                <section class="card" aria-labelledby="reply-title">
                    <h2 id="reply-title">{tr(Msg::ReplyLabel)}</h2>
                    <form class="form" novalidate on:submit=submit>
                        <div class="field">
                            <label for="ticket-reply" class="visually-hidden">{tr(Msg::ReplyLabel)}</label>
                            <textarea id="ticket-reply" rows="6" bind:value=text
                                aria-invalid=move || problem.get().is_some().to_string() aria-describedby="ticket-reply-error"></textarea>
                            <p class="field__error" id="ticket-reply-error">{move || problem.get().map(|m| prefs.t(m))}</p>
                        </div>
                        <div class="form form--inline">
                            <button type="submit" class="button button--primary" disabled=busy>{tr(Msg::SendReply)}</button>
                            <button type="button" class="button button--secondary" disabled=busy
                                on:click=move |_| confirming_close.set(true)>{tr(Msg::CloseTicket)}</button>
                        </div>
                    </form>
                    {move || match reply.value().get() {
                        Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::ReplySent)}</p> }.into_any()),
                        Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                        None => None,
                    }}
                </section>
            }.into_any()),
            Some(true) => Some(view! {
                <section class="card">
                    <p>{tr(if reopen_offered { Msg::TicketClosedReopen } else { Msg::TicketClosedNew })}</p>
                    {if reopen_offered {
                        view! {
                            <button type="button" class="button button--secondary" disabled=busy
                                on:click=move |_| { if !set_closed.pending().get_untracked() { set_closed.dispatch_local(false); } }>{tr(Msg::ReopenTicket)}</button>
                        }.into_any()
                    } else {
                        view! { <a class="button button--secondary" href=Page::NewTicket.href()>{tr(Msg::OpenNewTicket)}</a> }.into_any()
                    }}
                </section>
            }.into_any()),
        }}
        {move || set_closed.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
        <ConfirmDialog id="confirm-close-ticket" title=Msg::CloseTicket message=close_message
            open=confirming_close confirm_label=close_label
            on_confirm=Callback::new(move |_| {
                confirming_close.set(false);
                if !set_closed.pending().get_untracked() { set_closed.dispatch_local(true); }
            })
            on_cancel=Callback::new(move |_| confirming_close.set(false))/>
    }
}
