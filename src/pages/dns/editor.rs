//! `/dns/:service/:zone`: the zone editor. Records are edited into a staged change set (kept in
//! session storage, so a reload or a new sign-in loses nothing), shown as a diff with undo and
//! redo, and applied in a safe order with a result per change.

use super::apply::{Applier, Notice};
use super::changes_panel::ChangesPanel;
use super::dns_words::DnsWord;
use super::form_slot::FormSlot;
use super::record_form::RecordForm;
use super::record_view::RecordView;
use super::records_table::{RecordsTable, Row, SortBy};
use super::staged_store;
use super::unsaved;
use super::zone_file::ZoneFilePanel;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::{ErrorPanel, error_message};
use crate::dns::changeset::{Change, ChangeSet};
use crate::dns::names::to_unicode;
use crate::dns::rdata::{Draft, TTL_PRESETS};
use crate::dns::{Record, RecordType};
use crate::i18n::Msg;
use crate::model::Zone;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The page.
#[component]
pub fn ZoneEditorPage(
    /// The DNS service holding the zone.
    service: String,
    /// The zone's id.
    zone: String,
) -> impl IntoView {
    let session = use_session();
    let ids = Signal::stored((service, zone));
    let ids = move || ids.get();
    let zone = read(move || {
        let api = session.api_for_read();
        let (service, zone) = ids();
        async move { api.dns_zone(&service, &zone).await }
    });
    let missing = Memo::new(move |_| {
        matches!(
            zone.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    view! {
        <p><a class="link" href=Page::Zones.href()>"← "{tw(DnsWord::DnsZones)}</a></p>
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tw(DnsWord::DnsZone)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tw(DnsWord::DnsZoneNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=zone let:z skeleton_lines=12>
                    <Editor zone=z/>
                </AsyncView>
            }.into_any()
        }}
    }
}

#[component]
fn Editor(zone: Zone) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let origin = zone.name.clone();
    let zone_id = zone.id.clone();
    let service_id = zone.service_id.clone();
    let live = RwSignal::new(shared(zone.records.clone()));
    // Re-reads the zone in place after applying (the editor, its notices and its form stay).
    let (reload_service, reload_zone) = (zone.service_id.clone(), zone.id.clone());
    let on_reload = Callback::new(move |_: ()| {
        let api = session.api_for_read();
        let (service, zone) = (reload_service.clone(), reload_zone.clone());
        leptos::task::spawn_local(async move {
            if let Ok(z) = api.dns_zone(&service, &zone).await {
                live.try_set(shared(z.records));
            }
        });
    });
    // The staged changes survive reloads and re-logins in this tab.
    let changes = RwSignal::new({
        let mut cs = ChangeSet::default();
        cs.stage_all(staged_store::load(&zone_id));
        cs
    });
    let store_id = zone_id.clone();
    Effect::new(move |_| changes.with(|c| staged_store::save(&store_id, &c.to_changes())));
    // Closing the tab or following a link with unapplied changes asks first.
    unsaved::guard(changes);

    let RecordView {
        filter,
        type_filter,
        sort,
        selected,
        all_rows,
        shown,
        preview,
        counts,
    } = RecordView::new(live, changes);

    // The form: the draft and, when editing, the row it came from.
    let form = FormSlot::new();
    let open_form = move |state: (Draft, Option<Row>)| form.open(state);
    let close_form = move || form.close();
    let on_edit = Callback::new(move |row: Row| {
        open_form((Draft::from_record(&row.record), Some(row)));
    });
    let on_delete = Callback::new(move |row: Row| changes.update(|c| c.delete(&row.origin)));
    let on_restore = Callback::new(move |row: Row| {
        if let Some(k) = row.change {
            changes.update(|c| c.discard(k));
        }
    });
    let on_stage = Callback::new(move |record: Record| {
        match form.state.get_untracked().and_then(|f| f.1) {
            Some(row) => changes.update(|c| c.edit(&row.origin, record)),
            None => changes.update(|c| c.add(record)),
        }
        close_form();
    });

    // Apply: one change at a time, in a safe order, then the zone read again.
    let Applier {
        progress: applying,
        notice,
        apply: on_apply,
    } = Applier::new(
        session,
        service_id.clone(),
        zone_id.clone(),
        live,
        changes,
        on_reload,
    );

    // Bulk actions on the selected live records.
    let selected_records = move || {
        let keys = selected.get_untracked();
        live.with_untracked(|l| {
            l.iter()
                .filter(|r| r.id.as_ref().is_some_and(|id| keys.contains(id)))
                .map(|r| (**r).clone())
                .collect::<Vec<_>>()
        })
    };
    let bulk_delete = move |_| {
        let recs = selected_records();
        changes.update(|c| c.batch(|c| recs.iter().for_each(|r| c.delete(r))));
        selected.set(BTreeSet::new());
    };
    let bulk_ttl = move |ev: leptos::ev::Event| {
        let Ok(ttl) = event_target_value(&ev).parse::<u32>() else {
            return;
        };
        let recs = selected_records();
        changes.update(|c| {
            c.batch(|c| {
                for r in &recs {
                    c.edit(r, Record { ttl, ..r.clone() });
                }
            })
        });
        selected.set(BTreeSet::new());
    };

    let unicode = to_unicode(&origin);
    let form_origin = origin.clone();
    let table_origin = origin.clone();
    let file_origin = origin.clone();
    view! {
        <div class="page__head">
            <div>
                <h1 class="page__title">{unicode.clone()}</h1>
                {(unicode != origin).then(|| view! { <p class="muted">{origin.clone()}</p> })}
            </div>
            <div class="page__actions">
                <button type="button" class="button button--primary" on:click=move |_| {
                    open_form((Draft::new(RecordType::A), None));
                }>{tw(DnsWord::DnsAddRecord)}</button>
            </div>
        </div>
        {move || notice.get().map(|n| match n {
            Notice::Applied(k) => view! { <p class="banner banner--success" role="status">{prefs.w_n(DnsWord::DnsAppliedAll, k as i64)}</p> }.into_any(),
            Notice::Partly { applied, refused } => view! { <p class="banner banner--error" role="alert">{prefs.w(DnsWord::DnsAppliedPartly).replace("{n}", &applied.to_string()).replace("{refused}", &refused.to_string())}</p> }.into_any(),
            Notice::Stopped { applied, error } => view! {
                <div class="banner banner--error" role="alert">
                    <p>{prefs.w_n(DnsWord::DnsApplyStopped, applied as i64)}</p>
                    <p>{prefs.t(error_message(&error))}</p>
                </div>
            }.into_any(),
        })}
        {move || form.state.get().map(|(draft, row)| view! {
            <RecordForm origin=form_origin.clone() initial=draft editing=row.map(|r| (*r.record).clone()) zone=preview
                on_stage=on_stage on_cancel=Callback::new(move |_| close_form())/>
        })}
        <ChangesPanel changes=changes applying=Signal::derive(move || applying.get()) on_apply=on_apply/>
        <section class="card card--flush records" aria-labelledby="records-title">
            <div class="records__head">
                <h2 id="records-title">{tw(DnsWord::DnsRecords)}</h2>
                <div class="records__counts" role="group" aria-label=tw(DnsWord::DnsFilterByType)>
                    <button type="button" class="chip" aria-pressed=move || type_filter.get().is_none().to_string()
                        on:click=move |_| type_filter.set(None)>
                        {tr(Msg::TabAll)}" "{move || all_rows.with(|r| r.len())}
                    </button>
                    {move || counts.get().into_iter().map(|(t, n)| {
                        let pressed = t.clone();
                        let pick = t.clone();
                        view! {
                            <button type="button" class="chip" aria-pressed=move || (type_filter.get().as_ref() == Some(&pressed)).to_string()
                                on:click=move |_| type_filter.set(Some(pick.clone()))>{format!("{t} {n}")}</button>
                        }
                    }).collect_view()}
                </div>
                <div class="list-controls">
                    <label class="field list-controls__search">
                        <span>{tw(DnsWord::DnsFilter)}</span>
                        <input type="search" bind:value=filter/>
                    </label>
                    <label class="field">
                        <span>{tr(Msg::SortBy)}</span>
                        <select on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                            "type" => SortBy::Type, "ttl" => SortBy::Ttl, "content" => SortBy::Content, _ => SortBy::Name,
                        })>
                            <option value="name">{tw(DnsWord::DnsName)}</option>
                            <option value="type">{tw(DnsWord::DnsType)}</option>
                            <option value="ttl">{tw(DnsWord::DnsTtl)}</option>
                            <option value="content">{tw(DnsWord::DnsContent)}</option>
                        </select>
                    </label>
                </div>
                <div class="records__bulk" hidden=move || selected.with(BTreeSet::is_empty)>
                    <span>{move || prefs.w(DnsWord::DnsSelectedCount).replace("{n}", &selected.with(BTreeSet::len).to_string())}</span>
                    <button type="button" class="button button--secondary button--small" on:click=bulk_delete>{tw(DnsWord::DnsDeleteSelected)}</button>
                    <label class="field field--inline">
                        <span>{tw(DnsWord::DnsSetTtl)}</span>
                        <select on:change=bulk_ttl>
                            <option value="">"—"</option>
                            {TTL_PRESETS.into_iter().map(|p| view! { <option value=p.to_string()>{p}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                <p class="muted list-count" role="status">{move || prefs.w(DnsWord::DnsShowing).replace("{n}", &shown.with(|s| s.len()).to_string()).replace("{total}", &all_rows.with(|r| r.len()).to_string())}</p>
            </div>
            <RecordsTable all=all_rows shown=shown origin=table_origin selected=selected on_edit=on_edit on_delete=on_delete on_restore=on_restore/>
        </section>
        <ZoneFilePanel origin=file_origin live=Signal::derive(move || live.with(|l| l.iter().map(|r| (**r).clone()).collect::<Vec<Record>>()))
            on_stage=Callback::new(move |list: Vec<Change>| changes.update(|c| c.stage_all(list)))/>
    }
}

/// Live records, shared so the table's rows point at them instead of copying them.
fn shared(records: Vec<Record>) -> Arc<Vec<Arc<Record>>> {
    Arc::new(records.into_iter().map(Arc::new).collect())
}
