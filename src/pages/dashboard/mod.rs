//! The dashboard: one card per concern, each loading on its own, so a failing card shows its
//! error and a retry while the others still show their figures.

mod accept_quote_card;
mod balance_card;
pub mod by_number;
mod invoices_card;
mod notifications_card;
mod services_card;
mod tickets_card;

use crate::components::card::Card;
use crate::config::Area;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The dashboard page.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let config = use_config();
    let caps = config.backend.capabilities();
    // The split build's loader (web/split-runtime.js) loads the navigation's areas in the
    // background once the dashboard is up and the browser idle.
    request_animation_frame(|| {
        if let Ok(event) = web_sys::CustomEvent::new("atrium-signed-in") {
            let _ = window().dispatch_event(&event);
        }
    });
    view! {
        <h1 class="page__title">{tr(Msg::Welcome)}</h1>
        <div class="card-grid">
            {config.offers(Area::Invoices).then(|| view! { <balance_card::BalanceCard/> })}
            {(config.offers(Area::Invoices) && caps.invoice_list).then(|| view! { <invoices_card::InvoicesCard/> })}
            {(config.offers(Area::Services) && caps.service_list).then(|| view! { <services_card::ServicesCard/> })}
            // Billing systems that cannot list (Kdata): open an invoice or a service by number,
            // accept a quote by its number; these cards are a chunk of their own, which only
            // those customers load.
            {by_number::wanted().then(|| Suspend::new(crate::lazy_parts::by_number_cards()))}
            {(config.offers(Area::Cart) && caps.vps_order).then(|| view! {
                <Card id="order-vps" title=Msg::VpsOrderTitle link=(Page::Order.href(), Msg::VpsOrderTitle)>
                    <p class="muted">{tr(Msg::VpsOrderLead)}</p>
                </Card>
            })}
            {caps.tickets.then(|| view! { <tickets_card::TicketsCard/> })}
            {caps.notifications.then(|| view! { <notifications_card::NotificationsCard/> })}
        </div>
        {caps.news.then(|| view! {
            <p><a class="link" href=Page::News.href()>{crate::state::prefs::tw(crate::pages::news::news_words::NewsWord::Link)}</a></p>
        })}
    }
}
