//! The DNS editor's logic, pure and tested natively: records as the portal stores them, typed
//! record data with validation, zone-wide rules, the staged change set with undo and redo, and
//! BIND zone-file export and import. Names, record data and zone files are parsed with
//! hickory-proto; the rules a client area adds (presentation, hints, exclusivity) are here.

pub mod changeset;
pub mod names;
pub mod rdata;
pub mod record;
pub mod zone_rules;
pub mod zonefile;

pub use record::{Record, RecordType};
