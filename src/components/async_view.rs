//! The one async shape: a skeleton while loading, the content when ready, an error panel with
//! "Try again" on failure. Each card or page wraps its resource in this once.

use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use leptos::prelude::*;

/// Shows `resource`'s value through `children`, or its loading / error state.
#[component]
pub fn AsyncView<T, F, V>(
    /// The read to show.
    resource: LocalResource<Result<T, ApiError>>,
    /// Renders the loaded value.
    children: F,
    /// How many skeleton lines to show while loading.
    #[prop(default = 3)]
    skeleton_lines: usize,
) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || {
        match resource.get() {
        None => view! {
            <div class="skeleton" aria-busy="true" role="status">
                <span class="visually-hidden">"…"</span>
                {(0..skeleton_lines).map(|_| view! { <span class="skeleton-line"></span> }).collect_view()}
            </div>
        }
        .into_any(),
        Some(Ok(value)) => children(value).into_any(),
        Some(Err(error)) => view! { <ErrorPanel error=error on_retry=Callback::new(move |_| resource.refetch())/> }.into_any(),
    }
    }
}
