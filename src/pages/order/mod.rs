//! Ordering: the catalogue, a product's configuration with a live quote, the cart and checkout.

pub mod cart;
pub mod catalogue;
pub mod configure;
pub mod domain_choice;
pub mod domain_search;
pub mod domain_search_words;
pub mod extra_choice;
pub mod live_quote;
pub mod option_field;
mod order_words;
mod place_order;
pub mod summary;
pub mod upgrade;
pub mod vps;

use crate::model::Cycle;
use crate::pages::order::order_words::OrderWord;

/// A billing cycle in words.
pub fn cycle_msg(c: &Cycle) -> Option<OrderWord> {
    Some(match c {
        Cycle::Once => OrderWord::CycleOnce,
        Cycle::Daily => OrderWord::CycleDaily,
        Cycle::Weekly => OrderWord::CycleWeekly,
        Cycle::Monthly => OrderWord::CycleMonthly,
        Cycle::Quarterly => OrderWord::CycleQuarterly,
        Cycle::SemiAnnually => OrderWord::CycleSemiAnnually,
        Cycle::Annually => OrderWord::CycleAnnually,
        Cycle::Biennially => OrderWord::CycleBiennially,
        Cycle::Triennially => OrderWord::CycleTriennially,
        Cycle::FourYears => OrderWord::CycleFourYears,
        Cycle::FiveYears => OrderWord::CycleFiveYears,
        Cycle::Other(_) => return None,
    })
}

/// The words for a cycle code in the customer's language (the code itself when unknown).
pub fn cycle_words(prefs: crate::state::prefs::Prefs, code: &str) -> String {
    let c = Cycle::parse(code);
    cycle_msg(&c).map_or_else(|| code.to_string(), |m| prefs.w(m).to_string())
}

/// The cycle as a value on its own ("Monthly", "Hằng tháng"): the words, first letter capital.
pub fn cycle_title(prefs: crate::state::prefs::Prefs, code: &str) -> String {
    let words = cycle_words(prefs, code);
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}
