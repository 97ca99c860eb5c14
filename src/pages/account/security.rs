//! `/account/security`: the account's SSH keys and the addresses allowed to sign in
//! (HostBill's `/security`), read once and re-read after each change.

use super::ip_rules::IpRulesCard;
use super::security_words::SecurityWord as W;
use super::ssh_keys::SshKeysCard;
use crate::components::error_panel::ErrorPanel;
use crate::routes::Page;
use crate::state::prefs::tw;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn SecurityPage() -> impl IntoView {
    let session = use_session();
    let overview = read(move || {
        let api = session.api_for_read();
        async move { api.security().await }
    });
    let changed = Callback::new(move |_| overview.refetch());
    let data = move || overview.get().and_then(|r| r.ok()).unwrap_or_default();
    view! {
        <p><a class="link" href=Page::Account.href()>"← "{crate::state::prefs::tr(crate::i18n::Msg::Account)}</a></p>
        <h1 class="page__title">{tw(W::Title)}</h1>
        {move || match overview.get() {
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
            _ => None,
        }}
        <Show when=move || overview.get().is_some_and(|r| r.is_ok())>
            <SshKeysCard keys=Signal::derive(move || data().ssh_keys) changed=changed/>
            <IpRulesCard rules=Signal::derive(move || data().ip_rules) current_ip=Signal::derive(move || data().current_ip) changed=changed/>
        </Show>
    }
}
