//! The DNS area: zones grouped by service (create, delete), and the zone editor (type-aware
//! records, staged changes with diff and undo, apply in a safe order, zone-file import/export).

mod apply;
mod changes_panel;
mod dns_words;
pub mod editor;
mod form_slot;
mod messages;
mod record_form;
mod record_view;
mod records_table;
mod staged_store;
mod unsaved;
mod zone_file;
pub mod zones;
