//! Atrium: a white-label client area for hosting billing portals, as a Leptos CSR app.
//!
//! `api` (typed fetch layer), `config` and `i18n` are pure and tested natively; `state`,
//! `components`, `pages` and `app` are the UI.

pub mod api;
pub mod app;
pub mod areas;
pub mod asset_url;
pub mod cart;
pub mod chunk;
pub mod components;
pub mod config;
pub mod cookie;
pub mod crash;
pub mod dns;
pub mod i18n;
pub mod lazy_parts;
pub mod model;
pub mod pages;
pub mod percent;
pub mod routes;
pub mod security;
pub mod state;
pub mod vm;

use leptos::prelude::*;

/// Loads the runtime config, then mounts the app (or the configuration error screen) in place
/// of the static shell that `index.html` painted.
pub fn start() {
    crash::install();
    // Not leptos::task::spawn_local: Leptos's executor is set up by mounting, which comes after.
    wasm_bindgen_futures::spawn_local(async {
        let config = state::brand::load_config().await;
        // The first page is shown in its language, never English first (the skeleton stays up
        // while a language's chunk arrives).
        if let Ok(config) = &config {
            i18n::load(state::prefs::initial_lang(config)).await;
        }
        let Some(root) = document().get_element_by_id("app") else {
            return;
        };
        // What the customer typed into the painted sign-in form goes into the app's (same task
        // as the mount: no keystroke falls in between).
        state::painted_sign_in::capture(&root);
        root.set_text_content(None);
        let root: web_sys::HtmlElement = match wasm_bindgen::JsCast::dyn_into(root) {
            Ok(r) => r,
            Err(_) => return,
        };
        match config {
            Ok(config) => {
                if config.test_hooks {
                    crash::install_test_panic();
                }
                leptos::mount::mount_to(root, move || view! { <app::App config/> }).forget()
            }
            Err(errors) => {
                leptos::mount::mount_to(root, move || view! { <app::ConfigError errors/> }).forget()
            }
        }
    });
}
