//! `/estimates/:id`: one estimate as a printable document, with its PDF.

use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::billing_document::{BilledToEntry, LineItems, SubtotalAndTax};
use crate::components::download_button::{Document, DownloadButton};
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::components::status_badge::EstimateStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::EstimateDetail;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::state::today;
use leptos::prelude::*;

/// The page.
#[component]
pub fn EstimatePage(
    /// The estimate's id.
    id: String,
) -> impl IntoView {
    let session = use_session();
    let estimate = read(move || {
        let api = session.api_for_read();
        let id = id.clone();
        async move { api.estimate(&id).await }
    });
    let missing = Memo::new(move |_| {
        matches!(
            estimate.get(),
            Some(Err(ApiError::Portal {
                status: 403 | 404,
                ..
            }))
        )
    });
    view! {
        <p class="no-print"><a class="link" href=Page::Estimates.href()>"← "{tr(Msg::BackToEstimates)}</a></p>
        {move || if missing.get() {
            view! {
                <h1 class="page__title">{tr(Msg::EstimateTitle)}</h1>
                <div class="card"><ErrorPanel error=ApiError::Portal { status: 404, messages: vec![] }/>
                    <p>{tr(Msg::EstimateNotFound)}</p></div>
            }.into_any()
        } else {
            view! {
                <AsyncView resource=estimate let:e skeleton_lines=8>
                    <EstimateDocument e=e/>
                </AsyncView>
            }.into_any()
        }}
    }
}

#[component]
fn EstimateDocument(e: EstimateDetail) -> impl IntoView {
    let prefs = use_prefs();
    let pdf = use_config().backend.capabilities().pdf;
    let date = move |d: Option<crate::model::Date>| {
        d.map(|d| format_date(prefs.lang.get(), d))
            .unwrap_or_else(|| "—".into())
    };
    let s = e.summary.clone();
    let (issued, valid) = (s.date, s.valid_until);
    let expired = s.is_expired(today());
    view! {
        <article class="invoice card" aria-labelledby="estimate-title">
            <header class="invoice__head">
                <h1 id="estimate-title" class="page__title">{tr(Msg::EstimateTitle)}" #"{s.id.clone()}</h1>
                <EstimateStatusBadge status=s.status.clone() expired=expired/>
                <div class="invoice__actions no-print">
                    <button type="button" class="button button--secondary"
                        on:click=move |_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
                    {pdf.then(|| view! { <DownloadButton doc=Document::Estimate { id: s.id.clone() }/> })}
                </div>
            </header>
            <p class="invoice__subject">{s.subject.clone()}</p>
            <dl class="invoice__meta">
                <div><dt>{tr(Msg::IssuedOn)}</dt><dd>{move || date(issued)}</dd></div>
                <div><dt>{tr(Msg::ValidUntil)}</dt><dd class:is-danger=expired>{move || date(valid)}</dd></div>
                <BilledToEntry billed_to=e.billed_to.clone()/>
            </dl>
            <LineItems lines=e.lines.clone()/>
            <dl class="invoice__totals">
                <SubtotalAndTax subtotal=e.subtotal.clone() tax=e.tax.clone() rate=e.tax_rate/>
                <div class="invoice__total" data-figure="estimate-total"><dt>{tr(Msg::Total)}</dt><dd><MoneyText value=s.total.clone()/></dd></div>
            </dl>
            {e.notes.clone().map(|n| view! { <p class="invoice__notes muted">{n}</p> })}
            // HostBill's client API can neither accept nor decline an estimate: say how to answer
            // instead of "awaiting your reply" with nothing to reply with.
            {(s.status == crate::model::EstimateStatus::Sent && !expired).then(|| {
                let support = use_config().support_url;
                view! {
                    <p class="banner banner--info no-print" data-figure="estimate-how-to-answer">
                        {tr(Msg::EstimateHowToAnswer)}
                        {support.map(|href| view! { " " <a class="link" href=href>{tr(Msg::ContactSupport)}</a> })}
                    </p>
                }
            })}
        </article>
    }
}
