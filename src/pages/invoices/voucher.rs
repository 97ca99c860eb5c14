//! Redeeming a credit voucher: one code, sent once (never retried); success says how much was
//! added and refreshes the balance and history; the portal's refusal appears under the field.

use super::invoice_words::InvoiceWord;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::VoucherRedeemed;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The voucher form.
#[component]
pub fn RedeemVoucher(
    /// Called after a voucher was redeemed (or may have been), to re-read balance and history.
    on_change: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let code = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Msg>);
    let redeem = Action::new_local(move |code: &String| {
        let api = session.api();
        let code = code.clone();
        async move { api.redeem_voucher(&code).await }
    });
    let pending = redeem.pending();
    Effect::new(move |_| {
        match redeem.value().get() {
            Some(Ok(_)) => {
                code.set(String::new());
                on_change.run(());
            }
            // Unclear whether it went through: the history will tell.
            Some(Err(e)) if e.is_transient() => on_change.run(()),
            _ => {}
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let text = code.get_untracked().trim().to_string();
        if text.is_empty() {
            problem.set(Some(Msg::FieldRequired));
            return;
        }
        problem.set(None);
        redeem.dispatch_local(text);
    };
    let added = move |v: &VoucherRedeemed| {
        prefs.w(InvoiceWord::VoucherAdded).replace(
            "{amount}",
            &v.amount.format(prefs.lang.get().number_style()),
        )
    };
    view! {
        <section class="card" aria-labelledby="voucher-title">
            <h2 id="voucher-title">{tw(InvoiceWord::RedeemVoucher)}</h2>
            <form class="form form--inline" novalidate on:submit=submit>
                <div class="field">
                    <label for="voucher-code">{tw(InvoiceWord::VoucherCode)}</label>
                    <input id="voucher-code" autocomplete="off" autocapitalize="characters" spellcheck="false"
                        maxlength="64" bind:value=code
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby="voucher-code-error"/>
                    <p class="field__error" id="voucher-code-error">{move || problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                    {move || if pending.get() { prefs.w(InvoiceWord::Redeeming) } else { prefs.w(InvoiceWord::Redeem) }}
                </button>
            </form>
            {move || match redeem.value().get() {
                Some(Ok(v)) => Some(view! { <p class="banner banner--success" role="status">{added(&v)}</p> }.into_any()),
                Some(Err(e)) if e.is_transient() => Some(view! {
                    <p class="banner banner--error" role="alert">{tw(InvoiceWord::VoucherUnknownOutcome)}</p>
                }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}
