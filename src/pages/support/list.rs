//! `/support`: the customer's tickets (needing attention first: answered ones wait for the
//! customer), each linking to its conversation, and "Open a ticket".

use super::{status_class, status_msg};
use crate::components::async_view::AsyncView;
use crate::i18n::Msg;
use crate::model::TicketSummary;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

fn rank(t: &TicketSummary) -> u8 {
    match t.status.to_ascii_lowercase().as_str() {
        "answered" => 0,
        "closed" => 2,
        _ => 1,
    }
}

/// The page.
#[component]
pub fn SupportPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let tickets = read(move || {
        let api = session.api_for_read();
        async move {
            api.tickets().await.map(|mut list| {
                // Stable: the portal's order (latest activity first) within each group.
                list.sort_by_key(rank);
                list
            })
        }
    });
    view! {
        <div class="page__head">
            <h1 class="page__title">{tr(Msg::TicketsCard)}</h1>
            <a class="button button--primary" href=Page::NewTicket.href()>{tr(Msg::OpenNewTicket)}</a>
        </div>
        <AsyncView resource=tickets let:list>
            {if list.is_empty() {
                view! { <div class="card"><p>{tr(Msg::NoTickets)}</p></div> }.into_any()
            } else {
                view! {
                    <div class="card table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{tr(Msg::Subject)}</th>
                                <th scope="col" class="tickets__dept">{tr(Msg::TicketDepartment)}</th>
                                <th scope="col">{tr(Msg::Status)}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|t| {
                                    let status = t.status.clone();
                                    let words = move || status_msg(&status).map_or_else(|| status.clone(), |m| prefs.t(m).to_string());
                                    view! {
                                        <tr>
                                            <td><a class="link" href=Page::Ticket(&t.number.to_string()).href()>{t.subject.clone()}</a>
                                                <span class="muted">" #"{t.number.clone()}</span>
                                                // On a phone the department column goes; it shows here instead.
                                                <span class="muted tickets__dept-inline">" · "{t.department.clone()}</span></td>
                                            <td class="tickets__dept">{t.department.clone()}</td>
                                            <td><span class=status_class(&t.status)>{words}</span></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </AsyncView>
    }
}
