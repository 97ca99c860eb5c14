//! Unapplied changes are not lost by accident: closing the tab, or following a link inside the
//! app, asks first while changes are staged (they stay staged in this tab either way).

use super::dns_words::DnsWord;
use crate::dns::changeset::ChangeSet;
use crate::state::prefs::use_prefs;
use leptos::prelude::*;

/// Installs both questions for as long as the calling component lives.
pub fn guard(changes: RwSignal<ChangeSet>) {
    let unload = window_event_listener_untyped("beforeunload", move |ev| {
        if !changes.with_untracked(ChangeSet::is_empty) {
            ev.prevent_default();
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    on_cleanup(move || unload.remove());
    // Capture phase: before the router handles the click. Kept in the component's arena:
    // dropped (and the listener removed) with it.
    let _ = StoredValue::new_local(leave_guard(changes));
}

/// A capture-phase click listener asking before an in-app link leaves the editor while changes
/// are staged. Removed when dropped.
struct LeaveGuard(Option<wasm_bindgen::closure::Closure<dyn Fn(web_sys::MouseEvent)>>);

impl Drop for LeaveGuard {
    fn drop(&mut self) {
        if let Some(cb) = self.0.take() {
            use wasm_bindgen::JsCast;
            let _ = document().remove_event_listener_with_callback_and_bool(
                "click",
                cb.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

fn leave_guard(changes: RwSignal<ChangeSet>) -> LeaveGuard {
    use wasm_bindgen::JsCast;
    let prefs = use_prefs();
    let here = window().location().pathname().unwrap_or_default();
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |ev: web_sys::MouseEvent| {
            if changes.with_untracked(ChangeSet::is_empty) {
                return;
            }
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
            else {
                return;
            };
            let href = link.get_attribute("href").unwrap_or_default();
            if href.starts_with('#') || href == here || link.has_attribute("download") {
                return;
            }
            let n = changes.with_untracked(ChangeSet::len);
            let question = prefs.w_n(DnsWord::DnsLeaveWithChanges, n as i64);
            if !window().confirm_with_message(&question).unwrap_or(true) {
                ev.prevent_default();
                ev.stop_immediate_propagation();
            }
        },
    );
    let _ = document().add_event_listener_with_callback_and_bool(
        "click",
        cb.as_ref().unchecked_ref(),
        true,
    );
    LeaveGuard(Some(cb))
}
