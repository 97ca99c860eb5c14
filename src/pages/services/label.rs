//! A service's label (HostBill): edited in place, checked for length before sending, and read
//! again from the portal just before saving, so a label changed elsewhere since the page opened
//! (another tab, the hosting company's staff) is shown instead of being overwritten unseen.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::pages::services::service_words::ServiceWord;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// A label's length limit, the portal's own.
const MAX_LABEL: usize = 64;

/// What a save came to.
#[derive(Clone)]
enum Saved {
    /// Sent and taken.
    Label(String),
    /// Not sent: the portal's label is no longer the one this page showed; it is this now.
    ChangedElsewhere(String),
}

/// The label form. `label` is the service's label as the page shows it, kept up to date.
#[component]
pub fn LabelForm(id: String, label: RwSignal<String>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let text = RwSignal::new(label.get_untracked());
    let problem = RwSignal::new(None::<ServiceWord>);
    // `(label, overwrite)`: `overwrite` saves even over a label changed elsewhere.
    let save = Action::new_local(move |(value, overwrite): &(String, bool)| {
        let api = session.api();
        let (id, value, overwrite) = (id.clone(), value.clone(), *overwrite);
        let shown = label.get_untracked();
        async move {
            if !overwrite {
                // A read that fails does not stop the save: the check protects a change made
                // elsewhere, and the save itself reports a portal that cannot be reached.
                if let Ok(now) = api.service_label(&id).await {
                    let now = now.unwrap_or_default();
                    if now != shown && now != value {
                        return Ok(Saved::ChangedElsewhere(now));
                    }
                }
            }
            api.set_service_label(&id, &value)
                .await
                .map(|_| Saved::Label(value))
        }
    });
    let pending = save.pending();
    let sent = LastSent::new();
    Effect::new(move |_| match save.value().get() {
        Some(Ok(Saved::Label(v))) => label.set(v),
        Some(Ok(Saved::ChangedElsewhere(_)) | Err(_)) => sent.forget(),
        None => {}
    });
    let send = move |overwrite: bool| {
        if pending.get_untracked() {
            return;
        }
        let v = text.get_untracked().trim().to_string();
        if v.chars().count() > MAX_LABEL {
            problem.set(Some(ServiceWord::LabelTooLong));
            return;
        }
        problem.set(None);
        if sent.is_new(&v) {
            save.dispatch_local((v, overwrite));
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send(false);
    };
    // Taking the label found on the portal: the field and the page show it; nothing is sent.
    let keep_theirs = move |theirs: String| {
        label.set(theirs.clone());
        text.set(theirs);
        save.value().set(None);
    };
    view! {
        <section class="card" aria-labelledby="label-title">
            <h2 id="label-title">{tw(ServiceWord::ServiceLabel)}</h2>
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="service-label">{tw(ServiceWord::ServiceLabelHint)}</label>
                    <input id="service-label" maxlength="80" autocomplete="off" bind:value=text
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby="service-label-error"/>
                    <p class="field__error" id="service-label-error">{move || problem.get().map(|m| prefs.w(m))}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || pending.get()>{tr(Msg::Save)}</button>
            </form>
            {move || match save.value().get() {
                Some(Ok(Saved::Label(_))) => Some(view! { <p class="banner banner--success" role="status">{tw(ServiceWord::LabelSaved)}</p> }.into_any()),
                Some(Ok(Saved::ChangedElsewhere(theirs))) => {
                    let shown = if theirs.is_empty() { prefs.w(ServiceWord::NoLabel).to_string() } else { format!("“{theirs}”") };
                    Some(view! {
                        <div class="banner banner--warning" role="alert">
                            <p>{prefs.w(ServiceWord::LabelChangedElsewhere).replace("{label}", &shown)}</p>
                            <div class="actions">
                                <button type="button" class="button button--secondary" on:click=move |_| keep_theirs(theirs.clone())>
                                    {tw(ServiceWord::KeepTheirLabel)}
                                </button>
                                <button type="button" class="button button--primary" disabled=move || pending.get()
                                    on:click=move |_| send(true)>
                                    {tw(ServiceWord::SaveMyLabel)}
                                </button>
                            </div>
                        </div>
                    }.into_any())
                }
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}
