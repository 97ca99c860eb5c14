//! The one async shape: a skeleton while loading, the content when ready, an error panel with
//! "Try again" on failure. Each card or page wraps its read (`crate::state::read`) in this once.

use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::state::read::Read;
use leptos::prelude::*;

/// What a read currently shows, with the content already erased to `AnyView`.
enum Shown {
    Loading,
    Ready(AnyView),
    Failed(ApiError),
}

type ShownFn = Box<dyn Fn() -> Shown + Send + Sync>;

/// Shows `resource`'s value through `children`, or its loading / error state.
#[component]
pub fn AsyncView<T, F, V>(
    /// The read to show.
    resource: Read<T>,
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
    // Only this mapping is generic; the rendering below exists once in the wasm.
    let shown: ShownFn = Box::new(move || match resource.get() {
        None => Shown::Loading,
        Some(Ok(value)) => Shown::Ready(children(value).into_any()),
        Some(Err(error)) => Shown::Failed(error),
    });
    render_shown(
        shown,
        skeleton_lines,
        Callback::new(move |_| resource.refetch()),
    )
}

fn render_shown(shown: ShownFn, skeleton_lines: usize, retry: Callback<()>) -> impl IntoView {
    move || {
        match shown() {
        Shown::Loading => view! {
            <div class="skeleton" aria-busy="true" role="status">
                <span class="visually-hidden">"…"</span>
                {(0..skeleton_lines).map(|_| view! { <span class="skeleton-line"></span> }).collect_view()}
            </div>
        }
        .into_any(),
        Shown::Ready(view) => view,
        Shown::Failed(error) => view! { <ErrorPanel error=error on_retry=retry/> }.into_any(),
    }
    }
}
