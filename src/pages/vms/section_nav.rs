//! "On this page" for the VM page: a row of links to its sections (power, usage, network,
//! storage, backups, …), only those this server offers. The page is a dozen cards tall; without
//! it a customer scrolls past graphs to find the backups. Sticky on wide screens, a scrolling row
//! of chips on phones.

use super::vm_words::VmWord;
use crate::state::prefs::tw;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One link: the section heading's id and its title.
pub type Section = (&'static str, VmWord);

/// The navigation.
#[component]
pub fn SectionNav(sections: Vec<Section>) -> impl IntoView {
    view! {
        <nav class="section-nav" aria-label=tw(VmWord::OnThisPage)>
            <ul>
                {sections.into_iter().map(|(id, title)| view! {
                    <li><a class="chip" href=format!("#{id}") on:click=move |ev| {
                        // Scroll here rather than through the router, and put focus on the
                        // heading so keyboard and screen-reader users land in the section too.
                        ev.prevent_default();
                        if let Some(el) = document().get_element_by_id(id) {
                            el.scroll_into_view();
                            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                                let _ = h.set_attribute("tabindex", "-1");
                                let _ = h.focus();
                            }
                        }
                    }>{tw(title)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
