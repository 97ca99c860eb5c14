//! What the records table shows: the live records with the staged changes laid over them, the
//! type filter and its counts, the text filter, the sort, and the selection for bulk actions.

use super::records_table::{RowState, SharedRows, SortBy, changed, filtered, order, rows};
use crate::dns::changeset::ChangeSet;
use crate::dns::{Record, RecordType};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The table's state and the rows derived from it (all `Copy`: handles to reactive values).
#[derive(Clone, Copy)]
pub struct RecordView {
    /// Text filter.
    pub filter: RwSignal<String>,
    /// Type filter (all types when `None`).
    pub type_filter: RwSignal<Option<RecordType>>,
    /// Sort column.
    pub sort: RwSignal<SortBy>,
    /// Ids of the live records selected for a bulk action.
    pub selected: RwSignal<BTreeSet<String>>,
    /// Every row: live records with the staged changes over them.
    pub all_rows: Memo<SharedRows>,
    /// Indices of the rows shown, sorted and filtered.
    pub shown: Memo<Arc<Vec<u32>>>,
    /// The zone as it will be, for the form's conflict check (computed only when asked).
    pub preview: Signal<Vec<Record>>,
    /// How many records of each type the zone will have, for the type filter.
    pub counts: Memo<Vec<(RecordType, usize)>>,
}

impl RecordView {
    /// The view of `live` with `changes` staged over it.
    pub fn new(live: RwSignal<Arc<Vec<Arc<Record>>>>, changes: RwSignal<ChangeSet>) -> Self {
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
        RecordView {
            filter,
            type_filter,
            sort,
            selected,
            all_rows,
            shown,
            preview,
            counts,
        }
    }
}
