//! The login page: the brand, the sign-in form, and back to where the customer was going.

pub mod forgot;
pub mod reset;
mod reset_words;

use crate::components::login_form::LoginForm;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::tr;
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
                && !p.starts_with(&Page::Login.href()) =>
        {
            p
        }
        _ => Page::Dashboard.href(),
    }
}

/// The login page.
#[component]
pub fn LoginPage() -> impl IntoView {
    let session = use_session();
    let config = use_config();
    let query = use_query_map();
    let navigate = use_navigate();

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

    let forgot = config.backend.capabilities().password_reset;

    view! {
        <div class="auth-page">
            <div class="auth-card">
                <div class="auth-card__brand">
                    <img class="brand__logo brand__logo--light" src=config.logo.clone() alt="" width="40" height="40" loading="lazy"/>
                    <img class="brand__logo brand__logo--dark" src=config.logo_dark.clone() alt="" width="40" height="40" loading="lazy"/>
                    <span class="brand__name">{config.brand_name.clone()}</span>
                </div>
                <h1>{tr(Msg::SignInTitle)}</h1>
                <p class="muted">{tr(Msg::SignInLead)}</p>
                <LoginForm id="login" submit_label=Msg::SignIn/>
                {forgot.then(|| view! {
                    <p class="auth-card__footer"><a class="link" href=Page::Forgot.href()>{tr(Msg::ForgotPassword)}</a></p>
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
