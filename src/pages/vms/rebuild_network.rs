//! Rebuild network (`POST .../@vmid/rebuild_network`): how the VM is stopped (shut down or
//! powered off) and whether it starts again, said in a confirmation before anything is sent;
//! sent once, then the page follows the VM's state through the poller.

use super::network_words::{NetWord, stopped_words};
use super::poller::Poller;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::Vm;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn RebuildNetworkPanel(
    service: String,
    vm: RwSignal<Option<Vm>>,
    poller: Poller,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let power_off = RwSignal::new(false);
    let start_again = RwSignal::new(true);
    let asking = RwSignal::new(false);
    let send = Action::new_local(move |(off, start): &(bool, bool)| {
        let api = session.api();
        let (service, off, start) = (service.clone(), *off, *start);
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_rebuild_network(&service, &id, off, start).await }
    });
    let pending = send.pending();
    Effect::new(move |_| {
        if let Some(Ok(Some(fresh))) = send.value().get() {
            vm.set(Some(fresh));
        }
        if send.value().with(Option::is_some) {
            poller.poke();
        }
    });
    let name = Signal::derive(move || {
        vm.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default())
    });
    let idle = move || !pending.get() && vm.with(|v| v.as_ref().is_some_and(|v| !v.busy()));
    let message = Signal::derive(move || {
        let word = if start_again.get() {
            NetWord::ConfirmStart
        } else {
            NetWord::ConfirmStay
        };
        prefs.w(word).replace("{name}", &name.get()).replace(
            "{stopped}",
            stopped_words(prefs.lang.get(), power_off.get()),
        )
    });
    view! {
        <section class="card vm-card" aria-labelledby="vm-rebuild-network-title">
            <h2 id="vm-rebuild-network-title">{tw(NetWord::Title)}</h2>
            <p class="muted">{tw(NetWord::Lead)}</p>
            <fieldset class="field">
                <legend>{tw(NetWord::StopHow)}</legend>
                <label class="check"><input type="radio" name="vm-net-stop" prop:checked=move || !power_off.get()
                    on:change=move |_| power_off.set(false)/>" "{tw(NetWord::Shutdown)}</label>
                <label class="check"><input type="radio" name="vm-net-stop" prop:checked=move || power_off.get()
                    on:change=move |_| power_off.set(true)/>" "{tw(NetWord::PowerOff)}</label>
            </fieldset>
            <label class="check"><input type="checkbox" prop:checked=move || start_again.get()
                on:change=move |ev| start_again.set(event_target_checked(&ev))/>" "{tw(NetWord::StartAgain)}</label>
            <p><button type="button" class="button button--secondary" disabled=move || !idle()
                on:click=move |_| asking.set(true)>{move || prefs.w(NetWord::Button).replace("{name}", &name.get())}</button></p>
            {move || match send.value().get() {
                Some(Ok(_)) => Some(view! { <p class="banner banner--success" role="status">{tw(NetWord::Started)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
        <ConfirmDialog id="vm-rebuild-network"
            heading=Signal::derive(move || prefs.w(NetWord::ConfirmTitle).to_string())
            message=message
            confirm_label=Signal::derive(move || prefs.w(NetWord::Title).to_string())
            open=Signal::derive(move || asking.get())
            on_confirm=Callback::new(move |_| {
                asking.set(false);
                if !pending.get_untracked() {
                    send.dispatch_local((power_off.get_untracked(), start_again.get_untracked()));
                }
            })
            on_cancel=Callback::new(move |_| asking.set(false))/>
    }
}
