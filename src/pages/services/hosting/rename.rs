//! The account's user name and domain: one form each, checked first (`model::hosting`), then a
//! confirmation saying what stops working (FTP logins under the old name; the website at the
//! old domain), then one request, then the account read again.

use super::hosting_words::HostingWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::hosting::{HostingAccount, HostingProblem, new_domain, new_username};
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// Which name the form changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The control panel and FTP user name.
    Username,
    /// The website's domain.
    Domain,
}

/// A change ready to send: what is shown in the confirmation and what is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Change {
    Username(String),
    Domain { sld: String, tld: String },
}

impl Change {
    fn shown(&self) -> String {
        match self {
            Change::Username(u) => u.clone(),
            Change::Domain { sld, tld } => format!("{sld}{tld}"),
        }
    }
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Username => "hosting-username",
            Field::Domain => "hosting-domain",
        }
    }
    fn words(self) -> [W; 6] {
        match self {
            Field::Username => [
                W::UsernameTitle,
                W::UsernameLead,
                W::NewUsername,
                W::ChangeUsername,
                W::UsernameConfirm,
                W::UsernameChanged,
            ],
            Field::Domain => [
                W::DomainTitle,
                W::DomainLead,
                W::NewDomain,
                W::ChangeDomain,
                W::DomainConfirm,
                W::DomainChanged,
            ],
        }
    }
    fn current(self, a: &HostingAccount) -> String {
        match self {
            Field::Username => a.username.clone(),
            Field::Domain => a.domain.clone().unwrap_or_default(),
        }
    }
    fn check(self, typed: &str, a: &HostingAccount) -> Result<Change, W> {
        let word = |p: HostingProblem| match p {
            HostingProblem::UsernameInvalid => W::UsernameInvalid,
            HostingProblem::DomainInvalid => W::DomainInvalid,
            HostingProblem::Unchanged => W::Unchanged,
        };
        match self {
            Field::Username => new_username(typed, &a.username)
                .map(Change::Username)
                .map_err(word),
            Field::Domain => new_domain(typed, a.domain.as_deref())
                .map(|(sld, tld)| Change::Domain { sld, tld })
                .map_err(word),
        }
    }
}

/// One of the two forms.
#[component]
pub fn Rename(
    service: String,
    field: Field,
    current: RwSignal<Option<HostingAccount>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let [title, lead, label, submit_word, confirm_word, done_word] = field.words();
    let id = field.id();
    let error_id = format!("{id}-error");
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<W>);
    let asking = RwSignal::new(None::<Change>);
    let send = Action::new_local(move |change: &Change| {
        let api = session.api();
        let (order, change) = (service.clone(), change.clone());
        async move {
            match change {
                Change::Username(u) => api.set_hosting_username(&order, &u).await,
                Change::Domain { sld, tld } => api.set_hosting_domain(&order, &sld, &tld).await,
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            typed.set(String::new());
            on_saved.run(());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(account) = current.get_untracked() else {
            return;
        };
        match field.check(&typed.get_untracked(), &account) {
            Ok(change) => {
                problem.set(None);
                asking.set(Some(change));
            }
            Err(w) => problem.set(Some(w)),
        }
    };
    let message = Signal::derive(move || {
        let old = current.with(|a| a.as_ref().map(|a| field.current(a)).unwrap_or_default());
        let new = asking.with(|c| c.as_ref().map(Change::shown).unwrap_or_default());
        prefs
            .w(confirm_word)
            .replace("{old}", &old)
            .replace("{new}", &new)
    });
    let described = error_id.clone();
    view! {
        <section class="card" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{tw(title)}</h2>
            <p class="muted">{tw(lead)}</p>
            <form class="form" novalidate on:submit=submit>
                <div class="field">
                    <label for=id>{tw(label)}</label>
                    <input id=id type="text" autocomplete="off" spellcheck="false" autocapitalize="none" bind:value=typed
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby=described/>
                    <p class="field__error" id=error_id>{move || problem.get().map(|w| prefs.w(w))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || send.pending().get()>{tw(submit_word)}</button>
            </form>
            {move || match send.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(done_word)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
        <ConfirmDialog id=format!("{id}-confirm") heading=Signal::derive(move || prefs.w(title).to_string())
            message=message
            open=Signal::derive(move || asking.with(Option::is_some))
            confirm_label=Signal::derive(move || prefs.w(submit_word).to_string())
            on_confirm=Callback::new(move |_| {
                if let Some(change) = asking.get_untracked()
                    && !send.pending().get_untracked()
                {
                    send.dispatch_local(change);
                }
                asking.set(None);
            })
            on_cancel=Callback::new(move |_| asking.set(None))/>
    }
}
