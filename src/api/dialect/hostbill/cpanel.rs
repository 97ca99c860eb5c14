//! HostBill's cPanel module: the account's backups (`GET /service/cpanel2/@id/backup`). The seed
//! documents the route without an answer (its description is copied from the VM call's), so the
//! list is read under the names cPanel's own backup listing uses: a list of records (file or
//! name, date) or of plain names, under `backups` (or `backup`, `list`).

use super::envelope::{first_list, first_text};
use crate::api::error::ApiError;
use crate::model::hosting::AccountBackup;
use serde_json::Value;

/// `GET /service/cpanel2/@id/backup`.
pub fn cpanel_backups(v: &Value) -> Result<Vec<AccountBackup>, ApiError> {
    if !v.is_object() {
        return Err(ApiError::Decode("cPanel backups: not an object".into()));
    }
    Ok(first_list(v, &["backups", "backup", "list"])
        .iter()
        .filter_map(|b| match b {
            Value::String(name) if !name.trim().is_empty() => Some(AccountBackup {
                name: name.trim().to_string(),
                date: None,
            }),
            Value::Object(_) => {
                let date = first_text(b, &["date", "created", "time", "mtime"]);
                let name = first_text(b, &["file", "name", "filename", "backup"])
                    .or_else(|| date.clone())?;
                Some(AccountBackup { name, date })
            }
            _ => None,
        })
        .collect())
}
