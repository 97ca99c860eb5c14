//! Network: the VM's addresses, their reverse DNS (validated before anything is sent, all
//! changes in one request), and adding or removing addresses where the backend offers it.

use super::poller::Poller;
use super::vm_words::VmWord;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::{NetInterface, VmIp};
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::rdns::hostname;
use leptos::prelude::*;

#[derive(Clone)]
struct Row {
    ip: VmIp,
    typed: RwSignal<String>,
    invalid: RwSignal<bool>,
}

#[component]
fn AddressTable(
    service: String,
    vm_id: String,
    vm_name: Signal<String>,
    ips: Vec<VmIp>,
    rdns: bool,
    manage: bool,
    reload: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let rows: Vec<Row> = ips
        .into_iter()
        .map(|ip| Row {
            typed: RwSignal::new(ip.rdns.clone().unwrap_or_default()),
            invalid: RwSignal::new(false),
            ip,
        })
        .collect();
    let rows = StoredValue::new(rows);
    let (s1, v1) = (service.clone(), vm_id.clone());
    let save = Action::new_local(move |entries: &Vec<(String, String)>| {
        let api = session.api();
        let (service, vm, entries) = (s1.clone(), v1.clone(), entries.clone());
        async move { api.vm_set_rdns(&service, &vm, &entries).await }
    });
    let saving = save.pending();
    let sent = LastSent::new();
    Effect::new(move |_| {
        if let Some(Err(_)) = save.value().get() {
            sent.forget();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let mut entries = Vec::new();
        let mut ok = true;
        rows.with_value(|rows| {
            for r in rows {
                match hostname(&r.typed.get_untracked()) {
                    Ok(name) => {
                        r.invalid.set(false);
                        if name != r.ip.rdns.clone().unwrap_or_default() {
                            entries.push((r.ip.address.clone(), name));
                        }
                    }
                    Err(_) => {
                        r.invalid.set(true);
                        ok = false;
                    }
                }
            }
        });
        if ok && !entries.is_empty() && sent.is_new(&entries) {
            save.dispatch_local(entries);
        }
    };
    let removing = RwSignal::new(None::<VmIp>);
    let (s2, v2) = (service.clone(), vm_id.clone());
    let remove = Action::new_local(move |ip: &VmIp| {
        let api = session.api();
        let (service, vm, id) = (s2.clone(), v2.clone(), ip.id.clone());
        async move { api.vm_remove_ip(&service, &vm, &id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            reload.run(());
        }
    });
    view! {
        <form class="form" novalidate on:submit=submit>
            <div class="table-scroll">
                <table class="table address-table">
                    <thead><tr>
                        <th scope="col">{tw(VmWord::VmAddresses)}</th>
                        <th scope="col">{tw(VmWord::VmReverseDns)}</th>
                        {manage.then(|| view! { <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th> })}
                    </tr></thead>
                    <tbody>
                        {rows.get_value().into_iter().enumerate().map(|(i, r)| {
                            let input_id = format!("rdns-{i}");
                            let err_id = format!("rdns-{i}-error");
                            let ip = r.ip.clone();
                            view! { <tr>
                                <th scope="row"><code>{r.ip.address.clone()}</code>" "
                                    {r.ip.primary.then(|| view! { <span class="chip">{tw(VmWord::VmPrimary)}</span> })}</th>
                                <td>
                                    {if rdns {
                                        view! {
                                            <label class="visually-hidden" for=input_id.clone()>{format!("{} {}", prefs.w(VmWord::VmReverseDns), r.ip.address)}</label>
                                            <input id=input_id class="input" autocomplete="off" spellcheck="false" bind:value=r.typed
                                                aria-invalid=move || r.invalid.get().to_string() aria-describedby=err_id.clone()/>
                                            <p class="field__error" id=err_id>{move || r.invalid.get().then(|| prefs.w(VmWord::VmRdnsInvalid))}</p>
                                        }.into_any()
                                    } else {
                                        view! { <span>{r.ip.rdns.clone().unwrap_or_else(|| "—".into())}</span> }.into_any()
                                    }}
                                </td>
                                {manage.then(|| {
                                    let shown = ip.address.clone();
                                    view! { <td>{(!ip.primary).then(|| view! {
                                        <button type="button" class="button button--secondary button--small"
                                            on:click=move |_| removing.set(Some(ip.clone()))>{move || prefs.w(VmWord::VmRemoveAddress).replace("{ip}", &shown)}</button>
                                    })}</td> }
                                })}
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {rdns.then(|| view! {
                <button type="submit" class="button button--primary" disabled=move || saving.get()>{tw(VmWord::VmSaveRdns)}</button>
            })}
            {move || match save.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::VmRdnsSaved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            {move || remove.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
        </form>
        <ConfirmDialog id="vm-remove-ip" heading=Signal::derive(move || prefs.w(VmWord::VmNetwork).to_string())
            message=Signal::derive(move || removing.get().map(|ip| prefs.w(VmWord::VmConfirmRemoveIp).replace("{ip}", &ip.address).replace("{name}", &vm_name.get())).unwrap_or_default())
            open=Signal::derive(move || removing.get().is_some())
            on_confirm=Callback::new(move |_| {
                if let Some(ip) = removing.get_untracked() {
                    removing.set(None);
                    if !remove.pending().get_untracked() { remove.dispatch_local(ip); }
                }
            })
            on_cancel=Callback::new(move |_| removing.set(None))/>
    }
}

#[component]
fn AddAddress(
    service: String,
    vm_id: String,
    iface: NetInterface,
    reload: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (s1, v1, i1) = (service.clone(), vm_id.clone(), iface.id.clone());
    let spare = read(move || {
        let api = session.api_for_read();
        let (service, vm, iface) = (s1.clone(), v1.clone(), i1.clone());
        async move { api.vm_spare_ips(&service, &vm, &iface).await }
    });
    let select_id = format!("vm-spare-ip-{}", iface.id);
    let caption = format!(
        "{}{}",
        iface.name,
        iface
            .mac
            .as_deref()
            .map(|m| format!(" · {m}"))
            .unwrap_or_default()
    );
    let iface_id = iface.id.clone();
    let iface_name = StoredValue::new(iface.name.clone());
    // One dialog per interface: its id must be unique on the page.
    let confirm_id = format!("confirm-add-ip-{}", iface.id);
    let chosen = RwSignal::new(String::new());
    let add = Action::new_local(move |ip: &String| {
        let api = session.api();
        let (service, vm, ip, iface) =
            (service.clone(), vm_id.clone(), ip.clone(), iface_id.clone());
        async move { api.vm_assign_ip(&service, &vm, &ip, &iface).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = add.value().get() {
            chosen.set(String::new());
            spare.refetch();
            reload.run(());
        }
    });
    // An address may be billed: say what will happen and ask once before attaching it.
    let confirming = RwSignal::new(false);
    let address_of = move |id: &str| {
        spare
            .get_untracked()
            .and_then(|r| r.ok())
            .and_then(|l| l.into_iter().find(|ip| ip.id == id))
            .map(|ip| ip.address)
            .unwrap_or_default()
    };
    let confirm_message = Signal::derive(move || {
        let address = address_of(&chosen.get());
        prefs
            .w(VmWord::ConfirmAddAddress)
            .replace("{address}", &address)
            .replace("{interface}", &iface_name.get_value())
    });
    let confirm_label = Signal::derive(move || prefs.w(VmWord::VmAddAddress).to_string());
    view! {
        <ConfirmDialog id=confirm_id heading=Signal::derive(move || prefs.w(VmWord::VmAddAddress).to_string()) message=confirm_message open=confirming
            confirm_label=confirm_label
            on_confirm=Callback::new(move |_| {
                confirming.set(false);
                let ip = chosen.get_untracked();
                if !ip.is_empty() && !add.pending().get_untracked() { add.dispatch_local(ip); }
            })
            on_cancel=Callback::new(move |_| confirming.set(false))/>
        <p class="muted" data-figure="vm-interface">{caption}</p>
        {move || match spare.get() {
            Some(Ok(list)) if list.is_empty() => Some(view! { <p class="muted">{tw(VmWord::VmNoSpareAddress)}</p> }.into_any()),
            Some(Ok(list)) => Some(view! {
                <form class="form form--inline" on:submit=move |ev| {
                    ev.prevent_default();
                    if !chosen.get_untracked().is_empty() && !add.pending().get_untracked() { confirming.set(true); }
                }>
                    <div class="field">
                        <label for=select_id.clone()>{move || prefs.w(VmWord::VmAddAddress)}</label>
                        <select id=select_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                            <option value="">"—"</option>
                            {list.into_iter().map(|ip| view! { <option value=ip.id.clone()>{ip.address.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button button--secondary" disabled=move || chosen.get().is_empty() || add.pending().get()>{tw(VmWord::VmAddAddress)}</button>
                </form>
            }.into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            None => None,
        }}
        {move || add.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
    }
}

#[component]
fn Interfaces(service: String, vm_id: String, reload: Callback<()>) -> impl IntoView {
    let session = use_session();
    let (s1, v1) = (service.clone(), vm_id.clone());
    let list = read(move || {
        let api = session.api_for_read();
        let (service, vm) = (s1.clone(), v1.clone());
        async move { api.vm_interfaces(&service, &vm).await }
    });
    view! {
        {move || match list.get() {
            Some(Ok(ifaces)) => Some(ifaces.into_iter().map(|i| view! {
                <AddAddress service=service.clone() vm_id=vm_id.clone() iface=i reload=reload/>
            }).collect_view().into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            None => None,
        }}
    }
}

/// The network section.
#[component]
pub fn NetworkPanel(
    service: String,
    vm_id: String,
    vm_name: Signal<String>,
    rdns: bool,
    manage: bool,
    poller: Poller,
) -> impl IntoView {
    let session = use_session();
    let (s1, v1) = (service.clone(), vm_id.clone());
    let ips = read(move || {
        let api = session.api_for_read();
        let (service, vm) = (s1.clone(), v1.clone());
        async move { api.vm_ips(&service, &vm, rdns).await }
    });
    let reload = Callback::new(move |_| {
        ips.refetch();
        poller.poke();
    });
    let (s2, v2) = (service.clone(), vm_id.clone());
    view! {
        <section class="card vm-card" aria-labelledby="vm-network-title">
            <h2 id="vm-network-title">{tw(VmWord::VmNetwork)}</h2>
            <AsyncView resource=ips let:list>
                <AddressTable service=service.clone() vm_id=vm_id.clone() vm_name=vm_name ips=list rdns=rdns manage=manage reload=reload/>
            </AsyncView>
            {manage.then(|| view! { <Interfaces service=s2 vm_id=v2 reload=reload/> })}
        </section>
    }
}
