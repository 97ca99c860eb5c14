//! A confirmation for irreversible actions (delete a DNS zone, rebuild a VM): it says what will be
//! lost and enables the action only once the exact name is typed. Escape or Cancel sends nothing.

use crate::components::focus_trap::keep_tab_inside;
use crate::i18n::Msg;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;

/// The dialog; rendered while `open` is true.
#[component]
pub fn TypedConfirm(
    /// Stable id prefix.
    id: &'static str,
    /// Heading, in the caller's words.
    #[prop(into)]
    title: Signal<String>,
    /// What will happen, in full.
    #[prop(into)]
    message: Signal<String>,
    /// The text to type exactly (a zone or machine name).
    #[prop(into)]
    expected: Signal<String>,
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Label of the destructive button.
    #[prop(into)]
    action: Signal<String>,
    /// Called once the name matches and the action is confirmed.
    on_confirm: Callback<()>,
    /// Called by Cancel and Escape.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let typed = RwSignal::new(String::new());
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            on_cancel.run(());
        }
    });
    on_cleanup(move || esc.remove());
    Effect::new(move |_| {
        if open.get() {
            typed.set(String::new());
        }
    });
    let matches = move || typed.get() == expected.get();
    let title_id = format!("{id}-title");
    let dialog = NodeRef::<leptos::html::Div>::new();
    let input_id = format!("{id}-name");
    view! {
        <Show when=move || open.get()>
            <div class="modal-backdrop">
                <div class="modal" role="dialog" aria-modal="true" aria-labelledby=title_id.clone() node_ref=dialog
                    on:keydown=move |ev| if let Some(d) = dialog.get_untracked() { keep_tab_inside(&ev, &d) }>
                    <h2 id=title_id.clone()>{move || title.get()}</h2>
                    <p>{move || message.get()}</p>
                    <form class="form" on:submit=move |ev| {
                        ev.prevent_default();
                        if matches() {
                            on_confirm.run(());
                        }
                    }>
                        <div class="field">
                            <label for=input_id.clone()>{move || prefs.t(Msg::TypeToConfirm).replace("{name}", &expected.get())}</label>
                            <input id=input_id.clone() autocomplete="off" spellcheck="false" bind:value=typed autofocus/>
                        </div>
                        <div class="modal__actions">
                            <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>{tr(Msg::Cancel)}</button>
                            <button type="submit" class="button button--danger" disabled=move || !matches()>{move || action.get()}</button>
                        </div>
                    </form>
                </div>
            </div>
        </Show>
    }
}
