//! The invoices that bill one service (`GET /invoices?filter[service]=@id`).

use crate::components::money::MoneyText;
use crate::components::status_badge::InvoiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn ServiceInvoices(service: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let list = read(move || {
        let api = session.api_for_read();
        let service = service.clone();
        async move { api.service_invoices(&service).await }
    });
    view! {
        <section class="card" aria-labelledby="service-invoices-title">
            <h2 id="service-invoices-title">{tw(ServiceWord::ServiceInvoices)}</h2>
            {move || match list.get() {
                Some(Ok(rows)) if rows.is_empty() => view! { <p class="muted">{tw(ServiceWord::NoServiceInvoices)}</p> }.into_any(),
                Some(Ok(rows)) => view! {
                    <div class="table-scroll"><table class="table table--stack">
                        <thead><tr>
                            <th scope="col">{tr(Msg::Number)}</th>
                            <th scope="col">{tr(Msg::Date)}</th>
                            <th scope="col" class="num">{tr(Msg::Total)}</th>
                            <th scope="col">{tr(Msg::Status)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().take(12).map(|i| {
                                let date = i.date;
                                view! { <tr>
                                    <th scope="row"><a class="link" href=Page::Invoice(&i.id.to_string()).href()>{i.number.clone()}</a></th>
                                    <td data-label=move || prefs.t(Msg::Date)>{move || date.map(|d| format_date(prefs.lang.get(), d)).unwrap_or_default()}</td>
                                    <td class="num" data-label=move || prefs.t(Msg::Total)><MoneyText value=i.total.clone()/></td>
                                    <td><InvoiceStatusBadge status=i.status.clone() due=i.due/></td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any(),
                // The list is a convenience here: a portal without the filter just hides it.
                Some(Err(_)) => view! { <p class="muted">{tw(ServiceWord::NoServiceInvoices)}</p> }.into_any(),
                None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
            }}
        </section>
    }
}
