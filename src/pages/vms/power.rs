//! The power buttons. Only the actions the backend lists and the state machine allows are
//! enabled; everything but Start asks first, naming the machine and saying what will happen; a
//! sent action disables every button until the portal answers (one request per click, never
//! retried), and then the poller takes over.

use super::poller::Poller;
use super::vm_words::VmWord;
use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::Vm;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use crate::vm::PowerAction;
use leptos::prelude::*;

fn label(a: PowerAction) -> VmWord {
    match a {
        PowerAction::Start => VmWord::VmStart,
        PowerAction::Shutdown => VmWord::VmShutdown,
        PowerAction::Stop => VmWord::VmStop,
        PowerAction::Reboot => VmWord::VmReboot,
        PowerAction::Reset => VmWord::VmReset,
        PowerAction::Rescue => VmWord::VmRescueAction,
        PowerAction::Unrescue => VmWord::VmUnrescue,
    }
}

fn warning(a: PowerAction) -> VmWord {
    match a {
        PowerAction::Start | PowerAction::Stop => VmWord::VmConfirmStop,
        PowerAction::Shutdown => VmWord::VmConfirmShutdown,
        PowerAction::Reboot => VmWord::VmConfirmReboot,
        PowerAction::Reset => VmWord::VmConfirmReset,
        PowerAction::Rescue => VmWord::VmConfirmRescue,
        PowerAction::Unrescue => VmWord::VmConfirmUnrescue,
    }
}

/// The panel.
#[component]
pub fn PowerPanel(
    service: String,
    vm: RwSignal<Option<Vm>>,
    /// Route words the backend offers.
    offered: Vec<String>,
    poller: Poller,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let asking = RwSignal::new(None::<PowerAction>);
    let failed = RwSignal::new(None::<ApiError>);
    let send = Action::new_local(move |a: &PowerAction| {
        let api = session.api();
        let (service, a) = (service.clone(), *a);
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_power(&service, &id, a).await }
    });
    let pending = send.pending();
    let poller_done = poller.clone();
    Effect::new(move |_| match send.value().get() {
        Some(Ok(answer)) => {
            failed.set(None);
            if let Some(fresh) = answer {
                vm.set(Some(fresh));
            }
            poller_done.poke();
        }
        Some(Err(e)) => {
            failed.set(Some(e));
            poller_done.poke();
        }
        None => {}
    });
    let go = move |a: PowerAction| {
        if pending.get_untracked() {
            return;
        }
        failed.set(None);
        send.dispatch_local(a);
    };
    let actions: Vec<PowerAction> = PowerAction::ALL
        .into_iter()
        .filter(|a| offered.iter().any(|w| w == a.route()))
        .collect();
    let name = move || vm.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default());
    view! {
        <section class="card vm-card" aria-labelledby="vm-power-title">
            <h2 id="vm-power-title">{tw(VmWord::VmPower)}</h2>
            <div class="vm-power" role="group" aria-labelledby="vm-power-title">
                {actions.into_iter().map(|a| {
                    let enabled = move || vm.with(|v| v.as_ref().is_some_and(|v| !v.locked && a.allowed(&v.state)));
                    let sending = move || pending.get() && send.input().get() == Some(a);
                    view! {
                        <button type="button"
                            class=if matches!(a, PowerAction::Stop | PowerAction::Reset) { "button button--danger" } else if a == PowerAction::Start { "button button--primary" } else { "button button--secondary" }
                            disabled=move || !enabled() || pending.get()
                            aria-busy=move || sending().to_string()
                            on:click=move |_| if a.needs_confirmation() { asking.set(Some(a)) } else { go(a) }>
                            {move || if sending() { prefs.w(VmWord::VmSending) } else { prefs.w(label(a)) }}
                        </button>
                    }
                }).collect_view()}
            </div>
            {move || failed.get().map(|e| view! {
                <div class="vm-alert">
                    <ErrorPanel error=e/>
                    <p class="muted">{tw(VmWord::VmActionFailed)}</p>
                </div>
            })}
            <ConfirmDialog id="vm-power-confirm" heading=Signal::derive(move || prefs.w(VmWord::VmPower).to_string())
                message=Signal::derive(move || asking.get().map(|a| prefs.w(warning(a)).replace("{name}", &name())).unwrap_or_default())
                open=Signal::derive(move || asking.get().is_some())
                on_confirm=Callback::new(move |_| { if let Some(a) = asking.get_untracked() { asking.set(None); go(a); } })
                on_cancel=Callback::new(move |_| asking.set(None))/>
        </section>
    }
}
