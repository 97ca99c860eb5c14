//! The dashboard: one card per concern, each loading on its own, so a failing card shows its
//! error and a retry while the others still show their figures.

mod balance_card;
mod invoices_card;
mod notifications_card;
mod services_card;
mod tickets_card;

use crate::config::Area;
use crate::i18n::Msg;
use crate::state::brand::use_config;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The dashboard page.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let config = use_config();
    let caps = config.backend.capabilities();
    view! {
        <h1 class="page__title">{tr(Msg::Welcome)}</h1>
        <div class="card-grid">
            {config.offers(Area::Invoices).then(|| view! {
                <balance_card::BalanceCard/>
                <invoices_card::InvoicesCard/>
            })}
            {config.offers(Area::Services).then(|| view! { <services_card::ServicesCard/> })}
            {caps.tickets.then(|| view! { <tickets_card::TicketsCard/> })}
            {caps.notifications.then(|| view! { <notifications_card::NotificationsCard/> })}
        </div>
    }
}
