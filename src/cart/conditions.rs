//! Conditional forms: a form's rules show, hide or require other forms depending on its answer
//! ("Windows licence" appears only when the OS is Windows). A form that some `Show` rule names is
//! hidden until one of those rules fires; a firing `Hide` rule hides its targets; a hidden form's
//! own rules do not fire, so chains settle in form order. Hidden forms are neither shown, nor
//! checked, nor sent, nor priced.

use super::item::{CartItem, FieldValue};
use crate::model::{ProductConfig, RuleAction};
use std::collections::BTreeSet;

impl CartItem {
    /// A new item with the portal's defaults: the selected cycle, selected form items, ticked
    /// add-ons on their selected cycle; forms hidden by a conditional rule left unanswered.
    pub fn defaults(config: &ProductConfig) -> CartItem {
        let every = Self::every_default(config);
        let mut item = every.clone();
        settle(config, &mut item, &every);
        item
    }

    /// Brings the answers in line with the config's conditional rules (see
    /// [`settle`]).
    pub fn settle(&mut self, config: &ProductConfig) {
        settle(config, self, &Self::every_default(config));
    }
}

/// Which forms are hidden and which are required by a rule, for one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visibility {
    /// Form ids not shown.
    pub hidden: BTreeSet<String>,
    /// Form ids a firing `Require` rule makes mandatory (besides those the config marks).
    pub required: BTreeSet<String>,
}

/// Whether an answer equals a rule's value: the chosen item, one of the ticked items, the typed
/// text, the number, or a chosen item with a non-zero quantity.
fn answer_is(answer: Option<&FieldValue>, value: &str) -> bool {
    match answer {
        None => false,
        Some(FieldValue::Item(i)) => i == value,
        Some(FieldValue::Items(set)) => set.contains(value),
        Some(FieldValue::Text { text, .. }) => text.trim() == value,
        Some(FieldValue::Number { item, n }) => n.to_string() == value || (item == value && *n > 0),
        Some(FieldValue::ItemQty { item, qty }) => item == value && *qty > 0,
    }
}

/// Evaluates every rule of `config` against `item`'s answers.
pub fn evaluate(config: &ProductConfig, item: &CartItem) -> Visibility {
    let shown_only_by_rule: BTreeSet<String> = config
        .forms
        .iter()
        .flat_map(|f| &f.rules)
        .filter(|r| r.action == RuleAction::Show)
        .flat_map(|r| r.targets.iter().cloned())
        .collect();
    let mut out = Visibility {
        hidden: shown_only_by_rule.clone(),
        required: BTreeSet::new(),
    };
    // A fixed point: each round can reveal forms whose rules reveal others. Cycles of hide rules
    // could flip for ever, so the rounds are bounded by the number of forms.
    for _ in 0..=config.forms.len() {
        let mut shown = BTreeSet::new();
        let mut hidden = BTreeSet::new();
        let mut required = BTreeSet::new();
        for f in config.forms.iter().filter(|f| !out.hidden.contains(&f.id)) {
            for r in &f.rules {
                if answer_is(item.custom.get(&f.id), &r.value) == r.negate {
                    continue;
                }
                let set = match r.action {
                    RuleAction::Show => &mut shown,
                    RuleAction::Hide => &mut hidden,
                    RuleAction::Require => &mut required,
                };
                set.extend(r.targets.iter().cloned());
            }
        }
        let next: BTreeSet<String> = shown_only_by_rule
            .difference(&shown)
            .cloned()
            .chain(hidden)
            .collect();
        let settled = next == out.hidden;
        out.hidden = next;
        out.required = required.difference(&out.hidden).cloned().collect();
        if settled {
            break;
        }
    }
    out
}

/// Brings `item` in line with the rules: answers of hidden forms are dropped (they would be sent
/// and priced otherwise), and a form that has just appeared gets the portal's default answer.
pub fn settle(config: &ProductConfig, item: &mut CartItem, defaults: &CartItem) {
    let v = evaluate(config, item);
    item.custom.retain(|form, _| !v.hidden.contains(form));
    for f in config.forms.iter().filter(|f| !v.hidden.contains(&f.id)) {
        if !item.custom.contains_key(&f.id)
            && let Some(d) = defaults.custom.get(&f.id)
        {
            item.custom.insert(f.id.clone(), d.clone());
        }
    }
}
