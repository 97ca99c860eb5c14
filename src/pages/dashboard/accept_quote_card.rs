//! Accepting a quote by its number, for billing systems that can accept quotes but not list
//! them (Kdata's `acceptQuote`): the number from the quote's e-mail, a confirmation, one request,
//! then the invoice it became.

use crate::components::card::Card;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::pages::lookup::lookup_number;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The card.
#[component]
pub fn AcceptQuoteCard() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let asking = RwSignal::new(None::<String>);
    let accept = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.accept_quote(&id).await }
    });
    let pending = accept.pending();
    Effect::new(move |_| {
        if let Some(Ok(invoice)) = accept.value().get() {
            match invoice {
                Some(id) => navigate(&Page::Invoice(&id.to_string()).href(), Default::default()),
                None => typed.set(String::new()),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match lookup_number(&typed.get_untracked()) {
            Some(n) => asking.set(Some(n)),
            None => problem.set(true),
        }
    };
    view! {
        <Card id="accept-quote" title=Msg::AcceptQuoteTitle>
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="quote-number">{tr(Msg::QuoteNumber)}</label>
                    <input id="quote-number" inputmode="numeric" autocomplete="off" bind:value=typed
                        on:input=move |_| problem.set(false)
                        aria-invalid=move || problem.get().to_string() aria-describedby="quote-number-error"/>
                    <p class="field__error" id="quote-number-error">{move || problem.get().then(|| prefs.t(Msg::NumberDigitsOnly))}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || pending.get()>{tr(Msg::AcceptQuote)}</button>
            </form>
            {move || match accept.value().get() {
                Some(Ok(None)) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::QuoteAccepted)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                _ => None,
            }}
            <ConfirmDialog id="accept-quote-confirm" title=Msg::AcceptQuote
                message=Signal::derive(move || prefs.t(Msg::AcceptQuoteConfirm).replace("{n}", &asking.get().unwrap_or_default()))
                open=Signal::derive(move || asking.get().is_some())
                on_confirm=Callback::new(move |_| {
                    if let Some(n) = asking.get_untracked()
                        && !pending.get_untracked()
                    {
                        asking.set(None);
                        accept.dispatch_local(n);
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(None))/>
        </Card>
    }
}
