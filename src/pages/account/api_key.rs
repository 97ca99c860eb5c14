//! The account's API key (BoxBilling), on the account page: asked of the portal only when the
//! customer asks to see it, hidden again on request, and reset only once confirmed, sent once.
//! The key is also what this session signs its calls with, so after a reset the session goes
//! on with the new one (see `ApiClient::reset_api_key`).

use super::api_key_words::ApiKeyWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn ApiKeySection() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    // The key on screen, if the customer asked for it; never kept beyond this page.
    let shown = RwSignal::new(None::<String>);
    let asking = RwSignal::new(false);
    let reveal = Action::new_local(move |_: &()| {
        let api = session.api();
        async move { api.api_key().await }
    });
    let reset = Action::new_local(move |_: &()| {
        let api = session.api();
        async move { api.reset_api_key().await }
    });
    Effect::new(move |_| {
        if let Some(Ok(key)) = reveal.value().get() {
            shown.set(Some(key));
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(key)) = reset.value().get() {
            shown.set(Some(key));
        }
    });
    let busy = move || reveal.pending().get() || reset.pending().get();
    // The last act's failure: a reset's, else (no reset yet) showing the key's.
    let error = move || match reset.value().get() {
        Some(outcome) => outcome.err(),
        None => reveal.value().get().and_then(Result::err),
    };
    view! {
        <section class="card" aria-labelledby="api-key-title">
            <h2 id="api-key-title">{tw(W::Title)}</h2>
            <p class="muted">{tw(W::Lead)}</p>
            {move || shown.get().map(|key| view! {
                <div class="field">
                    <label for="api-key-value">{tw(W::Key)}</label>
                    <input id="api-key-value" class="input--code" readonly spellcheck="false" autocomplete="off"
                        prop:value=key on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                input.select();
                            }
                        }/>
                </div>
            })}
            {move || matches!(reset.value().get(), Some(Ok(_))).then(|| view! {
                <p role="status">{tw(W::WasReset)}</p>
            })}
            <div class="actions">
                {move || if shown.get().is_some() {
                    view! { <button type="button" class="button button--secondary" on:click=move |_| shown.set(None)>{tw(W::Hide)}</button> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button--secondary" disabled=busy
                            on:click=move |_| { if !busy() { reveal.dispatch_local(()); } }>{tw(W::Show)}</button>
                    }.into_any()
                }}
                <button type="button" class="button button--danger" disabled=busy
                    on:click=move |_| asking.set(true)>{tw(W::Reset)}</button>
            </div>
            {move || error().map(|e| view! { <ErrorPanel error=e/> })}
            <ConfirmDialog id="api-key-reset" heading=Signal::derive(move || prefs.w(W::ResetTitle).to_string())
                message=Signal::derive(move || prefs.w(W::ResetText).to_string())
                confirm_label=Signal::derive(move || prefs.w(W::ResetConfirm).to_string())
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    if !busy() {
                        reset.dispatch_local(());
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}
