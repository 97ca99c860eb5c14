//! Loads `config.json` at start and applies the brand: CSS custom properties (through the CSSOM,
//! which the strict CSP allows), favicon and title. Components read the config from context.

use crate::config::Config;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Fetches and validates `/config.json`. index.html preloads it, so it downloads alongside the
/// wasm; atrium-server sends it with `Cache-Control: no-cache`, so a reseller's edit shows on the
/// next load.
pub async fn load_config() -> Result<Config, Vec<String>> {
    let resp = gloo_net::http::Request::get("/config.json")
        .send()
        .await
        .map_err(|e| vec![format!("config.json could not be loaded: {e}")])?;
    if !resp.ok() {
        return Err(vec![format!(
            "config.json could not be loaded: HTTP {}",
            resp.status()
        )]);
    }
    let text = resp
        .text()
        .await
        .map_err(|e| vec![format!("config.json could not be read: {e}")])?;
    Config::parse(&text)
}

/// Writes the brand into the document; `dark` picks the dark token set.
pub fn apply_tokens(config: &Config, dark: bool) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    // Clear both sets first so switching scheme never leaves a stale colour behind.
    for (prop, _) in config.light_tokens.iter().chain(config.dark_tokens.iter()) {
        let _ = style.remove_property(prop);
    }
    let tokens = if dark {
        &config.dark_tokens
    } else {
        &config.light_tokens
    };
    for (prop, value) in tokens {
        let _ = style.set_property(prop, value);
    }
}

/// Title and favicon.
pub fn apply_identity(config: &Config) {
    let doc = document();
    doc.set_title(&config.brand_name);
    if let (Some(href), Ok(Some(link))) = (&config.favicon, doc.query_selector("link[rel~='icon']"))
    {
        let _ = link.set_attribute("href", href);
    }
}

/// The configuration, from context.
pub fn use_config() -> Config {
    expect_context::<Config>()
}
