//! One invoice: number, status, dates, who is billed, lines, tax, credit applied, total and
//! balance due, a print view, and applying account credit.

use super::apply_credit::{ApplyCredit, CreditOutcome, Outcome};
use super::invoice_words::InvoiceWord;
use super::pay::PayPanel;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::billing_document::{BilledToEntry, LineItems, SubtotalAndTax};
use crate::components::download_button::{Document, DownloadButton};
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::components::status_badge::InvoiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::InvoiceDetail;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The invoice page (`/invoices/:id`).
#[component]
pub fn InvoicePage(
    /// The invoice's id (its hash on BoxBilling).
    id: String,
) -> impl IntoView {
    let session = use_session();
    let query = leptos_router::hooks::use_query_map();
    let prefs = crate::state::prefs::use_prefs();
    let id = Signal::stored(id);
    let invoice = read(move || {
        let api = session.api_for_read();
        let id = id.get();
        async move { api.invoice(&id).await }
    });
    let balance = read(move || {
        let api = session.api_for_read();
        async move { api.balance().await }
    });
    let changed = Callback::new(move |_| {
        invoice.refetch();
        balance.refetch();
    });
    let outcome = RwSignal::new(None::<Outcome>);
    let pay_online = use_config().backend.capabilities().pay_online;
    let apply_credit = use_config().backend.capabilities().apply_credit;
    let delete_invoice = use_config().backend.capabilities().delete_invoice;
    let pay_elsewhere = StoredValue::new(use_config().invoice_payment_url);
    // Only "missing" vs "the rest" switches the layout; re-reads update the document in place.
    let missing = Memo::new(move |_| {
        matches!(
            invoice.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    view! {
        <p class="no-print"><a class="link" href=Page::Invoices.href()>"← "{tr(Msg::BackToInvoices)}</a></p>
        <CreditOutcome outcome=outcome/>
        // Arriving from checkout: the order number, once.
        {move || query.with(|q| q.get("order")).map(|n| view! {
            <p class="banner banner--success" role="status">{move || prefs.t(Msg::OrderPlacedMsg).replace("{n}", &n)}</p>
        })}
        {move || if missing.get() {
            // Another client's invoice and a missing one look the same: say so plainly.
            view! {
                <h1 class="page__title">{tw(InvoiceWord::InvoiceTitle)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tw(InvoiceWord::InvoiceNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=invoice let:inv skeleton_lines=8>
                    <InvoiceDocument inv=inv.clone()/>
                    {(pay_online && inv.accepts_credit()).then(|| view! { <PayPanel invoice=inv.clone()/> })}
                    // Billing systems whose API takes no payment (BoxBilling): their own page.
                    {(!pay_online && inv.accepts_credit()).then(|| pay_elsewhere.get_value().map(|url| view! {
                        <section class="card no-print" aria-labelledby="pay-elsewhere-title">
                            <h2 id="pay-elsewhere-title">{tw(InvoiceWord::PayThisInvoice)}</h2>
                            <p class="muted">{tw(InvoiceWord::PayElsewhereLead)}</p>
                            <a class="button button--primary" rel="external" href=url.replace("{id}", &crate::percent::encode_component(&inv.id))>{tw(InvoiceWord::PayOnBillingSite)}</a>
                        </section>
                    })).flatten()}
                    {(delete_invoice && inv.status == crate::model::InvoiceStatus::Unpaid).then(|| view! {
                        <super::delete::DeleteInvoice id=inv.id.clone() number=inv.number.clone()/>
                    })}
                    {(apply_credit && inv.accepts_credit()).then(|| view! {
                        <ApplyCredit invoice=inv.clone() balance=balance on_change=changed outcome=outcome/>
                    })}
                </AsyncView>
            }.into_any()
        }}
    }
}

/// The printable invoice itself.
#[component]
fn InvoiceDocument(
    /// The invoice.
    inv: InvoiceDetail,
) -> impl IntoView {
    let prefs = use_prefs();
    let date = move |d: Option<crate::model::Date>| {
        d.map(|d| format_date(prefs.lang.get(), d))
            .unwrap_or_else(|| "—".into())
    };
    let (issued, due, paid) = (inv.date, inv.due, inv.paid_on);
    let has_credit = !inv.credit.amount.is_zero();
    let pdf = use_config().backend.capabilities().pdf;
    view! {
        <article class="invoice card" aria-labelledby="invoice-title">
            <header class="invoice__head">
                <h1 id="invoice-title" class="page__title">{tw(InvoiceWord::InvoiceTitle)}" #"{inv.number.clone()}</h1>
                <InvoiceStatusBadge status=inv.status.clone() due=inv.due/>
                <div class="invoice__actions no-print">
                    <button type="button" class="button button--secondary"
                        on:click=move |_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
                    {pdf.then(|| view! { <DownloadButton doc=Document::Invoice { id: inv.id.clone(), number: inv.number.clone() }/> })}
                </div>
            </header>
            <dl class="invoice__meta">
                <div><dt>{tr(Msg::IssuedOn)}</dt><dd>{move || date(issued)}</dd></div>
                <div><dt>{tw(InvoiceWord::DueOn)}</dt><dd>{move || date(due)}</dd></div>
                {paid.map(|p| view! { <div><dt>{tw(InvoiceWord::PaidOn)}</dt><dd>{move || date(Some(p))}</dd></div> })}
                <BilledToEntry billed_to=inv.billed_to.clone()/>
            </dl>
            <LineItems lines=inv.lines.clone()/>
            <dl class="invoice__totals">
                <SubtotalAndTax subtotal=inv.subtotal.clone() tax=inv.tax.clone() rate=inv.tax_rate/>
                {has_credit.then(|| view! {
                    <div><dt>{tr(Msg::CreditApplied)}</dt><dd>"−"<MoneyText value=inv.credit.clone()/></dd></div>
                })}
                <div class="invoice__total"><dt>{tr(Msg::Total)}</dt><dd><MoneyText value=inv.total.clone()/></dd></div>
                {(inv.amount_paid().amount > rust_decimal::Decimal::ZERO).then(|| view! {
                    <div data-figure="amount-paid"><dt>{tw(InvoiceWord::PaymentsReceived)}</dt><dd>"−"<MoneyText value=inv.amount_paid()/></dd></div>
                })}
                <div class="invoice__due" data-figure="balance-due"><dt>{tw(InvoiceWord::BalanceDue)}</dt><dd><MoneyText value=inv.balance_due()/></dd></div>
            </dl>
            {inv.notes.clone().map(|n| view! { <p class="invoice__notes muted">{n}</p> })}
        </article>
    }
}
