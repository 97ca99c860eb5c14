//! Staged changes: additions, edits and deletions collect here, shown as a diff, with undo and
//! redo, and are sent in a safe order: additions first, then edits, then deletions, so a failure
//! midway never leaves a name without its record. A change the portal refuses stays staged with
//! the portal's message; the others leave the set.

use super::record::Record;
use serde::{Deserialize, Serialize};

/// One staged change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// A new record.
    Add(Record),
    /// A record changed: before (with its id) and after.
    Edit {
        /// As the portal has it.
        before: Record,
        /// As it will be.
        after: Record,
    },
    /// A record removed (with its id).
    Delete(Record),
}

impl Change {
    /// The id of the live record this change touches, if any.
    pub fn live_id(&self) -> Option<&str> {
        match self {
            Change::Add(_) => None,
            Change::Edit { before, .. } => before.id.as_deref(),
            Change::Delete(r) => r.id.as_deref(),
        }
    }

    /// Order of sending: additions, then edits, then deletions.
    fn rank(&self) -> u8 {
        match self {
            Change::Add(_) => 0,
            Change::Edit { .. } => 1,
            Change::Delete(_) => 2,
        }
    }
}

/// A staged change with its last failure, if the portal refused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Staged {
    /// Stable id within the set (for keyed rendering and results).
    pub key: u32,
    /// The change.
    pub change: Change,
    /// The portal's message from the last attempt.
    pub error: Option<String>,
}

/// The change set with its history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    staged: Vec<Staged>,
    undo: Vec<Vec<Staged>>,
    redo: Vec<Vec<Staged>>,
    next_key: u32,
}

impl ChangeSet {
    /// The staged changes in the order they were made.
    pub fn changes(&self) -> &[Staged] {
        &self.staged
    }

    /// Nothing staged.
    pub fn is_empty(&self) -> bool {
        self.staged.is_empty()
    }

    /// Number of staged changes.
    pub fn len(&self) -> usize {
        self.staged.len()
    }

    /// Whether undo / redo have something to do.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    /// See [`ChangeSet::can_undo`].
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn checkpoint(&mut self) {
        self.undo.push(self.staged.clone());
        self.redo.clear();
    }

    fn push(&mut self, change: Change) {
        self.next_key += 1;
        self.staged.push(Staged {
            key: self.next_key,
            change,
            error: None,
        });
    }

    /// The staged change touching live record `id`, if any.
    fn touching(&self, id: &str) -> Option<usize> {
        self.staged
            .iter()
            .position(|s| s.change.live_id() == Some(id))
    }

    /// Stages a new record.
    pub fn add(&mut self, record: Record) {
        self.checkpoint();
        self.push(Change::Add(Record { id: None, ..record }));
    }

    /// Stages an edit of a live record (`before` has its id), or updates the staged addition or
    /// edit it came from. An edit back to the original data un-stages it.
    pub fn edit(&mut self, before: &Record, after: Record) {
        self.checkpoint();
        if let Some(id) = before.id.as_deref()
            && let Some(i) = self.touching(id)
        {
            let original = match &self.staged[i].change {
                Change::Edit { before, .. } | Change::Delete(before) => before.clone(),
                Change::Add(_) => unreachable!("additions have no live id"),
            };
            if original.same_data(&after) && original.ttl == after.ttl {
                self.staged.remove(i);
            } else {
                self.staged[i].change = Change::Edit {
                    after: Record {
                        id: original.id.clone(),
                        ..after
                    },
                    before: original,
                };
                self.staged[i].error = None;
            }
            return;
        }
        if before.id.is_none() {
            // Editing a staged addition: replace it in place.
            if let Some(s) = self
                .staged
                .iter_mut()
                .find(|s| matches!(&s.change, Change::Add(r) if r == before))
            {
                s.change = Change::Add(Record { id: None, ..after });
                s.error = None;
            }
            return;
        }
        if before.same_data(&after) && before.ttl == after.ttl {
            self.undo.pop();
            return;
        }
        self.push(Change::Edit {
            after: Record {
                id: before.id.clone(),
                ..after
            },
            before: before.clone(),
        });
    }

    /// Stages deleting a record: a live one becomes a deletion (replacing a staged edit of it); a
    /// staged addition is simply dropped.
    pub fn delete(&mut self, record: &Record) {
        self.checkpoint();
        match record.id.as_deref() {
            Some(id) => {
                let original = match self.touching(id) {
                    Some(i) => match self.staged.remove(i).change {
                        Change::Edit { before, .. } | Change::Delete(before) => before,
                        Change::Add(r) => r,
                    },
                    None => record.clone(),
                };
                self.push(Change::Delete(original));
            }
            None => self
                .staged
                .retain(|s| !matches!(&s.change, Change::Add(r) if r == record)),
        }
    }

    /// Drops one staged change (by key).
    pub fn discard(&mut self, key: u32) {
        self.checkpoint();
        self.staged.retain(|s| s.key != key);
    }

    /// The staged changes alone, for keeping them across a reload or a new sign-in.
    pub fn to_changes(&self) -> Vec<Change> {
        self.staged.iter().map(|s| s.change.clone()).collect()
    }

    /// Drops everything staged.
    pub fn clear(&mut self) {
        if !self.staged.is_empty() {
            self.checkpoint();
            self.staged.clear();
        }
    }

    /// Stages several changes as one step (an import, a bulk edit).
    pub fn stage_all(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        self.checkpoint();
        for c in changes {
            self.push(c);
        }
    }

    /// Runs several stagings as one undoable step (bulk delete, bulk TTL).
    pub fn batch(&mut self, f: impl FnOnce(&mut ChangeSet)) {
        let before = self.staged.clone();
        let depth = self.undo.len();
        f(self);
        self.undo.truncate(depth);
        if self.staged != before {
            self.undo.push(before);
            self.redo.clear();
        }
    }

    /// Undoes the last step.
    pub fn undo(&mut self) {
        if let Some(prev) = self.undo.pop() {
            self.redo.push(std::mem::replace(&mut self.staged, prev));
        }
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) {
        if let Some(next) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.staged, next));
        }
    }

    /// What to send, in the safe order (stable within a kind).
    pub fn plan(&self) -> Vec<Staged> {
        let mut plan = self.staged.clone();
        plan.sort_by_key(|s| s.change.rank());
        plan
    }

    /// Records the outcome of sending: accepted changes leave the set, refused ones stay with
    /// their message; changes not attempted stay as they are. Not an undoable step (the portal
    /// has changed).
    pub fn settle(&mut self, results: &[(u32, Result<(), String>)]) {
        for (key, result) in results {
            match result {
                Ok(()) => self.staged.retain(|s| s.key != *key),
                Err(msg) => {
                    if let Some(s) = self.staged.iter_mut().find(|s| s.key == *key) {
                        s.error = Some(msg.clone());
                    }
                }
            }
        }
        self.undo.clear();
        self.redo.clear();
    }

    /// The zone as it will be once the staged changes are applied to `live`.
    pub fn preview(&self, live: &[Record]) -> Vec<Record> {
        let mut out: Vec<Record> = live
            .iter()
            .filter_map(|r| {
                let id = r.id.as_deref()?;
                match self.touching(id).map(|i| &self.staged[i].change) {
                    Some(Change::Delete(_)) => None,
                    Some(Change::Edit { after, .. }) => Some(after.clone()),
                    _ => Some(r.clone()),
                }
            })
            .collect();
        out.extend(self.staged.iter().filter_map(|s| match &s.change {
            Change::Add(r) => Some(r.clone()),
            _ => None,
        }));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::RecordType;

    fn rec(id: Option<&str>, name: &str, content: &str) -> Record {
        Record {
            id: id.map(str::to_string),
            name: name.into(),
            rtype: RecordType::A,
            ttl: 3600,
            priority: 0,
            content: content.into(),
        }
    }

    #[test]
    fn plan_sends_additions_then_edits_then_deletions() {
        let mut cs = ChangeSet::default();
        let live = rec(Some("1"), "www", "192.0.2.1");
        cs.delete(&live);
        cs.edit(
            &rec(Some("2"), "a", "192.0.2.2"),
            rec(None, "a", "192.0.2.3"),
        );
        cs.add(rec(None, "b", "192.0.2.4"));
        let kinds: Vec<u8> = cs.plan().iter().map(|s| s.change.rank()).collect();
        assert_eq!(kinds, [0, 1, 2]);
    }

    #[test]
    fn undo_restores_a_deleted_record_and_redo_deletes_it_again() {
        let live = vec![rec(Some("1"), "www", "192.0.2.1")];
        let mut cs = ChangeSet::default();
        cs.delete(&live[0]);
        assert!(cs.preview(&live).is_empty());
        cs.undo();
        assert_eq!(cs.preview(&live), live);
        assert!(cs.is_empty());
        cs.redo();
        assert_eq!(cs.len(), 1);
    }

    #[test]
    fn editing_back_to_the_original_unstages_and_deleting_an_addition_drops_it() {
        let live = rec(Some("1"), "www", "192.0.2.1");
        let mut cs = ChangeSet::default();
        cs.edit(&live, rec(None, "www", "192.0.2.9"));
        assert_eq!(cs.len(), 1);
        cs.edit(&live, rec(None, "www", "192.0.2.1"));
        assert!(cs.is_empty());
        let added = rec(None, "new", "192.0.2.5");
        cs.add(added.clone());
        cs.delete(&added);
        assert!(cs.is_empty());
    }

    #[test]
    fn a_batch_is_one_undo_step() {
        let a = rec(Some("1"), "a", "192.0.2.1");
        let b = rec(Some("2"), "b", "192.0.2.2");
        let mut cs = ChangeSet::default();
        cs.batch(|c| {
            c.delete(&a);
            c.delete(&b);
        });
        assert_eq!(cs.len(), 2);
        cs.undo();
        assert!(cs.is_empty());
        assert!(!cs.can_undo());
    }

    #[test]
    fn a_refused_change_stays_with_its_message_and_accepted_ones_leave() {
        let mut cs = ChangeSet::default();
        cs.add(rec(None, "a", "192.0.2.1"));
        cs.add(rec(None, "b", "192.0.2.2"));
        let keys: Vec<u32> = cs.plan().iter().map(|s| s.key).collect();
        cs.settle(&[(keys[0], Ok(())), (keys[1], Err("Record exists".into()))]);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs.changes()[0].error.as_deref(), Some("Record exists"));
        assert!(!cs.can_undo(), "the portal changed: history starts again");
    }
}
