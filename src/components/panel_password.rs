//! A control panel's new password (a SolusVM panel's, a hosting account's): typed twice,
//! checked before sending (8 to 64 characters, the same both times), one request, the fields
//! cleared once the portal took it. The caller owns the request (an `Action` taking the
//! password), so each billing call stays in its page.

use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;

/// Why a new password is refused, if it is.
pub fn password_problem(password: &str, again: &str) -> Option<Msg> {
    let n = password.chars().count();
    if !(8..=64).contains(&n) {
        Some(Msg::RootPasswordLength)
    } else if password != again {
        Some(Msg::PasswordsDiffer)
    } else {
        None
    }
}

/// The card with its form and outcome.
#[component]
pub fn PanelPasswordForm(
    /// Prefix of the ids (`vm-panel-password` gives `vm-panel-password-title`).
    id: &'static str,
    /// The card's title.
    #[prop(into)]
    title: Signal<String>,
    /// What the password is for.
    #[prop(into)]
    lead: Signal<String>,
    /// The new password's label.
    #[prop(into)]
    label: Signal<String>,
    /// The button.
    #[prop(into)]
    submit: Signal<String>,
    /// Said once the portal took it.
    #[prop(into)]
    done: Signal<String>,
    /// Sends the password.
    send: Action<String, Result<(), ApiError>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let (pw, pw_again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<Msg>);
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            pw.set(String::new());
            pw_again.set(String::new());
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(password_problem(
            &pw.get_untracked(),
            &pw_again.get_untracked(),
        ));
        if problem.get_untracked().is_none() && !send.pending().get_untracked() {
            send.dispatch_local(pw.get_untracked());
        }
    };
    let (title_id, input, again, error) = (
        format!("{id}-title"),
        id.to_string(),
        format!("{id}-again"),
        format!("{id}-error"),
    );
    let (labelled, input_for, again_for, error_of_input, error_of_again) = (
        title_id.clone(),
        input.clone(),
        again.clone(),
        error.clone(),
        error.clone(),
    );
    view! {
        <section class="card vm-card" aria-labelledby=labelled>
            <h2 id=title_id>{move || title.get()}</h2>
            <p class="muted">{move || lead.get()}</p>
            <form class="form" novalidate on:submit=on_submit>
                <div class="field">
                    <label for=input_for>{move || label.get()}</label>
                    <input id=input type="password" autocomplete="new-password" bind:value=pw
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby=error_of_input/>
                </div>
                <div class="field">
                    <label for=again_for>{tr(Msg::RepeatPassword)}</label>
                    <input id=again type="password" autocomplete="new-password" bind:value=pw_again
                        aria-describedby=error_of_again/>
                    <p class="field__error" id=error>{move || problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || send.pending().get()>{move || submit.get()}</button>
            </form>
            {move || match send.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{move || done.get()}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}
