//! `/account/contacts`: the account's contacts and sub-accounts (HostBill seed 004), and one
//! contact's page to add or edit it: the same person fields as the account's, checked the same
//! way, an optional password for one who signs in, and the privileges as a checklist.

mod contact_words;
mod editor;
mod privileges;

use crate::components::async_view::AsyncView;
use crate::i18n::format_date;
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use contact_words::ContactWord as W;
use leptos::prelude::*;

pub use contact_words::ContactWord;
pub use editor::ContactPage;

/// The list.
#[component]
pub fn ContactsPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let contacts = read(move || {
        let api = session.api_for_read();
        async move { api.contacts().await }
    });
    view! {
        <p><a class="link" href=Page::Account.href()>"← "{crate::state::prefs::tr(crate::i18n::Msg::Account)}</a></p>
        <div class="page__head">
            <h1 class="page__title">{tw(W::Title)}</h1>
            <a class="button button--primary" href=Page::NewContact.href()>{tw(W::Add)}</a>
        </div>
        <p class="muted">{tw(W::Intro)}</p>
        <section class="card">
            <AsyncView resource=contacts let:list skeleton_lines=3>
                {if list.is_empty() {
                    view! { <p class="muted">{tw(W::None)}</p> }.into_any()
                } else {
                    view! {
                        <table class="table" aria-label=move || prefs.w(W::Title)>
                            <thead><tr>
                                <th scope="col">{tw(W::Name)}</th>
                                <th scope="col">{tw(W::Email)}</th>
                                <th scope="col">{tw(W::Company)}</th>
                                <th scope="col">{tw(W::LastLogin)}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|c| {
                                    let login = c.last_login;
                                    view! {
                                        <tr>
                                            <td><a class="link" href=Page::Contact(&c.id).href()>{c.name.clone()}</a></td>
                                            <td>{c.email.clone()}</td>
                                            <td>{c.company.clone().unwrap_or_default()}</td>
                                            <td>{move || login.map_or_else(|| prefs.w(W::Never).to_string(), |d| format_date(prefs.lang.get(), d))}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}
