//! "Renew now" on billing systems that make a renewal invoice on request (BoxBilling's
//! `invoice/renewal_invoice`, HostBill's `POST /service/@id/manualrenew`). What it really does is said before it is confirmed: FOSSBilling
//! issues the next period's invoice, or hands back the unpaid one already issued for the order,
//! and pays it from the account credit at once when the credit covers it
//! (`modules/Invoice/Api/Client.php`, `renewal_invoice`: `approveInvoice` with `use_credits`).
//! Sent once; afterwards the page says what happened (paid from credit, or waiting for payment)
//! with the invoice to open, instead of opening it without a word.

use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::{InvoiceDetail, InvoiceStatus, Money};
use crate::pages::services::service_words::ServiceWord;
use crate::routes::Page;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The section.
#[component]
pub fn RenewNow(
    /// The service (BoxBilling order) id.
    service: String,
    /// Its name, for the question.
    name: String,
    /// Its price per period, in the account currency.
    price: Decimal,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let asking = RwSignal::new(false);
    // The credit, to say before confirming whether it will pay the invoice.
    let balance = read(move || {
        let api = session.api_for_read();
        async move { api.balance().await }
    });
    let renew = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move {
            let hash = api.renewal_invoice(&id).await?;
            // What the portal did with it: read back, best effort (the invoice exists either way).
            let invoice = match &hash {
                Some(h) => api.invoice(h).await.ok(),
                None => None,
            };
            Ok::<_, ApiError>((hash, invoice))
        }
    });
    let pending = renew.pending();
    let question = move || {
        let style = prefs.lang.get().number_style();
        // Amounts only once the account's currency is known (the balance names it): never a
        // price under a currency it is not in.
        let credit = balance.get().and_then(|b| b.ok()).map(|b| b.credit);
        let (price, credit) = credit.map_or(("—".into(), "—".into()), |c| {
            (
                Money::new(price, &c.currency).format(style),
                c.format(style),
            )
        });
        prefs
            .w(ServiceWord::RenewConfirm)
            .replace("{name}", &name)
            .replace("{price}", &price)
            .replace("{credit}", &credit)
    };
    view! {
        <section class="card" aria-labelledby="renew-title">
            <h2 id="renew-title">{tw(ServiceWord::RenewTitle)}</h2>
            <p class="muted">{tw(ServiceWord::RenewLead)}</p>
            {move || match renew.value().get() {
                Some(Ok((hash, invoice))) => view! { <Renewed hash=hash invoice=invoice/> }.into_any(),
                other => view! {
                    <button type="button" class="button button--secondary" disabled=move || pending.get()
                        on:click=move |_| asking.set(true)>{tw(ServiceWord::RenewNow)}</button>
                    {other.and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
                }.into_any(),
            }}
            <ConfirmDialog id="renew-confirm" heading=Signal::derive(move || prefs.w(ServiceWord::RenewNow).to_string())
                message=Signal::derive(question)
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    if !pending.get_untracked() {
                        renew.dispatch_local(service.clone());
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}

/// What the renewal did: the invoice, and whether the credit paid it (the invoices when the
/// portal did not name it).
#[component]
fn Renewed(hash: Option<String>, invoice: Option<InvoiceDetail>) -> impl IntoView {
    let prefs = use_prefs();
    let href = hash
        .as_deref()
        .map_or_else(|| Page::Invoices.href(), |h| Page::Invoice(h).href());
    let words = move || {
        let style = prefs.lang.get().number_style();
        match &invoice {
            Some(i) if i.status == InvoiceStatus::Paid => prefs
                .w(ServiceWord::RenewPaidFromCredit)
                .replace("{number}", &i.number)
                .replace("{amount}", &i.total.format(style)),
            Some(i) => prefs
                .w(ServiceWord::RenewAwaitingPayment)
                .replace("{number}", &i.number)
                .replace("{amount}", &i.balance_due().format(style)),
            None => prefs.w(ServiceWord::RenewIssued).to_string(),
        }
    };
    view! {
        <p class="banner banner--success" role="status" data-figure="renewal-outcome">
            {words}" "<a class="link" href=href>{tw(ServiceWord::OpenTheInvoice)}</a>
        </p>
    }
}
