//! The parts an invoice and an estimate share on the page: whom it is addressed to, its lines,
//! and its subtotal and tax.

use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::{BilledTo, InvoiceLine, Money};
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The "Billed to" entry of the document's facts (inside its `<dl>`).
#[component]
pub fn BilledToEntry(billed_to: BilledTo) -> impl IntoView {
    view! {
        <div><dt>{tr(Msg::BilledTo)}</dt><dd class="invoice__address">
            <span>{billed_to.name}</span>
            {billed_to.company.map(|c| view! { <span>{c}</span> })}
            {billed_to.address.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
        </dd></div>
    }
}

/// The lines: description, quantity, unit price and amount.
#[component]
pub fn LineItems(lines: Vec<InvoiceLine>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table invoice__lines">
                <thead><tr>
                    <th scope="col">{tr(Msg::Description)}</th>
                    <th scope="col" class="num">{tr(Msg::Quantity)}</th>
                    <th scope="col" class="num">{tr(Msg::UnitPrice)}</th>
                    <th scope="col" class="num">{tr(Msg::Amount)}</th>
                </tr></thead>
                <tbody>
                    {lines.into_iter().map(|l| view! {
                        <tr>
                            <td>{l.description}</td>
                            <td class="num">{l.quantity.normalize().to_string()}</td>
                            <td class="num"><MoneyText value=l.amount/></td>
                            <td class="num"><MoneyText value=l.line_total/></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The subtotal and tax entries of the totals (inside their `<dl>`), the rate as a percentage.
#[component]
pub fn SubtotalAndTax(subtotal: Money, tax: Money, rate: rust_decimal::Decimal) -> impl IntoView {
    view! {
        <div><dt>{tr(Msg::Subtotal)}</dt><dd><MoneyText value=subtotal/></dd></div>
        <div><dt>{tr(Msg::Tax)}" ("{rate.normalize().to_string()}"%)"</dt><dd><MoneyText value=tax/></dd></div>
    }
}
