//! An amount formatted for the current language and its currency.

use crate::model::Money;
use crate::state::prefs::use_prefs;
use leptos::prelude::*;

/// Formatted money (VND without decimals, USD with two; separators per language).
#[component]
pub fn MoneyText(
    /// The amount.
    #[prop(into)]
    value: Signal<Money>,
) -> impl IntoView {
    let prefs = use_prefs();
    view! { <span class="money">{move || value.get().format(prefs.lang.get().number_style())}</span> }
}
