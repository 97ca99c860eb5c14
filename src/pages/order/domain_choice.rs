//! A domain product's part of the configuration form, as FOSSBilling's own order form has it:
//! register a new name or transfer one held elsewhere, the name with its extension (each priced
//! per year), the years of a registration or the transfer's EPP code, and the availability check
//! (`guest/servicedomain/check`, `can_be_transferred`) that also runs before the item goes in
//! the cart, so the cart never holds a name that cannot be had.

use crate::api::ApiError;
use crate::cart::CartItem;
use crate::cart::checks::ItemProblem;
use crate::components::error_panel::{error_message, portal_detail};
use crate::model::domain_order::split_typed;
use crate::model::{Availability, DomainAction, DomainOrder, DomainOrderProblem, Money, TldPrice};
use crate::pages::order::order_words::OrderWord;
use crate::state::prefs::{Prefs, tw, use_prefs};
use crate::state::session::Api;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Which name a verdict is about.
type CheckKey = (DomainAction, String);

#[derive(Clone, Debug)]
enum CheckState {
    Checking,
    Answered(Availability),
    Failed(ApiError),
}

/// The availability check of the name being ordered: the last verdict and the name it is for.
#[derive(Clone, Copy)]
pub struct DomainCheck {
    state: RwSignal<Option<(CheckKey, CheckState)>>,
}

impl Default for DomainCheck {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCheck {
    /// No verdict yet.
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(None),
        }
    }

    /// Whether a check is on its way (the form waits for it).
    pub fn pending(self) -> bool {
        self.state
            .with(|s| matches!(s, Some((_, CheckState::Checking))))
    }

    /// The portal's verdict on `order`'s name: one already given for this exact name and action
    /// is reused, anything else is asked. The verdict is also shown beside the name.
    pub async fn verdict(self, api: Api, order: DomainOrder) -> Result<Availability, ApiError> {
        let key = (order.action, order.domain());
        let known = self.state.with_untracked(|s| match s {
            Some((k, CheckState::Answered(a))) if *k == key => Some(a.clone()),
            _ => None,
        });
        if let Some(a) = known {
            return Ok(a);
        }
        self.state.set(Some((key.clone(), CheckState::Checking)));
        let answer = api.domain_availability(&order).await;
        // A newer check (the name changed meanwhile) keeps its own state.
        let current = self
            .state
            .with_untracked(|s| s.as_ref().is_some_and(|(k, _)| *k == key));
        if current {
            self.state.set(Some((
                key,
                match &answer {
                    Ok(a) => CheckState::Answered(a.clone()),
                    Err(e) => CheckState::Failed(e.clone()),
                },
            )));
        }
        answer
    }
}

/// A domain order problem in words.
pub fn problem_text(prefs: Prefs, p: &DomainOrderProblem) -> String {
    match p {
        DomainOrderProblem::NameMissing => prefs.w(OrderWord::DomainMissing).into(),
        DomainOrderProblem::NameInvalid => prefs.w(OrderWord::DomainNameInvalid).into(),
        DomainOrderProblem::TldNotOffered => prefs.w(OrderWord::DomainTldNotOffered).into(),
        DomainOrderProblem::YearsOutOfRange(min, max) => prefs
            .w(OrderWord::DomainYearsRange)
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string()),
        DomainOrderProblem::TransferCodeMissing => {
            prefs.w(OrderWord::DomainTransferCodeMissing).into()
        }
    }
}

fn money(prefs: Prefs, amount: Decimal, currency: &str) -> String {
    Money::new(amount, currency).format(prefs.lang.get().number_style())
}

/// The fields. `shown` holds the problems shown since the customer tried to add the item.
#[component]
pub fn DomainChoice(
    tlds: Vec<TldPrice>,
    draft: RwSignal<CartItem>,
    currency: Signal<String>,
    shown: RwSignal<Vec<ItemProblem>>,
    check: DomainCheck,
) -> impl IntoView {
    let prefs = use_prefs();
    let tlds = StoredValue::new(tlds);
    let order = move || draft.with(|d| d.domain_order.clone());
    let update = move |f: &dyn Fn(&mut DomainOrder)| {
        draft.update(|d| {
            if let Some(mut o) = d.domain_order.clone() {
                f(&mut o);
                d.set_domain_order(o);
            }
        })
    };
    let action = move || order().map_or(DomainAction::Register, |o| o.action);
    // A TLD's years start at its minimum (`.ai` is two years at least): the years chosen follow.
    let choose_tld = move |o: &mut DomainOrder, tld: &str| {
        o.tld = tld.to_string();
        if let Some(t) = tlds.with_value(|l| l.iter().find(|t| t.tld == tld).cloned()) {
            o.years = o.years.clamp(*t.years().start(), *t.years().end());
        }
    };
    let offered = move |a: DomainAction| tlds.with_value(|l| l.iter().any(|t| t.offers(a)));
    // Switching between registering and transferring keeps the name, and moves to a TLD that
    // offers the new action when the chosen one does not.
    let choose_action = move |a: DomainAction| {
        update(&|o| {
            o.action = a;
            if !tlds.with_value(|l| l.iter().any(|t| t.tld == o.tld && t.offers(a)))
                && let Some(t) = tlds.with_value(|l| l.iter().find(|t| t.offers(a)).cloned())
            {
                choose_tld(o, &t.tld);
            }
        })
    };
    let typed = RwSignal::new(order().map(|o| o.sld).unwrap_or_default());
    let on_name = move |text: String| {
        typed.set(text.clone());
        let (sld, tld) = tlds.with_value(|l| split_typed(&text, l));
        update(&|o| {
            o.sld = sld.clone();
            if let Some(t) = tld.clone().filter(|t| {
                tlds.with_value(|l| l.iter().any(|x| x.tld == *t && x.offers(o.action)))
            }) {
                choose_tld(o, &t);
            }
        });
    };
    let problem = move |pick: fn(&DomainOrderProblem) -> bool| {
        shown.with(|l| {
            l.iter().find_map(|p| match p {
                ItemProblem::Domain(d) if pick(d) => Some(problem_text(prefs, d)),
                ItemProblem::DomainMissing => Some(prefs.w(OrderWord::DomainMissing).to_string()),
                _ => None,
            })
        })
    };
    let name_problem = move || {
        problem(|d| {
            matches!(
                d,
                DomainOrderProblem::NameMissing
                    | DomainOrderProblem::NameInvalid
                    | DomainOrderProblem::TldNotOffered
            )
        })
    };
    let years_problem = move || {
        shown.with(|l| {
            l.iter().find_map(|p| match p {
                ItemProblem::Domain(d @ DomainOrderProblem::YearsOutOfRange(..)) => {
                    Some(problem_text(prefs, d))
                }
                _ => None,
            })
        })
    };
    let code_problem = move || {
        shown.with(|l| {
            l.iter().find_map(|p| match p {
                ItemProblem::Domain(d @ DomainOrderProblem::TransferCodeMissing) => {
                    Some(problem_text(prefs, d))
                }
                _ => None,
            })
        })
    };
    let chosen_tld = move || {
        let tld = order().map(|o| o.tld).unwrap_or_default();
        tlds.with_value(|l| l.iter().find(|t| t.tld == tld).cloned())
    };
    let api = crate::state::session::use_session();
    let run_check = move |_| {
        let Some(o) = order() else { return };
        if o.sld.is_empty() || !crate::model::domain_order::sld_valid(&o.sld) {
            shown.update(|l| {
                l.retain(|p| !matches!(p, ItemProblem::Domain(_)));
                l.extend(
                    crate::model::domain_order::problems(&o, &tlds.get_value())
                        .into_iter()
                        .filter(|p| {
                            matches!(
                                p,
                                DomainOrderProblem::NameMissing | DomainOrderProblem::NameInvalid
                            )
                        })
                        .map(ItemProblem::Domain),
                );
            });
            return;
        }
        let api = api.api();
        leptos::task::spawn_local(async move {
            // The verdict is shown by the status line below; nothing else to do here.
            let _ = check.verdict(api, o).await;
        });
    };
    let verdict = move || {
        let key = order().map(|o| (o.action, o.domain()));
        check.state.with(|s| {
            let (k, st) = s.as_ref()?;
            (Some(k) == key.as_ref()).then(|| (k.1.clone(), st.clone()))
        })
    };
    view! {
        {(offered(DomainAction::Register) && offered(DomainAction::Transfer)).then(|| view! {
            <fieldset class="field">
                <legend>{tw(OrderWord::DomainWhatToDo)}</legend>
                <label class="check"><input type="radio" name="domain-action"
                    prop:checked=move || action() == DomainAction::Register
                    on:change=move |_| choose_action(DomainAction::Register)/>" "{tw(OrderWord::DomainRegisterChoice)}</label>
                <label class="check"><input type="radio" name="domain-action"
                    prop:checked=move || action() == DomainAction::Transfer
                    on:change=move |_| choose_action(DomainAction::Transfer)/>" "{tw(OrderWord::DomainTransferChoice)}</label>
            </fieldset>
        })}
        <div class="field">
            <label for="order-domain">{tw(OrderWord::DomainName)}</label>
            <div class="domain-input">
                <input id="order-domain" autocomplete="off" spellcheck="false" autocapitalize="none"
                    aria-describedby="order-domain-error order-domain-verdict"
                    aria-invalid=move || name_problem().is_some().to_string()
                    prop:value=move || typed.get()
                    on:input=move |ev| on_name(event_target_value(&ev))/>
                <label class="visually-hidden" for="order-tld">{tw(OrderWord::DomainExtension)}</label>
                <select id="order-tld" prop:value=move || order().map(|o| o.tld).unwrap_or_default()
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|o| choose_tld(o, &v)); }>
                    {move || {
                        let a = action();
                        tlds.get_value().into_iter().filter(|t| t.offers(a)).map(|t| {
                            let per_year = match a {
                                DomainAction::Register => t.register,
                                DomainAction::Transfer => t.transfer,
                            }.unwrap_or_default();
                            let label = format!("{} — {}", t.tld, prefs.w(OrderWord::PricePerYear).replace("{price}", &money(prefs, per_year, &currency.get())));
                            view! { <option value=t.tld.clone()>{label}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
            <p class="field__error" id="order-domain-error">{name_problem}</p>
        </div>
        {move || match action() {
            DomainAction::Register => view! {
                <div class="field">
                    <label for="order-years">{tw(OrderWord::DomainYears)}</label>
                    <select id="order-years" prop:value=move || order().map(|o| o.years.to_string()).unwrap_or_default()
                        aria-describedby="order-years-error"
                        on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<u32>() { update(&|o| o.years = y); } }>
                        {chosen_tld().map(|t| t.years().map(|y| {
                            let total = t.register.unwrap_or_default() * Decimal::from(y);
                            let label = format!("{} — {}", prefs.w_n(OrderWord::YearsCount, i64::from(y)), money(prefs, total, &currency.get()));
                            view! { <option value=y.to_string()>{label}</option> }
                        }).collect_view())}
                    </select>
                    <p class="field__error" id="order-years-error">{years_problem}</p>
                </div>
            }.into_any(),
            DomainAction::Transfer => view! {
                <div class="field">
                    <label for="order-epp">{tw(OrderWord::DomainTransferCode)}</label>
                    <input id="order-epp" autocomplete="off" spellcheck="false"
                        aria-describedby="order-epp-hint order-epp-error"
                        aria-invalid=move || code_problem().is_some().to_string()
                        prop:value=move || order().map(|o| o.transfer_code).unwrap_or_default()
                        on:input=move |ev| { let v = event_target_value(&ev); update(&|o| o.transfer_code = v.clone()); }/>
                    <p class="field__hint muted" id="order-epp-hint">{tw(OrderWord::DomainTransferCodeHint)}</p>
                    <p class="field__error" id="order-epp-error">{code_problem}</p>
                </div>
            }.into_any(),
        }}
        <div class="domain-check">
            <button type="button" class="button button--secondary" on:click=run_check
                disabled=move || check.pending()>{tw(OrderWord::DomainCheck)}</button>
            <p id="order-domain-verdict" role="status" class=move || match verdict() {
                Some((_, CheckState::Answered(Availability::Available))) => "domain-check__verdict domain-check__verdict--ok",
                Some((_, CheckState::Checking)) | None => "domain-check__verdict muted",
                Some(_) => "domain-check__verdict field__error",
            }>
                {move || match verdict() {
                    None => prefs.w(OrderWord::DomainCheckFirst).to_string(),
                    Some((domain, CheckState::Checking)) => prefs.w(OrderWord::DomainChecking).replace("{domain}", &domain),
                    Some((domain, CheckState::Answered(Availability::Available))) => {
                        let m = if action() == DomainAction::Transfer { OrderWord::DomainTransferable } else { OrderWord::DomainAvailable };
                        prefs.w(m).replace("{domain}", &domain)
                    }
                    Some((_, CheckState::Answered(Availability::Refused(words)))) => words,
                    Some((_, CheckState::Failed(e))) => {
                        let base = prefs.t(error_message(&e)).to_string();
                        match portal_detail(&e, prefs.lang.get()) {
                            Some(d) => format!("{base} {d}"),
                            None => base,
                        }
                    }
                }}
            </p>
        </div>
    }
}
