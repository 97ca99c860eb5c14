//! Sending the staged changes: one request at a time, in the change set's safe order (additions,
//! edits, deletions), each sent once. A lost answer (timeout, dropped connection, 5xx) is settled
//! by re-reading the zone: if the change is there, it counts as done. An ended session stops the
//! run; what was not sent stays staged for after the new sign-in.

use crate::api::ApiError;
use crate::dns::Record;
use crate::dns::changeset::ChangeSet;
use crate::dns::changeset::{Change, Staged};
use crate::state::session::{Api, Session};
use leptos::prelude::*;
use std::sync::Arc;

/// What happened to each change attempted, and why the run stopped early, if it did.
pub struct Outcome {
    /// Per change key: done, or the portal's message.
    pub results: Vec<(u32, Result<(), String>)>,
    /// The error that stopped the run (session ended, portal unreachable).
    pub stopped: Option<ApiError>,
}

async fn send(api: &Api, service: &str, zone: &str, change: &Change) -> Result<(), ApiError> {
    match change {
        Change::Add(r) => api.add_record(service, zone, r).await,
        Change::Edit { after, .. } => api.edit_record(service, zone, after).await,
        Change::Delete(r) => {
            api.delete_record(service, zone, r.id.as_deref().unwrap_or_default())
                .await
        }
    }
}

/// Whether the portal's zone shows `change` as made (`before` is the zone before the run).
fn took_effect(change: &Change, before: &[Record], now: &[Record]) -> bool {
    let count = |zone: &[Record], r: &Record| zone.iter().filter(|x| x.same_data(r)).count();
    match change {
        Change::Add(r) => count(now, r) > count(before, r),
        Change::Edit { after, .. } => now
            .iter()
            .any(|x| x.id == after.id && x.same_data(after) && x.ttl == after.ttl),
        Change::Delete(r) => !now.iter().any(|x| x.id == r.id),
    }
}

/// Sends `plan` (already in the safe order).
pub async fn run(
    api: Api,
    service: String,
    zone: String,
    plan: Vec<Staged>,
    live: Vec<Record>,
    mut progress: impl FnMut(usize),
) -> Outcome {
    let mut results = Vec::new();
    let mut known = live;
    for (done, staged) in plan.into_iter().enumerate() {
        progress(done);
        match send(&api, &service, &zone, &staged.change).await {
            Ok(()) => results.push((staged.key, Ok(()))),
            Err(ApiError::Portal { messages, status }) if status != 401 => {
                let msg = if messages.is_empty() {
                    format!("HTTP {status}")
                } else {
                    messages.join(" ")
                };
                results.push((staged.key, Err(msg)));
            }
            Err(e) if e.is_transient() => {
                // The answer was lost: look before deciding.
                match api.dns_zone(&service, &zone).await {
                    Ok(now) if took_effect(&staged.change, &known, &now.records) => {
                        known = now.records;
                        results.push((staged.key, Ok(())));
                        continue;
                    }
                    _ => {
                        return Outcome {
                            results,
                            stopped: Some(e),
                        };
                    }
                }
            }
            Err(e) => {
                return Outcome {
                    results,
                    stopped: Some(e),
                };
            }
        }
    }
    Outcome {
        results,
        stopped: None,
    }
}

/// What the last apply did.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Every change was made.
    Applied(usize),
    /// Some were refused by the portal; the rest were made.
    Partly { applied: usize, refused: usize },
    /// The run stopped (session ended, portal unreachable) after `applied` changes.
    Stopped { applied: usize, error: ApiError },
}

/// The editor's "Apply" button: its progress, the notice it leaves, and the action itself.
#[derive(Clone, Copy)]
pub struct Applier {
    /// `(sent, total)` while a run is going.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// What the last run did.
    pub notice: RwSignal<Option<Notice>>,
    /// Starts a run of the staged plan (ignored while one is going or nothing is staged).
    pub apply: Callback<()>,
}

impl Applier {
    /// Applies `changes` to the zone `zone` of `service`, whose records are `live`, and calls
    /// `on_reload` after each run so the editor shows the zone as the portal now has it.
    pub fn new(
        session: Session,
        service: String,
        zone: String,
        live: RwSignal<Arc<Vec<Arc<Record>>>>,
        changes: RwSignal<ChangeSet>,
        on_reload: Callback<()>,
    ) -> Self {
        let applying = RwSignal::new(None::<(usize, usize)>);
        let notice = RwSignal::new(None::<Notice>);
        let (apply_service, apply_zone) = (service, zone);
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
                let outcome = run(api, service, zone, plan, snapshot, move |n| {
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
        Applier {
            progress: applying,
            notice,
            apply: on_apply,
        }
    }
}
