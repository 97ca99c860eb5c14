//! A HostBill domain's automatic renewal (`PUT /domain/@id/autorenew`) and DNSSEC keys
//! (`DELETE /domain/@id/dnssec/@key`), each shown where the domain's methods list the call. The
//! state comes from the domain's details (`GET /service/@id`), read again after every change so
//! the page shows where the portal left it, not what was asked. Turning renewal off and removing
//! a key are confirmed with what they risk; each is sent once.

use super::renewal_words::{RenewalWord, algorithm_name, digest_name};
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::domain::DnssecKey;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// What the sections change, sent once each.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Change {
    Renewal(bool),
    RemoveKey(DnssecKey),
}

/// Both sections of domain `service` (`name` for the confirmations).
#[component]
pub fn DomainRenewal(
    service: String,
    name: String,
    /// The methods list the renewal switch.
    switch: bool,
    /// The methods list the key removal.
    dnssec: bool,
) -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let s1 = service.clone();
    let data = read(move || {
        let api = session.api_for_read();
        let id = s1.clone();
        async move { api.service(&id).await.map(|d| (d.autorenew, d.dnssec)) }
    });
    let change = Action::new_local(move |c: &Change| {
        let api = session.api();
        let (id, c) = (service.clone(), c.clone());
        async move {
            match &c {
                Change::Renewal(on) => api.set_autorenew(&id, *on).await,
                Change::RemoveKey(k) => api.remove_dnssec_key(&id, &k.id).await,
            }
            .map(|()| c)
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = change.value().get() {
            data.refetch();
        }
    });
    let pending = change.pending();
    let send = move |c: Change| {
        if !pending.get_untracked() {
            change.dispatch_local(c);
        }
    };
    let asking = RwSignal::new(None::<Change>);
    let name_c = name.clone();
    let confirm_text = Signal::derive(move || match asking.get() {
        Some(Change::Renewal(_)) => prefs
            .w(RenewalWord::TurnOffConfirm)
            .replace("{name}", &name_c),
        Some(Change::RemoveKey(k)) => prefs
            .w(RenewalWord::RemoveKeyConfirm)
            .replace("{tag}", &k.key_tag)
            .replace("{digest_type}", &digest_name(&k.digest_type))
            .replace("{name}", &name_c),
        None => String::new(),
    });
    let confirm_heading = Signal::derive(move || match asking.get() {
        Some(Change::RemoveKey(k)) => prefs
            .w(RenewalWord::RemoveKeyFor)
            .replace("{tag}", &k.key_tag)
            .replace("{digest_type}", &digest_name(&k.digest_type)),
        _ => prefs.w(RenewalWord::TurnOffTitle).to_string(),
    });
    let confirm_label = Signal::derive(move || match asking.get() {
        Some(Change::RemoveKey(_)) => prefs.w(RenewalWord::RemoveKey).to_string(),
        _ => prefs.w(RenewalWord::TurnOff).to_string(),
    });
    let outcome = move || {
        change.value().get().map(|r| match r {
            Ok(c) => {
                let words = match c {
                    // Where the portal left it, read again (a portal may flip rather than set).
                    Change::Renewal(_) => {
                        let now = data.get().and_then(|d| d.ok()).and_then(|(on, _)| on);
                        match now {
                            Some(true) => prefs.w(RenewalWord::NowOn).to_string(),
                            Some(false) => prefs.w(RenewalWord::NowOff).to_string(),
                            None => String::new(),
                        }
                    }
                    Change::RemoveKey(k) => prefs
                        .w(RenewalWord::KeyRemoved)
                        .replace("{tag}", &k.key_tag),
                };
                (!words.is_empty())
                    .then(|| view! { <p class="banner banner--success" role="status">{words}</p> })
                    .into_any()
            }
            Err(e) => view! { <ErrorPanel error=e/> }.into_any(),
        })
    };
    view! {
        <section class="card" aria-labelledby="domain-renewal-title">
            <h2 id="domain-renewal-title">{tw(RenewalWord::AutoRenew)}</h2>
            <AsyncView resource=data let:d skeleton_lines=3>
                {
                    let (renewal, keys) = d;
                    view! {
                        {match (renewal, switch) {
                            (Some(on), true) => view! {
                                <div class="setting-switch">
                                    <p class="muted" id="autorenew-lead">{tw(RenewalWord::AutoRenewLead)}</p>
                                    <button type="button" role="switch" class="switch" id="autorenew"
                                        aria-labelledby="domain-renewal-title" aria-describedby="autorenew-lead"
                                        aria-checked=on.to_string() aria-busy=move || pending.get().to_string()
                                        disabled=move || pending.get()
                                        on:click=move |_| if on { asking.set(Some(Change::Renewal(false))) } else { send(Change::Renewal(true)) }>
                                        <span class="switch__knob" aria-hidden="true"></span>
                                        <span class="switch__text">{tw(if on { RenewalWord::AutoRenewOn } else { RenewalWord::AutoRenewOff })}</span>
                                    </button>
                                </div>
                            }.into_any(),
                            (Some(on), false) => view! {
                                <p>{tw(if on { RenewalWord::AutoRenewOn } else { RenewalWord::AutoRenewOff })}</p>
                            }.into_any(),
                            (None, _) => view! { <p class="muted">{tw(RenewalWord::AutoRenewUnknown)}</p> }.into_any(),
                        }}
                        {dnssec.then(|| view! { <DnssecKeys keys=keys pending=pending ask=asking/> })}
                    }
                }
            </AsyncView>
            {outcome}
        </section>
        <ConfirmDialog id="domain-renewal-confirm"
            heading=confirm_heading
            message=confirm_text
            confirm_label=confirm_label
            open=Signal::derive(move || asking.with(Option::is_some))
            on_confirm=Callback::new(move |_| {
                if let Some(c) = asking.get_untracked() {
                    asking.set(None);
                    send(c);
                }
            })
            on_cancel=Callback::new(move |_| asking.set(None))/>
    }
}

#[component]
fn DnssecKeys(
    keys: Vec<DnssecKey>,
    pending: Memo<bool>,
    ask: RwSignal<Option<Change>>,
) -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <h3 id="dnssec-title">{tw(RenewalWord::DnssecTitle)}</h3>
        {if keys.is_empty() {
            view! { <p class="muted">{tw(RenewalWord::DnssecNone)}</p> }.into_any()
        } else {
            view! {
                <p class="muted">{tw(RenewalWord::DnssecLead)}</p>
                <div class="table-scroll">
                    <table class="table address-table" aria-labelledby="dnssec-title">
                        <thead><tr>
                            <th scope="col">{tw(RenewalWord::KeyTag)}</th>
                            <th scope="col">{tw(RenewalWord::Algorithm)}</th>
                            <th scope="col">{tw(RenewalWord::DigestType)}</th>
                            <th scope="col">{tw(RenewalWord::Digest)}</th>
                            <th scope="col"><span class="visually-hidden">{tw(RenewalWord::RemoveKey)}</span></th>
                        </tr></thead>
                        <tbody>
                            {keys.into_iter().map(|k| {
                                let label = prefs.w(RenewalWord::RemoveKeyFor).replace("{tag}", &k.key_tag).replace("{digest_type}", &digest_name(&k.digest_type));
                                let key = k.clone();
                                view! { <tr>
                                    <td>{k.key_tag.clone()}</td>
                                    <td>{algorithm_name(&k.algorithm)}</td>
                                    <td>{digest_name(&k.digest_type)}</td>
                                    <td><code class="digest">{k.digest.clone()}</code></td>
                                    <td><button type="button" class="button button--danger button--small" aria-label=label
                                        disabled=move || pending.get()
                                        on:click=move |_| ask.set(Some(Change::RemoveKey(key.clone())))>{tw(RenewalWord::RemoveKey)}</button></td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}
