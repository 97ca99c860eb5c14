//! The session as the UI sees it: whether someone is signed in (shared by every tab through
//! localStorage `storage` events), connection trouble, and the API client in context.

use crate::api::ApiClient;
use crate::api::browser::{BrowserPlatform, SESSION_KEY, read_stored_session};
use crate::api::transport::SessionEvent;
use crate::config::Config;
use leptos::prelude::*;
use std::rc::Rc;

/// The portal client the pages use.
pub type Api = ApiClient<BrowserPlatform>;

/// Session handles; `Copy`.
#[derive(Clone, Copy)]
pub struct Session {
    /// True while a session is stored.
    pub signed_in: RwSignal<bool>,
    /// Set when a refresh failed for a transient reason (offline, 5xx); cleared on success.
    pub connection_trouble: RwSignal<bool>,
    /// True when the session ended by itself (not by "Sign out"): the shell asks to sign in
    /// again in place, so the page and whatever was typed into it stay.
    pub expired: RwSignal<bool>,
    /// Whose session it is (the e-mail signed in with), kept after the session ends by itself so
    /// the "sign in again" dialog can name the account; forgotten on a chosen sign-out.
    pub account: RwSignal<Option<String>>,
    /// Bumped at every sign-in; reads made with [`Session::api_for_read`] run again after it.
    epoch: RwSignal<u32>,
    api: StoredValue<Api, LocalStorage>,
}

impl Session {
    /// The API client (for actions and untracked use).
    pub fn api(&self) -> Api {
        self.api.get_value()
    }

    /// The API client for a resource's fetcher: subscribes the resource to sign-ins, so data
    /// that failed with "session ended" loads again after the customer signs in again.
    pub fn api_for_read(&self) -> Api {
        self.epoch.track();
        self.api.get_value()
    }

    /// Gives up an expired session: back to the login page.
    pub fn abandon(&self) {
        self.account.set(None);
        self.expired.set(false);
        self.signed_in.set(false);
    }

    /// Signs out here and, through storage, in every tab; tells the portal best-effort.
    pub fn sign_out(&self) {
        self.account.set(None);
        self.expired.set(false);
        // Flip the UI first: the transport's SignedOut event then reads as a chosen sign-out.
        self.signed_in.set(false);
        let api = self.api();
        leptos::task::spawn_local(async move { api.logout().await });
    }
}

/// Builds the client and provides the session.
pub fn provide_session(config: &Config) {
    let stored = read_stored_session();
    let signed_in = RwSignal::new(stored.is_some());
    let account = RwSignal::new(stored.and_then(|s| s.email));
    let connection_trouble = RwSignal::new(false);
    let expired = RwSignal::new(false);
    let epoch = RwSignal::new(0u32);
    let on_event = Rc::new(move |event: SessionEvent| match event {
        SessionEvent::SignedIn => {
            account.try_set(read_stored_session().and_then(|s| s.email));
            connection_trouble.try_set(false);
            expired.try_set(false);
            signed_in.try_set(true);
            epoch.try_update(|e| *e += 1);
        }
        SessionEvent::SignedOut => {
            if signed_in.try_get_untracked() == Some(true) {
                expired.try_set(true);
            }
            signed_in.try_set(false);
        }
        SessionEvent::RefreshDeferred => {
            connection_trouble.try_set(true);
        }
        SessionEvent::Refreshed => {
            connection_trouble.try_set(false);
        }
    });
    let api = ApiClient::new(
        &config.api_base,
        config.backend,
        BrowserPlatform::new(on_event),
    )
    .with_currency(&config.currency)
    .with_vm_templates(
        config
            .solusvm_templates
            .iter()
            .map(|t| {
                let (id, name) = t.parts();
                crate::model::VmTemplate {
                    id: id.to_string(),
                    name: name.to_string(),
                    min_disk_gb: None,
                }
            })
            .collect(),
    );
    let session = Session {
        signed_in,
        connection_trouble,
        expired,
        account,
        epoch,
        api: StoredValue::new_local(api),
    };
    provide_context(session);

    // Other tabs: a login or logout there changes `atrium.session` here within the same second.
    let handle = window_event_listener_untyped("storage", move |ev| {
        use wasm_bindgen::JsCast;
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let key = ev.key();
        if key.is_none() || key.as_deref() == Some(SESSION_KEY) {
            // Token rotations in other tabs also land here: only a change of state matters
            // (a needless set would re-render the shell and lose what the page holds).
            let stored = read_stored_session();
            let now = stored.is_some();
            if signed_in.try_get_untracked() != Some(now) {
                expired.try_set(false);
                signed_in.try_set(now);
                account.try_set(stored.and_then(|s| s.email));
                if now {
                    epoch.try_update(|e| *e += 1);
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// The session, from context.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
