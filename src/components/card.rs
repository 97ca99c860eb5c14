//! A dashboard card: a titled region with an optional link to its page.

use leptos::prelude::*;

/// A card region labelled by its title.
#[component]
pub fn Card(
    /// Heading text.
    #[prop(into)]
    title: Signal<&'static str>,
    /// Stable id for `aria-labelledby`.
    id: &'static str,
    /// Optional footer link: (href, label).
    #[prop(optional, into)]
    link: Option<(&'static str, Signal<&'static str>)>,
    /// The card body.
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-title");
    let labelled_by = heading_id.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by data-card=id>
            <h2 class="card__title" id=heading_id>{move || title.get()}</h2>
            <div class="card__body">{children()}</div>
            {link.map(|(href, label)| view! {
                <a class="card__link" href=href>{move || label.get()}" →"</a>
            })}
        </section>
    }
}
