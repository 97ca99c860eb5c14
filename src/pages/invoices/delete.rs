//! Deleting an unpaid invoice, where the billing system lets the customer do it (BoxBilling's
//! `invoice/delete`): confirmed with its number, sent once, then back to the list.

use super::invoice_words::InvoiceWord;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The button, its confirmation and its outcome.
#[component]
pub fn DeleteInvoice(id: String, number: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let delete = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.delete_invoice(&id).await }
    });
    let pending = delete.pending();
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            navigate(&Page::Invoices.href(), Default::default());
        }
    });
    view! {
        <section class="card no-print" aria-labelledby="delete-invoice-title">
            <h2 id="delete-invoice-title">{tw(InvoiceWord::DeleteInvoice)}</h2>
            <p class="muted">{tw(InvoiceWord::DeleteInvoiceLead)}</p>
            <button type="button" class="button button--danger" disabled=move || pending.get()
                on:click=move |_| asking.set(true)>{tw(InvoiceWord::DeleteInvoice)}</button>
            {move || delete.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <ConfirmDialog id="delete-invoice-confirm" heading=Signal::derive(move || prefs.w(InvoiceWord::DeleteInvoice).to_string())
                message=Signal::derive(move || prefs.w(InvoiceWord::DeleteInvoiceConfirm).replace("{n}", &number))
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
