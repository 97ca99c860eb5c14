//! `/login/reset?activate=<code>`: where the reset e-mail's link lands. Opening the link changes
//! nothing by itself (mail scanners open links too); the customer confirms with a button, the
//! code goes to `POST /password/passreset` once, and the portal e-mails the new password.

use super::reset_words::ResetWord;
use crate::components::error_panel::ErrorPanel;
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Whether `code` looks like an activation code: 8 to 128 letters, digits, `-` or `_`.
pub fn plausible_code(code: &str) -> bool {
    (8..=128).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
}

/// The page.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let query = use_query_map();
    let code = RwSignal::new(
        query
            .with_untracked(|q| q.get("activate"))
            .unwrap_or_default(),
    );
    let invalid = RwSignal::new(false);
    let confirm = Action::new_local(move |code: &String| {
        let api = session.api();
        let code = code.clone();
        async move { api.confirm_password_reset(&code).await }
    });
    let done = move || matches!(confirm.value().get(), Some(Ok(())));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_string();
        invalid.set(!plausible_code(&c));
        if !invalid.get_untracked() && !confirm.pending().get_untracked() {
            confirm.dispatch_local(c);
        }
    };
    view! {
        <div class="auth-page">
            <div class="auth-card">
                <h1>{tw(ResetWord::Title)}</h1>
                <Show when=done fallback=move || view! {
                    <p class="muted">{tw(ResetWord::Lead)}</p>
                    {move || confirm.value().get().and_then(|r| r.err()).map(|e| view! {
                        <ErrorPanel error=e/>
                        <p><a class="link" href=Page::Forgot.href()>{tw(ResetWord::NewLink)}</a></p>
                    })}
                    <form class="form" novalidate on:submit=submit>
                        <div class="field">
                            <label for="reset-code">{tw(ResetWord::Code)}</label>
                            <input id="reset-code" type="text" autocomplete="one-time-code" spellcheck="false" bind:value=code
                                aria-invalid=move || invalid.get().to_string() aria-describedby="reset-code-hint"/>
                            <p class=move || if invalid.get() { "field__error" } else { "field__hint muted" } id="reset-code-hint">
                                {move || prefs.w(if invalid.get() { ResetWord::CodeProblem } else { ResetWord::CodeHint })}
                            </p>
                        </div>
                        <button type="submit" class="button button--primary button--block" disabled=move || confirm.pending().get()>
                            {tw(ResetWord::Confirm)}
                        </button>
                    </form>
                }>
                    <p class="banner banner--success" role="status">{tw(ResetWord::Done)}</p>
                    <p><a class="button button--primary button--block" href=Page::Login.href()>{tw(ResetWord::SignIn)}</a></p>
                </Show>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::plausible_code;

    #[test]
    fn codes_are_checked_before_sending() {
        assert!(plausible_code("Gk3q_x-9AbCdEfGh"));
        assert!(!plausible_code("short"));
        assert!(!plausible_code("has space in it"));
        assert!(!plausible_code("<script>alert</script>"));
        assert!(!plausible_code(&"a".repeat(129)));
    }
}
