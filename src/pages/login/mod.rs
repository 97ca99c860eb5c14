//! Sign in: email, password, "keep me signed in". Single-submit, clear errors in the user's
//! language, the email kept on failure, and back to where the customer was going.

pub mod forgot;

use crate::api::ApiError;
use crate::components::error_panel::error_message;
use crate::i18n::Msg;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Only same-app paths are accepted as "next" (no open redirect to another site).
pub fn safe_next(raw: Option<String>) -> String {
    match raw {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.starts_with("/\\")
                && !p.starts_with("/login") =>
        {
            p
        }
        _ => "/".to_string(),
    }
}

/// The login page.
#[component]
pub fn LoginPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let config = use_config();
    let query = use_query_map();
    let navigate = use_navigate();

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let field_error = RwSignal::new(None::<(&'static str, Msg)>);
    let email_input = NodeRef::<leptos::html::Input>::new();
    let password_input = NodeRef::<leptos::html::Input>::new();

    let login = Action::new_local(
        move |(email, password, remember): &(String, String, bool)| {
            let api = session.api();
            let (email, password, remember) = (email.clone(), password.clone(), *remember);
            async move { api.login(&email, &password, remember).await }
        },
    );
    let pending = login.pending();

    // Signed in (here or in another tab): go on.
    Effect::new(move |_| {
        if session.signed_in.get() {
            let next = safe_next(query.get_untracked().get("next"));
            navigate(
                &next,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
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
    let forgot = config.backend.capabilities().password_reset;

    view! {
        <div class="auth-page">
            <div class="auth-card">
                <div class="auth-card__brand">
                    <img class="brand__logo brand__logo--light" src=config.logo.clone() alt="" width="40" height="40"/>
                    <img class="brand__logo brand__logo--dark" src=config.logo_dark.clone() alt="" width="40" height="40"/>
                    <span class="brand__name">{config.brand_name.clone()}</span>
                </div>
                <h1>{tr(Msg::SignInTitle)}</h1>
                <p class="muted">{tr(Msg::SignInLead)}</p>
                <Show when=move || session.expired.get()>
                    <div class="banner banner--info" role="status">{tr(Msg::SessionExpiredBanner)}</div>
                </Show>
                <Show when=move || failure().is_some()>
                    <div class="banner banner--error" role="alert">{failure}</div>
                </Show>
                <form class="form" novalidate on:submit=submit>
                    <div class="field">
                        <label for="login-email">{tr(Msg::Email)}</label>
                         <input node_ref=email_input id="login-email" type="email" name="username" autocomplete="username" required
                            inputmode="email" bind:value=email
                            aria-invalid=move || error_for("email")().is_some().to_string()
                            aria-describedby="login-email-error"/>
                        <p class="field__error" id="login-email-error">{error_for("email")}</p>
                    </div>
                    <div class="field">
                        <label for="login-password">{tr(Msg::Password)}</label>
                        <input node_ref=password_input id="login-password" type="password" name="password" autocomplete="current-password" required
                            bind:value=password
                            aria-invalid=move || error_for("password")().is_some().to_string()
                            aria-describedby="login-password-error"/>
                        <p class="field__error" id="login-password-error">{error_for("password")}</p>
                    </div>
                    <label class="checkbox">
                        <input type="checkbox" name="remember" bind:checked=remember/>
                        <span>{tr(Msg::RememberMe)}</span>
                    </label>
                    <button type="submit" class="button button--primary button--block" disabled=move || pending.get()
                        aria-busy=move || pending.get().to_string()>
                        {move || if pending.get() { prefs.t(Msg::SigningIn) } else { prefs.t(Msg::SignIn) }}
                    </button>
                </form>
                {forgot.then(|| view! {
                    <p class="auth-card__footer"><a class="link" href="/login/forgot">{tr(Msg::ForgotPassword)}</a></p>
                })}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_inside_the_app() {
        assert_eq!(
            safe_next(Some("/invoices?status=unpaid".into())),
            "/invoices?status=unpaid"
        );
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "javascript:x",
            "/login",
        ] {
            assert_eq!(safe_next(Some(bad.into())), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
