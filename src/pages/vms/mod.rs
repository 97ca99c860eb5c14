//! The VM console: the service page's VM section and the VM page with its panels.

pub mod backups;
pub mod console;
pub mod console_element;
pub mod console_words;
pub mod create;
pub mod detail;
mod iso_words;
pub mod list;
pub mod manage;
pub mod network;
mod network_words;
pub mod poller;
pub mod power;
pub mod rebuild;
pub mod rebuild_network;
pub mod section_nav;
pub mod solusvm_panel_password;
pub mod solusvm_settings;
pub mod storage;
pub mod usage;
mod vm_words;
