//! Staged DNS changes kept in this tab's session storage, per zone: leaving the page, reloading,
//! or signing in again after the session expired loses nothing, and nothing is sent twice
//! (changes leave the store only once the portal has accepted them).

use crate::dns::changeset::Change;

fn key(zone_id: &str) -> String {
    format!("atrium.dns.staged.{zone_id}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The changes staged for a zone in this tab.
pub fn load(zone_id: &str) -> Vec<Change> {
    storage()
        .and_then(|s| s.get_item(&key(zone_id)).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Keeps the changes (or forgets them when there are none).
pub fn save(zone_id: &str, changes: &[Change]) {
    let Some(s) = storage() else { return };
    if changes.is_empty() {
        let _ = s.remove_item(&key(zone_id));
    } else if let Ok(json) = serde_json::to_string(changes) {
        let _ = s.set_item(&key(zone_id), &json);
    }
}
