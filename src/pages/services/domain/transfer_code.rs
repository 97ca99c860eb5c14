//! The transfer (EPP) code: read only when asked for (it is a secret that lets the domain
//! leave), then shown with a copy button.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::{tr, tw};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The panel.
#[component]
pub fn TransferCode(service: String) -> impl IntoView {
    let session = use_session();
    let fetch = Action::new_local(move |_: &()| {
        let api = session.api();
        let order = service.clone();
        async move { api.domain_transfer_code(&order).await }
    });
    let copy = move |code: String| {
        let _ = window().navigator().clipboard().write_text(&code);
    };
    view! {
        <section class="card" aria-labelledby="transfer-code-title">
            <h2 id="transfer-code-title">{tw(ServiceWord::TransferCode)}</h2>
            <p class="muted">{tw(ServiceWord::TransferCodeLead)}</p>
            {move || match fetch.value().get() {
                // The registrar has no code to give (FOSSBilling's Custom registrar): say who does.
                Some(Ok(None)) => view! {
                    <p class="banner banner--info" role="status" data-figure="transfer-code-none">{tw(ServiceWord::TransferCodeNone)}</p>
                }.into_any(),
                Some(Ok(Some(code))) => {
                    let for_copy = code.clone();
                    view! {
                        <p class="form form--inline">
                            <code data-figure="transfer-code">{code}</code>
                            <button type="button" class="button button--secondary button--small" on:click=move |_| copy(for_copy.clone())>{tr(Msg::Copy)}</button>
                        </p>
                    }.into_any()
                }
                other => view! {
                    <p><button type="button" class="button button--secondary" disabled=move || fetch.pending().get()
                        on:click=move |_| { if !fetch.pending().get_untracked() { fetch.dispatch_local(()); } }>{tw(ServiceWord::ShowTransferCode)}</button></p>
                    {other.and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
                }.into_any(),
            }}
        </section>
    }
}
