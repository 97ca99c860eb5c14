//! Applying account credit to an invoice: the amount is checked before sending, a confirmation
//! names the invoice, amount and currency, the request is sent once (never retried), and after an
//! ambiguous failure (timeout, dropped connection, 5xx) the invoice is re-read to report what
//! really happened before "try again" is offered.

use super::invoice_words::InvoiceWord;
use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::{error_message, portal_detail};
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::invoice_detail::{CreditProblem, validate_credit_amount};
use crate::model::{Balance, InvoiceDetail, Money, parse_amount_input};
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::Read;
use crate::state::session::use_session;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How an attempt ended. Kept by the page: the panel is rebuilt when the invoice is re-read.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Applied,
    /// Ambiguous failure, and the re-read shows nothing changed.
    NotApplied,
    /// The portal said no (or the re-read failed too).
    Failed(ApiError),
}

fn problem_message(p: CreditProblem) -> InvoiceWord {
    match p {
        CreditProblem::NotPositive => InvoiceWord::CreditNotPositive,
        CreditProblem::TooManyDecimals => InvoiceWord::CreditTooManyDecimals,
        CreditProblem::MoreThanDue => InvoiceWord::CreditMoreThanDue,
        CreditProblem::MoreThanAvailable => InvoiceWord::CreditMoreThanAvailable,
        CreditProblem::OtherCurrency => InvoiceWord::CreditOtherCurrency,
    }
}

/// The "Apply credit" panel of an unpaid invoice.
#[component]
pub fn ApplyCredit(
    /// The invoice (unpaid, with a balance due).
    invoice: InvoiceDetail,
    /// The account balance (for the credit available).
    balance: Read<Balance>,
    /// Called after credit was applied, to re-read what changed.
    on_change: Callback<()>,
    /// Where the outcome of the last attempt is kept (shown by the page).
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    // Some billing systems (Kdata) apply as much credit as the invoice needs, not an amount:
    // the figure is then shown, read-only, as what will be applied.
    let partial_credit = crate::state::brand::use_config()
        .backend
        .capabilities()
        .credit_amount;
    let due = invoice.balance_due();
    let invoice_currency = due.currency.clone();
    let digits = due.minor_digits();
    let id = invoice.id.clone();
    let number = invoice.number.clone();
    let credit_before = invoice.credit.amount;

    let available = move || balance.get().and_then(|b| b.ok()).map(|b| b.credit);
    let amount_text = RwSignal::new(String::new());
    // Prefill with what can be applied: the smaller of the due amount and the credit.
    let prefill_due = due.clone();
    Effect::new(move |_| {
        if let Some(avail) = available()
            && amount_text.get_untracked().is_empty()
            && avail.currency == prefill_due.currency
        {
            let a = avail.amount.min(prefill_due.amount).max(Decimal::ZERO);
            // In the customer's decimal mark ("19,44" in Vietnamese); either mark is read back.
            let plain = format!("{:.*}", digits as usize, a);
            amount_text.set(prefs.lang.get_untracked().number_style().decimal(&plain));
        }
    });
    let problem = RwSignal::new(None::<InvoiceWord>);
    let confirming = RwSignal::new(None::<Money>);
    let checking = RwSignal::new(false);

    let apply = Action::new_local(move |amount: &Money| {
        let api = session.api();
        let id = id.clone();
        let amount = amount.amount;
        async move {
            match api.apply_credit(&id, Some(amount)).await {
                Ok(_) => Outcome::Applied,
                Err(e) if e.is_transient() => {
                    // We do not know whether the portal applied it: look before saying anything.
                    checking.try_set(true);
                    let outcome = match api.invoice(&id).await {
                        Ok(now) if now.credit.amount > credit_before => Outcome::Applied,
                        Ok(_) => Outcome::NotApplied,
                        Err(_) => Outcome::Failed(e),
                    };
                    checking.try_set(false);
                    outcome
                }
                Err(e) => Outcome::Failed(e),
            }
        }
    });
    let pending = apply.pending();
    Effect::new(move |_| {
        if let Some(result) = apply.value().get() {
            let applied = result == Outcome::Applied;
            outcome.set(Some(result));
            if applied {
                on_change.run(());
            }
        }
    });

    let due_for_check = due.clone();
    let review = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(avail) = available() else { return };
        let Some(amount) = parse_amount_input(&amount_text.get_untracked(), digits) else {
            problem.set(Some(InvoiceWord::InvalidAmount));
            return;
        };
        match validate_credit_amount(amount, &due_for_check, &avail) {
            Ok(()) => {
                problem.set(None);
                confirming.set(Some(Money::new(amount, &due_for_check.currency)));
            }
            Err(p) => problem.set(Some(problem_message(p))),
        }
    });
    let confirm = Callback::new(move |_| {
        if pending.get_untracked() {
            return;
        }
        if let Some(amount) = confirming.get_untracked() {
            confirming.set(None);
            outcome.set(None);
            apply.dispatch_local(amount);
        }
    });
    let confirm_text = move |m: &Money| {
        prefs
            .w(InvoiceWord::ConfirmApplyCredit)
            .replace("{amount}", &m.format(prefs.lang.get().number_style()))
            .replace("{number}", &number)
            .replace("{currency}", &m.currency)
    };

    view! {
        <section class="card apply-credit no-print" aria-labelledby="apply-credit-title">
            <h2 id="apply-credit-title">{tw(InvoiceWord::ApplyCredit)}</h2>
            <Show when=move || checking.get()>
                <p class="banner banner--info" role="status">{tw(InvoiceWord::CheckingOutcome)}</p>
            </Show>
            {move || match available() {
                None => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
                Some(avail) if avail.amount <= Decimal::ZERO => view! { <p class="muted">{tw(InvoiceWord::NoCreditAvailable)}</p> }.into_any(),
                // Credit is never offered across currencies: the portal would refuse it, or worse,
                // convert it at a rate the customer never saw.
                Some(avail) if avail.currency != invoice_currency => {
                    let (credit, invoice) = (avail.currency.clone(), invoice_currency.clone());
                    let text = move || prefs.w(InvoiceWord::CreditCurrencyMismatch)
                        .replace("{credit}", &credit)
                        .replace("{invoice}", &invoice);
                    view! { <p class="muted" data-figure="credit-other-currency">{text}</p> }.into_any()
                }
                Some(avail) => view! {
                    <p>{tw(InvoiceWord::CreditAvailable)}": "<strong><MoneyText value=avail/></strong></p>
                    <form class="form form--inline" novalidate on:submit=move |ev| review.run(ev)>
                        <div class="field">
                            <label for="credit-amount">{tw(InvoiceWord::AmountToApply)}</label>
                            <input id="credit-amount" inputmode="decimal" autocomplete="off" bind:value=amount_text
                                readonly=!partial_credit
                                aria-invalid=move || problem.get().is_some().to_string()
                                aria-describedby="credit-amount-error"/>
                            <p class="field__error" id="credit-amount-error">{move || problem.get().map(|m| prefs.w(m))}</p>
                        </div>
                        <button type="submit" class="button button--primary" disabled=move || pending.get()
                            aria-busy=move || pending.get().to_string()>
                            {move || if pending.get() { prefs.w(InvoiceWord::Applying) } else { prefs.w(InvoiceWord::ApplyCredit) }}
                        </button>
                    </form>
                }.into_any(),
            }}
            <ConfirmDialog id="confirm-credit" heading=Signal::derive(move || prefs.w(InvoiceWord::ApplyCredit).to_string())
                message=Signal::derive(move || confirming.get().map(|m| confirm_text(&m)).unwrap_or_default())
                confirm_label=Signal::derive(move || confirming.get()
                    .map(|m| prefs.w(InvoiceWord::ApplyAmount).replace("{amount}", &m.format(prefs.lang.get().number_style())))
                    .unwrap_or_default())
                open=Signal::derive(move || confirming.get().is_some())
                on_confirm=confirm on_cancel=Callback::new(move |_| confirming.set(None))/>
        </section>
    }
}

/// The outcome of the last attempt, in the user's language.
#[component]
pub fn CreditOutcome(
    /// The outcome kept by the page.
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let prefs = use_prefs();
    move || {
        match outcome.get() {
        Some(Outcome::Applied) => Some(view! { <p class="banner banner--success" role="status">{tw(InvoiceWord::CreditWasApplied)}</p> }.into_any()),
        Some(Outcome::NotApplied) => Some(view! { <p class="banner banner--error" role="alert">{tw(InvoiceWord::OutcomeNotApplied)}</p> }.into_any()),
        Some(Outcome::Failed(e)) => {
            let detail = portal_detail(&e, prefs.lang.get());
            Some(view! {
                <div class="banner banner--error" role="alert">
                    <p>{prefs.t(error_message(&e))}</p>
                    {detail.map(|d| view! { <p>{d}</p> })}
                </div>
            }.into_any())
        }
        None => None,
    }
    }
}
