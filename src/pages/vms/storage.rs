//! Storage: the VM's disks (grow only, within what the service has left, with the VM powered
//! off) and ISO images (attach one to boot an installer or a rescue tool, detach it again).

use super::poller::Poller;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::{Disk, Vm};
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use crate::vm::PowerState;
use leptos::prelude::*;

#[component]
fn DiskRow(
    service: String,
    vm: RwSignal<Option<Vm>>,
    disk: Disk,
    done: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (min, max) = (disk.size_gb + 1, disk.max_gb.unwrap_or(disk.size_gb));
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let disk_id = disk.id.clone();
    let grow = Action::new_local(move |size: &u64| {
        let api = session.api();
        let (service, disk, size) = (service.clone(), disk_id.clone(), *size);
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_resize_disk(&service, &id, &disk, size).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = grow.value().get() {
            typed.set(String::new());
            done.run(());
        }
    });
    let stopped = move || {
        vm.with(|v| {
            v.as_ref()
                .is_some_and(|v| v.state == PowerState::Stopped && !v.locked)
        })
    };
    let input_id = format!("disk-{}", disk.id);
    let hint_id = format!("disk-{}-hint", disk.id);
    view! {
        <form class="form form--inline" novalidate on:submit=move |ev| {
            ev.prevent_default();
            match typed.get_untracked().trim().parse::<u64>() {
                Ok(n) if (min..=max).contains(&n) => { problem.set(false); if !grow.pending().get_untracked() { grow.dispatch_local(n); } }
                _ => problem.set(true),
            }
        }>
            <p><strong>{disk.name.clone()}</strong>": "<span data-figure="disk-size">{disk.size_gb}" GB"</span></p>
            {(max >= min).then(|| view! {
                <div class="field">
                    <label for=input_id.clone()>{tr(Msg::VmGrowDisk)}</label>
                    <input id=input_id.clone() type="number" inputmode="numeric" min=min max=max bind:value=typed
                        aria-invalid=move || problem.get().to_string() aria-describedby=hint_id.clone()/>
                    // A requirement (power off first) is a hint, not an error: only a wrong size is red.
                    <p class=move || if problem.get() { "field__error" } else { "field__hint muted" } id=hint_id.clone()>{move || {
                        if problem.get() {
                            Some(prefs.t(Msg::VmDiskRange).replace("{min}", &min.to_string()).replace("{max}", &max.to_string()))
                        } else if !stopped() {
                            Some(prefs.t(Msg::VmStopFirst).to_string())
                        } else { None }
                    }}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || !stopped() || grow.pending().get()>{tr(Msg::VmGrow)}</button>
            })}
            {move || match grow.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::VmDiskGrown)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </form>
    }
}

#[component]
fn IsoControl(service: String, vm: RwSignal<Option<Vm>>, poller: Poller) -> impl IntoView {
    let session = use_session();
    let s1 = service.clone();
    let images = LocalResource::new(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        async move { api.iso_images(&service).await }
    });
    let chosen = RwSignal::new(String::new());
    let set = Action::new_local(move |image: &Option<String>| {
        let api = session.api();
        let (service, image) = (service.clone(), image.clone());
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_set_iso(&service, &id, image.as_deref()).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = set.value().get() {
            poller.poke();
        }
    });
    let attached = move || vm.with(|v| v.as_ref().and_then(|v| v.iso.clone()));
    view! {
        <h3>{tr(Msg::VmIso)}</h3>
        {move || match attached() {
            Some(name) => view! {
                <p><span data-figure="vm-iso">{name}</span>" "
                    <button type="button" class="button button--secondary button--small" disabled=move || set.pending().get()
                        on:click=move |_| { set.dispatch_local(None); }>{tr(Msg::VmDetach)}</button></p>
            }.into_any(),
            None => view! {
                <form class="form form--inline" on:submit=move |ev| {
                    ev.prevent_default();
                    let image = chosen.get_untracked();
                    if !image.is_empty() && !set.pending().get_untracked() { set.dispatch_local(Some(image)); }
                }>
                    <p class="muted">{tr(Msg::VmNoIso)}</p>
                    <div class="field">
                        <label for="vm-iso">{tr(Msg::VmIso)}</label>
                        <select id="vm-iso" on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                            <option value="">"—"</option>
                            {move || images.get().and_then(|r| r.ok()).unwrap_or_default().into_iter()
                                .map(|i| view! { <option value=i.id.clone()>{i.name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button button--secondary" disabled=move || chosen.get().is_empty() || set.pending().get()>{tr(Msg::VmAttach)}</button>
                </form>
            }.into_any(),
        }}
        {move || set.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
    }
}

/// The storage section.
#[component]
pub fn StoragePanel(
    service: String,
    vm: RwSignal<Option<Vm>>,
    disks: bool,
    iso: bool,
    poller: Poller,
) -> impl IntoView {
    let session = use_session();
    let s1 = service.clone();
    let list = LocalResource::new(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_disks(&service, &id).await }
    });
    let p2 = poller.clone();
    let done = Callback::new(move |_| {
        list.refetch();
        p2.poke();
    });
    let s2 = service.clone();
    view! {
        <section class="card vm-card" aria-labelledby="vm-storage-title">
            <h2 id="vm-storage-title">{tr(Msg::VmStorage)}</h2>
            {disks.then(|| view! {
                {move || match list.get() {
                    Some(Ok(disks)) => Some(disks.into_iter().map(|d| view! { <DiskRow service=s2.clone() vm=vm disk=d done=done/> }).collect_view().into_any()),
                    Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                    None => None,
                }}
            })}
            {iso.then(|| view! { <IsoControl service=service.clone() vm=vm poller=poller.clone()/> })}
        </section>
    }
}
