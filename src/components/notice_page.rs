//! A full-page message with a way forward (not found, not available, misconfigured, crashed).

use leptos::prelude::*;

/// Title, explanation and actions, centred.
#[component]
pub fn NoticePage(
    /// Heading.
    #[prop(into)]
    title: Signal<String>,
    /// Explanation.
    #[prop(into)]
    lead: Signal<String>,
    /// Actions or details.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="notice-page">
            <h1>{move || title.get()}</h1>
            <p class="notice-page__lead">{move || lead.get()}</p>
            {children.map(|c| c())}
        </div>
    }
}
