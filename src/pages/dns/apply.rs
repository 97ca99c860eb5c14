//! Sending the staged changes: one request at a time, in the change set's safe order (additions,
//! edits, deletions), each sent once. A lost answer (timeout, dropped connection, 5xx) is settled
//! by re-reading the zone: if the change is there, it counts as done. An ended session stops the
//! run; what was not sent stays staged for after the new sign-in.

use crate::api::ApiError;
use crate::dns::Record;
use crate::dns::changeset::{Change, Staged};
use crate::state::session::Api;

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
