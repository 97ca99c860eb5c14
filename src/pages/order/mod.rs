//! Ordering: the catalogue, a product's configuration with a live quote, the cart and checkout.

pub mod cart;
pub mod catalogue;
pub mod configure;
pub mod domain_choice;
pub mod extra_choice;
pub mod live_quote;
pub mod option_field;
mod place_order;
pub mod summary;
pub mod upgrade;
pub mod vps;

use crate::i18n::Msg;
use crate::model::Cycle;

/// A billing cycle in words.
pub fn cycle_msg(c: &Cycle) -> Option<Msg> {
    Some(match c {
        Cycle::Once => Msg::CycleOnce,
        Cycle::Daily => Msg::CycleDaily,
        Cycle::Weekly => Msg::CycleWeekly,
        Cycle::Monthly => Msg::CycleMonthly,
        Cycle::Quarterly => Msg::CycleQuarterly,
        Cycle::SemiAnnually => Msg::CycleSemiAnnually,
        Cycle::Annually => Msg::CycleAnnually,
        Cycle::Biennially => Msg::CycleBiennially,
        Cycle::Triennially => Msg::CycleTriennially,
        Cycle::FourYears => Msg::CycleFourYears,
        Cycle::FiveYears => Msg::CycleFiveYears,
        Cycle::Other(_) => return None,
    })
}

/// The words for a cycle code in the customer's language (the code itself when unknown).
pub fn cycle_words(prefs: crate::state::prefs::Prefs, code: &str) -> String {
    let c = Cycle::parse(code);
    cycle_msg(&c).map_or_else(|| code.to_string(), |m| prefs.t(m).to_string())
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
