//! One configuration form of a product, drawn by its kind: drop-down, radio buttons, checkboxes,
//! text, slider, quantity, drop-down with quantity. A kind this app cannot draw says so instead
//! of disappearing. Each choice shows what it adds to the price.

use crate::cart::{CartItem, FieldValue};
use crate::i18n::Msg;
use crate::model::{FormField, FormKind, Money};
use crate::pages::order::order_words::OrderWord;
use crate::state::prefs::{tw, use_prefs};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn answer(draft: RwSignal<CartItem>, form: &str) -> Option<FieldValue> {
    draft.with(|d| d.custom.get(form).cloned())
}

fn set(draft: RwSignal<CartItem>, form: &str, value: Option<FieldValue>) {
    let form = form.to_string();
    draft.update(|d| match value {
        Some(v) => {
            d.custom.insert(form, v);
        }
        None => {
            d.custom.remove(&form);
        }
    });
}

/// One form.
#[component]
pub fn OptionField(
    form: FormField,
    draft: RwSignal<CartItem>,
    /// Why the current answer is refused, if it is.
    #[prop(into)]
    problem: Signal<Option<String>>,
    #[prop(into)] currency: Signal<String>,
    /// The cycle code the portal quoted the form's prices for: "+$2.00" always says per what.
    per: String,
) -> impl IntoView {
    let prefs = use_prefs();
    let id = format!("opt-{}", form.id);
    let err_id = format!("{id}-error");
    let per = StoredValue::new(per);
    let price = move |p: Decimal| {
        if p.is_zero() {
            String::new()
        } else {
            format!(
                " (+{} {})",
                Money::new(p, &currency.get()).format(prefs.lang.get().number_style()),
                per.with_value(|c| super::cycle_words(prefs, c))
            )
        }
    };
    let fid = form.id.clone();
    let title = form.title.clone();
    let first_item = form.items.first().map(|i| i.id.clone()).unwrap_or_default();
    let (min, max) = (form.min.unwrap_or(0), form.max.unwrap_or(100));
    let control = match form.kind.clone() {
        FormKind::Select | FormKind::SelectQuantity => {
            let with_qty = form.kind == FormKind::SelectQuantity;
            let f1 = fid.clone();
            let current = move || match answer(draft, &f1) {
                Some(FieldValue::Item(i)) | Some(FieldValue::ItemQty { item: i, .. }) => i,
                _ => String::new(),
            };
            let f2 = fid.clone();
            let qty_of = move || match answer(draft, &f2) {
                Some(FieldValue::ItemQty { qty, .. }) => qty,
                _ => min.max(1),
            };
            let f3 = fid.clone();
            let choose = move |item: String| {
                let v = if item.is_empty() {
                    None
                } else if with_qty {
                    Some(FieldValue::ItemQty { item, qty: qty_of() })
                } else {
                    Some(FieldValue::Item(item))
                };
                set(draft, &f3, v);
            };
            let f4 = fid.clone();
            let qty_id = format!("{id}-qty");
            view! {
                <select id=id.clone() aria-describedby=err_id.clone() on:change=move |ev| choose(event_target_value(&ev)) prop:value=current>
                    {(!form.required).then(|| view! { <option value="">{tw(OrderWord::NoneChoice)}</option> })}
                    {form.items.iter().map(|i| {
                        let (value, label, p) = (i.id.clone(), i.title.clone(), i.price);
                        view! { <option value=value>{move || format!("{label}{}", price(p))}</option> }
                    }).collect_view()}
                </select>
                {with_qty.then(|| view! {
                    <input id=qty_id type="number" min=min.max(1) max=max inputmode="numeric" aria-label=prefs.t(Msg::Quantity)
                        prop:value=move || match answer(draft, &f4) { Some(FieldValue::ItemQty { qty, .. }) => qty.to_string(), _ => String::new() }
                        on:input=move |ev| {
                            let qty = event_target_value(&ev).trim().parse().unwrap_or(0);
                            if let Some(FieldValue::ItemQty { item, .. }) = answer(draft, &fid) {
                                set(draft, &fid, Some(FieldValue::ItemQty { item, qty }));
                            }
                        }/>
                })}
            }.into_any()
        }
        FormKind::Radio => {
            let name = id.clone();
            view! {
                <div role="radiogroup" aria-labelledby=format!("{id}-label") aria-describedby=err_id.clone() class="options">
                    {form.items.iter().map(|i| {
                        let (value, label, p) = (i.id.clone(), i.title.clone(), i.price);
                        let (f1, f2, v2) = (fid.clone(), fid.clone(), value.clone());
                        view! { <label class="check">
                            <input type="radio" name=name.clone()
                                prop:checked=move || answer(draft, &f1) == Some(FieldValue::Item(value.clone()))
                                on:change=move |_| set(draft, &f2, Some(FieldValue::Item(v2.clone())))/>
                            {move || format!("{label}{}", price(p))}
                        </label> }
                    }).collect_view()}
                </div>
            }.into_any()
        }
        FormKind::Checkbox => view! {
            <div class="options" role="group" aria-labelledby=format!("{id}-label")>
                {form.items.iter().map(|i| {
                    let (value, label, p) = (i.id.clone(), i.title.clone(), i.price);
                    let (f1, f2, v1, v2) = (fid.clone(), fid.clone(), value.clone(), value);
                    view! { <label class="check">
                        <input type="checkbox"
                            prop:checked=move || matches!(answer(draft, &f1), Some(FieldValue::Items(s)) if s.contains(&v1))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let mut set_now = match answer(draft, &f2) { Some(FieldValue::Items(s)) => s, _ => Default::default() };
                                if on { set_now.insert(v2.clone()); } else { set_now.remove(&v2); }
                                set(draft, &f2, Some(FieldValue::Items(set_now)));
                            }/>
                        {move || format!("{label}{}", price(p))}
                    </label> }
                }).collect_view()}
            </div>
        }.into_any(),
        FormKind::Input => {
            let f1 = fid.clone();
            view! {
                <input id=id.clone() autocomplete="off" aria-describedby=err_id.clone()
                    prop:value=move || match answer(draft, &f1) { Some(FieldValue::Text { text, .. }) => text, _ => String::new() }
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let v = (!text.is_empty()).then(|| FieldValue::Text { item: first_item.clone(), text });
                        set(draft, &fid, v);
                    }/>
            }.into_any()
        }
        FormKind::Slider | FormKind::Quantity => {
            let slider = form.kind == FormKind::Slider;
            let f1 = fid.clone();
            let unit = form.items.first().map(|i| i.price).unwrap_or_default();
            let value = move || match answer(draft, &f1) { Some(FieldValue::Number { n, .. }) => n, _ => min };
            let value = Signal::derive(value);
            view! {
                <div class="options options--inline">
                    <input id=id.clone() type=if slider { "range" } else { "number" } min=min max=max step=form.step.unwrap_or(1)
                        inputmode="numeric" aria-describedby=err_id.clone() prop:value=move || value.get().to_string()
                        on:input=move |ev| {
                            let n = event_target_value(&ev).trim().parse().unwrap_or(u64::MAX);
                            set(draft, &fid, Some(FieldValue::Number { item: first_item.clone(), n }));
                        }/>
                    {slider.then(|| view! { <output for=id.clone()>{value}</output> })}
                    <span class="muted">{move || price(unit).trim().to_string()}</span>
                </div>
            }.into_any()
        }
        FormKind::Unsupported(_) => view! { <p class="muted" role="note">{tw(OrderWord::FormUnsupported)}</p> }.into_any(),
    };
    let is_group = matches!(form.kind, FormKind::Radio | FormKind::Checkbox);
    view! {
        <div class="field option" data-form-kind=format!("{:?}", form.kind).to_lowercase()>
            {if is_group {
                view! { <span class="field__label" id=format!("{id}-label")>{title.clone()}</span> }.into_any()
            } else {
                view! { <label for=id.clone()>{title.clone()}</label> }.into_any()
            }}
            {(!form.description.is_empty()).then(|| view! { <p class="muted">{form.description.clone()}</p> })}
            {control}
            <p class="field__error" id=err_id>{move || problem.get()}</p>
        </div>
    }
}
