//! `/account/settings` (HostBill `/clientarea/settings`): the payment method new invoices start
//! with, paying them from credit by themselves, notification e-mails, and the name servers new
//! domains start with (none, or two to four valid host names); saved once. Below, verifying the
//! e-mail or phone: a code asked for, then typed and checked once.

use super::settings_words::SettingsWord as W;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::PaymentModule;
use crate::model::settings::{AccountSettings, VerifyChannel, verification_code};
use crate::pages::vms::solusvm_settings::hostname_problem;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Why the typed name servers cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NsProblem {
    /// This field is not a host name.
    NotAHost,
    /// Only one is filled in: none, or two to four.
    OnlyOne,
}

/// The first problem of the typed name servers, with the field it belongs to.
pub fn nameservers_problem(typed: &[String]) -> Option<(usize, NsProblem)> {
    let filled: Vec<(usize, &String)> = typed
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.trim().is_empty())
        .collect();
    if let Some((i, _)) = filled.iter().find(|(_, s)| hostname_problem(s).is_some()) {
        return Some((*i, NsProblem::NotAHost));
    }
    (filled.len() == 1).then(|| (filled[0].0, NsProblem::OnlyOne))
}

/// The page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let session = use_session();
    let loaded = read(move || {
        let api = session.api_for_read();
        async move {
            let settings = api.account_settings().await?;
            let methods = api.payment_modules().await.unwrap_or_default();
            Ok::<_, crate::api::ApiError>((settings, methods))
        }
    });
    view! {
        <p><a class="link" href=crate::routes::Page::Account.href()>"← "{tr(Msg::Account)}</a></p>
        <h1 class="page__title">{tw(W::Title)}</h1>
        {move || match loaded.get() {
            None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <ErrorPanel error=e/> }.into_any(),
            Some(Ok((settings, methods))) => view! { <Preferences initial=settings methods=methods/> }.into_any(),
        }}
        <Verification/>
    }
}

#[component]
fn Preferences(initial: AccountSettings, methods: Vec<PaymentModule>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let method = RwSignal::new(initial.payment_method.clone().unwrap_or_default());
    let auto_apply = RwSignal::new(initial.credit_auto_apply.unwrap_or(false));
    let notify = RwSignal::new(initial.notifications.unwrap_or(false));
    let mut ns = initial.nameservers.clone().unwrap_or_default();
    ns.resize(4, String::new());
    let nameservers: [RwSignal<String>; 4] = std::array::from_fn(|i| RwSignal::new(ns[i].clone()));
    let problem = RwSignal::new(None::<(usize, NsProblem)>);
    let save = Action::new_local(move |s: &AccountSettings| {
        let api = session.api();
        let s = s.clone();
        async move { api.save_account_settings(&s).await }
    });
    let sent = LastSent::new();
    Effect::new(move |_| {
        if let Some(Err(_)) = save.value().get() {
            sent.forget();
        }
    });
    let answered = initial.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let initial = &answered;
        let typed: Vec<String> = nameservers
            .iter()
            .map(|s| s.get_untracked().trim().to_ascii_lowercase())
            .collect();
        problem.set(nameservers_problem(&typed));
        if problem.get_untracked().is_some() || save.pending().get_untracked() {
            return;
        }
        // Only what the portal answered goes back, changed or not.
        let s = AccountSettings {
            payment_method: initial
                .payment_method
                .as_ref()
                .map(|_| method.get_untracked()),
            credit_auto_apply: initial
                .credit_auto_apply
                .map(|_| auto_apply.get_untracked()),
            notifications: initial.notifications.map(|_| notify.get_untracked()),
            nameservers: initial
                .nameservers
                .as_ref()
                .map(|_| typed.into_iter().filter(|s| !s.is_empty()).collect()),
        };
        if sent.is_new(&s) {
            save.dispatch_local(s);
        }
    };
    let error_of = move |i: usize| {
        problem
            .get()
            .filter(|(at, _)| *at == i)
            .map(|(_, p)| match p {
                NsProblem::NotAHost => prefs.t(Msg::HostnameInvalid),
                NsProblem::OnlyOne => prefs.w(W::NameserversTooFew),
            })
    };
    view! {
        <section class="card" aria-labelledby="settings-title">
            <h2 id="settings-title">{tw(W::Preferences)}</h2>
            <form class="form" novalidate on:submit=submit>
                {initial.payment_method.is_some().then(|| view! {
                    <div class="field">
                        <label for="settings-method">{tw(W::PaymentMethod)}</label>
                        <select id="settings-method" prop:value=move || method.get() on:change=move |ev| method.set(event_target_value(&ev))>
                            {methods.into_iter().map(|m| view! { <option value=m.id.clone()>{m.name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                })}
                {initial.credit_auto_apply.is_some().then(|| view! {
                    <label class="check"><input type="checkbox" bind:checked=auto_apply/>{tw(W::CreditAutoApply)}</label>
                })}
                {initial.notifications.is_some().then(|| view! {
                    <label class="check"><input type="checkbox" bind:checked=notify/>{tw(W::Notifications)}</label>
                })}
                {initial.nameservers.is_some().then(|| view! {
                    <fieldset class="field">
                        <legend>{tw(W::Nameservers)}</legend>
                        <p class="muted">{tw(W::NameserversLead)}</p>
                        {(0..4).map(|i| {
                            let id = format!("settings-ns{}", i + 1);
                            let err = format!("{id}-error");
                            let (for_id, described) = (id.clone(), err.clone());
                            view! {
                                <div class="field">
                                    <label for=for_id>{move || prefs.w(W::NameserverN).replace("{n}", &(i + 1).to_string())}</label>
                                    <input id=id type="text" spellcheck="false" autocapitalize="none" bind:value=nameservers[i]
                                        aria-invalid=move || error_of(i).is_some().to_string() aria-describedby=described/>
                                    <p class="field__error" id=err>{move || error_of(i)}</p>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                })}
                <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tw(W::Save)}</button>
            </form>
            {move || match save.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Saved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

/// How long after a code was sent the customer may ask for another.
const RESEND_PAUSE_SECS: u64 = 20;

#[component]
fn Verification() -> impl IntoView {
    let session = use_session();
    let channel = RwSignal::new(VerifyChannel::Email);
    let code = RwSignal::new(String::new());
    let code_bad = RwSignal::new(false);
    let send = Action::new_local(move |c: &VerifyChannel| {
        let api = session.api();
        let c = *c;
        async move { api.resend_verification(c).await.map(|_| c) }
    });
    // A code just sent is not sent again at once: a double click (a fast portal answers between
    // the two clicks, leaving nothing pending) would send two e-mails or two paid SMS, the first
    // code no longer valid. Asking again is offered after a pause, for a code that did not come.
    let resting = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(Ok(_)) = send.value().get() {
            resting.set(true);
            set_timeout(
                move || resting.set(false),
                std::time::Duration::from_secs(RESEND_PAUSE_SECS),
            );
        }
    });
    let check = Action::new_local(move |(c, code): &(VerifyChannel, String)| {
        let api = session.api();
        let (c, code) = (*c, code.clone());
        async move { api.verify(c, &code).await }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let cleaned = verification_code(&code.get_untracked());
        code_bad.set(cleaned.is_none());
        if let Some(c) = cleaned
            && !check.pending().get_untracked()
        {
            check.dispatch_local((channel.get_untracked(), c));
        }
    };
    let radio = move |c: VerifyChannel, word: W| {
        view! {
            <label class="check">
                <input type="radio" name="verify-channel" prop:checked=move || channel.get() == c
                    on:change=move |_| channel.set(c)/>
                {tw(word)}
            </label>
        }
    };
    view! {
        <section class="card" aria-labelledby="verify-title">
            <h2 id="verify-title">{tw(W::Verify)}</h2>
            <p class="muted">{tw(W::VerifyLead)}</p>
            <fieldset class="field">
                <legend>{tw(W::Channel)}</legend>
                {radio(VerifyChannel::Email, W::ByEmail)}
                {radio(VerifyChannel::Sms, W::BySms)}
            </fieldset>
            <p><button type="button" class="button button--secondary" disabled=move || send.pending().get() || resting.get()
                on:click=move |_| { if !send.pending().get_untracked() && !resting.get_untracked() { send.dispatch_local(channel.get_untracked()); } }>{tw(W::SendCode)}</button></p>
            {move || match send.value().get() {
                Some(Ok(VerifyChannel::Email)) => Some(view! { <p class="banner banner--info" role="status">{tw(W::CodeSentEmail)}</p> }.into_any()),
                Some(Ok(VerifyChannel::Sms)) => Some(view! { <p class="banner banner--info" role="status">{tw(W::CodeSentSms)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="verify-code">{tw(W::Code)}</label>
                    <input id="verify-code" type="text" inputmode="numeric" autocomplete="one-time-code" bind:value=code
                        aria-invalid=move || code_bad.get().to_string() aria-describedby="verify-code-error"/>
                    <p class="field__error" id="verify-code-error">{move || code_bad.get().then(tw(W::CodeInvalid))}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || check.pending().get()>{tw(W::VerifyButton)}</button>
            </form>
            {move || match check.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Verified)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn name_servers_are_none_or_two_to_four_host_names() {
        assert_eq!(nameservers_problem(&typed(&["", "", "", ""])), None);
        assert_eq!(
            nameservers_problem(&typed(&["ns1.example.net", "ns2.example.net", "", ""])),
            None
        );
        assert_eq!(
            nameservers_problem(&typed(&["", "ns1.example.net", "", ""])),
            Some((1, NsProblem::OnlyOne))
        );
        assert_eq!(
            nameservers_problem(&typed(&["ns1.example.net", "ns 2", "", ""])),
            Some((1, NsProblem::NotAHost))
        );
    }
}
