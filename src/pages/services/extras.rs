//! A BoxBilling order's add-on orders and the plans it can move to (`order/addons`,
//! `order/upgradables`): listed for the customer to see; BoxBilling's client API has no call to
//! request the move, so the section says where to ask.

use crate::components::async_view::AsyncView;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::Msg;
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::{tr, tw};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn OrderExtras(service: String) -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        let id = service.clone();
        async move { api.order_extras(&id).await }
    });
    view! {
        <section class="card" aria-labelledby="order-extras-title">
            <h2 id="order-extras-title">{tw(ServiceWord::AddonsAndPlans)}</h2>
            <AsyncView resource=data let:d skeleton_lines=3>
                <h3>{tr(Msg::Addons)}</h3>
                {if d.0.is_empty() {
                    view! { <p class="muted">{tw(ServiceWord::NoAddons)}</p> }.into_any()
                } else {
                    view! {
                        <ul>{d.0.into_iter().map(|a| view! {
                            <li><a class="link" href=Page::Service(&a.id.to_string()).href()>{a.name.clone()}</a>" "<ServiceStatusBadge status=a.status.clone()/></li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
                <h3>{tw(ServiceWord::CanMoveTo)}</h3>
                {if d.1.is_empty() {
                    view! { <p class="muted">{tw(ServiceWord::NoOtherPlans)}</p> }.into_any()
                } else {
                    view! {
                        <ul aria-label=tw(ServiceWord::CanMoveTo)>{d.1.into_iter().map(|(_, title)| view! { <li>{title}</li> }).collect_view()}</ul>
                        <p class="muted">{tw(ServiceWord::AskSupportToMove)}</p>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}
