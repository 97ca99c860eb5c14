//! Forgotten password: asks the portal to e-mail a reset link. The answer is the same whether or
//! not the address has an account.

use crate::components::error_panel::error_message;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The reset-request page.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let email = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let send = Action::new_local(move |email: &String| {
        let api = session.api();
        let email = email.clone();
        async move { api.forgot_password(&email).await }
    });
    let pending = send.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let e = email.get_untracked().trim().to_string();
        let ok = e.contains('@') && !e.starts_with('@') && !e.ends_with('@');
        invalid.set(!ok);
        if ok {
            send.dispatch_local(e);
        }
    };
    view! {
        <div class="auth-page">
            <div class="auth-card">
                <h1>{tr(Msg::ForgotTitle)}</h1>
                <p class="muted">{tr(Msg::ForgotLead)}</p>
                {move || match send.value().get() {
                    Some(Ok(())) => Some(view! { <div class="banner banner--success" role="status">{prefs.t(Msg::ResetLinkSent)}</div> }.into_any()),
                    Some(Err(e)) => Some(view! { <div class="banner banner--error" role="alert">{prefs.t(error_message(&e))}</div> }.into_any()),
                    None => None,
                }}
                <form class="form" novalidate on:submit=submit>
                    <div class="field">
                        <label for="forgot-email">{tr(Msg::Email)}</label>
                        <input id="forgot-email" type="email" autocomplete="username" required bind:value=email
                            aria-invalid=move || invalid.get().to_string() aria-describedby="forgot-email-error"/>
                        <p class="field__error" id="forgot-email-error">{move || invalid.get().then(|| prefs.t(Msg::InvalidEmail))}</p>
                    </div>
                    <button type="submit" class="button button--primary button--block" disabled=move || pending.get()>
                        {tr(Msg::SendResetLink)}
                    </button>
                </form>
                <p class="auth-card__footer"><a class="link" href=Page::Login.href()>{tr(Msg::BackToSignIn)}</a></p>
            </div>
        </div>
    }
}
