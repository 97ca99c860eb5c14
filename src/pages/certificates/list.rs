//! `/certificates`: every SSL certificate with its domain, validity and state, and the way to
//! order one.

use super::certificate_words::CertificateWord as W;
use super::expiry::Expiry;
use crate::components::async_view::AsyncView;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn CertificateListPage() -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let list = read(move || {
        let api = session.api_for_read();
        async move { api.certificates().await }
    });
    view! {
        <div class="page__head">
            <h1 class="page__title">{tw(W::Title)}</h1>
            <a class="button button--primary" href=Page::OrderCertificate.href()>{tw(W::OrderOne)}</a>
        </div>
        <p class="muted">{tw(W::Intro)}</p>
        <AsyncView resource=list let:certificates skeleton_lines=4>
            {if certificates.is_empty() {
                view! { <p class="card muted">{tw(W::Empty)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap card card--flush">
                        <table class="table table--stack" aria-label=move || prefs.w(W::Title)>
                            <thead><tr>
                                <th scope="col">{tw(W::Certificate)}</th>
                                <th scope="col">{tw(W::Domain)}</th>
                                <th scope="col">{tw(W::Expires)}</th>
                                <th scope="col">{tr(Msg::Status)}</th>
                            </tr></thead>
                            <tbody>
                                {certificates.into_iter().map(|c| view! {
                                    <tr>
                                        <th scope="row"><a class="link" href=Page::Certificate(&c.id).href()>{c.name.clone()}</a></th>
                                        <td data-label=move || prefs.w(W::Domain)>{c.domain.clone().unwrap_or_else(|| "—".into())}</td>
                                        <td data-label=move || prefs.w(W::Expires)><Expiry expires=c.expires/></td>
                                        <td data-label=move || prefs.t(Msg::Status)>
                                            <ServiceStatusBadge status=c.status.clone()/>
                                            {c.cert_status.clone().map(|s| view! { " "<span class="muted">{s}</span> })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </AsyncView>
    }
}
