//! The service page's VM section: the service's resources (used and available), its VMs with
//! their live state (re-read every few seconds while one of them is busy), and a form to create
//! one within what is left.

use super::create::CreateVmForm;
use super::vm_words::VmWord;
use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::components::status_badge::VmStatusBadge;
use crate::i18n::Msg;
use crate::model::{Resource, ResourceKind, Vm, VmFeatures};
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::size::memory;
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn resource_name(kind: &ResourceKind) -> VmWord {
    match kind {
        ResourceKind::Vms => VmWord::VmServers,
        ResourceKind::Cpu => VmWord::VmCpu,
        ResourceKind::Memory => VmWord::VmMemory,
        ResourceKind::Disk | ResourceKind::Other(_) => VmWord::VmDisk,
    }
}

#[component]
fn ResourceList(resources: Vec<Resource>) -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <h3>{tw(VmWord::VmResources)}</h3>
        <dl class="vm-resources">
            {resources.into_iter().map(|r| {
                let name = match &r.kind { ResourceKind::Other(n) => n.clone(), k => prefs.w(resource_name(k)).to_string() };
                let unit = if r.unit.is_empty() { String::new() } else { format!(" {}", r.unit) };
                let line = prefs.w(VmWord::VmResourceLine)
                    .replace("{used}", &format!("{}{unit}", r.used))
                    .replace("{total}", &format!("{}{unit}", r.total))
                    .replace("{free}", &format!("{}{unit}", r.available()));
                let label = name.clone();
                view! { <div>
                    <dt>{name}</dt>
                    <dd><span data-resource=format!("{:?}", r.kind).to_lowercase()>{line}</span>
                        <meter min="0" max=r.total.to_string() value=r.used.to_string() aria-label=label></meter></dd>
                </div> }
            }).collect_view()}
        </dl>
    }
}

#[component]
fn VmRows(service: String, vms: Vec<Vm>) -> impl IntoView {
    let prefs = use_prefs();
    if vms.is_empty() {
        return view! { <p class="muted">{tw(VmWord::NoVms)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll"><table class="table table--stack">
            <thead><tr>
                <th scope="col">{tw(VmWord::VmLabel)}</th>
                <th scope="col">{tr(Msg::Status)}</th>
                <th scope="col">{tr(Msg::VmTemplate)}</th>
                <th scope="col">{tw(VmWord::VmCpu)}" / "{tw(VmWord::VmMemory)}" / "{tw(VmWord::VmDisk)}</th>
                <th scope="col">{tw(VmWord::VmAddresses)}</th>
            </tr></thead>
            <tbody>
                {vms.into_iter().map(|v| {
                    let href = Page::Vm { service: &service.to_string(), vm: &v.id.to_string() }.href();
                    let state = v.state.clone();
                    view! { <tr>
                        <th scope="row"><a class="link" href=href>{v.label.clone()}</a></th>
                        <td data-label=move || prefs.t(Msg::Status)><VmStatusBadge state=Signal::derive(move || state.clone())/></td>
                        <td data-label=move || prefs.t(Msg::VmTemplate)>{v.template.clone()}</td>
                        <td data-label=move || prefs.w(VmWord::VmSize)>{move || format!("{} · {} · {} GB", prefs.w_n(VmWord::VmCores, v.cpus as i64), memory(v.memory_mb), v.disk_gb)}</td>
                        <td data-label=move || prefs.w(VmWord::VmAddresses)><code>{v.ipv4.first().cloned().unwrap_or_default()}</code></td>
                    </tr> }
                }).collect_view()}
            </tbody>
        </table></div>
    }
    .into_any()
}

/// The section.
#[component]
pub fn VmSection(service: String, features: VmFeatures) -> impl IntoView {
    let session = use_session();
    let s1 = service.clone();
    let data = read(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        async move {
            let (vms, resources) = futures::join!(api.vms(&service), api.vm_resources(&service));
            let (vms, resources) = (vms?, resources.unwrap_or_default());
            Ok::<_, ApiError>((vms, resources))
        }
    });
    // While a VM is busy, look again in a few seconds (not once the page is left).
    let alive = Arc::new(AtomicBool::new(true));
    {
        let alive = alive.clone();
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }
    Effect::new(move |_| {
        let busy = data
            .get()
            .and_then(|r| r.ok())
            .is_some_and(|(vms, _)| vms.iter().any(Vm::busy));
        if busy {
            let alive = alive.clone();
            set_timeout(
                move || {
                    if alive.load(Ordering::Relaxed) {
                        data.refetch();
                    }
                },
                Duration::from_secs(3),
            );
        }
    });
    let created = Callback::new(move |_| data.refetch());
    view! {
        <section class="card vm-card" aria-labelledby="vms-title">
            <h2 id="vms-title">{tr(Msg::VirtualServers)}</h2>
            {move || match data.get() {
                Some(Ok((vms, resources))) => view! {
                    <VmRows service=service.clone() vms=vms/>
                    {(!resources.is_empty()).then(|| view! { <ResourceList resources=resources.clone()/> })}
                    {features.create.then(|| view! { <CreateVmForm service=service.clone() resources=resources created=created/> })}
                }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            }}
        </section>
    }
}
