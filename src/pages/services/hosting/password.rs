//! The control panel's password (`servicehosting/change_password`): checked like the other
//! passwords a customer sets here (8 to 64 characters, typed twice), sent once, then cleared.

use super::hosting_words::HostingWord as W;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::pages::vms::solusvm_settings::password_problem;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The panel.
#[component]
pub fn HostingPassword(service: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (pw, pw_again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<Msg>);
    let send = Action::new_local(move |password: &String| {
        let api = session.api();
        let (order, password) = (service.clone(), password.clone());
        async move { api.set_hosting_password(&order, &password).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            pw.set(String::new());
            pw_again.set(String::new());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(password_problem(
            &pw.get_untracked(),
            &pw_again.get_untracked(),
        ));
        if problem.get_untracked().is_none() && !send.pending().get_untracked() {
            send.dispatch_local(pw.get_untracked());
        }
    };
    view! {
        <section class="card" aria-labelledby="hosting-password-title">
            <h2 id="hosting-password-title">{tw(W::PasswordTitle)}</h2>
            <p class="muted">{tw(W::PasswordLead)}</p>
            <form class="form" novalidate on:submit=submit>
                <div class="field">
                    <label for="hosting-password">{tw(W::NewPassword)}</label>
                    <input id="hosting-password" type="password" autocomplete="new-password" bind:value=pw
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby="hosting-password-error"/>
                </div>
                <div class="field">
                    <label for="hosting-password-again">{tr(Msg::RepeatPassword)}</label>
                    <input id="hosting-password-again" type="password" autocomplete="new-password" bind:value=pw_again
                        aria-describedby="hosting-password-error"/>
                    <p class="field__error" id="hosting-password-error">{move || problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || send.pending().get()>{tw(W::SetPassword)}</button>
            </form>
            {move || match send.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::PasswordSet)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}
