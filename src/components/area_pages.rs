//! A chunk's pages: the page at the address, chosen by the chunk (src/areas.rs). The shell's
//! outlet (`crate::areas::AreaOutlet`) gives each chunk the address as far as that chunk is
//! concerned ([`ChunkPath`]), so a chunk on its way out never tries to show another's page.

use crate::pages::not_found::NotFound;
use crate::routes::Page;
use leptos::prelude::*;

/// The address as far as one chunk is concerned: it follows the address while the address is
/// one of the chunk's pages and keeps its last one otherwise.
#[derive(Clone, Copy)]
pub struct ChunkPath(pub Memo<String>);

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
