//! `/affiliate`: the affiliate programme (HostBill `/affiliate`, `/affiliates/*`). An account
//! that has not joined sees what the programme pays (the commission plans) and joins once it
//! has confirmed; a member sees its standing and referral link, its referral figures,
//! commissions, payouts and campaigns, the plans, and the discount vouchers it hands out.
//! The page is its own chunk (src/areas.rs).

pub mod affiliate_words;
mod earnings;
mod join;
mod standing;
mod vouchers;

use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::model::affiliate::AffiliateStanding;
use crate::state::prefs::tw;
use crate::state::read::read;
use crate::state::session::use_session;
use affiliate_words::AffiliateWord as W;
use leptos::prelude::*;

/// The page.
#[component]
pub fn AffiliatePage() -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        async move {
            let standing = api.affiliate().await?;
            // Amounts are in the affiliate's currency when the portal names it, else the account's.
            let account = api.balance().await?.credit.currency;
            Ok::<_, ApiError>((standing, account))
        }
    });
    let joined = Callback::new(move |_| data.refetch());
    view! {
        <h1 class="page__title">{tw(W::Title)}</h1>
        <AsyncView resource=data let:d skeleton_lines=6>
            {let (standing, account) = d;
            match standing {
                AffiliateStanding::NotJoined => view! { <join::Join currency=account on_joined=joined/> }.into_any(),
                AffiliateStanding::Member(a) => {
                    let currency = a.currency.clone().unwrap_or(account);
                    view! {
                        <standing::Standing affiliate=*a currency=currency.clone()/>
                        <earnings::Earnings currency=currency.clone()/>
                        <vouchers::Vouchers currency=currency/>
                    }.into_any()
                }
            }}
        </AsyncView>
    }
}

/// A column heading: its words, and whether it holds numbers (right-aligned).
type Column = (W, bool);

/// A list as a table labelled `label` with the `columns` headings and `children` as its rows,
/// or the `empty` words when there are none (`count`).
#[component]
fn Listing(
    label: W,
    empty: W,
    count: usize,
    columns: Vec<Column>,
    children: Children,
) -> impl IntoView {
    let prefs = crate::state::prefs::use_prefs();
    if count == 0 {
        return view! { <p class="muted">{tw(empty)}</p> }.into_any();
    }
    // Focusable, so a keyboard can scroll a table wider than a phone (axe:
    // scrollable-region-focusable); named like its table.
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || prefs.w(label)>
            <table class="table" aria-label=move || prefs.w(label)>
                <thead><tr>
                    {columns.into_iter().map(|(w, num)| view! {
                        <th scope="col" class=num.then_some("num")>{tw(w)}</th>
                    }).collect_view()}
                </tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A commission plan's rate, as a percentage or an amount.
fn rate_text(
    prefs: crate::state::prefs::Prefs,
    plan: &crate::model::affiliate::CommissionPlan,
    currency: &str,
) -> String {
    if plan.percent {
        format!("{} %", plan.rate.normalize())
    } else {
        crate::model::Money::new(plan.rate, currency).format(prefs.lang.get().number_style())
    }
}

/// The commission plans, as a table.
#[component]
fn PlanTable(
    plans: Vec<crate::model::affiliate::CommissionPlan>,
    currency: String,
) -> impl IntoView {
    let prefs = crate::state::prefs::use_prefs();
    let yes_no = move |b: bool| move || prefs.w(if b { W::Yes } else { W::No });
    let columns = vec![
        (W::Name, false),
        (W::Rate, true),
        (W::Recurring, false),
        (W::VouchersAllowed, false),
    ];
    view! {
        <Listing label=W::Plans empty=W::NoPlans count=plans.len() columns=columns>
            {plans.into_iter().map(|p| {
                let currency = currency.clone();
                let (recurring, vouchers) = (p.recurring, p.vouchers);
                view! {
                    <tr>
                        <th scope="row">{p.name.clone()}</th>
                        <td class="num">{move || rate_text(prefs, &p, &currency)}</td>
                        <td>{yes_no(recurring)}</td>
                        <td>{yes_no(vouchers)}</td>
                    </tr>
                }
            }).collect_view()}
        </Listing>
    }
}
