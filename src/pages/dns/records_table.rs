//! The records table: the zone as it will be (live records with staged edits and deletions
//! marked, staged additions at the end), sorted and filtered, drawn a window at a time so 5,000
//! records scroll smoothly (only the rows in view plus a margin exist in the DOM).

use super::dns_words::DnsWord;
use crate::dns::changeset::{Change, ChangeSet};
use crate::dns::names::to_unicode;
use crate::dns::{Record, RecordType};
use crate::i18n::Msg;
use crate::state::prefs::{tr, tw, use_prefs};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Height of one row in pixels (fixed by the stylesheet, so the window can be computed). Sizes
/// are set through the CSSOM (`style:height`), which the strict CSP allows; a `style` attribute
/// it would block.
pub const ROW_HEIGHT: f64 = 44.0;
/// Height of one record as a card, below [`CARD_BELOW_PX`] of window width (style/dns.css gives
/// the cards exactly this height, so the virtual window stays exact).
pub const CARD_HEIGHT: f64 = 132.0;
/// Window width below which rows become cards, as in style/dns.css.
pub const CARD_BELOW_PX: f64 = 600.0;
/// Height of the scrolling area.
const VIEWPORT: f64 = 616.0;
/// Rows drawn above and below the visible ones.
const OVERSCAN: usize = 3;

/// How a row differs from the live zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowState {
    /// As the portal has it.
    Live,
    /// Staged addition.
    Added,
    /// Staged edit (shows the new data).
    Edited,
    /// Staged deletion (shown struck through until applied or undone).
    Deleted,
}

/// One row. Records are shared (`Arc`): laying the change set over 5,000 records and sorting
/// them copies pointers, not strings.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Stable key: the record id, or `new-<change key>` for an addition.
    pub key: String,
    /// The record as it will be (or as it is, for a deletion).
    pub record: Arc<Record>,
    /// Difference from the live zone.
    pub state: RowState,
    /// The live record for an edit or a deletion; the staged addition itself for an addition.
    pub origin: Arc<Record>,
    /// The change's key, when staged.
    pub change: Option<u32>,
    /// Lower-case name and content, for filtering without allocating per keystroke.
    haystack: String,
}

/// Sort keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Owner name (apex first).
    #[default]
    Name,
    /// Type.
    Type,
    /// TTL.
    Ttl,
    /// Content.
    Content,
}

fn row(
    key: String,
    record: Arc<Record>,
    state: RowState,
    origin: Arc<Record>,
    change: Option<u32>,
) -> Row {
    let haystack = format!("{}\u{1f}{}", record.name, record.content).to_lowercase();
    Row {
        key,
        record,
        state,
        origin,
        change,
        haystack,
    }
}

/// The rows of the zone with the staged changes laid over it.
pub fn rows(live: &[Arc<Record>], changes: &ChangeSet) -> Vec<Row> {
    let mut by_id = std::collections::HashMap::new();
    for s in changes.changes() {
        if let Some(id) = s.change.live_id() {
            by_id.insert(id.to_string(), s);
        }
    }
    let mut out: Vec<Row> = live
        .iter()
        .map(|r| {
            let id = r.id.clone().unwrap_or_default();
            match by_id.get(&id).map(|s| (&s.change, s.key)) {
                Some((Change::Edit { after, .. }, key)) => row(
                    id,
                    Arc::new(after.clone()),
                    RowState::Edited,
                    r.clone(),
                    Some(key),
                ),
                Some((Change::Delete(_), key)) => {
                    row(id, r.clone(), RowState::Deleted, r.clone(), Some(key))
                }
                _ => row(id, r.clone(), RowState::Live, r.clone(), None),
            }
        })
        .collect();
    for s in changes.changes() {
        if let Change::Add(r) = &s.change {
            let r = Arc::new(r.clone());
            out.push(row(
                format!("new-{}", s.key),
                r.clone(),
                RowState::Added,
                r,
                Some(s.key),
            ));
        }
    }
    out
}

/// Row indices in `sort` order (computed once per change of the rows, not per keystroke).
pub fn order(all: &[Row], sort: SortBy) -> Vec<u32> {
    let mut idx: Vec<u32> = (0..all.len() as u32).collect();
    let name = |i: &u32| {
        let r = &all[*i as usize].record;
        (r.name != "@", r.name.to_ascii_lowercase())
    };
    match sort {
        SortBy::Name => {
            idx.sort_by_cached_key(|i| (name(i), all[*i as usize].record.rtype.clone()))
        }
        SortBy::Type => idx
            .sort_by_cached_key(|i| (all[*i as usize].record.rtype.as_str().to_string(), name(i))),
        SortBy::Ttl => idx.sort_by_cached_key(|i| (all[*i as usize].record.ttl, name(i))),
        SortBy::Content => idx.sort_by_cached_key(|i| all[*i as usize].record.content.clone()),
    }
    idx
}

/// The sorted indices that pass the type and text filters.
pub fn filtered(all: &[Row], order: &[u32], rtype: Option<&RecordType>, text: &str) -> Vec<u32> {
    let needle = text.trim().to_lowercase();
    order
        .iter()
        .copied()
        .filter(|i| {
            let r = &all[*i as usize];
            rtype.is_none_or(|t| r.record.rtype == *t)
                && (needle.is_empty() || r.haystack.contains(&needle))
        })
        .collect()
}

/// Filters and sorts into owned rows.
#[cfg(test)]
pub fn view_rows(all: &[Row], rtype: Option<&RecordType>, text: &str, sort: SortBy) -> Vec<Row> {
    filtered(all, &order(all, sort), rtype, text)
        .into_iter()
        .map(|i| all[i as usize].clone())
        .collect()
}

/// Shared rows: memos compare them by pointer (a new list is always a change).
pub type SharedRows = Arc<Vec<Row>>;

/// Pointer comparison for memos of shared lists.
pub fn changed<T>(a: Option<&Arc<T>>, b: Option<&Arc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
        _ => true,
    }
}

/// The table.
#[component]
pub fn RecordsTable(
    /// Every row.
    all: Memo<SharedRows>,
    /// The rows to show, as sorted indices into `all`.
    shown: Memo<Arc<Vec<u32>>>,
    /// The zone's ASCII name.
    origin: String,
    /// Selected row keys (live records only).
    selected: RwSignal<BTreeSet<String>>,
    /// Edit a row.
    on_edit: Callback<Row>,
    /// Stage a deletion (or drop an addition).
    on_delete: Callback<Row>,
    /// Undo the staged change of a row.
    on_restore: Callback<Row>,
) -> impl IntoView {
    let prefs = use_prefs();
    let scroll_top = RwSignal::new(0.0f64);
    // Phones show each record as a card with every field and action (a table row there would
    // keep only Name and Type in view); the virtual window follows the height in use.
    let narrow = || {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w < CARD_BELOW_PX)
    };
    let row_height = RwSignal::new(if narrow() { CARD_HEIGHT } else { ROW_HEIGHT });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        let h = if narrow() { CARD_HEIGHT } else { ROW_HEIGHT };
        if row_height.get_untracked() != h {
            row_height.set(h);
        }
    });
    on_cleanup(move || resize.remove());
    // Back to the top when the rows change (a new filter): the window would point past the end.
    Effect::new(move |prev: Option<usize>| {
        let n = shown.with(|s| s.len());
        if prev.is_some_and(|p| p != n) {
            scroll_top.set(0.0);
            if let Some(el) = document().get_element_by_id("records-scroll") {
                el.set_scroll_top(0);
            }
        }
        n
    });
    let window = Memo::new(move |_| {
        let n = shown.with(|s| s.len());
        let height = row_height.get();
        let first = ((scroll_top.get() / height) as usize).saturating_sub(OVERSCAN);
        let count = (VIEWPORT / height) as usize + 2 * OVERSCAN;
        (first.min(n), (first + count).min(n), n)
    });
    let origin_unicode = to_unicode(&origin);
    view! {
        <div id="records-scroll" class="records-scroll" tabindex="0" aria-label=tw(DnsWord::DnsRecords)
            style:max-height=format!("{VIEWPORT}px")
            on:scroll=move |ev| {
                let el: web_sys::Element = event_target(&ev);
                scroll_top.set(f64::from(el.scroll_top()));
            }>
            <table class="table records-table" aria-rowcount=move || (shown.with(|s| s.len()) + 1).to_string()>
                <thead><tr aria-rowindex="1">
                    <th scope="col" class="records-table__pick"><span class="visually-hidden">{tr(Msg::Select)}</span></th>
                    <th scope="col">{tw(DnsWord::DnsName)}</th>
                    <th scope="col">{tw(DnsWord::DnsType)}</th>
                    <th scope="col" class="num">{tw(DnsWord::DnsTtl)}</th>
                    <th scope="col">{tw(DnsWord::DnsContent)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <tr class="records-table__spacer" aria-hidden="true"
                        style:height=move || format!("{}px", window.get().0 as f64 * row_height.get())></tr>
                    <For each=move || {
                            let (a, b, _) = window.get();
                            let all = all.get();
                            shown.with(|s| s[a..b].iter().enumerate().map(|(i, k)| (a + i, all[*k as usize].clone())).collect::<Vec<_>>())
                        }
                        key=|(i, row)| (*i, row.key.clone(), row.state, row.record.content.clone(), row.record.ttl, row.record.name.clone())
                        let:item>
                        {
                            let (index, row) = item;
                            let origin_unicode = origin_unicode.clone();
                            let key = row.key.clone();
                            let pick_key = key.clone();
                            let selectable = row.state != RowState::Added;
                            let name = row.record.owner().to_string();
                            let label = format!("{} {}", if name == "@" { origin_unicode.clone() } else { format!("{}.{}", to_unicode(&name), origin_unicode) }, row.record.rtype);
                            let pick_label = label.clone();
                            let state_class = match row.state {
                                RowState::Live => "",
                                RowState::Added => "is-added",
                                RowState::Edited => "is-edited",
                                RowState::Deleted => "is-deleted",
                            };
                            let priority = row.record.rtype.has_priority().then(|| format!("{} ", row.record.priority));
                            let (edit_row, delete_row, restore_row) = (row.clone(), row.clone(), row.clone());
                            let deleted = row.state == RowState::Deleted;
                            let staged = row.change.is_some();
                            view! {
                                <tr class=state_class aria-rowindex=(index + 2).to_string()>
                                    <td class="records-table__pick">
                                        {selectable.then(|| view! {
                                            <input type="checkbox" aria-label=prefs.w(DnsWord::SelectRecord).replace("{name}", &pick_label)
                                                prop:checked=move || selected.with(|s| s.contains(&key))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    selected.update(|s| { if on { s.insert(pick_key.clone()); } else { s.remove(&pick_key); } });
                                                }/>
                                        })}
                                    </td>
                                    <td class="records-table__name" title=label.clone()>
                                        <span>{to_unicode(&name)}</span>
                                        {(name != "@").then(|| view! { <span class="muted">"."{origin_unicode.clone()}</span> })}
                                    </td>
                                    <td class="records-table__type"><span class="badge">{row.record.rtype.to_string()}</span></td>
                                    <td class="num records-table__ttl" data-label=move || prefs.w(DnsWord::DnsTtl) title=format!("{} s", row.record.ttl)>{let ttl = row.record.ttl; move || crate::i18n::format_ttl(prefs.lang.get(), ttl)}</td>
                                    <td class="records-table__content" title=row.record.content.clone()>{priority}{row.record.content.clone()}</td>
                                    <td class="records-table__actions">
                                        {match row.state {
                                            RowState::Added => Some(view! { <span class="badge badge--success">{tw(DnsWord::DnsStagedAdd)}</span> }.into_any()),
                                            RowState::Edited => Some(view! { <span class="badge badge--warning">{tw(DnsWord::DnsStagedEdit)}</span> }.into_any()),
                                            RowState::Deleted => Some(view! { <span class="badge badge--danger">{tw(DnsWord::DnsStagedDelete)}</span> }.into_any()),
                                            RowState::Live => None,
                                        }}
                                        {(!deleted).then(|| view! {
                                            <button type="button" class="button button--secondary button--small"
                                                aria-label=format!("{} {}", prefs.t(Msg::Edit), label)
                                                on:click=move |_| on_edit.run(edit_row.clone())>{tr(Msg::Edit)}</button>
                                            <button type="button" class="button button--secondary button--small"
                                                aria-label=format!("{} {}", prefs.t(Msg::Delete), label)
                                                on:click=move |_| on_delete.run(delete_row.clone())>{tr(Msg::Delete)}</button>
                                        })}
                                        {(staged && row.state != RowState::Added).then(|| view! {
                                            <button type="button" class="button button--secondary button--small"
                                                on:click=move |_| on_restore.run(restore_row.clone())>{tw(DnsWord::DnsRestore)}</button>
                                        })}
                                    </td>
                                </tr>
                            }
                        }
                    </For>
                    <tr class="records-table__spacer" aria-hidden="true"
                        style:height=move || { let (_, b, n) = window.get(); format!("{}px", (n - b) as f64 * row_height.get()) }></tr>
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, name: &str, rtype: RecordType, content: &str) -> Record {
        Record {
            id: Some(id.into()),
            name: name.into(),
            rtype,
            ttl: 300,
            priority: 0,
            content: content.into(),
        }
    }

    #[test]
    fn staged_changes_are_laid_over_the_zone_and_filters_apply() {
        let live = [
            rec("1", "www", RecordType::A, "192.0.2.1"),
            rec("2", "@", RecordType::Mx, "mx.example."),
            rec("3", "old", RecordType::Txt, "\"x\""),
        ];
        let mut cs = ChangeSet::default();
        cs.edit(
            &live[0],
            Record {
                content: "192.0.2.2".into(),
                ..live[0].clone()
            },
        );
        cs.delete(&live[2]);
        cs.add(rec("", "new", RecordType::A, "192.0.2.3"));
        let shared: Vec<Arc<Record>> = live.iter().cloned().map(Arc::new).collect();
        let all = rows(&shared, &cs);
        let states: Vec<RowState> = all.iter().map(|r| r.state).collect();
        assert_eq!(
            states,
            [
                RowState::Edited,
                RowState::Live,
                RowState::Deleted,
                RowState::Added
            ]
        );
        assert_eq!(all[0].record.content, "192.0.2.2");
        let sorted = view_rows(&all, None, "", SortBy::Name);
        assert_eq!(sorted[0].record.name, "@", "apex first");
        assert_eq!(
            view_rows(&all, Some(&RecordType::A), "", SortBy::Name).len(),
            2
        );
        assert_eq!(view_rows(&all, None, "192.0.2.3", SortBy::Name).len(), 1);
    }
}
