//! The order summary: the portal's quote (subtotal, discount, tax lines, total due today and the
//! recurring price per cycle), or, while the quote is on its way, a local estimate clearly marked
//! as one. A failed quote says so and offers a retry; nothing the customer chose is lost.
//! Above the portal's figures, the price lines of what was chosen (the product on its cycle, each
//! option, each add-on on its own cycle, setup fees), shown only when they add up to the portal's
//! subtotal: a breakdown that disagrees with the quote would be a wrong figure.

use super::cycle_words;
use super::live_quote::LiveQuote;
use crate::cart::estimate::{LineKind, PriceLine, totals};
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::model::Money;
use crate::pages::order::order_words::OrderWord;
use crate::state::prefs::{tr, tw, use_prefs};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The summary card.
#[component]
pub fn QuoteSummary(
    live: LiveQuote,
    /// Account currency.
    #[prop(into)]
    currency: Signal<String>,
    /// The local estimate (recurring + setup) shown while the quote is pending.
    #[prop(into)]
    estimate: Signal<Option<Decimal>>,
    /// The price lines of everything quoted, in the quote's order (empty: no breakdown).
    #[prop(into, optional)]
    lines: Signal<Vec<PriceLine>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let money = move |d: Decimal| view! { <MoneyText value=Signal::derive(move || Money::new(d, &currency.get()))/> };
    view! {
        <aside class="card quote" aria-labelledby="quote-title" aria-live="polite" aria-busy=move || live.pending.get().to_string()>
            <h2 id="quote-title">{tw(OrderWord::OrderSummary)}</h2>
            {move || {
                if let Some(e) = live.failed.get() {
                    return view! {
                        <div class="quote__failed">
                            <p>{tw(OrderWord::QuoteFailed)}</p>
                            <ErrorPanel error=e on_retry=live.retry/>
                        </div>
                    }.into_any();
                }
                match (live.pending.get(), live.quote.get(), estimate.get()) {
                    (true, _, Some(est)) => view! {
                        <p class="quote__estimate" data-figure="quote-estimate">
                            <span class="muted">{tw(OrderWord::EstimatePending)}</span><br/>
                            <strong>{money(est)}</strong>
                        </p>
                    }.into_any(),
                    (_, Some(q), _) => view! {
                        {move || {
                            let lines = lines.get();
                            let (recurring, setup) = totals(&lines);
                            (!lines.is_empty() && recurring + setup == q.subtotal).then(|| view! {
                                <PriceLines lines=lines currency=currency/>
                            })
                        }}
                        <dl class="quote__lines">
                            <div><dt>{tr(Msg::Subtotal)}</dt><dd data-figure="quote-subtotal">{money(q.subtotal)}</dd></div>
                            {(!q.discount.is_zero()).then(|| view! { <div><dt>{tw(OrderWord::Discount)}</dt><dd data-figure="quote-discount">"−"{money(q.discount)}</dd></div> })}
                            {q.tax.iter().map(|t| {
                                let label = format!("{} ({}%)", t.name, t.rate.normalize());
                                view! { <div><dt>{label}</dt><dd>{money(t.amount)}</dd></div> }
                            }).collect_view()}
                            {(!q.credit.is_zero()).then(|| view! { <div><dt>{tr(Msg::CreditApplied)}</dt><dd>"−"{money(q.credit)}</dd></div> })}
                            <div class="quote__total"><dt>{tw(OrderWord::TotalDueToday)}</dt><dd data-figure="quote-total">{money(q.total)}</dd></div>
                        </dl>
                        {q.recurring.iter().map(|(c, p)| {
                            let (code, p) = (c.code().to_string(), *p);
                            view! { <p class="muted quote__recurring">{move || {
                                let price = Money::new(p, &currency.get()).format(prefs.lang.get().number_style());
                                prefs.w(OrderWord::ThenRecurring).replace("{price}", &price).replace("{cycle}", &cycle_words(prefs, &code))
                            }}</p> }
                        }).collect_view()}
                        {q.tax_on_invoice.then(|| view! { <p class="muted">{tw(OrderWord::TaxOnInvoice)}</p> })}
                        {q.errors.iter().map(|e| view! { <p class="field__error" role="alert">{e.clone()}</p> }).collect_view()}
                    }.into_any(),
                    _ => view! { <p class="muted">{tr(Msg::Loading)}</p> }.into_any(),
                }
            }}
        </aside>
    }
}

/// The itemised lines: what each part costs and how often.
#[component]
fn PriceLines(lines: Vec<PriceLine>, currency: Signal<String>) -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <h3 class="quote__subtitle">{tw(OrderWord::PriceBreakdown)}</h3>
        <ul class="quote__items" data-figure="quote-lines">
            {lines.into_iter().map(|l| {
                let PriceLine { label, kind, amount, cycle } = l;
                let setup = kind == LineKind::Setup;
                let label = move || if setup { prefs.w(OrderWord::SetupFeeFor).replace("{name}", &label) } else { label.clone() };
                let period = move || if setup { prefs.w(OrderWord::CycleOnce).to_string() } else { cycle_words(prefs, &cycle) };
                view! {
                    <li class=if kind == LineKind::Product { "quote__item quote__item--product" } else { "quote__item" }>
                        <span>{label}</span>
                        <span class="quote__price">
                            <MoneyText value=Signal::derive(move || Money::new(amount, &currency.get()))/>
                            " "<span class="muted">{period}</span>
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
