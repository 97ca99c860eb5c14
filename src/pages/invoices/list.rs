//! The invoice list: status tabs, search by number, sort and page, all kept in the URL query so a
//! link or a reload shows the same view. Overdue invoices stand out. At most one page (25 rows)
//! is rendered at a time.

use super::invoice_words::InvoiceWord;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::components::status_badge::InvoiceStatusBadge;
use crate::i18n::{Msg, format_date, t_n};
use crate::model::Date;
use crate::model::InvoiceSummary;
use crate::model::invoice_list::{ListQuery, SortKey, StatusTab, page_of};
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::state::today;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

fn tab_label(t: StatusTab) -> Msg {
    match t {
        StatusTab::All => Msg::TabAll,
        StatusTab::Unpaid => Msg::StatusUnpaid,
        StatusTab::Overdue => Msg::Overdue,
        StatusTab::Paid => Msg::StatusPaid,
        StatusTab::Cancelled => Msg::StatusCancelled,
    }
}

fn sort_label(k: SortKey) -> InvoiceWord {
    match k {
        SortKey::Date => InvoiceWord::SortDate,
        SortKey::Due => InvoiceWord::SortDue,
        SortKey::Number => InvoiceWord::SortNumber,
        SortKey::Total => InvoiceWord::SortTotal,
        SortKey::Status => InvoiceWord::SortStatus,
    }
}

/// `/invoices`.
#[component]
pub fn InvoiceListPage() -> impl IntoView {
    let session = use_session();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|m| ListQuery::from_pairs(|k| m.get_str(k))));
    let invoices = read(move || {
        let api = session.api_for_read();
        async move { api.invoices().await }
    });
    let navigate = use_navigate();
    // Every change of view state is a URL change (replace: typing is not history).
    let go = Callback::new(move |q: ListQuery| {
        navigate(
            &Page::Invoices.with_query_string(&q.to_query()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });

    let caps = use_config().backend.capabilities();
    view! {
        <div class="page__head">
            <h1 class="page__title">{tr(Msg::Invoices)}</h1>
            <div class="page__actions">
                {caps.pay_all.then(|| view! { <a class="button button--primary" href=Page::PayAll.href()>{tr(Msg::PayAll)}</a> })}
                <a class="button button--secondary" href=Page::Funds.href()>{tw(InvoiceWord::BalanceAndFunds)}</a>
                {caps.estimates.then(|| view! { <a class="button button--secondary" href=Page::Estimates.href()>{tr(Msg::Estimates)}</a> })}
            </div>
        </div>
        <nav class="tabs" aria-label=tr(Msg::Status)>
            {StatusTab::ALL.into_iter().map(|t| {
                let href = move || Page::Invoices.with_query_string(&ListQuery { status: t, page: 1, ..query.get() }.to_query());
                view! {
                    <a class="tabs__tab" href=href aria-current=move || (query.get().status == t).then_some("page")>{tr(tab_label(t))}</a>
                }
            }).collect_view()}
        </nav>
        <ListControls query=query go=go/>
        <AsyncView resource=invoices let:all skeleton_lines=10>
            <InvoiceTable all=all query=query go=go/>
        </AsyncView>
    }
}

/// Search and sort controls.
#[component]
fn ListControls(
    /// Current view state.
    query: Memo<ListQuery>,
    /// Applies a new view state.
    go: Callback<ListQuery>,
) -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <div class="list-controls">
            <label class="field list-controls__search">
                <span>{tw(InvoiceWord::SearchByNumber)}</span>
                <input type="search" prop:value=move || query.get().search
                    on:input=move |ev| go.run(ListQuery { search: event_target_value(&ev), page: 1, ..query.get_untracked() })/>
            </label>
            <label class="field">
                <span>{tr(Msg::SortBy)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let sort = SortKey::ALL.into_iter().find(|k| k.tag() == v).unwrap_or_default();
                    go.run(ListQuery { sort, page: 1, ..query.get_untracked() });
                }>
                    {SortKey::ALL.into_iter().map(|k| view! {
                        <option value=k.tag() selected=move || query.get().sort == k>{move || prefs.w(sort_label(k))}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="button" class="button button--secondary list-controls__dir"
                on:click=move |_| go.run(ListQuery { ascending: !query.get_untracked().ascending, ..query.get_untracked() })>
                {move || if query.get().ascending { prefs.w(InvoiceWord::SortOldest) } else { prefs.w(InvoiceWord::SortNewest) }}
            </button>
            <label class="field">
                <span>{tw(InvoiceWord::DateFrom)}</span>
                <input type="date" prop:value=move || query.get().from.map(|d| d.iso()).unwrap_or_default()
                    on:change=move |ev| go.run(ListQuery { from: Date::parse(&event_target_value(&ev)), page: 1, ..query.get_untracked() })/>
            </label>
            <label class="field">
                <span>{tw(InvoiceWord::DateTo)}</span>
                <input type="date" prop:value=move || query.get().to.map(|d| d.iso()).unwrap_or_default()
                    on:change=move |ev| go.run(ListQuery { to: Date::parse(&event_target_value(&ev)), page: 1, ..query.get_untracked() })/>
            </label>
            <button type="button" class="button button--secondary" hidden=move || !query.get().is_filtered()
                on:click=move |_| go.run(ListQuery { sort: query.get_untracked().sort, ascending: query.get_untracked().ascending, ..ListQuery::default() })>
                {tw(InvoiceWord::ClearFilters)}
            </button>
        </div>
        <p class="field__error" role="alert" hidden=move || !query.get().range_reversed()>{tw(InvoiceWord::DateRangeReversed)}</p>
    }
}

/// The current page of rows and the pager.
#[component]
fn InvoiceTable(
    /// Every invoice of the account.
    all: Vec<InvoiceSummary>,
    /// Current view state.
    query: Memo<ListQuery>,
    /// Applies a new view state.
    go: Callback<ListQuery>,
) -> impl IntoView {
    let prefs = use_prefs();
    let today = today();
    let all = StoredValue::new(all);
    let view_rows = Memo::new(move |_| all.with_value(|a| page_of(a, &query.get(), today)));
    move || {
        let (rows, matches, pages) = view_rows.get();
        let page = query.with(|q| q.page.clamp(1, pages));
        if rows.is_empty() {
            return view! { <p class="card muted">{tw(InvoiceWord::NoInvoicesMatch)}</p> }
                .into_any();
        }
        let date = move |d: Option<crate::model::Date>| {
            d.map(|d| format_date(prefs.lang.get(), d))
                .unwrap_or_else(|| "—".into())
        };
        view! {
            <p class="muted list-count" role="status">{move || prefs.w_n(InvoiceWord::InvoiceCount, matches as i64)}</p>
            <div class="table-wrap card card--flush">
                <table class="table invoice-table">
                    <thead><tr>
                        <th scope="col">{tr(Msg::Number)}</th>
                        <th scope="col">{tr(Msg::IssuedOn)}</th>
                        <th scope="col">{tw(InvoiceWord::DueOn)}</th>
                        <th scope="col" class="num">{tr(Msg::Total)}</th>
                        <th scope="col">{tr(Msg::Status)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|i| {
                            let overdue = i.is_overdue(today);
                            let (issued, due) = (i.date, i.due);
                            // Unpaid and due within a week: say how soon.
                            let soon = due
                                .filter(|_| i.status == crate::model::InvoiceStatus::Unpaid && !overdue)
                                .map(|d| d.days_since_epoch() - today.days_since_epoch())
                                .filter(|days| (0..=7).contains(days));
                            view! {
                                <tr class:is-overdue=overdue>
                                    <th scope="row"><a class="link" href=Page::Invoice(&i.id.to_string()).href()>{i.number.clone()}</a></th>
                                    <td class="invoice-row__issued">{move || date(issued)}</td>
                                    <td class="invoice-row__due" class:is-danger=overdue data-label=move || prefs.w(InvoiceWord::DueOn)>{move || date(due)}
                                        {soon.map(|days| view! { " " <span class="badge badge--warning">{move || t_n(prefs.lang.get(), Msg::DaysLeft, days)}</span> })}
                                    </td>
                                    <td class="num invoice-row__total"><MoneyText value=i.total.clone()/></td>
                                    <td class="invoice-row__status"><InvoiceStatusBadge status=i.status.clone() due=due/></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <nav class="pager" aria-label=tw(InvoiceWord::PageOf) hidden={pages <= 1}>
                <button type="button" class="button button--secondary" disabled={page <= 1}
                    on:click=move |_| go.run(ListQuery { page: page - 1, ..query.get_untracked() })>{tw(InvoiceWord::PreviousPage)}</button>
                <span>{move || prefs.w(InvoiceWord::PageOf).replace("{page}", &page.to_string()).replace("{pages}", &pages.to_string())}</span>
                <button type="button" class="button button--secondary" disabled={page >= pages}
                    on:click=move |_| go.run(ListQuery { page: page + 1, ..query.get_untracked() })>{tw(InvoiceWord::NextPage)}</button>
            </nav>
        }.into_any()
    }
}
