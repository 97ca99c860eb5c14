//! One contact's page, to add (`/account/contacts/new`) or edit one: the person fields checked
//! as the account's own (`profile_problems`), a password only when adding one who signs in, the
//! privileges as a checklist (only those on offer sent back), sent once.

use super::contact_words::ContactWord as W;
use super::privileges::PrivilegeChecklist;
use crate::api::ApiError;
use crate::components::contact_fields::ContactFields;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::contact::{Contact, Privileges};
use crate::model::{AccountProfile, ServiceSummary};
use crate::pages::account::details::{FIELDS, cleaned, get, slot};
use crate::pages::account::profile_problems;
use crate::routes::Page;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What the form needs before it shows: the privileges on offer, the contact (when editing)
/// and the services, to name them.
type Loaded = (Privileges, Contact, Vec<ServiceSummary>);

/// The page; `id` is `None` for a new contact.
#[component]
pub fn ContactPage(id: Option<String>) -> impl IntoView {
    let session = use_session();
    let editing = id.clone();
    let loaded = read(move || {
        let api = session.api_for_read();
        let id = editing.clone();
        async move {
            let offered = api.contact_privileges().await?;
            let contact = match id {
                Some(id) => api.contact(&id).await?,
                None => Contact {
                    kind: "Private".into(),
                    ..Contact::default()
                },
            };
            // Names are a courtesy: without the list, items are named by number.
            let services = api.services().await.unwrap_or_default();
            Ok::<Loaded, ApiError>((offered, contact, services))
        }
    });
    let prefs = use_prefs();
    view! {
        <p><a class="link" href=Page::Contacts.href()>"← "{tw(W::Back)}</a></p>
        {move || match loaded.get() {
            None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <ErrorPanel error=e/> }.into_any(),
            Some(Ok((offered, contact, services))) => {
                let title = match &id {
                    None => prefs.w(W::NewTitle).to_string(),
                    Some(_) => prefs.w(W::EditTitle).replace("{name}", &format!("{} {}", contact.person.first_name, contact.person.last_name)),
                };
                view! {
                    <h1 class="page__title">{title}</h1>
                    <Editor id=id.clone() offered=offered initial=contact services=services/>
                }.into_any()
            }
        }}
    }
}

#[component]
fn Editor(
    id: Option<String>,
    offered: Privileges,
    initial: Contact,
    services: Vec<ServiceSummary>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let is_new = id.is_none();
    let person = RwSignal::new(initial.person.clone());
    let kind = RwSignal::new(initial.kind.clone());
    let chosen = RwSignal::new(initial.privileges.within(&offered));
    let password = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<(&'static str, Msg)>::new());
    let password_short = RwSignal::new(false);
    let offered_kept = offered.clone();
    let save = Action::new_local(move |(contact, password): &(Contact, String)| {
        let api = session.api();
        let (id, contact, password) = (id.clone(), contact.clone(), password.clone());
        async move {
            match id {
                None => api.add_contact(&contact, Some(&password)).await.map(Some),
                Some(id) => api.update_contact(&id, &contact).await.map(|_| None),
            }
        }
    });
    let sent = LastSent::new();
    Effect::new(move |_| match save.value().get() {
        Some(Ok(Some(_new_id))) => navigate(&Page::Contacts.href(), Default::default()),
        Some(Err(_)) => sent.forget(),
        _ => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p: AccountProfile = person.get_untracked();
        let found = profile_problems(&p);
        let short = is_new && {
            let n = password.with_untracked(|s| s.chars().count());
            n > 0 && n < 8
        };
        let ok = found.is_empty() && !short;
        problems.set(found);
        password_short.set(short);
        if ok && !save.pending().get_untracked() {
            let contact = Contact {
                person: cleaned(&p),
                kind: kind.get_untracked(),
                privileges: chosen.get_untracked().within(&offered_kept),
            };
            let what = (contact, password.get_untracked());
            if sent.is_new(&what) {
                save.dispatch_local(what);
            }
        }
    };
    let item_name = Callback::new(move |(group, item): (String, String)| {
        services
            .iter()
            .find(|s| s.id == item)
            .map(|s| match &s.domain {
                Some(d) if group == "services" && !s.name.is_empty() => format!("{} — {d}", s.name),
                Some(d) => d.clone(),
                None => s.name.clone(),
            })
            .unwrap_or_else(|| {
                let w = if group == "domains" {
                    W::DomainN
                } else {
                    W::ServiceN
                };
                prefs.w(w).replace("{id}", &item)
            })
    });
    view! {
        <form class="form" novalidate on:submit=submit>
            <section class="card form--grid" aria-labelledby="contact-person-title">
                <h2 id="contact-person-title" class="visually-hidden">{tw(W::Name)}</h2>
                <ContactFields fields=&FIELDS id_prefix="contact" draft=person get=get
                    set=|p, key, v| *slot(p, key) = v problems=problems/>
                <div class="field">
                    <label for="contact-kind">{tw(W::Kind)}</label>
                    <select id="contact-kind" prop:value=move || kind.get() on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="Private">{tw(W::Private)}</option>
                        <option value="Company">{tw(W::CompanyKind)}</option>
                    </select>
                </div>
            </section>
            {is_new.then(|| view! {
                <section class="card" aria-labelledby="contact-signin-title">
                    <h2 id="contact-signin-title">{tw(W::SignIn)}</h2>
                    <p class="muted">{tw(W::SignInLead)}</p>
                    <div class="field">
                        <label for="contact-password">{tw(W::Password)}</label>
                        <input id="contact-password" type="password" autocomplete="new-password" bind:value=password
                            aria-invalid=move || password_short.get().to_string() aria-describedby="contact-password-error"/>
                        <p class="field__error" id="contact-password-error">{move || password_short.get().then(|| prefs.w(W::PasswordShort))}</p>
                    </div>
                </section>
            })}
            <section class="card" aria-labelledby="contact-rights-title">
                <h2 id="contact-rights-title">{tw(W::Rights)}</h2>
                <p class="muted">{tw(W::RightsLead)}</p>
                <PrivilegeChecklist offered=offered chosen=chosen item_name=item_name/>
            </section>
            {move || (!problems.with(Vec::is_empty) || password_short.get()).then(|| view! {
                <p class="banner banner--error" role="alert">{tw(W::FixFields)}</p>
            })}
            <div class="form__actions">
                <button type="submit" class="button button--primary" disabled=move || save.pending().get()>
                    {if is_new { tw(W::Create) } else { tw(W::Save) }}
                </button>
            </div>
        </form>
        {move || match save.value().get() {
            Some(Ok(None)) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Saved)}</p> }.into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            _ => None,
        }}
    }
}
