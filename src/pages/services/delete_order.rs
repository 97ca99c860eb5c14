//! Withdrawing an order that awaits or failed its setup (BoxBilling's `order/delete`, which
//! refuses any other): confirmed with its name, sent once, then back to the services.

use super::service_words::ServiceWord;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The button, its confirmation and its outcome.
#[component]
pub fn DeleteOrder(id: String, name: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let delete = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.delete_order(&id).await }
    });
    let pending = delete.pending();
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            navigate(&Page::Services.href(), Default::default());
        }
    });
    view! {
        <section class="card" aria-labelledby="delete-order-title">
            <h2 id="delete-order-title">{tw(ServiceWord::DeleteOrder)}</h2>
            <p class="muted">{tw(ServiceWord::DeleteOrderLead)}</p>
            <button type="button" class="button button--danger" disabled=move || pending.get()
                on:click=move |_| asking.set(true)>{tw(ServiceWord::DeleteOrder)}</button>
            {move || delete.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <ConfirmDialog id="delete-order-confirm" heading=Signal::derive(move || prefs.w(ServiceWord::DeleteOrder).to_string())
                message=Signal::derive(move || prefs.w(ServiceWord::DeleteOrderConfirm).replace("{name}", &name))
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    if !pending.get_untracked() {
                        delete.dispatch_local(id.clone());
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}
