//! Pay several invoices at once (`POST /invoices/payall`): the customer ticks unpaid invoices of
//! one currency, sees the sum, confirms, and the portal gathers them into one invoice, which opens
//! ready to pay. Sent once, never retried; after an unclear failure the customer is told to look
//! at the unpaid invoices before trying again.

use super::invoice_words::InvoiceWord;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::i18n::{Msg, format_date};
use crate::model::money::totals_by_currency;
use crate::model::{InvoiceStatus, InvoiceSummary, Money};
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::{Session, use_session};
use crate::state::today;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::collections::BTreeSet;

/// `/invoices/pay-all`.
#[component]
pub fn PayAllPage() -> impl IntoView {
    let session = use_session();
    let invoices = read(move || {
        let api = session.api_for_read();
        async move { api.invoices().await }
    });
    view! {
        <p><a class="link" href=Page::Invoices.href()>"← "{tr(Msg::BackToInvoices)}</a></p>
        <h1 class="page__title" id="pay-all-title">{tr(Msg::PayAll)}</h1>
        <section class="card" aria-labelledby="pay-all-title">
            <p class="muted">{tw(InvoiceWord::PayAllLead)}</p>
            <AsyncView resource=invoices let:all>
                <PayAllForm unpaid=all.into_iter().filter(|i| i.status == InvoiceStatus::Unpaid).collect()/>
            </AsyncView>
        </section>
    }
}

#[component]
fn PayAllForm(
    /// Unpaid invoices, any currency.
    unpaid: Vec<InvoiceSummary>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    if unpaid.is_empty() {
        return view! { <p>{tw(InvoiceWord::PayAllNone)}</p> }.into_any();
    }
    let currencies = currencies_by_count(&unpaid);
    let unpaid = StoredValue::new(unpaid);
    let currency = RwSignal::new(currencies[0].0.clone());
    let in_currency = move || {
        unpaid.with_value(|all| {
            all.iter()
                .filter(|i| i.total.currency == currency.get())
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let selected = RwSignal::new(BTreeSet::<String>::new());
    // Changing currency selects all of that currency's invoices.
    Effect::new(move |_| {
        let ids = in_currency().into_iter().map(|i| i.id).collect();
        selected.set(ids);
    });
    let chosen = Memo::new(move |_| {
        let picked = selected.get();
        in_currency()
            .into_iter()
            .filter(|i| picked.contains(&i.id))
            .collect::<Vec<_>>()
    });
    let sum = Memo::new(move |_| {
        chosen.with(|c| {
            totals_by_currency(c.iter().map(|i| &i.total))
                .into_iter()
                .next()
                .unwrap_or_else(|| Money::new(Default::default(), &currency.get()))
        })
    });
    let problem = RwSignal::new(None::<InvoiceWord>);
    let confirming = RwSignal::new(false);
    let checking = RwSignal::new(false);
    let gather = gather_action(session, checking);
    let pending = gather.pending();
    Effect::new(move |_| {
        if let Some(Ok(id)) = gather.value().get() {
            navigate(&Page::Invoice(&id.to_string()).href(), Default::default());
        }
    });
    let review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        if chosen.with_untracked(Vec::is_empty) {
            problem.set(Some(InvoiceWord::SelectAtLeastOne));
        } else {
            problem.set(None);
            confirming.set(true);
        }
    };
    let confirm = Callback::new(move |_| {
        if pending.get_untracked() || !confirming.get_untracked() {
            return;
        }
        confirming.set(false);
        gather.dispatch_local(chosen.get_untracked().into_iter().map(|i| i.id).collect());
    });
    let confirm_text = move || {
        prefs
            .w(InvoiceWord::PayAllConfirm)
            .replace("{n}", &chosen.with(Vec::len).to_string())
            .replace(
                "{total}",
                &sum.get().format(prefs.lang.get().number_style()),
            )
    };
    let several = currencies.len() > 1;
    view! {
        <form class="form" novalidate on:submit=review>
            {several.then(|| view! { <CurrencyPicker currencies=currencies.clone() currency=currency/> })}
            <PickTable invoices=Signal::derive(in_currency) selected=selected/>
            <p class="pay-total" data-figure="selected-total">{tw(InvoiceWord::SelectedTotal)}": "<strong>{move || view! { <MoneyText value=sum.get()/> }}</strong></p>
            <p class="field__error" role="alert">{move || problem.get().map(|m| prefs.w(m))}</p>
            <Show when=move || checking.get()>
                <p class="banner banner--info" role="status">{tw(InvoiceWord::CheckingOutcome)}</p>
            </Show>
            {move || match gather.value().get() {
                Some(Err(e)) if e.is_transient() => Some(view! {
                    <p class="banner banner--error" role="alert">{tw(InvoiceWord::PayAllUnknownOutcome)}" "
                        <a class="link" href=Page::Invoices.with_query(&[("status", "unpaid")])>{tr(Msg::ViewInvoices)}</a></p>
                }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                _ => None,
            }}
            <button type="submit" class="button button--primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                {move || if pending.get() {
                    prefs.w(InvoiceWord::Gathering).to_string()
                } else {
                    prefs.w(InvoiceWord::PayAllSubmit).replace("{n}", &chosen.with(Vec::len).to_string())
                }}
            </button>
            <ConfirmDialog id="confirm-pay-all" title=Msg::PayAll
                message=Signal::derive(confirm_text)
                open=Signal::derive(move || confirming.get())
                on_confirm=confirm on_cancel=Callback::new(move |_| confirming.set(false))/>
        </form>
    }
    .into_any()
}

/// The currencies of `unpaid` with how many invoices each has, the one with the most first (the
/// one picked at first).
fn currencies_by_count(unpaid: &[InvoiceSummary]) -> Vec<(String, usize)> {
    let mut currencies: Vec<(String, usize)> = Vec::new();
    for i in unpaid {
        match currencies.iter_mut().find(|(c, _)| *c == i.total.currency) {
            Some((_, n)) => *n += 1,
            None => currencies.push((i.total.currency.clone(), 1)),
        }
    }
    currencies.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    currencies
}

/// `POST /invoices/payall`, sent once. When its answer is lost, the invoice list is read (with
/// `checking` on meanwhile) to find whether the portal gathered them before anything is said;
/// the request is never sent again by itself.
fn gather_action(
    session: Session,
    checking: RwSignal<bool>,
) -> Action<Vec<String>, Result<String, ApiError>> {
    Action::new_local(move |ids: &Vec<String>| {
        let api = session.api();
        let ids = ids.clone();
        async move {
            match api.pay_all(&ids).await {
                Err(e) if e.is_transient() => {
                    checking.try_set(true);
                    let now = api.invoices().await;
                    checking.try_set(false);
                    match now.map(|list| gathered_into(&list, &ids)) {
                        Ok(Some(merged)) => Ok(merged),
                        _ => Err(e),
                    }
                }
                other => other,
            }
        }
    })
}

/// One invoice currency at a time can be gathered: the choice, with each one's count.
#[component]
fn CurrencyPicker(currencies: Vec<(String, usize)>, currency: RwSignal<String>) -> impl IntoView {
    view! {
        <fieldset class="methods methods--inline">
            <legend>{tw(InvoiceWord::Currency)}</legend>
            {currencies.into_iter().map(|(c, n)| {
                let value = c.clone();
                let label = format!("{c} ({n})");
                view! {
                    <label class="method">
                        <input type="radio" name="pay-all-currency" value=value.clone()
                            prop:checked=move || currency.get() == value
                            on:change=move |_| currency.set(c.clone())/>
                        <span class="method__name">{label}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The unpaid invoices of the chosen currency, each with its tick box.
#[component]
fn PickTable(
    invoices: Signal<Vec<InvoiceSummary>>,
    selected: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let today = today();
    view! {
        <div class="table-wrap">
            <table class="table invoice-table pick-table">
                <thead><tr>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Select)}</span></th>
                    <th scope="col">{tr(Msg::Number)}</th>
                    <th scope="col">{tw(InvoiceWord::DueOn)}</th>
                    <th scope="col" class="num">{tr(Msg::Total)}</th>
                </tr></thead>
                <tbody>
                    {move || invoices.get().into_iter().map(|i| {
                        let id = i.id.clone();
                        let toggle_id = id.clone();
                        let overdue = i.is_overdue(today);
                        let due = i.due;
                        view! {
                            <tr class:is-overdue=overdue>
                                <td><input type="checkbox" id=format!("pick-{id}")
                                    prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        selected.update(|s| { if on { s.insert(toggle_id.clone()); } else { s.remove(&toggle_id); } });
                                    }/></td>
                                <th scope="row"><label for=format!("pick-{}", i.id)>{i.number.clone()}</label></th>
                                <td>{move || due.map(|d| format_date(prefs.lang.get(), d)).unwrap_or_else(|| "—".into())}</td>
                                <td class="num"><MoneyText value=i.total.clone()/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The invoice every one of `ids` was gathered into, if they all were into the same one.
fn gathered_into(list: &[InvoiceSummary], ids: &[String]) -> Option<String> {
    let mut merged = ids.iter().map(|id| {
        list.iter()
            .find(|i| i.id == *id)
            .and_then(|i| i.merged_into.clone())
    });
    let first = merged.next()??;
    merged
        .all(|m| m.as_deref() == Some(first.as_str()))
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Money;

    fn inv(id: &str, merged: Option<&str>) -> InvoiceSummary {
        InvoiceSummary {
            id: id.into(),
            number: id.into(),
            date: None,
            due: None,
            total: Money::new(Default::default(), "USD"),
            status: InvoiceStatus::Unpaid,
            merged_into: merged.map(str::to_string),
        }
    }

    #[test]
    fn the_currency_with_the_most_unpaid_invoices_comes_first() {
        let mut vnd = inv("3", None);
        vnd.total = Money::new(Default::default(), "VND");
        let mut vnd2 = vnd.clone();
        vnd2.id = "4".into();
        let list = [inv("1", None), vnd, vnd2];
        assert_eq!(
            currencies_by_count(&list),
            vec![("VND".to_string(), 2), ("USD".to_string(), 1)]
        );
    }

    #[test]
    fn a_lost_answer_is_reconciled_only_when_every_invoice_went_to_the_same_merge() {
        let ids = vec!["1".to_string(), "2".to_string()];
        let all = [inv("1", Some("9")), inv("2", Some("9")), inv("3", None)];
        assert_eq!(gathered_into(&all, &ids), Some("9".into()));
        let partly = [inv("1", Some("9")), inv("2", None)];
        assert_eq!(gathered_into(&partly, &ids), None);
        let two = [inv("1", Some("9")), inv("2", Some("8"))];
        assert_eq!(gathered_into(&two, &ids), None);
        assert_eq!(gathered_into(&[], &ids), None);
    }
}
