//! Paying an invoice through a gateway: pick a method and see its fee and the total before
//! confirming; the confirmation names invoice, amount, currency and method; then the portal's
//! payment link is opened (only https or this site). Single-submit; never retried.

use super::invoice_words::InvoiceWord;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::payment::is_followable_payment_url;
use crate::model::{InvoiceDetail, PaymentMethod};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The "Pay this invoice" panel of an unpaid invoice.
#[component]
pub fn PayPanel(
    /// The invoice (unpaid, with a balance due).
    invoice: InvoiceDetail,
) -> impl IntoView {
    let session = use_session();
    let methods = read(move || {
        let api = session.api_for_read();
        async move { api.payment_methods().await }
    });
    view! {
        <section class="card pay-panel no-print" aria-labelledby="pay-title">
            <h2 id="pay-title">{tw(InvoiceWord::PayInvoice)}</h2>
            <AsyncView resource=methods let:list>
                <PayForm invoice=invoice.clone() methods=list/>
            </AsyncView>
        </section>
    }
}

#[component]
fn PayForm(
    /// The invoice.
    invoice: InvoiceDetail,
    /// Gateways with fees.
    methods: Vec<PaymentMethod>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let due = invoice.balance_due();
    let chosen = RwSignal::new(methods.first().map(|m| m.id.clone()));
    let methods = StoredValue::new(methods);
    let selected = move || {
        chosen
            .get()
            .and_then(|id| methods.with_value(|ms| ms.iter().find(|m| m.id == id).cloned()))
    };
    let confirming = RwSignal::new(false);
    let invoice_id = invoice.id.clone();
    let pay = Action::new_local(move |gateway: &String| {
        let api = session.api();
        let (invoice_id, gateway) = (invoice_id.clone(), gateway.clone());
        async move {
            let url = api.pay_link(&invoice_id, &gateway).await?;
            if !is_followable_payment_url(&url) {
                return Err(ApiError::Decode("unsafe payment link".into()));
            }
            let _ = window().location().assign(&url);
            Ok(())
        }
    });
    let pending = pay.pending();
    let due_text = due.clone();
    let number = invoice.number.clone();
    let message = Signal::derive(move || {
        let Some(m) = selected() else {
            return String::new();
        };
        let style = prefs.lang.get().number_style();
        let fee = m.fee(&due_text);
        // A method without a fee is not "a fee of $0.00".
        let msg = if fee.amount.is_zero() {
            InvoiceWord::ConfirmPayNoFee
        } else {
            InvoiceWord::ConfirmPay
        };
        prefs
            .w(msg)
            .replace("{total}", &m.total(&due_text).format(style))
            .replace("{number}", &number)
            .replace("{currency}", &due_text.currency)
            .replace("{method}", &m.name)
            .replace("{fee}", &fee.format(style))
    });
    let due_for_label = due.clone();
    // The button names the act and the amount, as the customer will be charged it.
    let pay_label = Signal::derive(move || {
        let style = prefs.lang.get().number_style();
        let total = selected()
            .map(|m| m.total(&due_for_label))
            .unwrap_or_else(|| due_for_label.clone());
        prefs
            .w(InvoiceWord::PayAmount)
            .replace("{total}", &total.format(style))
    });
    let confirm = Callback::new(move |_| {
        confirming.set(false);
        if pending.get_untracked() {
            return;
        }
        if let Some(id) = chosen.get_untracked() {
            pay.dispatch_local(id);
        }
    });
    let due_for_rows = due.clone();
    let due_for_total = due.clone();
    view! {
        <form class="form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            if !pending.get_untracked() && selected().is_some() {
                confirming.set(true);
            }
        }>
            <fieldset class="methods">
                <legend>{tr(Msg::PaymentMethod)}</legend>
                {methods.get_value().into_iter().map(|m| {
                    let id = m.id.clone();
                    let checked_id = m.id.clone();
                    let fee = m.fee(&due_for_rows);
                    view! {
                        <label class="method">
                            <input type="radio" name="gateway" value=m.id.clone()
                                prop:checked=move || chosen.get().as_deref() == Some(checked_id.as_str())
                                on:change=move |_| chosen.set(Some(id.clone()))/>
                            <span class="method__name">{m.name.clone()}</span>
                            <span class="method__fee muted">{if fee.amount.is_zero() {
                                view! { {tw(InvoiceWord::NoFee)} }.into_any()
                            } else {
                                view! { "+ "<MoneyText value=fee/>" "{tw(InvoiceWord::Fee)} }.into_any()
                            }}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="pay-total">{tw(InvoiceWord::TotalToPay)}": "<strong data-figure="total-to-pay">{move || {
                let due = due_for_total.clone();
                selected().map(|m| view! { <MoneyText value=m.total(&due)/> })
            }}</strong></p>
            {move || match pay.value().get() {
                Some(Err(ApiError::Decode(_))) => Some(view! { <p class="banner banner--error" role="alert">{tw(InvoiceWord::BadPaymentLink)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                _ => None,
            }}
            <button type="submit" class="button button--primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                {move || if pending.get() { prefs.w(InvoiceWord::OpeningGateway) } else { prefs.w(InvoiceWord::ContinueToPayment) }}
            </button>
        </form>
        <ConfirmDialog id="confirm-pay" heading=Signal::derive(move || prefs.w(InvoiceWord::PayInvoice).to_string()) message=message open=confirming
            confirm_label=pay_label
            on_confirm=confirm on_cancel=Callback::new(move |_| confirming.set(false))/>
    }
}
