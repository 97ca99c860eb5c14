//! Unpaid invoices: how many, how much per currency, how many overdue, and the next due.

use crate::components::async_view::AsyncView;
use crate::components::card::Card;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::UnpaidSummary;
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::state::today;
use leptos::prelude::*;

/// Unpaid-invoices card.
#[component]
pub fn InvoicesCard() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let invoices = read(move || {
        let api = session.api_for_read();
        async move {
            api.unpaid_invoices()
                .await
                .map(|list| UnpaidSummary::of(&list, today()))
        }
    });
    view! {
        <Card id="unpaid" title=Msg::UnpaidInvoicesCard
            link=(Page::Invoices.with_query(&[("status", "unpaid")]), Msg::ViewInvoices)>
            <AsyncView resource=invoices let:s>
                {if s.count == 0 {
                    view! { <p class="muted">{tr(Msg::NothingDue)}</p> }.into_any()
                } else {
                    let next = s.next.clone();
                    view! {
                        <dl class="figures">
                            <div class="figure">
                                <dt>{tr(Msg::UnpaidCount)}</dt>
                                <dd class="figure__value" data-figure="unpaid-count">{s.count}</dd>
                            </div>
                            <div class="figure">
                                <dt>{tr(Msg::Overdue)}</dt>
                                <dd class="figure__value" class:is-danger={s.overdue > 0} data-figure="overdue-count">
                                    {if s.overdue > 0 {
                                        view! { <a class="link" href=Page::Invoices.with_query(&[("status", "overdue")]) aria-label=move || prefs.t_n(Msg::OverdueLink, s.overdue as i64)>{s.overdue}</a> }.into_any()
                                    } else {
                                        view! { {s.overdue} }.into_any()
                                    }}
                                </dd>
                            </div>
                        </dl>
                        <p class="totals__label muted" id="outstanding-label">{tr(Msg::Outstanding)}</p>
                        <ul class="totals" aria-labelledby="outstanding-label" data-figure="outstanding">
                            {s.totals.iter().map(|m| view! { <li><MoneyText value=m.clone()/></li> }).collect_view()}
                        </ul>
                        {next.map(|n| {
                            let today_days = today().days_since_epoch();
                            let days = n.due.map(|d| d.days_since_epoch() - today_days);
                            let href = Page::Invoice(&n.id.to_string()).href();
                            view! {
                                <p class="next-due">
                                    <span class="muted">{tr(Msg::NextDue)}": "</span>
                                    <a class="link" href=href>"#"{n.number.clone()}</a>" · "
                                    <MoneyText value=n.total.clone()/>" · "
                                    <span class:is-danger=days.is_some_and(|d| d < 0)>{move || match days {
                                        Some(0) => prefs.t(Msg::DueToday).to_string(),
                                        Some(d) if d < 0 => prefs.t_n(Msg::DaysOverdue, -d),
                                        Some(d) => prefs.t_n(Msg::DaysLeft, d),
                                        None => String::new(),
                                    }}</span>
                                </p>
                            }
                        })}
                    }.into_any()
                }}
            </AsyncView>
        </Card>
    }
}
