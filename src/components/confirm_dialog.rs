//! A modal confirmation for actions that move money or change infrastructure: it says exactly
//! what will happen, its button names the act ("Pay $20.50"), it opens with focus on the safe
//! choice (Cancel: an Enter pressed by habit sends nothing), Tab stays inside it, and Cancel or
//! Escape sends nothing.

use crate::components::focus_trap::keep_tab_inside;
use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The dialog; rendered while `open` is true.
#[component]
pub fn ConfirmDialog(
    /// Stable id for the title and the buttons (unique on the page).
    #[prop(into)]
    id: String,
    /// Heading, from the catalogue.
    #[prop(optional)]
    title: Option<Msg>,
    /// Heading in an area's own words (used when `title` is not given).
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    /// What will happen, in full (names, amounts, currency).
    #[prop(into)]
    message: Signal<String>,
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Called by Confirm.
    on_confirm: Callback<()>,
    /// Called by Cancel and Escape.
    on_cancel: Callback<()>,
    /// The confirming button's words, naming the act ("Pay $20.50"); "Confirm" when absent.
    #[prop(optional, into)]
    confirm_label: Option<Signal<String>>,
) -> impl IntoView {
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            on_cancel.run(());
        }
    });
    on_cleanup(move || esc.remove());
    let confirm_id = format!("{id}-confirm");
    let cancel_id = format!("{id}-cancel");
    let title_id = format!("{id}-title");
    let dialog = NodeRef::<leptos::html::Div>::new();
    let confirm_word = tr(Msg::Confirm);
    view! {
        <Show when=move || open.get()>
            {
            // Focus moves to Cancel as soon as the dialog is in the page (a microtask, before any
            // key can be handled), not on a later frame: a frame later it would take the focus
            // back from a button the customer had already moved to, and their Enter would cancel.
            let cancel = NodeRef::<leptos::html::Button>::new();
            cancel.on_load(|button| {
                let _ = button.focus();
            });
            view! {
            <div class="modal-backdrop">
                <div class="modal" role="dialog" aria-modal="true" aria-labelledby=title_id.clone() node_ref=dialog
                    on:keydown=move |ev| if let Some(d) = dialog.get_untracked() { keep_tab_inside(&ev, &d) }>
                    <h2 id=title_id.clone()>{move || match (title, heading) {
                        (Some(msg), _) => tr(msg)().to_string(),
                        (None, Some(text)) => text.get(),
                        (None, None) => tr(Msg::Confirm)().to_string(),
                    }}</h2>
                    <p>{move || message.get()}</p>
                    <div class="modal__actions">
                        <button type="button" id=cancel_id.clone() node_ref=cancel class="button button--secondary" on:click=move |_| on_cancel.run(())>{tr(Msg::Cancel)}</button>
                        <button type="button" id=confirm_id.clone() class="button button--primary" on:click=move |_| on_confirm.run(())>
                            {move || match confirm_label {
                                Some(l) => l.get(),
                                None => confirm_word().to_string(),
                            }}
                        </button>
                    </div>
                </div>
            </div>
            }
            }
        </Show>
    }
}
