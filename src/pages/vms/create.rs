//! Create a VM within what the service has left: name, template, CPU, memory, disk, checked
//! against the resources before anything is sent; sent once.

use super::vm_words::VmWord;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::NewVm;
use crate::model::{Resource, ResourceKind};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

fn left(resources: &[Resource], kind: ResourceKind) -> Option<u64> {
    resources
        .iter()
        .find(|r| r.kind == kind)
        .map(Resource::available)
}

/// Whether a VM name is acceptable (letters, digits, dots, hyphens; 1 to 63).
pub fn valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 63
        && label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// The form.
#[component]
pub fn CreateVmForm(
    service: String,
    resources: Vec<Resource>,
    created: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let s1 = service.clone();
    let templates = read(move || {
        let api = session.api_for_read();
        let service = s1.clone();
        async move { api.vm_templates(&service).await }
    });
    let label = RwSignal::new(String::new());
    let template = RwSignal::new(String::new());
    let cpus = RwSignal::new("1".to_string());
    let memory = RwSignal::new("1024".to_string());
    let disk = RwSignal::new("20".to_string());
    let problem = RwSignal::new(None::<String>);
    let send = Action::new_local(move |new: &NewVm| {
        let api = session.api();
        let (service, new) = (service.clone(), new.clone());
        async move { api.vm_create(&service, &new).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = send.value().get() {
            label.set(String::new());
            created.run(());
        }
    });
    let limits = StoredValue::new(resources);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if send.pending().get_untracked() {
            return;
        }
        let name = label.get_untracked().trim().to_string();
        if !valid_label(&name) {
            problem.set(Some(prefs.w(VmWord::VmLabelInvalid).to_string()));
            return;
        }
        if template.get_untracked().is_empty() {
            problem.set(Some(prefs.w(VmWord::VmChooseTemplate).to_string()));
            return;
        }
        let num = |s: RwSignal<String>| s.get_untracked().trim().parse::<u64>().ok();
        let (Some(c), Some(m), Some(d)) = (num(cpus), num(memory), num(disk)) else {
            problem.set(Some(prefs.t(Msg::InvalidAmount).to_string()));
            return;
        };
        let over = limits.with_value(|r| {
            [
                (ResourceKind::Vms, 1, ""),
                (ResourceKind::Cpu, c, " CPU"),
                (ResourceKind::Memory, m, " MB"),
                (ResourceKind::Disk, d, " GB"),
            ]
            .into_iter()
            .find_map(|(k, want, unit)| {
                left(r, k)
                    .filter(|l| want > *l)
                    .map(|l| format!("{l}{unit}"))
            })
        });
        if let Some(max) = over {
            problem.set(Some(prefs.w(VmWord::VmOverLimit).replace("{n}", &max)));
            return;
        }
        problem.set(None);
        send.dispatch_local(NewVm {
            label: name,
            template: template.get_untracked(),
            memory_mb: m,
            cpus: c,
            disk_gb: d,
        });
    };
    view! {
        <details class="vm-create">
            <summary>{tw(VmWord::VmCreate)}</summary>
            <form class="form" novalidate on:submit=submit>
                <div class="field">
                    <label for="new-vm-label">{tw(VmWord::VmLabel)}</label>
                    <input id="new-vm-label" autocomplete="off" spellcheck="false" bind:value=label/>
                </div>
                <div class="field">
                    <label for="new-vm-template">{tr(Msg::VmTemplate)}</label>
                    <select id="new-vm-template" on:change=move |ev| template.set(event_target_value(&ev)) prop:value=move || template.get()>
                        <option value="">{tw(VmWord::VmChooseTemplate)}</option>
                        {move || templates.get().and_then(|r| r.ok()).unwrap_or_default().into_iter()
                            .map(|t| view! { <option value=t.id.clone()>{t.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="form__row">
                    <div class="field"><label for="new-vm-cpus">{tw(VmWord::VmCpu)}</label>
                        <input id="new-vm-cpus" type="number" min="1" inputmode="numeric" bind:value=cpus/></div>
                    <div class="field"><label for="new-vm-memory">{tw(VmWord::VmMemory)}" (MB)"</label>
                        <input id="new-vm-memory" type="number" min="512" step="512" inputmode="numeric" bind:value=memory/></div>
                    <div class="field"><label for="new-vm-disk">{tw(VmWord::VmDisk)}" (GB)"</label>
                        <input id="new-vm-disk" type="number" min="10" inputmode="numeric" bind:value=disk/></div>
                </div>
                <p class="field__error" role="alert">{move || problem.get()}</p>
                <button type="submit" class="button button--primary" disabled=move || send.pending().get()>{tw(VmWord::VmCreateSubmit)}</button>
                {move || send.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            </form>
        </details>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn vm_names_are_host_labels() {
        assert!(super::valid_label("web-03"));
        assert!(!super::valid_label(""));
        assert!(!super::valid_label("web 03"));
        assert!(!super::valid_label(&"a".repeat(64)));
    }
}
