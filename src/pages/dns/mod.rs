//! The DNS area: zones grouped by service (create, delete), and the zone editor (type-aware
//! records, staged changes with diff and undo, apply in a safe order, zone-file import/export).

mod apply;
mod changes_panel;
pub mod editor;
mod messages;
mod record_form;
mod records_table;
mod staged_store;
mod zone_file;
pub mod zones;
