//! Last-resort boundary. A Rust panic aborts the wasm instance, so nothing in Leptos can recover;
//! the panic hook logs the panic and replaces the page with a static "Something went wrong"
//! screen (plain DOM, in the page's language) whose button reloads.

use crate::i18n::{self, Lang, Msg};
use wasm_bindgen::JsCast;

/// Installs the hook; call first thing.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

fn show_crash_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(Lang::En);
    let Some(body) = doc.body() else { return };
    body.set_text_content(None);
    let build = || -> Option<()> {
        let wrap = doc.create_element("div").ok()?;
        wrap.set_class_name("notice-page");
        wrap.set_attribute("role", "alert").ok()?;
        let h1 = doc.create_element("h1").ok()?;
        h1.set_text_content(Some(i18n::t(lang, Msg::CrashTitle)));
        let p = doc.create_element("p").ok()?;
        p.set_class_name("notice-page__lead");
        p.set_text_content(Some(i18n::t(lang, Msg::CrashLead)));
        // A link to the current page reloads without needing any script. `target` and
        // `rel="external"` keep the router's click handler (still attached to the document, and
        // running in the wasm instance that just panicked) out of it: without them it swallowed
        // the click and nothing happened.
        let a: web_sys::HtmlElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_class_name("button button--primary");
        a.set_attribute("href", &doc.location()?.href().ok()?)
            .ok()?;
        a.set_attribute("target", "_self").ok()?;
        a.set_attribute("rel", "external").ok()?;
        a.set_text_content(Some(i18n::t(lang, Msg::Reload)));
        wrap.append_child(&h1).ok()?;
        wrap.append_child(&p).ok()?;
        wrap.append_child(&a).ok()?;
        body.append_child(&wrap).ok()?;
        Some(())
    };
    let _ = build();
}

/// `window.atriumTestPanic()`: panics inside the app, for the end-to-end test of the crash
/// screen. Installed only when `config.json` says `test_hooks` (the demo's test mode).
pub fn install_test_panic() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let trigger = Closure::<dyn Fn()>::new(|| {
        panic!("atriumTestPanic: a deliberate panic from the test suite");
    });
    let _ = js_sys::Reflect::set(&window, &"atriumTestPanic".into(), trigger.as_ref());
    trigger.forget();
}
