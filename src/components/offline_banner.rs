//! "You are offline" while the browser says so; reads already retry, writes are never retried.

use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// A status banner that follows the browser's online/offline events.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let offline = RwSignal::new(!window().navigator().on_line());
    let on = window_event_listener_untyped("online", move |_| offline.set(false));
    let off = window_event_listener_untyped("offline", move |_| offline.set(true));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <Show when=move || offline.get()>
            <div class="banner banner--warning" role="status">{tr(Msg::OfflineBanner)}</div>
        </Show>
    }
}
