//! The payments the billing system recorded (BoxBilling's transactions), newest first: date,
//! the invoice paid (linked), method, amount and status.

use super::invoice_words::InvoiceWord;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::i18n::{Msg, format_date};
use crate::model::Transaction;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn Transactions() -> impl IntoView {
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.transactions().await }
    });
    view! {
        <section class="card" aria-labelledby="transactions-title">
            <h2 id="transactions-title">{tw(InvoiceWord::PaymentsReceived)}</h2>
            <AsyncView resource=list let:rows skeleton_lines=4>
                <Table rows=rows/>
            </AsyncView>
        </section>
    }
}

#[component]
fn Table(rows: Vec<Transaction>) -> impl IntoView {
    let prefs = use_prefs();
    if rows.is_empty() {
        return view! { <p class="muted">{tw(InvoiceWord::NoPayments)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead><tr>
                    <th scope="col">{tr(Msg::Date)}</th>
                    <th scope="col">{tw(InvoiceWord::InvoiceTitle)}</th>
                    <th scope="col">{tr(Msg::PaymentMethod)}</th>
                    <th scope="col" class="num">{tr(Msg::Amount)}</th>
                    <th scope="col">{tr(Msg::Status)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|t| {
                        let date = t.date;
                        view! {
                            <tr>
                                <td>{move || date.map(|d| format_date(prefs.lang.get(), d)).unwrap_or_else(|| "—".into())}</td>
                                <td>{t.invoice.map(|h| view! { <a class="link" href=Page::Invoice(&h.to_string()).href()>{tr(Msg::Open)}</a> })}</td>
                                <td>{t.method}</td>
                                <td class="num"><MoneyText value=t.amount/></td>
                                <td>{t.status}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
