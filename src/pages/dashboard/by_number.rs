//! The dashboard's cards for billing systems that cannot list invoices, services or quotes
//! (Kdata): find an invoice or a service by its number, accept a quote by its number. They load
//! as a chunk of their own (`crate::lazy_parts::by_number_cards`), so the customers of the systems that
//! list (most of them) never download them.

use super::accept_quote_card::AcceptQuoteCard;
use crate::components::card::Card;
use crate::config::Area;
use crate::i18n::Msg;
use crate::pages::lookup::{LookupForm, LookupKind};
use crate::state::brand::use_config;
use leptos::prelude::*;

struct Wanted {
    find_invoice: bool,
    find_service: bool,
    accept_quote: bool,
}

fn cards() -> Wanted {
    let config = use_config();
    let caps = config.backend.capabilities();
    Wanted {
        find_invoice: config.offers(Area::Invoices) && !caps.invoice_list,
        find_service: config.offers(Area::Services) && !caps.service_list,
        accept_quote: config.offers(Area::Invoices) && caps.accept_estimate && !caps.estimates,
    }
}

/// True when this billing system and this reseller's areas call for any of these cards.
pub fn wanted() -> bool {
    let w = cards();
    w.find_invoice || w.find_service || w.accept_quote
}

/// The cards, in the dashboard's grid.
#[component]
pub fn ByNumberCards() -> impl IntoView {
    let Wanted {
        find_invoice,
        find_service,
        accept_quote,
    } = cards();
    view! {
        {(find_invoice || find_service).then(|| view! {
            <Card id="find" title=Msg::FindCard>
                {find_invoice.then(|| view! { <LookupForm kind=LookupKind::Invoice/> })}
                {find_service.then(|| view! { <LookupForm kind=LookupKind::Service/> })}
            </Card>
        })}
        {accept_quote.then(|| view! { <AcceptQuoteCard/> })}
    }
}
