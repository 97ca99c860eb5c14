//! The power buttons. Only the actions the backend lists and the state machine allows are
//! enabled; everything but Start asks first, naming the machine and saying what will happen; a
//! sent action disables every button until the portal answers (one request per click, never
//! retried), and then the poller takes over.

use super::poller::Poller;
use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::Vm;
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use crate::vm::PowerAction;
use leptos::prelude::*;

fn label(a: PowerAction) -> Msg {
    match a {
        PowerAction::Start => Msg::VmStart,
        PowerAction::Shutdown => Msg::VmShutdown,
        PowerAction::Stop => Msg::VmStop,
        PowerAction::Reboot => Msg::VmReboot,
        PowerAction::Reset => Msg::VmReset,
        PowerAction::Rescue => Msg::VmRescueAction,
        PowerAction::Unrescue => Msg::VmUnrescue,
    }
}

fn warning(a: PowerAction) -> Msg {
    match a {
        PowerAction::Start | PowerAction::Stop => Msg::VmConfirmStop,
        PowerAction::Shutdown => Msg::VmConfirmShutdown,
        PowerAction::Reboot => Msg::VmConfirmReboot,
        PowerAction::Reset => Msg::VmConfirmReset,
        PowerAction::Rescue => Msg::VmConfirmRescue,
        PowerAction::Unrescue => Msg::VmConfirmUnrescue,
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
            <h2 id="vm-power-title">{tr(Msg::VmPower)}</h2>
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
                            {move || if sending() { prefs.t(Msg::VmSending) } else { prefs.t(label(a)) }}
                        </button>
                    }
                }).collect_view()}
            </div>
            {move || failed.get().map(|e| view! {
                <div class="vm-alert">
                    <ErrorPanel error=e/>
                    <p class="muted">{tr(Msg::VmActionFailed)}</p>
                </div>
            })}
            <ConfirmDialog id="vm-power-confirm" title=Msg::VmPower
                message=Signal::derive(move || asking.get().map(|a| prefs.t(warning(a)).replace("{name}", &name())).unwrap_or_default())
                open=Signal::derive(move || asking.get().is_some())
                on_confirm=Callback::new(move |_| { if let Some(a) = asking.get_untracked() { asking.set(None); go(a); } })
                on_cancel=Callback::new(move |_| asking.set(None))/>
        </section>
    }
}
