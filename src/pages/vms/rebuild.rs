//! Rebuild: pick a template, then confirm by typing the VM's name exactly; the request is sent
//! once, and the page follows the rebuild through the poller.

use super::poller::Poller;
use super::vm_words::VmWord;
use crate::components::error_panel::ErrorPanel;
use crate::components::typed_confirm::TypedConfirm;
use crate::i18n::Msg;
use crate::model::{Vm, VmTemplate};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The rebuild section.
#[component]
pub fn RebuildPanel(service: String, vm: RwSignal<Option<Vm>>, poller: Poller) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let service_for_list = service.clone();
    let templates = read(move || {
        let api = session.api_for_read();
        let service = service_for_list.clone();
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_rebuild_templates(&service, &id).await }
    });
    let chosen = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let send = Action::new_local(move |template: &String| {
        let api = session.api();
        let (service, template) = (service.clone(), template.clone());
        let id = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_rebuild(&service, &id, &template).await }
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
    let template_name = move || {
        let id = chosen.get();
        templates
            .get()
            .and_then(|r| r.ok())
            .and_then(|l: Vec<VmTemplate>| l.into_iter().find(|t| t.id == id).map(|t| t.name))
            .unwrap_or(id)
    };
    let can_start = move || {
        !chosen.get().is_empty()
            && !pending.get()
            && vm.with(|v| v.as_ref().is_some_and(|v| !v.busy()))
    };
    view! {
        <section class="card vm-card" aria-labelledby="vm-rebuild-title">
            <h2 id="vm-rebuild-title">{tw(VmWord::VmRebuild)}</h2>
            <p class="muted">{tw(VmWord::VmRebuildLead)}</p>
            <div class="form form--inline">
                <div class="field">
                    <label for="vm-template">{tr(Msg::VmTemplate)}</label>
                    <select id="vm-template" on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                        <option value="">{tw(VmWord::VmChooseTemplate)}</option>
                        {move || templates.get().and_then(|r| r.ok()).unwrap_or_default().into_iter().map(|t| {
                            view! { <option value=t.id.clone()>{t.name.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button button--danger" disabled=move || !can_start()
                    on:click=move |_| open.set(true)>{move || prefs.w(VmWord::VmRebuildNamed).replace("{name}", &name.get())}</button>
            </div>
            {move || match send.value().get() {
                Some(Ok(_)) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::VmRebuildStarted)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <TypedConfirm id="vm-rebuild-confirm" title=Signal::derive(move || prefs.w(VmWord::VmRebuild).to_string())
                message=Signal::derive(move || prefs.w(VmWord::VmRebuildWarning).replace("{name}", &name.get()).replace("{template}", &template_name()))
                expected=name open=open action=Signal::derive(move || prefs.w(VmWord::VmRebuild).to_string())
                on_confirm=Callback::new(move |_| {
                    open.set(false);
                    if !pending.get_untracked() {
                        send.dispatch_local(chosen.get_untracked());
                    }
                })
                on_cancel=Callback::new(move |_| open.set(false))/>
        </section>
    }
}
