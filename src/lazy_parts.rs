//! Parts of pages that load as chunks of their own, like the areas (`crate::areas`) but smaller:
//! what few visits need is not in the bundle every signed-in customer loads. Apart from the areas'
//! file so that the pages showing them (the shell, the dashboard) do not import the file that
//! imports every page.

use crate::chunk::area_chunk;
use leptos::prelude::*;

area_chunk! {
    /// The dialog that signs an expired session in again over the page (few visits see it).
    fn reauth_area() {
        view! { <crate::components::reauth_dialog::ReauthDialog/> }.into_any()
    }
}

/// The expired session's sign-in dialog, from its chunk.
pub async fn reauth_dialog() -> AnyView {
    reauth_area().await
}

area_chunk! {
    /// The dashboard's cards for billing systems that cannot list (src/pages/dashboard/by_number.rs).
    fn by_number_area() {
        view! { <crate::pages::dashboard::by_number::ByNumberCards/> }.into_any()
    }
}

/// The dashboard's find-by-number and accept-a-quote cards, from their chunk.
pub async fn by_number_cards() -> AnyView {
    by_number_area().await
}
