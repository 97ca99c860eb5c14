//! `/services/:id/vms/:vmid`: the VM console. The header shows the state the portal last
//! reported (kept fresh by the poller); the sections below appear only for what the backend
//! lists for this service. Another client's VM is a clear "not found".

use super::backups::BackupsPanel;
use super::console::ConsolePanel;
use super::manage::{DestroyPanel, PasswordPanel, ResizePanel};
use super::network::NetworkPanel;
use super::poller::{self, PollHealth};
use super::power::PowerPanel;
use super::rebuild::RebuildPanel;
use super::storage::StoragePanel;
use super::usage::UsagePanel;
use super::vm_words::VmWord;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::status_badge::VmStatusBadge;
use crate::i18n::Msg;
use crate::model::{Vm, VmFeatures};
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::PowerState;
use crate::vm::size::memory;
use leptos::prelude::*;

/// The page.
#[component]
pub fn VmPage(
    /// The service the VM belongs to.
    service: String,
    /// The VM's id.
    vm: String,
) -> impl IntoView {
    let session = use_session();
    let ids = Signal::stored((service, vm));
    let ids = move || ids.get();
    let data = read(move || {
        let api = session.api_for_read();
        let (service, vm) = ids();
        async move {
            // Both at once: the page waits for the slower one, not for the two in a row.
            let (vm, actions) =
                futures::join!(api.vm(&service, &vm), api.service_actions(&service));
            let (vm, actions) = (vm?, actions.unwrap_or_default());
            Ok::<_, ApiError>((service, vm, actions.vm))
        }
    });
    let missing = Memo::new(move |_| {
        matches!(
            data.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    let back = move || Page::Service(&ids().0.to_string()).href();
    view! {
        <p><a class="link" href=back>"← "{tw(VmWord::VmBackToService)}</a></p>
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tr(Msg::VirtualServers)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tw(VmWord::VmNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=data let:d skeleton_lines=8>
                    <VmConsole service=d.0 initial=d.1 features=d.2/>
                </AsyncView>
            }.into_any()
        }}
    }
}

#[component]
fn VmConsole(service: String, initial: Vm, features: VmFeatures) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let vm_id = initial.id.clone();
    let vm = RwSignal::new(Some(initial));
    let health = RwSignal::new(Some(PollHealth::Fresh(poller::clock())));
    let poller = poller::start(session.api(), service.clone(), vm_id.clone(), vm, health);
    let state = Signal::derive(move || {
        vm.with(|v| {
            v.as_ref()
                .map(|v| v.state.clone())
                .unwrap_or(PowerState::Unknown(String::new()))
        })
    });
    let fact =
        move |f: fn(&Vm) -> String| move || vm.with(|v| v.as_ref().map(f).unwrap_or_default());
    let name = Signal::derive(fact(|v| v.label.clone()));
    let f = features;
    // The state and the power buttons paint first; the panels below the fold mount on the next
    // frame, so a customer in a hurry sees what the machine is doing without waiting for them.
    let rest = RwSignal::new(false);
    request_animation_frame(move || {
        let _ = rest.try_set(true);
    });
    view! {
        <article class="card" aria-labelledby="vm-title">
            <header class="invoice__head">
                <h1 id="vm-title" class="page__title">{name}</h1>
                <div class="vm-state" aria-live="polite"><VmStatusBadge state=state/></div>
            </header>
            <dl class="invoice__meta">
                <div><dt>{tr(Msg::VmTemplate)}</dt><dd data-figure="vm-template">{fact(|v| v.template.clone())}</dd></div>
                <div><dt>{tw(VmWord::VmCpu)}</dt><dd>{move || prefs.w_n(VmWord::VmCores, vm.with(|v| v.as_ref().map(|v| v.cpus as i64).unwrap_or(0)))}</dd></div>
                <div><dt>{tw(VmWord::VmMemory)}</dt><dd>{fact(|v| memory(v.memory_mb))}</dd></div>
                <div><dt>{tw(VmWord::VmDisk)}</dt><dd>{fact(|v| format!("{} GB", v.disk_gb))}</dd></div>
                <div><dt>{tw(VmWord::VmAddresses)}</dt><dd>{fact(|v| v.ipv4.iter().chain(&v.ipv6).cloned().collect::<Vec<_>>().join(", "))}</dd></div>
            </dl>
            <p class="muted vm-health">{move || match health.get() {
                Some(PollHealth::Fresh(at)) => prefs.w(VmWord::VmLastChecked).replace("{time}", &at),
                Some(PollHealth::Failing(_)) => prefs.w(VmWord::VmStatusUnavailable).to_string(),
                None => String::new(),
            }}</p>
        </article>
        <super::section_nav::SectionNav sections=sections(&f)/>
        {(!f.power.is_empty()).then(|| view! { <PowerPanel service=service.clone() vm=vm offered=f.power.clone() poller=poller.clone()/> })}
        <ConsolePanel service=service.clone() vm=vm state=state/>
        {move || rest.get().then(|| {
            let (f, service, vm_id) = (f.clone(), service.clone(), vm_id.clone());
            let poller = poller.clone();
            view! {
            {f.usage.then(|| view! { <UsagePanel service=service.clone() vm_id=vm_id.clone()/> })}
            {(f.rdns || f.ips).then(|| view! { <NetworkPanel service=service.clone() vm_id=vm_id.clone() vm_name=name rdns=f.rdns manage=f.ips poller=poller.clone()/> })}
            {f.rebuild_network.then(|| view! { <super::rebuild_network::RebuildNetworkPanel service=service.clone() vm=vm poller=poller.clone()/> })}
            {(f.storage || f.iso).then(|| view! { <StoragePanel service=service.clone() vm=vm disks=f.storage iso=f.iso poller=poller.clone()/> })}
            {f.backups.then(|| view! { <BackupsPanel service=service.clone() vm_id=vm_id.clone() vm_name=name.get_untracked()/> })}
            {f.rebuild.then(|| view! { <RebuildPanel service=service.clone() vm=vm poller=poller.clone()/> })}
            {f.password.then(|| view! { <PasswordPanel service=service.clone() vm=vm/> })}
            {(f.set_password || f.hostname).then(|| view! { <super::solusvm_settings::SolusvmSettings vm=vm/> })}
            {f.panel_password.then(|| view! { <super::solusvm_panel_password::SolusvmPanelPassword vm=vm/> })}
            {f.resize.then(|| view! { <ResizePanel service=service.clone() vm=vm poller=poller.clone()/> })}
            {f.destroy.then(|| view! { <DestroyPanel service=service.clone() vm=vm/> })}
            }
        })}
    }
}

/// The sections this server's page shows, in page order, for the "On this page" links.
fn sections(f: &VmFeatures) -> Vec<super::section_nav::Section> {
    [
        (!f.power.is_empty(), "vm-power-title", VmWord::VmPower),
        (true, "vm-console-title", VmWord::VmConsole),
        (f.usage, "vm-usage-title", VmWord::VmUsageShort),
        (f.rdns || f.ips, "vm-network-title", VmWord::VmNetwork),
        (
            f.rebuild_network,
            "vm-rebuild-network-title",
            VmWord::VmRebuildNetworkShort,
        ),
        (f.storage || f.iso, "vm-storage-title", VmWord::VmStorage),
        (f.backups, "vm-backups-title", VmWord::VmBackups),
        (f.rebuild, "vm-rebuild-title", VmWord::VmRebuild),
        (f.password, "vm-access-title", VmWord::VmAccess),
        (f.resize, "vm-resize-title", VmWord::VmResize),
        (f.destroy, "vm-destroy-title", VmWord::VmDestroy),
    ]
    .into_iter()
    .filter(|s| s.0)
    .map(|(_, id, msg)| (id, msg))
    .collect()
}
