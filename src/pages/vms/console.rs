//! The VM page's console: the server's screen in the page. Opening it asks the portal for a
//! console ticket (single use, short-lived, for this VM and this sign-in) and loads noVNC (its
//! own script, fetched the first time only) at the same time; the screen then connects to
//! atrium-server's `/console/<ticket>` on this origin.
//!
//! What it adds to a bare VNC canvas: full screen and scale-to-fit, the keys a browser keeps
//! for itself (Ctrl+Alt+Del, asked first, since it restarts most systems; Esc, Tab, Ctrl+C),
//! text typed as keystrokes (a password the clipboard cannot reach the server with), a clear
//! "disconnected" state with Reconnect, a way for the keyboard to leave the screen (Ctrl+],
//! announced beside it), and the server's live power state in the header.
//!
//! Where the portal hands out no console (HostBill's client API documents none; Kdata and
//! BoxBilling neither), the section says so instead of showing a button that cannot work.

use super::console_element::{self as element, ConsoleElement};
use super::console_words::ConsoleWord;
use super::vm_words::VmWord;
use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::status_badge::VmStatusBadge;
use crate::model::Vm;
use crate::state::brand::use_config;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use crate::vm::PowerState;
use leptos::html;
use leptos::prelude::*;

/// Where the console stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Not opened (or closed by the customer).
    Closed,
    /// Asking for a ticket and loading the viewer.
    Opening,
    /// The viewer is connecting to the screen.
    Connecting,
    /// The screen is shown.
    Connected,
    /// The screen went away: `clean` when it was closed on purpose (sign-out elsewhere, the
    /// machine replaced), not when the connection was lost.
    Disconnected { clean: bool },
}

/// The section.
#[component]
pub fn ConsolePanel(
    service: String,
    vm: RwSignal<Option<Vm>>,
    #[prop(into)] state: Signal<PowerState>,
) -> impl IntoView {
    match use_config().vm_console {
        None => view! {
            <section class="card vm-card" aria-labelledby="vm-console-title">
                <h2 id="vm-console-title">{tw(VmWord::VmConsole)}</h2>
                <p class="muted" data-figure="vm-console-unavailable">{tw(ConsoleWord::NotOffered)}</p>
            </section>
        }
        .into_any(),
        Some(route) => view! { <LiveConsole service route vm state/> }.into_any(),
    }
}

#[component]
fn LiveConsole(
    service: String,
    route: String,
    vm: RwSignal<Option<Vm>>,
    state: Signal<PowerState>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let link = RwSignal::new(Link::Closed);
    let failure = RwSignal::new(None::<ApiError>);
    let script_failed = RwSignal::new(false);
    let scale = RwSignal::new(true);
    let typing = RwSignal::new(false);
    let typed_note = RwSignal::new(None::<String>);
    let asking_cad = RwSignal::new(false);
    let screen: StoredValue<Option<ConsoleElement>, LocalStorage> = StoredValue::new_local(None);
    let host = NodeRef::<html::Div>::new();
    let frame = NodeRef::<html::Div>::new();
    let focus_button = NodeRef::<html::Button>::new();
    let text = NodeRef::<html::Textarea>::new();
    let name = move || vm.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default());
    let vm_id = move || vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());

    let open = move || {
        if matches!(link.get_untracked(), Link::Opening | Link::Connecting) {
            return;
        }
        link.set(Link::Opening);
        failure.set(None);
        script_failed.set(false);
        let api = session.api();
        let (service, route, id) = (service.clone(), route.clone(), vm_id());
        leptos::task::spawn_local(async move {
            // The ticket and the viewer's script at once: the customer waits for the slower.
            let (loaded, ticket) = futures::join!(
                element::load(),
                api.vm_console_ticket(&route, &service, &id)
            );
            let url = match (loaded, ticket) {
                (Ok(()), Ok(url)) => url,
                (_, Err(e)) => {
                    failure.set(Some(e));
                    link.set(Link::Closed);
                    return;
                }
                (Err(_), Ok(_)) => {
                    script_failed.set(true);
                    link.set(Link::Closed);
                    return;
                }
            };
            let Some(el) = host.get_untracked().and_then(|h| element::create_in(&h)) else {
                link.set(Link::Closed);
                return;
            };
            el.set_scale(scale.get_untracked());
            el.connect(&url);
            screen.set_value(Some(el));
        });
    };
    let open = StoredValue::new_local(open);
    let with_screen = move |f: &dyn Fn(&ConsoleElement)| {
        screen.with_value(|s| {
            if let Some(el) = s {
                f(el);
            }
        })
    };
    let close = move || {
        with_screen(&|el| el.disconnect());
        screen.set_value(None);
        if let Some(h) = host.get_untracked() {
            h.replace_children_with_node_0();
        }
        typing.set(false);
        link.set(Link::Closed);
    };
    on_cleanup(move || with_screen(&|el| el.disconnect()));

    let on_state = move |ev: web_sys::Event| {
        if let Some((state, clean)) = element::event_state(&ev) {
            link.set(match state.as_str() {
                "connecting" => Link::Connecting,
                "connected" => Link::Connected,
                _ => Link::Disconnected { clean },
            });
        }
    };
    let on_release = move |_: web_sys::Event| {
        if let Some(b) = focus_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let shown = move || !matches!(link.get(), Link::Closed);
    let live = move || link.get() == Link::Connected;
    let status = move || match link.get() {
        Link::Closed => String::new(),
        Link::Opening | Link::Connecting => prefs.w(ConsoleWord::Connecting).to_string(),
        Link::Connected => prefs.w(ConsoleWord::Connected).to_string(),
        Link::Disconnected { clean: true } => prefs.w(ConsoleWord::Closed).to_string(),
        Link::Disconnected { clean: false } => prefs.w(ConsoleWord::Lost).to_string(),
    };
    let fullscreen = move |_| {
        if let Some(f) = frame.get_untracked() {
            let _ = f.request_fullscreen();
        }
        with_screen(&|el| el.focus_screen());
    };
    let type_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(field) = text.get_untracked() else {
            return;
        };
        let value = field.value();
        if value.is_empty() {
            return;
        }
        let left = std::cell::Cell::new(0);
        with_screen(&|el| left.set(el.type_text(&value)));
        let left = left.get();
        if left == 0 {
            field.set_value("");
            typed_note.set(Some(
                prefs.w_n(ConsoleWord::Typed, value.chars().count() as i64),
            ));
        } else {
            typed_note.set(Some(prefs.w_n(ConsoleWord::CannotType, i64::from(left))));
        }
    };

    view! {
        <section class="card vm-card console" aria-labelledby="vm-console-title">
            <header class="console__head">
                <h2 id="vm-console-title">{tw(VmWord::VmConsole)}</h2>
                <div class="console__state" aria-live="polite">
                    <VmStatusBadge state=state/>
                    <span class="muted" data-figure="vm-console-link">{status}</span>
                </div>
            </header>
            <Show when=move || !shown()>
                <p class="muted">{tw(ConsoleWord::Intro)}</p>
                <button type="button" class="button button--primary"
                    on:click=move |_| open.with_value(|o| o())>{tw(ConsoleWord::Open)}</button>
            </Show>
            {move || failure.get().map(|e| view! {
                <div class="vm-alert"><ErrorPanel error=e/></div>
            })}
            {move || script_failed.get().then(|| view! {
                <p class="vm-alert" role="alert">{tw(ConsoleWord::ScriptFailed)}</p>
            })}
            <div class="console__frame" node_ref=frame hidden=move || !shown()>
                <div class="console__toolbar" role="toolbar" aria-label=tw(ConsoleWord::Tools)>
                    <button type="button" class="button button--secondary" node_ref=focus_button
                        disabled=move || !live() on:click=move |_| with_screen(&|el| el.focus_screen())>
                        {tw(ConsoleWord::Focus)}</button>
                    <button type="button" class="button button--secondary" on:click=fullscreen>
                        {tw(ConsoleWord::Fullscreen)}</button>
                    <button type="button" class="button button--secondary"
                        aria-pressed=move || scale.get().to_string()
                        on:click=move |_| {
                            scale.update(|s| *s = !*s);
                            let on = scale.get_untracked();
                            with_screen(&|el| el.set_scale(on));
                        }>{tw(ConsoleWord::Scale)}</button>
                    <button type="button" class="button button--secondary" disabled=move || !live()
                        on:click=move |_| asking_cad.set(true)>"Ctrl+Alt+Del"</button>
                    {[("esc", "Esc"), ("tab", "Tab"), ("ctrl-c", "Ctrl+C")].into_iter().map(|(key, label)| view! {
                        <button type="button" class="button button--secondary" disabled=move || !live()
                            aria-label=move || prefs.w(ConsoleWord::SendKey).replace("{key}", label)
                            on:click=move |_| with_screen(&|el| el.send_special(key))>{label}</button>
                    }).collect_view()}
                    <button type="button" class="button button--secondary" disabled=move || !live()
                        aria-expanded=move || typing.get().to_string()
                        on:click=move |_| typing.update(|t| *t = !*t)>{tw(ConsoleWord::TypeText)}</button>
                    {move || matches!(link.get(), Link::Disconnected { .. }).then(|| view! {
                        <button type="button" class="button button--primary"
                            on:click=move |_| open.with_value(|o| o())>{tw(ConsoleWord::Reconnect)}</button>
                    })}
                    <button type="button" class="button button--secondary" on:click=move |_| close()>
                        {tw(ConsoleWord::Close)}</button>
                </div>
                <Show when=move || typing.get()>
                    <form class="console__type" on:submit=type_text>
                        <label for="vm-console-text">{tw(ConsoleWord::TextLabel)}</label>
                        <textarea id="vm-console-text" node_ref=text rows="2" autocomplete="off"
                            spellcheck="false" aria-describedby="vm-console-text-hint"></textarea>
                        <p id="vm-console-text-hint" class="muted">{tw(ConsoleWord::TextHint)}</p>
                        <button type="submit" class="button button--primary" disabled=move || !live()>
                            {tw(ConsoleWord::TypeIt)}</button>
                        <p class="muted" role="status">{move || typed_note.get()}</p>
                    </form>
                </Show>
                <div class="console__screen" node_ref=host
                    on:atrium-console=on_state on:atrium-console-release=on_release
                    aria-label=move || prefs.w(ConsoleWord::Screen).replace("{name}", &name())
                    role="region"></div>
                <p class="muted console__hint">{tw(ConsoleWord::KeyboardHint)}</p>
                {move || (shown() && state.get() == PowerState::Stopped).then(|| view! {
                    <p class="muted" data-figure="vm-console-off">{tw(ConsoleWord::Off)}</p>
                })}
            </div>
            <ConfirmDialog id="vm-console-cad" heading=Signal::derive(move || prefs.w(VmWord::VmConsole).to_string())
                message=Signal::derive(move || prefs.w(ConsoleWord::ConfirmCad).replace("{name}", &name()))
                open=asking_cad
                confirm_label=Signal::derive(move || "Ctrl+Alt+Del".to_string())
                on_confirm=Callback::new(move |_| { asking_cad.set(false); with_screen(&|el| el.ctrl_alt_del()); })
                on_cancel=Callback::new(move |_| asking_cad.set(false))/>
        </section>
    }
}
