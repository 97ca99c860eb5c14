//! Add funds: the customer picks an amount and a payment method; the portal creates a top-up
//! invoice, which opens ready to pay. Sent once; after an unclear failure the customer is told to
//! check before trying again (the portal offers no way to look the request up).

use super::credit_history::CreditHistory;
use super::invoice_words::InvoiceWord;
use super::voucher::RedeemVoucher;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::{Balance, PaymentMethod, parse_amount_input};
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use rust_decimal::Decimal;

/// `/funds`: balance and credit, top-up, vouchers and the credit history.
#[component]
pub fn AddFundsPage() -> impl IntoView {
    let session = use_session();
    let caps = use_config().backend.capabilities();
    let data = read(move || {
        let api = session.api_for_read();
        async move {
            let balance = api.balance().await?;
            let methods = api.payment_methods().await?;
            Ok::<_, ApiError>((balance, methods))
        }
    });
    let log = read(move || {
        let api = session.api_for_read();
        async move {
            if caps.credit_log {
                api.credit_log().await
            } else {
                Ok(Vec::new())
            }
        }
    });
    let changed = Callback::new(move |_| {
        data.refetch();
        log.refetch();
    });
    view! {
        <p><a class="link" href=Page::Invoices.href()>"← "{tr(Msg::BackToInvoices)}</a></p>
        <h1 class="page__title">{tw(InvoiceWord::BalanceAndFunds)}</h1>
        <section class="card" aria-labelledby="funds-title">
            <h2 id="funds-title">{tr(Msg::AddFunds)}</h2>
            <p class="muted">{tw(InvoiceWord::AddFundsLead)}</p>
            <AsyncView resource=data let:d>
                <FundsForm balance=d.0 methods=d.1/>
            </AsyncView>
        </section>
        {caps.credit_log.then(|| view! {
            <RedeemVoucher on_change=changed/>
            <CreditHistory log=log/>
        })}
        {caps.transactions.then(|| view! { <super::transactions::Transactions/> })}
    }
}

#[component]
fn FundsForm(
    /// Current balance and credit.
    balance: Balance,
    /// Gateways.
    methods: Vec<PaymentMethod>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let currency = balance.credit.currency.clone();
    let digits = balance.credit.minor_digits();
    let amount_text = RwSignal::new(String::new());
    let gateway = RwSignal::new(methods.first().map(|m| m.id.clone()).unwrap_or_default());
    let no_methods = methods.is_empty();
    let problem = RwSignal::new(None::<InvoiceWord>);
    let create = Action::new_local(move |(amount, gateway): &(Decimal, String)| {
        let api = session.api();
        let (amount, gateway) = (*amount, gateway.clone());
        async move { api.add_funds(amount, &gateway).await }
    });
    let pending = create.pending();
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            navigate(&Page::Invoice(&id.to_string()).href(), Default::default());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        match parse_amount_input(&amount_text.get_untracked(), digits) {
            Some(a) if a > Decimal::ZERO && a.normalize().scale() <= digits => {
                problem.set(None);
                create.dispatch_local((a, gateway.get_untracked()));
            }
            Some(a) if a > Decimal::ZERO => problem.set(Some(InvoiceWord::CreditTooManyDecimals)),
            Some(_) => problem.set(Some(InvoiceWord::CreditNotPositive)),
            None => problem.set(Some(InvoiceWord::InvalidAmount)),
        }
    };
    view! {
        <p>{tr(Msg::AccountCredit)}": "<strong><MoneyText value=balance.credit.clone()/></strong></p>
        <form class="form" novalidate on:submit=submit>
            <div class="field">
                <label for="funds-amount">{tr(Msg::Amount)}" ("{currency}")"</label>
                <input id="funds-amount" inputmode="decimal" autocomplete="off" bind:value=amount_text
                    aria-invalid=move || problem.get().is_some().to_string() aria-describedby="funds-amount-error"/>
                <p class="field__error" id="funds-amount-error">{move || problem.get().map(|m| prefs.w(m))}</p>
            </div>
            // Billing systems that list no gateways (BoxBilling) take the method on the invoice.
            <div class="field" hidden=no_methods>
                <label for="funds-gateway">{tr(Msg::PaymentMethod)}</label>
                <select id="funds-gateway" on:change=move |ev| gateway.set(event_target_value(&ev))>
                    {methods.into_iter().map(|m| view! { <option value=m.id.clone()>{m.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            {move || match create.value().get() {
                Some(Err(e)) if e.is_transient() => Some(view! {
                    <p class="banner banner--error" role="alert">{tw(InvoiceWord::TopUpUnknownOutcome)}" "
                        <a class="link" href=Page::Invoices.with_query(&[("status", "unpaid")])>{tr(Msg::ViewInvoices)}</a></p>
                }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                _ => None,
            }}
            <button type="submit" class="button button--primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                {move || if pending.get() { prefs.w(InvoiceWord::Creating) } else { prefs.w(InvoiceWord::CreateTopUp) }}
            </button>
        </form>
    }
}
