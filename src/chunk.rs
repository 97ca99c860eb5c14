//! The one way a view becomes a lazily loaded wasm chunk (`crate::areas`, `crate::lazy_parts`).
//! Splitting needs the release build's split step (scripts/build-split.sh), so it is behind the
//! cargo feature `split`; without it the chunk is a plain async function.

/// A view as one chunk, lazily loaded in the split build: an area's pages, or a part of a page.
/// The function's name, `<name>_area`, names the chunk (see scripts/patch-split-loader.mjs).
macro_rules! area_chunk {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty)?) $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::lazy]
        fn $name($($arg: $ty)?) -> AnyView $body

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        async fn $name($($arg: $ty)?) -> AnyView $body
    };
}

pub(crate) use area_chunk;
