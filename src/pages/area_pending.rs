//! What an area's URL shows when the area is switched off for this backend or reseller, or not
//! built in this version yet: an explanation, never a blank or broken page.

use crate::components::notice_page::NoticePage;
use crate::config::Area;
use crate::i18n::Msg;
use crate::routes::Page;
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
            <a class="button" href=Page::Dashboard.href()>{tr(Msg::GoToDashboard)}</a>
        </NoticePage>
    }
}

/// Explains that the billing system behind this client area has no such page, naming it.
#[component]
pub fn NotOffered(
    /// The page's name.
    title: Msg,
) -> impl IntoView {
    let prefs = use_prefs();
    let backend = use_config().backend.product_name();
    view! {
        <NoticePage title=Signal::derive(move || format!("{}: {}", prefs.t(title), prefs.t(Msg::NotOfferedTitle)))
            lead=Signal::derive(move || prefs.t(Msg::NotOfferedLead).replace("{backend}", backend))>
            <a class="button" href=Page::Dashboard.href()>{tr(Msg::GoToDashboard)}</a>
        </NoticePage>
    }
}

/// Shows `children` when `area` is offered by this backend and reseller and the backend
/// `supported` the page, and an explanation otherwise (a page reached by URL never fails).
#[component]
pub fn AreaGate(
    /// The area of the page.
    area: Area,
    /// The area's name in the navigation.
    title: Msg,
    /// Whether the billing system has what this page needs (a capability).
    #[prop(default = true)]
    supported: bool,
    /// The page.
    children: ChildrenFn,
) -> impl IntoView {
    let config = use_config();
    if !config.offers(area) {
        // Switched on by the reseller but missing from the billing system: name the system.
        if config.areas.contains(&area) {
            view! { <NotOffered title=title/> }.into_any()
        } else {
            view! { <AreaPending area=area title=title/> }.into_any()
        }
    } else if !supported {
        view! { <NotOffered title=title/> }.into_any()
    } else {
        children().into_any()
    }
}
