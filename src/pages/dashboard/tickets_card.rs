//! Open support tickets.

use crate::components::async_view::AsyncView;
use crate::components::card::Card;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::tr;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Tickets card.
#[component]
pub fn TicketsCard() -> impl IntoView {
    let session = use_session();
    let counts = read(move || {
        let api = session.api_for_read();
        async move {
            api.tickets().await.map(|list| {
                let open = list.iter().filter(|t| t.is_open()).count();
                let answered = list
                    .iter()
                    .filter(|t| t.status.eq_ignore_ascii_case("answered"))
                    .count();
                (open, answered)
            })
        }
    });
    view! {
        <Card id="tickets" title=Msg::TicketsCard link=(Page::Support.href(), Msg::ViewTickets)>
            <AsyncView resource=counts let:c>
                <dl class="figures">
                    <div class="figure">
                        <dt>{tr(Msg::OpenTickets)}</dt>
                        <dd class="figure__value" data-figure="open-tickets">{c.0}</dd>
                    </div>
                    <div class="figure">
                        <dt>{tr(Msg::AwaitingYourReply)}</dt>
                        <dd class="figure__value" data-figure="answered-tickets">{c.1}</dd>
                    </div>
                </dl>
            </AsyncView>
        </Card>
    }
}
