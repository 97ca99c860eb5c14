//! The record form's place on the page: which draft it shows (and, when editing, the row it
//! came from). Opening it moves focus into it; closing it (Cancel, Esc, staging) returns focus to
//! the button that opened it, so a keyboard user is never left at the top of the page.

use super::records_table::Row;
use crate::dns::rdata::Draft;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The open form's state and the element that opened it.
#[derive(Clone, Copy)]
pub struct FormSlot {
    /// The draft shown, and the row being edited (`None`: a new record); `None` when closed.
    pub state: RwSignal<Option<(Draft, Option<Row>)>>,
    opener: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
}

impl FormSlot {
    /// A closed form.
    pub fn new() -> Self {
        FormSlot {
            state: RwSignal::new(None),
            opener: StoredValue::new_local(None),
        }
    }

    /// Shows `state` and moves focus to the form's first field.
    pub fn open(self, state: (Draft, Option<Row>)) {
        self.opener.set_value(
            document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        );
        self.state.set(Some(state));
        request_animation_frame(|| {
            if let Some(el) = document().get_element_by_id("record-form-title") {
                el.scroll_into_view();
            }
            if let Some(first) = document()
                .get_element_by_id("rec-type")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        });
    }

    /// Closes the form and gives focus back to what opened it (or to the records).
    pub fn close(self) {
        self.state.set(None);
        let opener = self.opener;
        request_animation_frame(move || {
            let back = opener.get_value().filter(|e| e.is_connected()).or_else(|| {
                document()
                    .get_element_by_id("records-scroll")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            });
            if let Some(el) = back {
                let _ = el.focus();
            }
        });
    }
}
