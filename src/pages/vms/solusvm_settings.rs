//! Hostname and root password of a SolusVM server (BoxBilling): both are the customer's own
//! choice, checked before sending (a host name; 8 to 64 characters, typed twice), sent once.

use super::vm_words::VmWord;
use crate::components::error_panel::ErrorPanel;
use crate::components::panel_password::password_problem;
use crate::i18n::Msg;
use crate::model::Vm;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// Why a typed hostname is refused, if it is: labels of letters, digits and hyphens, at least two.
pub fn hostname_problem(typed: &str) -> Option<Msg> {
    let name = typed.trim().trim_end_matches('.');
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    (name.len() > 253 || !name.contains('.') || !name.split('.').all(label_ok))
        .then_some(Msg::HostnameInvalid)
}

/// The panel.
#[component]
pub fn SolusvmSettings(vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let id = move || vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
    let hostname = RwSignal::new(
        vm.with_untracked(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default()),
    );
    let host_problem = RwSignal::new(None::<Msg>);
    let (pw, pw_again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let pw_problem = RwSignal::new(None::<Msg>);
    // The VM's id is its BoxBilling order's id (one server per order).
    let rename = Action::new_local(move |name: &String| {
        let api = session.api();
        let name = name.clone();
        let order = id();
        async move { api.vm_set_hostname(&order, &name).await.map(|_| name) }
    });
    let set_pw = Action::new_local(move |password: &String| {
        let api = session.api();
        let password = password.clone();
        let order = id();
        async move { api.vm_set_root_password(&order, &password).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(name)) = rename.value().get() {
            vm.update(|v| {
                if let Some(v) = v {
                    v.label = name;
                }
            });
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = set_pw.value().get() {
            pw.set(String::new());
            pw_again.set(String::new());
        }
    });
    let submit_host = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = hostname
            .get_untracked()
            .trim()
            .trim_end_matches('.')
            .to_string();
        host_problem.set(hostname_problem(&name));
        if host_problem.get_untracked().is_none() && !rename.pending().get_untracked() {
            rename.dispatch_local(name);
        }
    };
    let submit_pw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        pw_problem.set(password_problem(
            &pw.get_untracked(),
            &pw_again.get_untracked(),
        ));
        if pw_problem.get_untracked().is_none() && !set_pw.pending().get_untracked() {
            set_pw.dispatch_local(pw.get_untracked());
        }
    };
    view! {
        <section class="card vm-card" aria-labelledby="vm-settings-title">
            <h2 id="vm-settings-title">{tw(VmWord::VmAccess)}</h2>
            <form class="form form--inline" novalidate on:submit=submit_host>
                <div class="field">
                    <label for="vm-hostname">{tw(VmWord::VmHostnameLabel)}</label>
                    <input id="vm-hostname" autocomplete="off" spellcheck="false" bind:value=hostname
                        aria-invalid=move || host_problem.get().is_some().to_string() aria-describedby="vm-hostname-error"/>
                    <p class="field__error" id="vm-hostname-error">{move || host_problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || rename.pending().get()>{tr(Msg::Save)}</button>
            </form>
            {move || match rename.value().get() {
                Some(Ok(_)) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::VmHostnameSaved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <form class="form" novalidate on:submit=submit_pw>
                <div class="field">
                    <label for="vm-root-password">{tw(VmWord::NewRootPassword)}</label>
                    <input id="vm-root-password" type="password" autocomplete="new-password" bind:value=pw
                        aria-invalid=move || pw_problem.get().is_some().to_string() aria-describedby="vm-root-password-error"/>
                </div>
                <div class="field">
                    <label for="vm-root-password-again">{tr(Msg::RepeatPassword)}</label>
                    <input id="vm-root-password-again" type="password" autocomplete="new-password" bind:value=pw_again
                        aria-describedby="vm-root-password-error"/>
                    <p class="field__error" id="vm-root-password-error">{move || pw_problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || set_pw.pending().get()>{tw(VmWord::SetRootPassword)}</button>
            </form>
            {move || match set_pw.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::RootPasswordSet)}</p> }.into_any()),
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
    fn hostnames_and_passwords_are_checked_before_sending() {
        assert_eq!(hostname_problem("web1.example.vn"), None);
        assert_eq!(hostname_problem("web1.example.vn."), None);
        for bad in ["web1", "-a.example.vn", "a_b.example.vn", "máy.vn", "a..b"] {
            assert_eq!(hostname_problem(bad), Some(Msg::HostnameInvalid), "{bad}");
        }
        assert_eq!(password_problem("s3cret-enough", "s3cret-enough"), None);
        assert_eq!(
            password_problem("short", "short"),
            Some(Msg::RootPasswordLength)
        );
        assert_eq!(
            password_problem("s3cret-enough", "s3cret-enougH"),
            Some(Msg::PasswordsDiffer)
        );
    }
}
