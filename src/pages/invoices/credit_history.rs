//! The account credit history: each movement with its sign, and the balance after it, newest
//! first. Invoice references link to the invoice.

use super::invoice_words::InvoiceWord;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::i18n::{Msg, format_date};
use crate::model::CreditLogEntry;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::Read;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The history table.
#[component]
pub fn CreditHistory(
    /// The history, re-read by the page after a change.
    log: Read<Vec<CreditLogEntry>>,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="credit-history-title">
            <h2 id="credit-history-title">{tw(InvoiceWord::CreditHistory)}</h2>
            <AsyncView resource=log let:rows skeleton_lines=5>
                <HistoryTable rows=rows/>
            </AsyncView>
        </section>
    }
}

#[component]
fn HistoryTable(rows: Vec<CreditLogEntry>) -> impl IntoView {
    let prefs = use_prefs();
    if rows.is_empty() {
        return view! { <p class="muted">{tw(InvoiceWord::NoCreditHistory)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="table credit-history">
                <thead><tr>
                    <th scope="col">{tr(Msg::Date)}</th>
                    <th scope="col">{tr(Msg::Description)}</th>
                    <th scope="col" class="num">{tw(InvoiceWord::Change)}</th>
                    <th scope="col" class="num">{tw(InvoiceWord::BalanceAfter)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let date = r.date;
                        let incoming = r.change.amount > Decimal::ZERO;
                        let magnitude = crate::model::Money::new(r.change.amount.abs(), &r.change.currency);
                        view! {
                            <tr>
                                <td>{move || date.map(|d| format_date(prefs.lang.get(), d)).unwrap_or_else(|| "—".into())}</td>
                                <td>{match r.invoice_id.clone() {
                                    Some(id) => view! { <a class="link" href=Page::Invoice(&id.to_string()).href()>{r.description.clone()}</a> }.into_any(),
                                    None => view! { <span>{r.description.clone()}</span> }.into_any(),
                                }}</td>
                                <td class="num" class:is-positive=incoming class:is-danger=!incoming>
                                    {if incoming { "+" } else { "−" }}<MoneyText value=magnitude/>
                                </td>
                                <td class="num"><MoneyText value=r.balance.clone()/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
