//! A modal confirmation for actions that move money or change infrastructure: it says exactly
//! what will happen, opens with focus on Confirm, and Cancel or Escape sends nothing.

use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The dialog; rendered while `open` is true.
#[component]
pub fn ConfirmDialog(
    /// Stable id for the title and the Confirm button.
    id: &'static str,
    /// Heading.
    title: Msg,
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
) -> impl IntoView {
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            on_cancel.run(());
        }
    });
    on_cleanup(move || esc.remove());
    let confirm_id = format!("{id}-confirm");
    let focus_id = confirm_id.clone();
    Effect::new(move |_| {
        if open.get() {
            let focus_id = focus_id.clone();
            request_animation_frame(move || {
                let button = document().get_element_by_id(&focus_id);
                if let Some(b) = button
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = b.focus();
                }
            });
        }
    });
    let title_id = format!("{id}-title");
    view! {
        <Show when=move || open.get()>
            <div class="modal-backdrop">
                <div class="modal" role="dialog" aria-modal="true" aria-labelledby=title_id.clone()>
                    <h2 id=title_id.clone()>{tr(title)}</h2>
                    <p>{move || message.get()}</p>
                    <div class="modal__actions">
                        <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>{tr(Msg::Cancel)}</button>
                        <button type="button" id=confirm_id.clone() class="button button--primary" on:click=move |_| on_confirm.run(())>{tr(Msg::Confirm)}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
