//! Changing the password: the current one, then the new one twice (8 to 64 characters, not the
//! current one), checked before sending, sent once; the fields empty once the portal accepted.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// Why a password change cannot be sent, if it cannot.
pub fn password_change_problem(current: &str, new: &str, again: &str) -> Option<Msg> {
    let n = new.chars().count();
    if current.is_empty() {
        Some(Msg::FieldRequired)
    } else if !(8..=64).contains(&n) {
        Some(Msg::RootPasswordLength)
    } else if new != again {
        Some(Msg::PasswordsDiffer)
    } else if new == current {
        Some(Msg::PasswordSameAsOld)
    } else {
        None
    }
}

/// The form.
#[component]
pub fn PasswordForm() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (current, new, again) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problem = RwSignal::new(None::<Msg>);
    let change = Action::new_local(move |(c, n): &(String, String)| {
        let api = session.api();
        let (c, n) = (c.clone(), n.clone());
        async move { api.change_password(&c, &n).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = change.value().get() {
            for s in [current, new, again] {
                s.set(String::new());
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, a) = (
            current.get_untracked(),
            new.get_untracked(),
            again.get_untracked(),
        );
        problem.set(password_change_problem(&c, &n, &a));
        if problem.get_untracked().is_none() && !change.pending().get_untracked() {
            change.dispatch_local((c, n));
        }
    };
    view! {
        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">{tr(Msg::ChangePassword)}</h2>
            <form class="form" novalidate on:submit=submit>
                <div class="field">
                    <label for="pw-current">{tr(Msg::CurrentPassword)}</label>
                    <input id="pw-current" type="password" autocomplete="current-password" bind:value=current aria-describedby="pw-error"/>
                </div>
                <div class="field">
                    <label for="pw-new">{tr(Msg::NewPassword)}</label>
                    <input id="pw-new" type="password" autocomplete="new-password" bind:value=new aria-describedby="pw-error"
                        aria-invalid=move || problem.get().is_some().to_string()/>
                </div>
                <div class="field">
                    <label for="pw-again">{tr(Msg::RepeatPassword)}</label>
                    <input id="pw-again" type="password" autocomplete="new-password" bind:value=again aria-describedby="pw-error"/>
                    <p class="field__error" id="pw-error">{move || problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <div>
                    <button type="submit" class="button button--primary" disabled=move || change.pending().get()>{tr(Msg::ChangePassword)}</button>
                </div>
            </form>
            {move || match change.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::PasswordChanged)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_change_is_checked_before_sending() {
        assert_eq!(
            password_change_problem("old-secret", "new-secret-1", "new-secret-1"),
            None
        );
        assert_eq!(
            password_change_problem("", "new-secret-1", "new-secret-1"),
            Some(Msg::FieldRequired)
        );
        assert_eq!(
            password_change_problem("old", "short", "short"),
            Some(Msg::RootPasswordLength)
        );
        assert_eq!(
            password_change_problem("old", "new-secret-1", "new-secret-2"),
            Some(Msg::PasswordsDiffer)
        );
        assert_eq!(
            password_change_problem("same-secret", "same-secret", "same-secret"),
            Some(Msg::PasswordSameAsOld)
        );
    }
}
