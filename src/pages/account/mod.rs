//! `/account`: the customer's registration details (changed and saved once, then shown as the
//! portal saved them) and their password (current one first, the new one twice). Billing
//! systems that cannot change them here (Kdata) show the details read-only and say whom to ask.

pub mod activity;
mod activity_words;
mod api_key;
mod api_key_words;
pub mod contacts;
mod details;
pub mod emails;
mod history_words;
mod ip_rules;
mod password;
pub mod security;
mod security_words;
pub mod settings;
mod settings_words;
mod ssh_keys;

use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

pub use details::profile_problems;
pub use password::password_change_problem;

/// The page.
#[component]
pub fn AccountPage() -> impl IntoView {
    let editable = crate::state::brand::use_config()
        .backend
        .capabilities()
        .account_edit;
    view! {
        <h1 class="page__title">{tr(Msg::Account)}</h1>
        <details::DetailsForm editable=editable/>
        {editable.then(|| view! { <password::PasswordForm/> })}
        {crate::state::brand::use_config().backend.capabilities().api_key.then(|| view! { <api_key::ApiKeySection/> })}
        {crate::state::brand::use_config().backend.capabilities().email_history.then(|| view! {
            <section class="card" aria-labelledby="history-link-title">
                <h2 id="history-link-title">{crate::state::prefs::tw(history_words::HistoryWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Emails.href()>{crate::state::prefs::tw(history_words::HistoryWord::Link)}</a></p>
            </section>
        })}
        {crate::state::brand::use_config().backend.capabilities().activity.then(|| view! {
            <section class="card" aria-labelledby="activity-link-title">
                <h2 id="activity-link-title">{crate::state::prefs::tw(activity_words::ActivityWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Activity.href()>{crate::state::prefs::tw(activity_words::ActivityWord::Link)}</a></p>
            </section>
        })}
        {crate::state::brand::use_config().backend.capabilities().settings.then(|| view! {
            <section class="card" aria-labelledby="settings-link-title">
                <h2 id="settings-link-title">{crate::state::prefs::tw(settings_words::SettingsWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Settings.href()>{crate::state::prefs::tw(settings_words::SettingsWord::Link)}</a></p>
            </section>
        })}
        {crate::state::brand::use_config().backend.capabilities().contacts.then(|| view! {
            <section class="card" aria-labelledby="contacts-link-title">
                <h2 id="contacts-link-title">{crate::state::prefs::tw(contacts::ContactWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Contacts.href()>{crate::state::prefs::tw(contacts::ContactWord::Link)}</a></p>
            </section>
        })}
        {crate::state::brand::use_config().backend.capabilities().affiliates.then(|| view! {
            <section class="card" aria-labelledby="affiliate-link-title">
                <h2 id="affiliate-link-title">{crate::state::prefs::tw(crate::pages::affiliate::affiliate_words::AffiliateWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Affiliate.href()>{crate::state::prefs::tw(crate::pages::affiliate::affiliate_words::AffiliateWord::Link)}</a></p>
            </section>
        })}
        {crate::state::brand::use_config().backend.capabilities().security.then(|| view! {
            <section class="card" aria-labelledby="security-link-title">
                <h2 id="security-link-title">{crate::state::prefs::tw(security_words::SecurityWord::Title)}</h2>
                <p><a class="link" href=crate::routes::Page::Security.href()>{crate::state::prefs::tw(security_words::SecurityWord::Link)}</a></p>
            </section>
        })}
    }
}
