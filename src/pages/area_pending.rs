//! What an area's URL shows when the area is switched off for this backend or reseller, or not
//! built in this version yet: an explanation, never a blank or broken page.

use crate::components::notice_page::NoticePage;
use crate::config::Area;
use crate::i18n::Msg;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;

/// Explains why `area` has nothing to show.
#[component]
pub fn AreaPending(
    /// The area reached.
    area: Area,
    /// The area's name in the navigation.
    title: Msg,
) -> impl IntoView {
    let prefs = use_prefs();
    let offered = use_config().offers(area);
    let (heading, lead) = if offered {
        (Msg::AreaNotYetTitle, Msg::AreaNotYetLead)
    } else {
        (Msg::AreaUnavailableTitle, Msg::AreaUnavailableLead)
    };
    view! {
        <NoticePage title=Signal::derive(move || format!("{}: {}", prefs.t(title), prefs.t(heading)))
            lead=Signal::derive(move || prefs.t(lead).to_string())>
            <a class="button" href="/">{tr(Msg::GoToDashboard)}</a>
        </NoticePage>
    }
}

/// Shows `children` when `area` is offered by this backend and reseller, and the explanation
/// above otherwise (a page reached by URL never fails).
#[component]
pub fn AreaGate(
    /// The area of the page.
    area: Area,
    /// The area's name in the navigation.
    title: Msg,
    /// The page.
    children: ChildrenFn,
) -> impl IntoView {
    if use_config().offers(area) {
        children().into_any()
    } else {
        view! { <AreaPending area=area title=title/> }.into_any()
    }
}
