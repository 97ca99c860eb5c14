//! The DNS zones a service holds (HostBill `GET /service/@service_id/dns`), on its page: each
//! zone opens the DNS editor. A service whose module has no DNS is answered "invalid method" by
//! the portal (the documents' own example), and its page then shows nothing of DNS.

use crate::components::error_panel::ErrorPanel;
use crate::dns::names::to_unicode;
use crate::model::ZoneSummary;
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::tw;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section, once the portal has said the service has DNS.
#[component]
pub fn ServiceZones(
    /// The service's id.
    service: String,
    /// Whether the service is active: one that is not shows its zones, but no invitation to
    /// create one when it holds none.
    active: bool,
) -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        let id = service.clone();
        async move { api.service_zones(&id).await }
    });
    move || {
        let body = match data.get()? {
            // No DNS on this service (or, not active, none to show): nothing to offer.
            Ok(None) => return None,
            Ok(Some(zones)) if zones.is_empty() && !active => return None,
            Ok(Some(zones)) => view! { <ZoneLinks zones=zones/> }.into_any(),
            Err(e) => view! { <ErrorPanel error=e/> }.into_any(),
        };
        Some(view! {
            <section class="card" aria-labelledby="service-zones-title">
                <h2 id="service-zones-title">{tw(ServiceWord::DnsZones)}</h2>
                {body}
            </section>
        })
    }
}

/// The zones, each a link into the DNS editor (its Unicode name, the ASCII one beside it when
/// they differ), then where zones are created or deleted.
#[component]
fn ZoneLinks(zones: Vec<ZoneSummary>) -> impl IntoView {
    view! {
        {if zones.is_empty() {
            view! { <p class="muted">{tw(ServiceWord::NoDnsZones)}</p> }.into_any()
        } else {
            view! {
                <ul class="zone-list">
                    {zones.into_iter().map(|z| {
                        let unicode = to_unicode(&z.name);
                        let href = Page::Zone { service: &z.service_id, zone: &z.id }.href();
                        view! {
                            <li class="zone-list__item">
                                <a class="link zone-list__name" href=href>{unicode.clone()}</a>
                                {(unicode != z.name).then(|| view! { <span class="muted zone-list__ascii">{z.name.clone()}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <a class="card__link" href=Page::Zones.href()>{tw(ServiceWord::AllDnsZones)}" →"</a>
    }
}
