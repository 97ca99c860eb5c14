//! Reusable pieces, one per file.

pub mod app_shell;
pub mod area_pages;
pub mod async_view;
pub mod billing_document;
pub mod card;
pub mod confirm_dialog;
pub mod contact_fields;
pub mod download_button;
pub mod error_panel;
pub mod focus_trap;
pub mod login_form;
pub mod mail_frame;
pub mod money;
pub mod notice_page;
pub mod offline_banner;
pub mod panel_password;
pub mod reauth_dialog;
pub mod status_badge;
pub mod typed_confirm;
pub mod user_menu;
