//! Backups of a VM: list, and delete after a confirmation that names the backup. HostBill's
//! client API lists and deletes VM backups but has no call to restore one or take one now, so
//! the panel says so and offers the way that does exist: a ticket to support, its subject
//! already naming the backup and the server.

use super::vm_words::VmWord;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::Backup;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

fn size(mb: u64, style: crate::model::NumberStyle) -> String {
    if mb >= 1024 {
        let gb = format!("{}.{}", mb / 1024, (mb % 1024) * 10 / 1024);
        format!("{} GB", style.decimal(&gb))
    } else {
        format!("{mb} MB")
    }
}

/// The new-ticket form, its subject naming the backup and the server.
fn restore_link(prefs: crate::state::prefs::Prefs, backup: &str, vm: &str) -> String {
    let subject = prefs
        .w(VmWord::VmRestoreSubject)
        .replace("{backup}", backup)
        .replace("{server}", vm);
    Page::NewTicket.with_query(&[("subject", &subject)])
}

/// The backups section.
#[component]
pub fn BackupsPanel(
    service: String,
    vm_id: String,
    /// The server's name, for the restore request's subject.
    #[prop(into, optional)]
    vm_name: String,
) -> impl IntoView {
    let vm_name = StoredValue::new(vm_name);
    let zone = StoredValue::new(crate::state::brand::use_config().portal_time_zone);
    let prefs = use_prefs();
    let session = use_session();
    let (s1, v1) = (service.clone(), vm_id.clone());
    let list = read(move || {
        let api = session.api_for_read();
        let (service, vm) = (s1.clone(), v1.clone());
        async move { api.vm_backups(&service, &vm).await }
    });
    let deleting = RwSignal::new(None::<Backup>);
    let delete = Action::new_local(move |b: &Backup| {
        let api = session.api();
        let (service, vm, id) = (service.clone(), vm_id.clone(), b.id.clone());
        async move { api.vm_delete_backup(&service, &vm, &id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            list.refetch();
        }
    });
    view! {
        <section class="card vm-card" aria-labelledby="vm-backups-title">
            <h2 id="vm-backups-title">{tw(VmWord::VmBackups)}</h2>
            {move || match list.get() {
                Some(Ok(rows)) if rows.is_empty() => view! { <p class="muted">{tw(VmWord::VmNoBackups)}</p> }.into_any(),
                Some(Ok(rows)) => view! {
                    <div class="table-scroll"><table class="table table--stack">
                        <thead><tr>
                            <th scope="col">{tr(Msg::Description)}</th>
                            <th scope="col">{tr(Msg::Date)}</th>
                            <th scope="col" class="num">{tw(VmWord::VmBackupSize)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|b| {
                                let target = b.clone();
                                let name = b.name.clone();
                                let date = b.date.clone();
                                view! { <tr>
                                    <th scope="row">{b.name.clone()}</th>
                                    <td data-label=move || prefs.t(Msg::Date)>{move || zone.with_value(|z| crate::i18n::format_date_time(prefs.lang.get(), &date, z.as_deref()))}</td>
                                    <td class="num" data-label=move || prefs.w(VmWord::VmBackupSize)>{move || size(b.size_mb, prefs.lang.get().number_style())}</td>
                                    <td><div class="table__actions">
                                        <a class="button button--secondary button--small"
                                            href=restore_link(prefs, &b.name, &vm_name.get_value())
                                            aria-label=format!("{} {}", prefs.w(VmWord::VmRestoreViaSupport), b.name)>{tw(VmWord::VmRestoreViaSupport)}</a>
                                        <button type="button" class="button button--danger button--small"
                                        aria-label=move || format!("{} {}", prefs.t(Msg::Delete), name)
                                        disabled=move || delete.pending().get()
                                        on:click=move |_| deleting.set(Some(target.clone()))>{tr(Msg::Delete)}</button></div></td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel error=e/> }.into_any(),
                None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            }}
            <p class="field__hint">{tw(VmWord::VmBackupsNotOffered)}</p>
            {move || delete.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <ConfirmDialog id="vm-delete-backup" heading=Signal::derive(move || prefs.w(VmWord::VmBackups).to_string())
                message=Signal::derive(move || deleting.get().map(|b| prefs.w(VmWord::VmConfirmDeleteBackup).replace("{name}", &b.name)).unwrap_or_default())
                open=Signal::derive(move || deleting.get().is_some())
                on_confirm=Callback::new(move |_| {
                    if let Some(b) = deleting.get_untracked() {
                        deleting.set(None);
                        if !delete.pending().get_untracked() { delete.dispatch_local(b); }
                    }
                })
                on_cancel=Callback::new(move |_| deleting.set(None))/>
        </section>
    }
}
