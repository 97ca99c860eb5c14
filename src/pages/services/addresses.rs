//! A server's IP addresses and their reverse DNS, on the page of a service that is not a cloud VM
//! (a dedicated server): shown when the service's methods list `GET /service/@id/ip`, and the
//! names editable when they list `POST /service/@id/rdns`. Every name is checked before anything
//! is sent (the VM console's rule: a host name, or empty to clear it), only the changed ones go
//! out, in one request, once.

use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::model::VmIp;
use crate::pages::services::service_words::ServiceWord;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::rdns::hostname;
use leptos::prelude::*;

/// One address as typed in the form.
#[derive(Clone, Copy)]
struct Row {
    typed: RwSignal<String>,
    invalid: RwSignal<bool>,
}

/// What the form found when "Save" was pressed without anything to send.
#[derive(Clone, Copy, PartialEq)]
enum Refused {
    Invalid,
    Unchanged,
}

/// The section.
#[component]
pub fn ServiceAddresses(
    /// The service's id.
    service: String,
    /// Whether the names can be changed.
    rdns: bool,
) -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let s1 = service.clone();
    let data = read(move || {
        let api = session.api_for_read();
        let id = s1.clone();
        async move { api.service_addresses(&id, rdns).await }
    });
    let save = Action::new_local(move |entries: &Vec<(String, String)>| {
        let api = session.api();
        let (id, entries) = (service.clone(), entries.clone());
        async move { api.set_service_rdns(&id, &entries).await }
    });
    let sent = LastSent::new();
    let refused = RwSignal::new(None::<Refused>);
    Effect::new(move |_| match save.value().get() {
        Some(Ok(())) => data.refetch(),
        Some(Err(_)) => sent.forget(),
        None => {}
    });

    let table = move |ips: Vec<VmIp>| {
        if ips.is_empty() {
            return view! { <p class="muted">{tw(ServiceWord::NoAddresses)}</p> }.into_any();
        }
        let rows: Vec<(VmIp, Row)> = ips
            .into_iter()
            .map(|ip| {
                let row = Row {
                    typed: RwSignal::new(ip.rdns.clone().unwrap_or_default()),
                    invalid: RwSignal::new(false),
                };
                (ip, row)
            })
            .collect();
        let rows = StoredValue::new(rows);
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if save.pending().get_untracked() {
                return;
            }
            let mut entries = Vec::new();
            let mut ok = true;
            rows.with_value(|rows| {
                for (ip, row) in rows {
                    match hostname(&row.typed.get_untracked()) {
                        Ok(name) => {
                            row.invalid.set(false);
                            if name != ip.rdns.clone().unwrap_or_default() {
                                entries.push((ip.address.clone(), name));
                            }
                        }
                        Err(_) => {
                            row.invalid.set(true);
                            ok = false;
                        }
                    }
                }
            });
            refused.set(match (ok, entries.is_empty()) {
                (false, _) => Some(Refused::Invalid),
                (true, true) => Some(Refused::Unchanged),
                (true, false) => None,
            });
            if ok && !entries.is_empty() && sent.is_new(&entries) {
                save.dispatch_local(entries);
            }
        };
        view! {
            <form class="form address-form" novalidate on:submit=submit>
                <div class="table-scroll">
                    <table class="table address-table">
                        <thead><tr>
                            <th scope="col">{tw(ServiceWord::Addresses)}</th>
                            <th scope="col">{tw(ServiceWord::ReverseDns)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.get_value().into_iter().enumerate().map(|(i, (ip, row))| {
                                let input_id = format!("service-rdns-{i}");
                                let err_id = format!("service-rdns-{i}-error");
                                let label = prefs.w(ServiceWord::ReverseDnsOf).replace("{ip}", &ip.address);
                                view! { <tr>
                                    <th scope="row"><code>{ip.address.clone()}</code></th>
                                    <td>{if rdns {
                                        view! {
                                            <label class="visually-hidden" for=input_id.clone()>{label}</label>
                                            <input id=input_id class="input" autocomplete="off" spellcheck="false" bind:value=row.typed
                                                aria-invalid=move || row.invalid.get().to_string() aria-describedby=err_id.clone()/>
                                            <p class="field__error" id=err_id>{move || row.invalid.get().then(|| prefs.w(ServiceWord::ReverseDnsInvalid))}</p>
                                        }.into_any()
                                    } else {
                                        view! { <span>{ip.rdns.clone().unwrap_or_else(|| "—".into())}</span> }.into_any()
                                    }}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {rdns.then(|| view! {
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tw(ServiceWord::SaveReverseDns)}</button>
                })}
            </form>
        }
        .into_any()
    };

    view! {
        <section class="card" aria-labelledby="service-addresses-title">
            <h2 id="service-addresses-title">{tw(ServiceWord::Addresses)}</h2>
            <AsyncView resource=data let:ips skeleton_lines=3>
                {table(ips)}
            </AsyncView>
            {move || (refused.get() == Some(Refused::Unchanged)).then(|| view! {
                <p class="banner banner--info" role="status">{tw(ServiceWord::ReverseDnsUnchanged)}</p>
            })}
            {move || match save.value().get() {
                Some(Ok(())) if refused.get().is_none() => Some(view! { <p class="banner banner--success" role="status">{tw(ServiceWord::ReverseDnsSaved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                _ => None,
            }}
        </section>
    }
}
