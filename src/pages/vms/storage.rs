//! Storage: the VM's disks (grow only, within what the service has left, with the VM powered
//! off) and the service's ISO images (listed, and one added by its download address).

use super::iso_words::IsoWord;
use super::poller::Poller;
use super::vm_words::VmWord;
use crate::components::error_panel::ErrorPanel;
use crate::model::{Disk, Vm};
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::PowerState;
use crate::vm::iso::{IsoProblem, NewIsoImage, check_iso};
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
                    <label for=input_id.clone()>{tw(VmWord::VmGrowDisk)}</label>
                    <input id=input_id.clone() type="number" inputmode="numeric" min=min max=max bind:value=typed
                        aria-invalid=move || problem.get().to_string() aria-describedby=hint_id.clone()/>
                    // A requirement (power off first) is a hint, not an error: only a wrong size is red.
                    <p class=move || if problem.get() { "field__error" } else { "field__hint muted" } id=hint_id.clone()>{move || {
                        if problem.get() {
                            Some(prefs.w(VmWord::VmDiskRange).replace("{min}", &min.to_string()).replace("{max}", &max.to_string()))
                        } else if !stopped() {
                            Some(prefs.w(VmWord::VmStopFirst).to_string())
                        } else { None }
                    }}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || !stopped() || grow.pending().get()>{tw(VmWord::VmGrow)}</button>
            })}
            {move || match grow.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::VmDiskGrown)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </form>
    }
}

/// The service's ISO images, and one added by its download address (`POST /service/@id/images`,
/// checked before sending, sent once). Attaching one to a VM has no documented call, so it is
/// not offered: the image the VM reports in its drive is only shown.
#[component]
fn IsoImages(service: String, vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let s1 = service.clone();
    let images = read(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        async move { api.iso_images(&service).await }
    });
    let (label, url, os, memory) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new("linux".to_string()),
        RwSignal::new(String::new()),
    );
    let problems = RwSignal::new(Vec::<IsoProblem>::new());
    let add = Action::new_local(move |iso: &NewIsoImage| {
        let api = session.api();
        let (service, iso) = (service.clone(), iso.clone());
        async move { api.add_iso_image(&service, &iso).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = add.value().get() {
            label.set(String::new());
            url.set(String::new());
            memory.set(String::new());
            images.refetch();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match check_iso(
            &label.get_untracked(),
            &url.get_untracked(),
            &os.get_untracked(),
            &memory.get_untracked(),
        ) {
            Ok(iso) => {
                problems.set(Vec::new());
                if !add.pending().get_untracked() {
                    add.dispatch_local(iso);
                }
            }
            Err(found) => problems.set(found),
        }
    };
    let has = move |p: IsoProblem| problems.with(|ps| ps.contains(&p));
    let attached = move || vm.with(|v| v.as_ref().and_then(|v| v.iso.clone()));
    view! {
        <h3>{tw(IsoWord::Title)}</h3>
        <p class="muted">{tw(IsoWord::Intro)}</p>
        {move || attached().map(|name| view! { <p>{tw(IsoWord::Attached)}" "<strong data-figure="vm-iso">{name}</strong></p> })}
        <h4>{tw(IsoWord::Listed)}</h4>
        {move || match images.get() {
            Some(Ok(list)) if list.is_empty() => view! { <p class="muted">{tw(IsoWord::None)}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <ul class="plain-list" aria-label=move || prefs.w(IsoWord::Listed)>
                    {list.into_iter().map(|i| view! { <li>{i.name}</li> }).collect_view()}
                </ul>
            }.into_any(),
            Some(Err(e)) => view! { <ErrorPanel error=e/> }.into_any(),
            None => ().into_any(),
        }}
        <form class="form" novalidate on:submit=submit aria-labelledby="iso-add-title">
            <h4 id="iso-add-title">{tw(IsoWord::Add)}</h4>
            <div class="field">
                <label for="iso-label">{tw(IsoWord::Label)}</label>
                <input id="iso-label" type="text" maxlength="64" bind:value=label aria-describedby="iso-label-error"
                    aria-invalid=move || has(IsoProblem::Label).to_string()/>
                <p class="field__error" id="iso-label-error">{move || has(IsoProblem::Label).then(|| prefs.w(IsoWord::LabelProblem))}</p>
            </div>
            <div class="field">
                <label for="iso-url">{tw(IsoWord::Url)}</label>
                <input id="iso-url" type="url" inputmode="url" bind:value=url aria-describedby="iso-url-hint"
                    aria-invalid=move || has(IsoProblem::Url).to_string()/>
                <p class=move || if has(IsoProblem::Url) { "field__error" } else { "field__hint muted" } id="iso-url-hint">{move || {
                    prefs.w(if has(IsoProblem::Url) { IsoWord::UrlProblem } else { IsoWord::UrlHint })
                }}</p>
            </div>
            <div class="field">
                <label for="iso-os">{tw(IsoWord::Os)}</label>
                <select id="iso-os" on:change=move |ev| os.set(event_target_value(&ev)) prop:value=move || os.get()>
                    <option value="linux">{tw(IsoWord::Linux)}</option>
                    <option value="windows">{tw(IsoWord::Windows)}</option>
                    <option value="other">{tw(IsoWord::Other)}</option>
                </select>
            </div>
            <div class="field">
                <label for="iso-memory">{tw(IsoWord::Memory)}</label>
                <input id="iso-memory" type="text" inputmode="numeric" bind:value=memory aria-describedby="iso-memory-hint"
                    aria-invalid=move || has(IsoProblem::Memory).to_string()/>
                <p class=move || if has(IsoProblem::Memory) { "field__error" } else { "field__hint muted" } id="iso-memory-hint">{move || {
                    prefs.w(if has(IsoProblem::Memory) { IsoWord::MemoryProblem } else { IsoWord::MemoryHint })
                }}</p>
            </div>
            <div>
                <button type="submit" class="button button--secondary" disabled=move || add.pending().get()>{tw(IsoWord::Add)}</button>
            </div>
        </form>
        {move || match add.value().get() {
            Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(IsoWord::Added)}</p> }.into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            None => None,
        }}
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
    let list = read(move || {
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
            <h2 id="vm-storage-title">{tw(VmWord::VmStorage)}</h2>
            {disks.then(|| view! {
                {move || match list.get() {
                    Some(Ok(disks)) => Some(disks.into_iter().map(|d| view! { <DiskRow service=s2.clone() vm=vm disk=d done=done/> }).collect_view().into_any()),
                    Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                    None => None,
                }}
            })}
            {iso.then(|| view! { <IsoImages service=service.clone() vm=vm/> })}
        </section>
    }
}
