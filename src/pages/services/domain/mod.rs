//! A domain order's registrar settings on its service page (BoxBilling's `servicedomain`):
//! name servers, the transfer lock and WHOIS privacy, the transfer code, and the registrant
//! contact. Every change is sent once and then the settings are read again, so the page always
//! shows what the registrar holds, not what was asked.

mod contact;
mod nameservers;
mod renewal;
mod renewal_words;
mod switches;
mod transfer_code;

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::DomainDetail;
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

pub use contact::contact_problems;
pub use nameservers::nameserver_list;
pub use renewal::DomainRenewal;

/// The domain settings of order `service`.
#[component]
pub fn DomainSection(service: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let generation = RwSignal::new(0u32);
    let order = service.clone();
    let detail = read(move || {
        generation.track();
        let api = session.api_for_read();
        let order = order.clone();
        async move { api.domain(&order).await }
    });
    let reload = Callback::new(move |_: ()| generation.update(|g| *g += 1));
    // The registrar's latest answer. The forms mount once it is known and follow it, so a
    // re-read after a change does not wipe their messages.
    let current = RwSignal::new(None::<DomainDetail>);
    Effect::new(move |_| {
        if let Some(Ok(d)) = detail.get() {
            current.set(Some(d));
        }
    });
    let known = Memo::new(move |_| current.with(Option::is_some));
    view! {
        <section class="card" aria-labelledby="domain-title">
            <h2 id="domain-title">{tw(ServiceWord::DomainTitle)}</h2>
            {move || match (current.get(), detail.get()) {
                (Some(d), _) => {
                    let expires = d.expires.map(|date| {
                        prefs.w(ServiceWord::DomainExpiresOn).replace("{date}", &crate::i18n::format_date(prefs.lang.get(), date))
                    });
                    view! {
                        <p><strong>{d.name.clone()}</strong>{expires.map(|e| view! { " · "<span class="muted">{e}</span> })}</p>
                    }.into_any()
                }
                (None, Some(Err(e))) => view! { <ErrorPanel error=e on_retry=reload/> }.into_any(),
                (None, _) => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            }}
        </section>
        {move || known.get().then(|| {
            let service = service.clone();
            view! {
                <nameservers::NameserversForm service=service.clone() current=current on_saved=reload/>
                <switches::LockAndPrivacy service=service.clone() current=current on_saved=reload/>
                <transfer_code::TransferCode service=service.clone()/>
                <contact::ContactForm service=service current=current on_saved=reload/>
            }
        })}
    }
}
