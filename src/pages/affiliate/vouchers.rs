//! The affiliate's discount vouchers: the list (code, discount, who it is for, uses, expiry),
//! removing one (confirmed with its code, sent once), and making one from a plan that allows
//! vouchers. The discount comes out of the affiliate's commission, so it is checked against the
//! plan's rate before sending, and again against the plan read afresh (`/affiliate/plans/@id`)
//! just before the voucher is sent: a rate lowered since the page opened is said, not sent.

use super::affiliate_words::AffiliateWord as W;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::format_date;
use crate::model::affiliate::{
    AffiliateVoucher, CommissionPlan, DiscountProblem, NewVoucher, VoucherAudience, check_discount,
};
use crate::model::{Date, Money, parse_amount_input};
use crate::state::last_sent::LastSent;
use crate::state::prefs::{Prefs, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

fn audience_word(a: VoucherAudience) -> W {
    match a {
        VoucherAudience::New => W::AudienceNew,
        VoucherAudience::Existing => W::AudienceExisting,
        VoucherAudience::All => W::AudienceAll,
    }
}

fn discount_text(
    prefs: Prefs,
    percent: bool,
    value: rust_decimal::Decimal,
    currency: &str,
) -> String {
    if percent {
        format!("{} %", value.normalize())
    } else {
        Money::new(value, currency).format(prefs.lang.get().number_style())
    }
}

/// Why the voucher was not made.
#[derive(Clone, Debug)]
enum Refused {
    /// The portal's error.
    Portal(ApiError),
    /// The plan's rate is now below the discount.
    PlanChanged(CommissionPlan),
}

#[component]
pub fn Vouchers(currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.affiliate_vouchers().await }
    });
    let plans = read(move || {
        let api = session.api_for_read();
        async move { api.commission_plans().await }
    });
    let removing = RwSignal::new(None::<AffiliateVoucher>);
    let remove = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.remove_affiliate_voucher(&id).await }
    });
    let removed = LastSent::new();
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(())) => list.refetch(),
        Some(Err(_)) => removed.forget(),
        None => {}
    });
    let changed = Callback::new(move |_| list.refetch());
    let currency = StoredValue::new(currency);
    view! {
        <section class="card" aria-labelledby="affiliate-vouchers-title">
            <h2 id="affiliate-vouchers-title">{tw(W::Vouchers)}</h2>
            <p class="muted">{tw(W::VouchersLead)}</p>
            <AsyncView resource=list let:vouchers skeleton_lines=2>
                {if vouchers.is_empty() {
                    view! { <p class="muted">{tw(W::NoVouchers)}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll">
                            <table class="table" aria-label=move || prefs.w(W::Vouchers)>
                                <thead><tr>
                                    <th scope="col">{tw(W::Code)}</th>
                                    <th scope="col" class="num">{tw(W::Discount)}</th>
                                    <th scope="col">{tw(W::Cycle)}</th>
                                    <th scope="col">{tw(W::Audience)}</th>
                                    <th scope="col">{tw(W::Used)}</th>
                                    <th scope="col">{tw(W::Expires)}</th>
                                    <th scope="col">{tw(W::Plan)}</th>
                                    <th scope="col"><span class="visually-hidden">{tw(W::Remove)}</span></th>
                                </tr></thead>
                                <tbody>
                                    {vouchers.into_iter().map(|v| {
                                        let (percent, value) = (v.percent, v.value);
                                        let expires = v.expires;
                                        let cycle = if v.cycle.eq_ignore_ascii_case("recurring") { W::EveryPayment } else { W::Once };
                                        let used = match v.max_usage {
                                            Some(max) => prefs.w(W::UsedOf).replace("{used}", &v.used.to_string()).replace("{max}", &max.to_string()),
                                            None => format!("{} ({})", v.used, prefs.w(W::Unlimited)),
                                        };
                                        let asked = v.clone();
                                        view! {
                                            <tr>
                                                <th scope="row"><code>{v.code.clone()}</code></th>
                                                <td class="num">{move || currency.with_value(|c| discount_text(prefs, percent, value, c))}</td>
                                                <td>{tw(cycle)}</td>
                                                <td>{tw(audience_word(v.audience))}</td>
                                                <td>{used}</td>
                                                <td>{move || expires.map_or_else(|| prefs.w(W::Never).to_string(), |d| format_date(prefs.lang.get(), d))}</td>
                                                <td>{v.plan.clone()}</td>
                                                <td><button type="button" class="button button--danger button--small"
                                                    aria-label=format!("{} {}", prefs.w(W::Remove), v.code)
                                                    disabled=move || remove.pending().get()
                                                    on:click=move |_| removing.set(Some(asked.clone()))>{tw(W::Remove)}</button></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </AsyncView>
            {move || match remove.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Removed)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <h3>{tw(W::NewVoucher)}</h3>
            <AsyncView resource=plans let:all skeleton_lines=2>
                {
                    let usable: Vec<CommissionPlan> = all.into_iter().filter(|p| p.vouchers).collect();
                    if usable.is_empty() {
                        view! { <p class="muted">{tw(W::NoVoucherPlans)}</p> }.into_any()
                    } else {
                        view! { <NewVoucherForm plans=usable currency=currency.get_value() on_created=changed/> }.into_any()
                    }
                }
            </AsyncView>
        </section>
        <ConfirmDialog id="voucher-remove" heading=Signal::derive(move || prefs.w(W::RemoveTitle).to_string())
            message=Signal::derive(move || removing.with(|v| v.as_ref().map(|v| prefs.w(W::RemoveConfirm).replace("{code}", &v.code)).unwrap_or_default()))
            confirm_label=Signal::derive(move || prefs.w(W::Remove).to_string())
            open=Signal::derive(move || removing.with(Option::is_some))
            on_confirm=Callback::new(move |_| {
                if let Some(v) = removing.get_untracked()
                    && !remove.pending().get_untracked()
                    && removed.is_new(&v.id)
                {
                    remove.dispatch_local(v.id);
                }
                removing.set(None);
            })
            on_cancel=Callback::new(move |_| removing.set(None))/>
    }
}

/// What a field of the new voucher lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem {
    Discount(DiscountProblem),
    MaxUses,
    Expires,
}

#[component]
fn NewVoucherForm(
    plans: Vec<CommissionPlan>,
    currency: String,
    on_created: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let plans = StoredValue::new(plans);
    let plan = RwSignal::new(plans.with_value(|p| p[0].id.clone()));
    let discount = RwSignal::new(String::new());
    let cycle = RwSignal::new("once".to_string());
    let audience = RwSignal::new(VoucherAudience::New);
    let max_uses = RwSignal::new(String::new());
    let expires = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let chosen = Memo::new(move |_| {
        plans.with_value(|list| list.iter().find(|p| p.id == plan.get()).cloned())
    });
    let create = Action::new_local(move |v: &NewVoucher| {
        let api = session.api();
        let v = v.clone();
        async move {
            // The plan as it is now: the discount may not exceed the commission it comes from.
            let fresh = api
                .commission_plan(&v.plan)
                .await
                .map_err(Refused::Portal)?;
            if check_discount(v.discount, &fresh).is_err() {
                return Err(Refused::PlanChanged(fresh));
            }
            api.add_affiliate_voucher(&v).await.map_err(Refused::Portal)
        }
    });
    let sent = LastSent::new();
    Effect::new(move |_| match create.value().get() {
        Some(Ok(())) => {
            discount.set(String::new());
            max_uses.set(String::new());
            expires.set(String::new());
            on_created.run(());
        }
        Some(Err(_)) => sent.forget(),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = chosen.get_untracked() else {
            return;
        };
        let mut found = Vec::new();
        let amount = parse_amount_input(&discount.get_untracked(), 2);
        match amount.map(|d| check_discount(d, &p)) {
            Some(Err(e)) => found.push(Problem::Discount(e)),
            None => found.push(Problem::Discount(DiscountProblem::NotPositive)),
            Some(Ok(())) => {}
        }
        let uses_text = max_uses.get_untracked();
        let uses = match uses_text.trim() {
            "" => Some(None),
            t => t.parse::<u32>().ok().filter(|n| *n >= 1).map(Some),
        };
        if uses.is_none() {
            found.push(Problem::MaxUses);
        }
        let until_text = expires.get_untracked();
        let until = match until_text.trim() {
            "" => Some(None),
            t => Date::parse(t)
                .filter(|d| d.days_since_epoch() > crate::state::today().days_since_epoch())
                .map(Some),
        };
        if until.is_none() {
            found.push(Problem::Expires);
        }
        let ok = found.is_empty();
        problems.set(found);
        if let (true, Some(discount), Some(max_usage), Some(expires)) = (ok, amount, uses, until) {
            let v = NewVoucher {
                plan: p.id,
                cycle: cycle.get_untracked(),
                audience: audience.get_untracked(),
                max_usage,
                expires,
                discount,
            };
            if !create.pending().get_untracked() && sent.is_new(&v) {
                create.dispatch_local(v);
            }
        }
    };
    let has = move |p: Problem| problems.with(|l| l.contains(&p));
    let discount_problem = move || {
        problems.with(|l| {
            l.iter().find_map(|p| match p {
                Problem::Discount(DiscountProblem::NotPositive) => {
                    Some(prefs.w(W::DiscountNotPositive))
                }
                Problem::Discount(DiscountProblem::AbovePlan) => {
                    Some(prefs.w(W::DiscountAbovePlan))
                }
                _ => None,
            })
        })
    };
    let currency = StoredValue::new(currency);
    let help = move || {
        chosen.get().map(|p| {
            // The percentage's sign is in the words ("at most {max} %").
            let (word, max) = if p.percent {
                (W::DiscountHelpPercent, p.rate.normalize().to_string())
            } else {
                let amount = currency.with_value(|c| discount_text(prefs, false, p.rate, c));
                (W::DiscountHelpFixed, amount)
            };
            prefs.w(word).replace("{max}", &max)
        })
    };
    view! {
        <form class="form form--grid" novalidate on:submit=submit>
            <div class="field">
                <label for="voucher-plan">{tw(W::Plan)}</label>
                <select id="voucher-plan" prop:value=move || plan.get() on:change=move |ev| plan.set(event_target_value(&ev))>
                    {plans.get_value().into_iter().map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="voucher-discount">{tw(W::Discount)}</label>
                <input id="voucher-discount" type="text" inputmode="decimal" autocomplete="off" bind:value=discount
                    aria-invalid=move || discount_problem().is_some().to_string()
                    aria-describedby="voucher-discount-hint voucher-discount-error"/>
                <p class="field__hint" id="voucher-discount-hint">{help}</p>
                <p class="field__error" id="voucher-discount-error">{discount_problem}</p>
            </div>
            <div class="field">
                <label for="voucher-cycle">{tw(W::Cycle)}</label>
                <select id="voucher-cycle" prop:value=move || cycle.get() on:change=move |ev| cycle.set(event_target_value(&ev))>
                    <option value="once">{tw(W::Once)}</option>
                    <option value="recurring">{tw(W::EveryPayment)}</option>
                </select>
            </div>
            <div class="field">
                <label for="voucher-audience">{tw(W::Audience)}</label>
                <select id="voucher-audience" prop:value=move || audience.get().code()
                    on:change=move |ev| audience.set(VoucherAudience::parse(&event_target_value(&ev)))>
                    {[VoucherAudience::New, VoucherAudience::Existing, VoucherAudience::All].into_iter()
                        .map(|a| view! { <option value=a.code()>{tw(audience_word(a))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="voucher-max">{tw(W::MaxUses)}</label>
                <input id="voucher-max" type="text" inputmode="numeric" autocomplete="off" bind:value=max_uses
                    aria-invalid=move || has(Problem::MaxUses).to_string() aria-describedby="voucher-max-error"/>
                <p class="field__error" id="voucher-max-error">{move || has(Problem::MaxUses).then(|| prefs.w(W::MaxUsesBad))}</p>
            </div>
            <div class="field">
                <label for="voucher-expires">{tw(W::ExpiresField)}</label>
                <input id="voucher-expires" type="date" bind:value=expires
                    aria-invalid=move || has(Problem::Expires).to_string() aria-describedby="voucher-expires-error"/>
                <p class="field__error" id="voucher-expires-error">{move || has(Problem::Expires).then(|| prefs.w(W::ExpiresBad))}</p>
            </div>
            <div class="form__actions">
                <button type="submit" class="button button--primary" disabled=move || create.pending().get()>{tw(W::Create)}</button>
            </div>
        </form>
        {move || match create.value().get() {
            Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::Created)}</p> }.into_any()),
            Some(Err(Refused::Portal(e))) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            Some(Err(Refused::PlanChanged(p))) => {
                let rate = currency.with_value(|c| discount_text(prefs, p.percent, p.rate, c));
                Some(view! { <p class="banner banner--error" role="alert">{prefs.w(W::PlanChanged).replace("{rate}", &rate)}</p> }.into_any())
            }
            None => None,
        }}
    }
}
