//! `/dns/:service/:zone`: the zone editor. Records are edited into a staged change set (kept in
//! session storage, so a reload or a new sign-in loses nothing), shown as a diff with undo and
//! redo, and applied in a safe order with a result per change.

use super::apply;
use super::changes_panel::ChangesPanel;
use super::record_form::RecordForm;
use super::records_table::{
    RecordsTable, Row, RowState, SharedRows, SortBy, changed, filtered, order, rows,
};
use super::staged_store;
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
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The page.
#[component]
pub fn ZoneEditorPage() -> impl IntoView {
    let session = use_session();
    let params = use_params_map();
    let ids = move || {
        params.with(|p| {
            (
                p.get("service").unwrap_or_default(),
                p.get("zone").unwrap_or_default(),
            )
        })
    };
    let zone = LocalResource::new(move || {
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
        <p><a class="link" href=Page::Zones.href()>"← "{tr(Msg::DnsZones)}</a></p>
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tr(Msg::DnsZone)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tr(Msg::DnsZoneNotFound)}</p></div>
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

/// What the last apply did.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    Applied(usize),
    Partly { applied: usize, refused: usize },
    Stopped { applied: usize, error: ApiError },
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
    // Closing the tab with unapplied changes asks first.
    let guard = window_event_listener_untyped("beforeunload", move |ev| {
        if !changes.with_untracked(ChangeSet::is_empty) {
            ev.prevent_default();
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    on_cleanup(move || guard.remove());
    // Following a link inside the app with unapplied changes asks first (the changes are kept in
    // this tab either way). Capture phase: before the router handles the click.
    // Kept in the component's arena: dropped (and the listener removed) with the editor.
    let _link_guard = StoredValue::new_local(leave_guard(changes));

    let filter = RwSignal::new(String::new());
    let type_filter = RwSignal::new(None::<RecordType>);
    let sort = RwSignal::new(SortBy::Name);
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let all_rows: Memo<SharedRows> = Memo::new_with_compare(
        move |_| Arc::new(live.with(|l| changes.with(|c| rows(l, c)))),
        changed,
    );
    let sorted: Memo<Arc<Vec<u32>>> = Memo::new_with_compare(
        move |_| Arc::new(all_rows.with(|r| order(r, sort.get()))),
        changed,
    );
    let shown: Memo<Arc<Vec<u32>>> = Memo::new_with_compare(
        move |_| {
            Arc::new(all_rows.with(|r| {
                sorted.with(|o| filtered(r, o, type_filter.get().as_ref(), &filter.get()))
            }))
        },
        changed,
    );
    // The zone as it will be, for the form's conflict check (computed only when asked).
    let preview = Signal::derive(move || {
        all_rows.with(|r| {
            r.iter()
                .filter(|row| row.state != RowState::Deleted)
                .map(|row| (*row.record).clone())
                .collect::<Vec<Record>>()
        })
    });
    let counts = Memo::new(move |_| {
        let mut counts: Vec<(RecordType, usize)> = Vec::new();
        all_rows.with(|rows| {
            for row in rows.iter().filter(|r| r.state != RowState::Deleted) {
                match counts.iter_mut().find(|(t, _)| *t == row.record.rtype) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((row.record.rtype.clone(), 1)),
                }
            }
        });
        counts.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        counts
    });

    // The form: the draft and, when editing, the row it came from.
    // Opening it moves focus into it; closing it (Cancel, Esc, staging) returns focus to the
    // button that opened it, so a keyboard user is never left at the top of the page.
    let form = RwSignal::new(None::<(Draft, Option<Row>)>);
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let open_form = move |state: (Draft, Option<Row>)| {
        opener.set_value(
            document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        );
        form.set(Some(state));
        request_animation_frame(|| {
            if let Some(el) = document().get_element_by_id("record-form-title") {
                el.scroll_into_view();
            }
            if let Some(first) = document()
                .get_element_by_id("rec-type")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        });
    };
    let close_form = move || {
        form.set(None);
        request_animation_frame(move || {
            let back = opener.get_value().filter(|e| e.is_connected()).or_else(|| {
                document()
                    .get_element_by_id("records-scroll")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            });
            if let Some(el) = back {
                let _ = el.focus();
            }
        });
    };
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
        match form.get_untracked().and_then(|f| f.1) {
            Some(row) => changes.update(|c| c.edit(&row.origin, record)),
            None => changes.update(|c| c.add(record)),
        }
        close_form();
    });

    // Apply.
    let applying = RwSignal::new(None::<(usize, usize)>);
    let notice = RwSignal::new(None::<Notice>);
    let (apply_service, apply_zone) = (service_id.clone(), zone_id.clone());
    let on_apply = Callback::new(move |_| {
        if applying.get_untracked().is_some() {
            return;
        }
        let plan = changes.with_untracked(ChangeSet::plan);
        if plan.is_empty() {
            return;
        }
        let total = plan.len();
        applying.set(Some((0, total)));
        notice.set(None);
        let api = session.api();
        let (service, zone) = (apply_service.clone(), apply_zone.clone());
        let snapshot: Vec<Record> =
            live.with_untracked(|l| l.iter().map(|r| (**r).clone()).collect());
        leptos::task::spawn_local(async move {
            let outcome = apply::run(api, service, zone, plan, snapshot, move |n| {
                applying.try_set(Some((n, total)));
            })
            .await;
            let applied = outcome.results.iter().filter(|r| r.1.is_ok()).count();
            let refused = outcome.results.len() - applied;
            changes.try_update(|c| c.settle(&outcome.results));
            applying.try_set(None);
            notice.try_set(Some(match outcome.stopped {
                Some(error) => Notice::Stopped { applied, error },
                None if refused > 0 => Notice::Partly { applied, refused },
                None => Notice::Applied(applied),
            }));
            on_reload.run(());
        });
    });

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
                }>{tr(Msg::DnsAddRecord)}</button>
            </div>
        </div>
        {move || notice.get().map(|n| match n {
            Notice::Applied(k) => view! { <p class="banner banner--success" role="status">{prefs.t_n(Msg::DnsAppliedAll, k as i64)}</p> }.into_any(),
            Notice::Partly { applied, refused } => view! { <p class="banner banner--error" role="alert">{prefs.t(Msg::DnsAppliedPartly).replace("{n}", &applied.to_string()).replace("{refused}", &refused.to_string())}</p> }.into_any(),
            Notice::Stopped { applied, error } => view! {
                <div class="banner banner--error" role="alert">
                    <p>{prefs.t_n(Msg::DnsApplyStopped, applied as i64)}</p>
                    <p>{prefs.t(error_message(&error))}</p>
                </div>
            }.into_any(),
        })}
        {move || form.get().map(|(draft, row)| view! {
            <RecordForm origin=form_origin.clone() initial=draft editing=row.map(|r| (*r.record).clone()) zone=preview
                on_stage=on_stage on_cancel=Callback::new(move |_| close_form())/>
        })}
        <ChangesPanel changes=changes applying=Signal::derive(move || applying.get()) on_apply=on_apply/>
        <section class="card card--flush records" aria-labelledby="records-title">
            <div class="records__head">
                <h2 id="records-title">{tr(Msg::DnsRecords)}</h2>
                <div class="records__counts" role="group" aria-label=tr(Msg::DnsFilterByType)>
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
                        <span>{tr(Msg::DnsFilter)}</span>
                        <input type="search" bind:value=filter/>
                    </label>
                    <label class="field">
                        <span>{tr(Msg::SortBy)}</span>
                        <select on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                            "type" => SortBy::Type, "ttl" => SortBy::Ttl, "content" => SortBy::Content, _ => SortBy::Name,
                        })>
                            <option value="name">{tr(Msg::DnsName)}</option>
                            <option value="type">{tr(Msg::DnsType)}</option>
                            <option value="ttl">{tr(Msg::DnsTtl)}</option>
                            <option value="content">{tr(Msg::DnsContent)}</option>
                        </select>
                    </label>
                </div>
                <div class="records__bulk" hidden=move || selected.with(BTreeSet::is_empty)>
                    <span>{move || prefs.t(Msg::DnsSelectedCount).replace("{n}", &selected.with(BTreeSet::len).to_string())}</span>
                    <button type="button" class="button button--secondary button--small" on:click=bulk_delete>{tr(Msg::DnsDeleteSelected)}</button>
                    <label class="field field--inline">
                        <span>{tr(Msg::DnsSetTtl)}</span>
                        <select on:change=bulk_ttl>
                            <option value="">"—"</option>
                            {TTL_PRESETS.into_iter().map(|p| view! { <option value=p.to_string()>{p}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                <p class="muted list-count" role="status">{move || prefs.t(Msg::DnsShowing).replace("{n}", &shown.with(|s| s.len()).to_string()).replace("{total}", &all_rows.with(|r| r.len()).to_string())}</p>
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

/// A capture-phase click listener asking before an in-app link leaves the editor while changes
/// are staged. Removed when dropped.
struct LeaveGuard(Option<wasm_bindgen::closure::Closure<dyn Fn(web_sys::MouseEvent)>>);

impl Drop for LeaveGuard {
    fn drop(&mut self) {
        if let Some(cb) = self.0.take() {
            use wasm_bindgen::JsCast;
            let _ = document().remove_event_listener_with_callback_and_bool(
                "click",
                cb.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

fn leave_guard(changes: RwSignal<ChangeSet>) -> LeaveGuard {
    use wasm_bindgen::JsCast;
    let prefs = use_prefs();
    let here = window().location().pathname().unwrap_or_default();
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |ev: web_sys::MouseEvent| {
            if changes.with_untracked(ChangeSet::is_empty) {
                return;
            }
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
            else {
                return;
            };
            let href = link.get_attribute("href").unwrap_or_default();
            if href.starts_with('#') || href == here || link.has_attribute("download") {
                return;
            }
            let n = changes.with_untracked(ChangeSet::len);
            let question = prefs.t_n(Msg::DnsLeaveWithChanges, n as i64);
            if !window().confirm_with_message(&question).unwrap_or(true) {
                ev.prevent_default();
                ev.stop_immediate_propagation();
            }
        },
    );
    let _ = document().add_event_listener_with_callback_and_bool(
        "click",
        cb.as_ref().unchecked_ref(),
        true,
    );
    LeaveGuard(Some(cb))
}
