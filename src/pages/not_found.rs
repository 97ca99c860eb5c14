//! 404 inside the app.

use crate::components::notice_page::NoticePage;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;

/// Page not found.
#[component]
pub fn NotFound() -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <NoticePage title=Signal::derive(move || prefs.t(Msg::NotFoundTitle).to_string())
            lead=Signal::derive(move || prefs.t(Msg::NotFoundLead).to_string())>
            <a class="button" href=Page::Dashboard.href()>{tr(Msg::GoToDashboard)}</a>
        </NoticePage>
    }
}
