//! Access and lifecycle: reset the root password (the new one is shown once, with Copy), resize
//! CPU and memory within the service's limits (powered off), destroy (type the name).

use super::poller::Poller;
use super::vm_words::VmWord;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::typed_confirm::TypedConfirm;
use crate::i18n::Msg;
use crate::model::{Resource, ResourceKind, Vm};
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::PowerState;
use leptos::prelude::*;

fn vm_id(vm: RwSignal<Option<Vm>>) -> String {
    vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default())
}

/// Root password reset.
#[component]
pub fn PasswordPanel(service: String, vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let asking = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let reset = Action::new_local(move |_: &()| {
        let api = session.api();
        let (service, id) = (service.clone(), vm_id(vm));
        async move { api.vm_reset_password(&service, &id).await }
    });
    let name = move || vm.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default());
    view! {
        <section class="card vm-card" aria-labelledby="vm-access-title">
            <h2 id="vm-access-title">{tw(VmWord::VmAccess)}</h2>
            <button type="button" class="button button--secondary" disabled=move || reset.pending().get() || vm.with(|v| v.as_ref().is_none_or(Vm::busy))
                on:click=move |_| asking.set(true)>{tw(VmWord::VmResetPassword)}</button>
            {move || match reset.value().get() {
                Some(Ok(password)) => {
                    let for_copy = password.clone();
                    Some(view! {
                        <div class="banner banner--success" role="status">
                            <p>{tw(VmWord::VmNewPassword)}</p>
                            <p><code data-figure="root-password">{password}</code>" "
                                <button type="button" class="button button--secondary button--small" on:click=move |_| {
                                    let _ = window().navigator().clipboard().write_text(&for_copy);
                                    copied.set(true);
                                }>{move || if copied.get() { prefs.w(VmWord::Copied) } else { prefs.t(Msg::Copy) }}</button></p>
                        </div>
                    }.into_any())
                }
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <ConfirmDialog id="vm-password-confirm" heading=Signal::derive(move || prefs.w(VmWord::VmResetPassword).to_string())
                message=Signal::derive(move || prefs.w(VmWord::VmConfirmResetPassword).replace("{name}", &name()))
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    copied.set(false);
                    if !reset.pending().get_untracked() { reset.dispatch_local(()); }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}

fn headroom(resources: &[Resource], kind: ResourceKind) -> Option<u64> {
    resources
        .iter()
        .find(|r| r.kind == kind)
        .map(Resource::available)
}

/// CPU and memory.
#[component]
pub fn ResizePanel(service: String, vm: RwSignal<Option<Vm>>, poller: Poller) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let s1 = service.clone();
    let s2 = service.clone();
    let resources = read(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        async move { api.vm_resources(&service).await }
    });
    let current = vm.with_untracked(|v| {
        v.as_ref()
            .map(|v| (v.cpus, v.memory_mb))
            .unwrap_or((1, 1024))
    });
    let cpus = RwSignal::new(current.0.to_string());
    let memory = RwSignal::new(current.1.to_string());
    let problem = RwSignal::new(None::<String>);
    let send = Action::new_local(move |(m, c): &(u64, u64)| {
        let api = session.api();
        let (service, id, m, c) = (service.clone(), vm_id(vm), *m, *c);
        async move { api.vm_resize(&service, &id, m, c).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            resources.refetch();
            poller.poke();
        }
    });
    let stopped = move || {
        vm.with(|v| {
            v.as_ref()
                .is_some_and(|v| v.state == PowerState::Stopped && !v.locked)
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if send.pending().get_untracked() {
            return;
        }
        let (Ok(c), Ok(m)) = (
            cpus.get_untracked().trim().parse::<u64>(),
            memory.get_untracked().trim().parse::<u64>(),
        ) else {
            problem.set(Some(prefs.t(Msg::InvalidAmount).to_string()));
            return;
        };
        let (now_c, now_m) = vm.with_untracked(|v| {
            v.as_ref()
                .map(|v| (v.cpus, v.memory_mb))
                .unwrap_or_default()
        });
        let limits = resources
            .get_untracked()
            .and_then(|r| r.ok())
            .unwrap_or_default();
        let max_c = headroom(&limits, ResourceKind::Cpu).map(|a| a + now_c);
        let max_m = headroom(&limits, ResourceKind::Memory).map(|a| a + now_m);
        if let Some(max) = max_c.filter(|max| c > *max) {
            problem.set(Some(
                prefs
                    .w(VmWord::VmOverLimit)
                    .replace("{n}", &format!("{max} CPU")),
            ));
        } else if let Some(max) = max_m.filter(|max| m > *max) {
            problem.set(Some(
                prefs
                    .w(VmWord::VmOverLimit)
                    .replace("{n}", &format!("{max} MB")),
            ));
        } else if c == 0 || m < 512 {
            problem.set(Some(prefs.t(Msg::InvalidAmount).to_string()));
        } else {
            problem.set(None);
            send.dispatch_local((m, c));
        }
    };
    // What fits: the service's resources left plus what this server already has. Resizing within
    // them is part of the plan already paid for; more than that is a plan change, which has its
    // prices on the upgrade page.
    let room = move || {
        let limits = resources.get().and_then(|r| r.ok())?;
        let (now_c, now_m) = vm.with(|v| v.as_ref().map(|v| (v.cpus, v.memory_mb)))?;
        Some((
            headroom(&limits, ResourceKind::Cpu)? + now_c,
            headroom(&limits, ResourceKind::Memory)? + now_m,
        ))
    };
    let upgrade = Page::Upgrade(&s2.to_string()).href();
    let can_upgrade = crate::state::brand::use_config()
        .backend
        .capabilities()
        .cart;
    view! {
        <section class="card vm-card" aria-labelledby="vm-resize-title">
            <h2 id="vm-resize-title">{tw(VmWord::VmResize)}</h2>
            <p class="muted" data-figure="vm-resize-room">{move || room().map(|(c, m)| prefs.w(VmWord::VmResizeWithin)
                .replace("{cpu}", &prefs.w_n(VmWord::VmCores, c as i64))
                .replace("{memory}", &crate::vm::size::memory(m)))}
                {can_upgrade.then(|| view! { " " <a class="link" href=upgrade.clone()>{tw(VmWord::VmResizeMore)}</a> })}
            </p>
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="vm-cpus">{tw(VmWord::VmCpu)}</label>
                    <input id="vm-cpus" type="number" min="1" max=move || room().map(|r| r.0.to_string()) inputmode="numeric" bind:value=cpus/>
                </div>
                <div class="field">
                    <label for="vm-memory">{tw(VmWord::VmMemory)}" (MB)"</label>
                    <input id="vm-memory" type="number" min="512" step="512" max=move || room().map(|r| r.1.to_string()) inputmode="numeric" bind:value=memory/>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || !stopped() || send.pending().get()>{tw(VmWord::VmResizeSave)}</button>
            </form>
            // A requirement (power off first) is a hint; only the customer's own mistake is an error.
            <p class=move || if problem.get().is_some() { "field__error" } else { "field__hint muted" }
                role=move || problem.get().is_some().then_some("alert")>
                {move || problem.get().or_else(|| (!stopped()).then(|| prefs.w(VmWord::VmStopFirst).to_string()))}</p>
            {move || match send.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::VmResized)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

/// Destroy, behind the typed name.
#[component]
pub fn DestroyPanel(service: String, vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let open = RwSignal::new(false);
    let back = Page::Service(&service.to_string()).href();
    let send = Action::new_local(move |_: &()| {
        let api = session.api();
        let (service, id) = (service.clone(), vm_id(vm));
        async move { api.vm_destroy(&service, &id).await }
    });
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            navigate(&back, Default::default());
        }
    });
    let name = Signal::derive(move || {
        vm.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default())
    });
    view! {
        <section class="card card--danger vm-card" aria-labelledby="vm-destroy-title">
            <h2 id="vm-destroy-title">{tw(VmWord::VmDestroy)}</h2>
            <button type="button" class="button button--danger" disabled=move || send.pending().get() || vm.with(|v| v.as_ref().is_none_or(Vm::busy))
                on:click=move |_| open.set(true)>{move || prefs.w(VmWord::VmDestroyNamed).replace("{name}", &name.get())}</button>
            {move || send.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <TypedConfirm id="vm-destroy-confirm" title=Signal::derive(move || prefs.w(VmWord::VmDestroy).to_string())
                message=Signal::derive(move || prefs.w(VmWord::VmDestroyWarning).replace("{name}", &name.get()))
                expected=name open=open action=Signal::derive(move || prefs.w(VmWord::VmDestroy).to_string())
                on_confirm=Callback::new(move |_| {
                    open.set(false);
                    if !send.pending().get_untracked() { send.dispatch_local(()); }
                })
                on_cancel=Callback::new(move |_| open.set(false))/>
        </section>
    }
}
