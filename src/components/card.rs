//! A dashboard card: a titled region with an optional link to its page.

use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// A card region labelled by its title.
#[component]
pub fn Card(
    /// Heading text.
    title: Msg,
    /// Stable id for `aria-labelledby`.
    id: &'static str,
    /// Optional footer link: (href, label).
    #[prop(optional)]
    link: Option<(String, Msg)>,
    /// The card body.
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-title");
    let labelled_by = heading_id.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by data-card=id>
            <h2 class="card__title" id=heading_id>{tr(title)}</h2>
            <div class="card__body">{children()}</div>
            {link.map(|(href, label)| view! {
                <a class="card__link" href=href>{tr(label)}" →"</a>
            })}
        </section>
    }
}
