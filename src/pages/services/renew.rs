//! "Renew now" on billing systems that make a renewal invoice on request (BoxBilling's
//! `invoice/renewal_invoice`): confirmed, sent once, then the new invoice opens.

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The section.
#[component]
pub fn RenewNow(service: String, name: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let renew = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.renewal_invoice(&id).await }
    });
    let pending = renew.pending();
    Effect::new(move |_| {
        if let Some(Ok(hash)) = renew.value().get() {
            navigate(&Page::Invoice(&hash.to_string()).href(), Default::default());
        }
    });
    view! {
        <section class="card" aria-labelledby="renew-title">
            <h2 id="renew-title">{tr(Msg::RenewTitle)}</h2>
            <p class="muted">{tr(Msg::RenewLead)}</p>
            <button type="button" class="button button--secondary" disabled=move || pending.get()
                on:click=move |_| asking.set(true)>{tr(Msg::RenewNow)}</button>
            {move || renew.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <ConfirmDialog id="renew-confirm" title=Msg::RenewNow
                message=Signal::derive(move || prefs.t(Msg::RenewConfirm).replace("{name}", &name))
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    if !pending.get_untracked() {
                        renew.dispatch_local(service.clone());
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}
