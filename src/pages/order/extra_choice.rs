//! The product's add-ons, or its sub-products: one group, a checkbox per extra with its own
//! billing cycle (a drop-down enabled once ticked), each cycle showing its price.

use super::cycle_words;
use crate::cart::CartItem;
use crate::i18n::{Msg, Word};
use crate::model::{Addon, Money};
use crate::pages::order::order_words::OrderWord;
use crate::state::prefs::{tw, use_prefs};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Which list of the item the group edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtraKind {
    /// `addon` / `addon_cycles`.
    Addon,
    /// `subproducts` / `subproducts_cycles`.
    Subproduct,
}

fn chosen(kind: ExtraKind, item: &CartItem) -> &BTreeMap<String, String> {
    match kind {
        ExtraKind::Addon => &item.addons,
        ExtraKind::Subproduct => &item.subproducts,
    }
}

fn chosen_mut(kind: ExtraKind, item: &mut CartItem) -> &mut BTreeMap<String, String> {
    match kind {
        ExtraKind::Addon => &mut item.addons,
        ExtraKind::Subproduct => &mut item.subproducts,
    }
}

/// The group; nothing when the list is empty.
#[component]
pub fn ExtraChoice(
    kind: ExtraKind,
    extras: Vec<Addon>,
    draft: RwSignal<CartItem>,
    #[prop(into)] currency: Signal<String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let legend = match kind {
        ExtraKind::Addon => Word::Common(Msg::Addons),
        ExtraKind::Subproduct => Word::Area(OrderWord::Subproducts),
    };
    (!extras.is_empty()).then(|| {
        let rows = extras
            .into_iter()
            .map(|a| {
                let default_cycle = a
                    .cycles
                    .iter()
                    .find(|c| c.selected)
                    .or(a.cycles.first())
                    .map(|c| c.cycle.code().to_string())
                    .unwrap_or_else(|| "m".into());
                let select_id = format!("{kind:?}-{}-cycle", a.id).to_lowercase();
                let (id1, id2, id3, id4, id5) = (
                    a.id.clone(),
                    a.id.clone(),
                    a.id.clone(),
                    a.id.clone(),
                    a.id.clone(),
                );
                let shown_cycle = default_cycle.clone();
                view! {
                    <div class="addon">
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || draft.with(|d| chosen(kind, d).contains_key(&id1))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let c = default_cycle.clone();
                                    draft.update(|d| {
                                        let list = chosen_mut(kind, d);
                                        if on { list.insert(id2.clone(), c); } else { list.remove(&id2); }
                                    });
                                }/>
                            {a.title.clone()}
                        </label>
                        {(!a.description.is_empty()).then(|| view! { <p class="muted">{a.description.clone()}</p> })}
                        <label class="visually-hidden" for=select_id.clone()>{format!("{} — {}", a.title, prefs.t(Msg::BillingCycle))}</label>
                        <select id=select_id
                            prop:value=move || draft.with(|d| chosen(kind, d).get(&id3).cloned().unwrap_or_else(|| shown_cycle.clone()))
                            disabled=move || draft.with(|d| !chosen(kind, d).contains_key(&id4))
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                draft.update(|d| { chosen_mut(kind, d).insert(id5.clone(), v); });
                            }>
                            {a.cycles.into_iter().map(|c| {
                                let code = c.cycle.code().to_string();
                                let label_code = code.clone();
                                view! { <option value=code>{move || format!("{} — {}", cycle_words(prefs, &label_code), Money::new(c.price, &currency.get()).format(prefs.lang.get().number_style()))}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="field addons">
                <legend>{tw(legend)}</legend>
                {rows}
            </fieldset>
        }
    })
}
