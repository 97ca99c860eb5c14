//! Active and suspended services.

use crate::components::async_view::AsyncView;
use crate::components::card::Card;
use crate::i18n::Msg;
use crate::model::ServiceStatus;
use crate::routes::Page;
use crate::state::prefs::tr;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Services card.
#[component]
pub fn ServicesCard() -> impl IntoView {
    let session = use_session();
    let counts = read(move || {
        let api = session.api_for_read();
        async move {
            api.live_services().await.map(|list| {
                let count = |s: ServiceStatus| list.iter().filter(|x| x.status == s).count();
                (
                    count(ServiceStatus::Active),
                    count(ServiceStatus::Suspended),
                )
            })
        }
    });
    view! {
        <Card id="services" title=Msg::ServicesCard
            link=(Page::Services.href(), Msg::ViewServices)>
            <AsyncView resource=counts let:c>
                <dl class="figures">
                    <div class="figure">
                        <dt>{tr(Msg::ActiveServices)}</dt>
                        <dd class="figure__value" data-figure="active-services">{c.0}</dd>
                    </div>
                    <div class="figure">
                        <dt>{tr(Msg::SuspendedServices)}</dt>
                        <dd class="figure__value" class:is-danger={c.1 > 0} data-figure="suspended-services">{c.1}</dd>
                    </div>
                </dl>
            </AsyncView>
        </Card>
    }
}
