//! Where the signed-in shell shows the page at the address. The router has one route for all the
//! signed-in pages (src/app.rs); this reads the address (`Page::parse`), loads the chunk holding
//! the page (`Chunk::load`, src/areas.rs) and shows it. Within a chunk the chunk itself follows
//! the address (`AreaPages`), so moving between two invoices loads nothing.
//!
//! Like the router's own lazy routes, the page on screen stays until the next one's chunk has
//! arrived (its progress bar and a failed load's "Try again" are web/split-runtime.js's): never a
//! blank page between two pages.

use crate::areas::Chunk;
use crate::pages::not_found::NotFound;
use crate::routes::Page;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos_router::hooks::use_location;

/// The address as far as one chunk is concerned: it follows the address while the address is
/// one of the chunk's pages and keeps its last one otherwise, so a chunk on its way out never
/// tries to show another chunk's page.
#[derive(Clone, Copy)]
struct ChunkPath(Memo<String>);

fn chunk_of(path: &str) -> Option<Chunk> {
    Page::parse(path).and_then(Chunk::of)
}

/// The page at the address, from its chunk.
#[component]
pub fn AreaOutlet() -> impl IntoView {
    let pathname = use_location().pathname;
    let chunk = Memo::new(move |_| pathname.with(|path| chunk_of(path)));
    // A component always has an owner; the default is only there to need no `expect`.
    let parent = Owner::current().unwrap_or_default();
    // The view that arrived and is not on screen yet, and the owner of the one on screen.
    let arrived = StoredValue::new_local(None::<AnyView>);
    let on_screen = StoredValue::new_local(None::<Owner>);
    let show = Trigger::new();

    Effect::new(move |_| {
        let Some(wanted) = chunk.get() else {
            // An address that is no page.
            let owner = parent.child();
            let view = owner.with(|| view! { <NotFound/> }.into_any());
            replace(owner, view, (arrived, on_screen, show));
            return;
        };
        let owner = parent.child();
        let loading = owner.with(|| {
            let path = Memo::new(move |last: Option<&String>| {
                let now = pathname.get();
                match last {
                    Some(last) if chunk_of(&now) != Some(wanted) => last.clone(),
                    _ => now,
                }
            });
            provide_context(ChunkPath(path));
            ScopedFuture::new_untracked(wanted.load())
        });
        leptos::task::spawn_local(async move {
            let view = loading.await;
            // A later navigation to another chunk (or leaving the shell) wins.
            if chunk.try_get_untracked() == Some(Some(wanted)) {
                replace(owner, view, (arrived, on_screen, show));
            } else {
                owner.cleanup();
            }
        });
    });

    move || {
        show.track();
        arrived.try_update_value(Option::take).flatten()
    }
}

type Slots = (
    StoredValue<Option<AnyView>, LocalStorage>,
    StoredValue<Option<Owner>, LocalStorage>,
    Trigger,
);

/// Puts `view` (owned by `owner`, which lives as long as the view is on screen: an owner's parent
/// holds it weakly) on screen in place of the page there, whose owner is cleaned up.
fn replace(owner: Owner, view: AnyView, (arrived, on_screen, show): Slots) {
    arrived.set_value(Some(view));
    show.notify();
    if let Some(Some(gone)) = on_screen.try_update_value(|slot| slot.replace(owner)) {
        gone.cleanup();
    }
}

/// A chunk's pages: the one at the address (as long as the address is one of this chunk's),
/// chosen by `pages`, which lives in the chunk. A page is built afresh when the address changes
/// (another invoice is another page); its query (`?status=`) is the page's own business.
#[component]
pub fn AreaPages(
    /// The chunk's choice of page; every other page is "not found".
    pages: fn(Page<'_>) -> AnyView,
) -> impl IntoView {
    let ChunkPath(path) = expect_context::<ChunkPath>();
    move || {
        path.with(|path| match Page::parse(path) {
            Some(page) => pages(page),
            None => view! { <NotFound/> }.into_any(),
        })
    }
}
