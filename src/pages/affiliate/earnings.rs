//! What the affiliate earned and was paid: commissions (approved or awaiting approval),
//! payouts, campaigns, and the commission plans.

use super::affiliate_words::AffiliateWord as W;
use super::{Listing, PlanTable};
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::i18n::format_date;
use crate::model::{Date, Money};
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

#[component]
pub fn Earnings(currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let commissions = read(move || {
        let api = session.api_for_read();
        async move { api.affiliate_commissions().await }
    });
    let payouts = read(move || {
        let api = session.api_for_read();
        async move { api.affiliate_payouts().await }
    });
    let campaigns = read(move || {
        let api = session.api_for_read();
        async move { api.affiliate_campaigns().await }
    });
    let plans = read(move || {
        let api = session.api_for_read();
        async move { api.commission_plans().await }
    });
    let date = move |d: Option<Date>| {
        move || d.map_or_else(|| "—".to_string(), |d| format_date(prefs.lang.get(), d))
    };
    // Copy, for the rows each list builds when it arrives.
    let money = StoredValue::new(currency.clone());
    let in_currency = move |amount| money.with_value(|c| Money::new(amount, c));
    view! {
        <section class="card" aria-labelledby="affiliate-commissions-title">
            <h2 id="affiliate-commissions-title">{tw(W::Commissions)}</h2>
            <AsyncView resource=commissions let:list skeleton_lines=3>
                <Listing label=W::Commissions empty=W::NoCommissions count=list.len()
                    columns=vec![(W::Date, false), (W::Order, false), (W::Sale, true), (W::Commission, true), (W::Approved, false)]>
                    {list.into_iter().map(|c| view! {
                        <tr>
                            <td>{date(c.date)}</td>
                            <td>{c.order.clone().map(|o| format!("#{o} ")).unwrap_or_default()}{c.item.clone()}</td>
                            <td class="num">{c.sale.map(|s| view! { <MoneyText value=in_currency(s)/> })}</td>
                            <td class="num"><MoneyText value=in_currency(c.amount)/></td>
                            <td>{if c.approved {
                                view! { <span class="badge badge--success">{tw(W::Approved)}</span> }.into_any()
                            } else {
                                view! { <span class="badge badge--warning">{tw(W::AwaitingApproval)}</span> }.into_any()
                            }}</td>
                        </tr>
                    }).collect_view()}
                </Listing>
            </AsyncView>
        </section>
        <section class="card" aria-labelledby="affiliate-payouts-title">
            <h2 id="affiliate-payouts-title">{tw(W::Payouts)}</h2>
            <AsyncView resource=payouts let:list skeleton_lines=2>
                <Listing label=W::Payouts empty=W::NoPayouts count=list.len()
                    columns=vec![(W::Date, false), (W::Amount, true), (W::Method, false), (W::Notes, false)]>
                    {list.into_iter().map(|p| view! {
                        <tr>
                            <td>{date(p.date)}</td>
                            <td class="num"><MoneyText value=in_currency(p.amount)/></td>
                            <td>{p.method.clone()}</td>
                            <td>{p.notes.clone()}</td>
                        </tr>
                    }).collect_view()}
                </Listing>
            </AsyncView>
        </section>
        <section class="card" aria-labelledby="affiliate-campaigns-title">
            <h2 id="affiliate-campaigns-title">{tw(W::Campaigns)}</h2>
            <AsyncView resource=campaigns let:list skeleton_lines=2>
                <Listing label=W::Campaigns empty=W::NoCampaigns count=list.len()
                    columns=vec![(W::Name, false), (W::ReferralLink, false), (W::Visits, true), (W::Signups, true)]>
                    {list.into_iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.name.clone()}</th>
                            <td><code>{c.url.clone().unwrap_or_default()}</code></td>
                            <td class="num">{c.visits.map(|n| n.to_string()).unwrap_or_else(|| "—".into())}</td>
                            <td class="num">{c.signups.map(|n| n.to_string()).unwrap_or_else(|| "—".into())}</td>
                        </tr>
                    }).collect_view()}
                </Listing>
            </AsyncView>
        </section>
        <section class="card" aria-labelledby="affiliate-plans-title">
            <h2 id="affiliate-plans-title">{tw(W::Plans)}</h2>
            <AsyncView resource=plans let:list skeleton_lines=2>
                <PlanTable plans=list currency=currency.clone()/>
            </AsyncView>
        </section>
    }
}
