//! The sign-in form, shared by the login page and the in-place "sign in again" dialog:
//! validation before any request (focus goes to the field to fix), single-submit, clear errors in
//! the user's language, the email kept on failure.

use crate::api::ApiError;
use crate::components::error_panel::error_message;
use crate::i18n::Msg;
use crate::state::painted_sign_in::{self, Field};
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// Email, password, "keep me signed in", and the submit button.
#[component]
pub fn LoginForm(
    /// Prefix of the element ids (two forms may be on one page).
    id: &'static str,
    /// The submit button's text.
    submit_label: Msg,
    /// The account to sign in to again, shown filled in and read-only (the "sign in again"
    /// dialog: the page behind it holds this account's data, so no other account may take it).
    #[prop(optional_no_strip)]
    account: Option<String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let fixed = account.is_some();
    // The login page's form starts from what was typed into the one the server painted.
    let painted = (id == "login" && !fixed)
        .then(painted_sign_in::take)
        .flatten()
        .unwrap_or_default();
    let email = RwSignal::new(account.unwrap_or(painted.email));
    let password = RwSignal::new(painted.password);
    let remember = RwSignal::new(painted.remember);
    let field_error = RwSignal::new(None::<(&'static str, Msg)>);
    let email_input = NodeRef::<leptos::html::Input>::new();
    let password_input = NodeRef::<leptos::html::Input>::new();
    let remember_input = NodeRef::<leptos::html::Input>::new();
    // And the cursor goes back where it was.
    if let Some((field, selection)) = painted.focus {
        let node = match field {
            Field::Email => email_input,
            Field::Password => password_input,
            Field::Remember => remember_input,
        };
        node.on_load(move |el| {
            // `bind:value` writes the field after this runs (and leaves an equal value's cursor
            // alone): written here first, so the selection has its text to stand in.
            match field {
                Field::Email => el.set_value(&email.get_untracked()),
                Field::Password => el.set_value(&password.get_untracked()),
                Field::Remember => {}
            }
            let _ = el.focus();
            if let Some((start, end)) = selection {
                let _ = el.set_selection_range(start, end);
            }
        });
    }

    let login = Action::new_local(
        move |(email, password, remember): &(String, String, bool)| {
            let api = session.api();
            let (email, password, remember) = (email.clone(), password.clone(), *remember);
            async move { api.login(&email, &password, remember).await }
        },
    );
    let pending = login.pending();
    // "Sign in" pressed in the painted form: sent now, through the form's own checks, once.
    let form = NodeRef::<leptos::html::Form>::new();
    if painted.submitted {
        form.on_load(|form| {
            let _ = form.request_submit();
        });
    }

    // A failed attempt clears the password, never the email.
    Effect::new(move |_| {
        if let Some(Err(_)) = login.value().get() {
            password.set(String::new());
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let e = email.get_untracked().trim().to_string();
        let p = password.get_untracked();
        let problem = if e.is_empty() {
            Some(("email", Msg::FieldRequired, email_input))
        } else if !e.contains('@') || e.starts_with('@') || e.ends_with('@') {
            Some(("email", Msg::InvalidEmail, email_input))
        } else if p.is_empty() {
            Some(("password", Msg::FieldRequired, password_input))
        } else {
            None
        };
        field_error.set(problem.map(|(field, msg, _)| (field, msg)));
        match problem {
            // Focus goes to the field to fix, which announces its error.
            Some((_, _, input)) => {
                if let Some(el) = input.get_untracked() {
                    let _ = el.focus();
                }
            }
            None => {
                login.dispatch_local((e, p, remember.get_untracked()));
            }
        }
    };

    let error_for = move |field: &'static str| {
        move || {
            field_error
                .get()
                .filter(|(f, _)| *f == field)
                .map(|(_, m)| prefs.t(m))
        }
    };
    let failure = move || match login.value().get() {
        Some(Err(e)) => Some(match &e {
            ApiError::BadCredentials(_) => prefs.t(Msg::WrongCredentials).to_string(),
            other => prefs.t(error_message(other)).to_string(),
        }),
        _ => None,
    };

    view! {
                <Show when=move || failure().is_some()>
                    <div class="banner banner--error" role="alert">{failure}</div>
                </Show>
                <form class="form" novalidate node_ref=form on:submit=submit>
                    <div class="field">
                        <label for=format!("{id}-email")>{tr(Msg::Email)}</label>
                         <input node_ref=email_input id=format!("{id}-email") type="email" name="username" autocomplete="username" required
                            inputmode="email" bind:value=email readonly=fixed
                            aria-invalid=move || error_for("email")().is_some().to_string()
                            aria-describedby=format!("{id}-email-error")/>
                        <p class="field__error" id=format!("{id}-email-error")>{error_for("email")}</p>
                    </div>
                    <div class="field">
                        <label for=format!("{id}-password")>{tr(Msg::Password)}</label>
                        <input node_ref=password_input id=format!("{id}-password") type="password" name="password" autocomplete="current-password" required
                            bind:value=password
                            aria-invalid=move || error_for("password")().is_some().to_string()
                            aria-describedby=format!("{id}-password-error")/>
                        <p class="field__error" id=format!("{id}-password-error")>{error_for("password")}</p>
                    </div>
                    <label class="checkbox">
                        <input node_ref=remember_input type="checkbox" name="remember" bind:checked=remember/>
                        <span>{tr(Msg::RememberMe)}</span>
                    </label>
                    <button type="submit" class="button button--primary button--block" disabled=move || pending.get()
                        aria-busy=move || pending.get().to_string()>
                        {move || if pending.get() { prefs.t(Msg::SigningIn) } else { prefs.t(submit_label) }}
                    </button>
                </form>
    }
}
