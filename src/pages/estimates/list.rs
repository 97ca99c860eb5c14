//! `/estimates`: every estimate, newest first, with validity at a glance.

use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::components::status_badge::EstimateStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::routes::Page;
use crate::state::prefs::{tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::state::today;
use leptos::prelude::*;

/// The list page.
#[component]
pub fn EstimateListPage() -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let estimates = read(move || {
        let api = session.api_for_read();
        async move { api.estimates().await }
    });
    let today = today();
    let date = move |d: Option<crate::model::Date>| {
        d.map(|d| format_date(prefs.lang.get(), d))
            .unwrap_or_else(|| "—".into())
    };
    view! {
        <p><a class="link" href=Page::Invoices.href()>"← "{tr(Msg::BackToInvoices)}</a></p>
        <h1 class="page__title">{tr(Msg::Estimates)}</h1>
        <AsyncView resource=estimates let:rows skeleton_lines=4>
            {if rows.is_empty() {
                view! { <p class="card muted">{tr(Msg::NoEstimates)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap card card--flush">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{tr(Msg::Number)}</th>
                                <th scope="col">{tr(Msg::Subject)}</th>
                                <th scope="col">{tr(Msg::IssuedOn)}</th>
                                <th scope="col">{tr(Msg::ValidUntil)}</th>
                                <th scope="col" class="num">{tr(Msg::Total)}</th>
                                <th scope="col">{tr(Msg::Status)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|e| {
                                    let (issued, valid) = (e.date, e.valid_until);
                                    let expired = e.is_expired(today);
                                    view! {
                                        <tr>
                                            <th scope="row"><a class="link" href=Page::Estimate(&e.id.to_string()).href()>"#"{e.id.clone()}</a></th>
                                            <td>{e.subject.clone()}</td>
                                            <td>{move || date(issued)}</td>
                                            <td class:is-danger=expired>{move || date(valid)}</td>
                                            <td class="num"><MoneyText value=e.total.clone()/></td>
                                            <td><EstimateStatusBadge status=e.status.clone() expired=expired/></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </AsyncView>
    }
}
