//! The transfer lock and WHOIS privacy as two switches (`role="switch"`): each shows the
//! registrar's state, a click sends the change once (the switch is busy until the answer), and
//! the settings are read again afterwards.

use crate::components::error_panel::ErrorPanel;
use crate::model::DomainDetail;
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// Which setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Setting {
    Lock,
    Privacy,
}

impl Setting {
    fn title(self) -> ServiceWord {
        match self {
            Setting::Lock => ServiceWord::TransferLock,
            Setting::Privacy => ServiceWord::WhoisPrivacy,
        }
    }

    fn lead(self) -> ServiceWord {
        match self {
            Setting::Lock => ServiceWord::TransferLockLead,
            Setting::Privacy => ServiceWord::WhoisPrivacyLead,
        }
    }

    fn of(self, d: &DomainDetail) -> bool {
        match self {
            Setting::Lock => d.locked,
            Setting::Privacy => d.privacy,
        }
    }
}

/// Both switches.
#[component]
pub fn LockAndPrivacy(
    service: String,
    current: RwSignal<Option<DomainDetail>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="domain-switches-title">
            <h2 id="domain-switches-title" class="visually-hidden">{tw(ServiceWord::TransferLock)}" · "{tw(ServiceWord::WhoisPrivacy)}</h2>
            <SettingSwitch service=service.clone() setting=Setting::Lock current=current on_saved=on_saved/>
            <SettingSwitch service=service setting=Setting::Privacy current=current on_saved=on_saved/>
        </section>
    }
}

#[component]
fn SettingSwitch(
    service: String,
    setting: Setting,
    current: RwSignal<Option<DomainDetail>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let on = Memo::new(move |_| current.with(|d| d.as_ref().is_some_and(|d| setting.of(d))));
    let change = Action::new_local(move |want: &bool| {
        let api = session.api();
        let (order, want) = (service.clone(), *want);
        async move {
            match setting {
                Setting::Lock => api.set_domain_lock(&order, want).await,
                Setting::Privacy => api.set_domain_privacy(&order, want).await,
            }
            .map(|()| want)
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = change.value().get() {
            on_saved.run(());
        }
    });
    let pending = change.pending();
    let id = match setting {
        Setting::Lock => "domain-lock",
        Setting::Privacy => "domain-privacy",
    };
    let state_words = move |b: bool| {
        prefs.w(if b {
            ServiceWord::SettingOn
        } else {
            ServiceWord::SettingOff
        })
    };
    view! {
        <div class="setting-switch">
            <div>
                <p class="setting-switch__title" id=format!("{id}-label")>{tw(setting.title())}</p>
                <p class="muted" id=format!("{id}-lead")>{tw(setting.lead())}</p>
            </div>
            <button type="button" role="switch" class="switch" id=id
                aria-labelledby=format!("{id}-label") aria-describedby=format!("{id}-lead")
                aria-checked=move || on.get().to_string() aria-busy=move || pending.get().to_string()
                disabled=move || pending.get()
                on:click=move |_| {
                    if !pending.get_untracked() {
                        change.dispatch_local(!on.get_untracked());
                    }
                }>
                <span class="switch__knob" aria-hidden="true"></span>
                <span class="switch__text">{move || state_words(on.get())}</span>
            </button>
        </div>
        {move || match change.value().get() {
            Some(Ok(now)) => Some(view! {
                <p class="banner banner--success" role="status">{move || prefs.w(ServiceWord::SettingSaved).replace("{setting}", prefs.w(setting.title())).replace("{state}", &state_words(now).to_lowercase())}</p>
            }.into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            None => None,
        }}
    }
}
