//! `/domains` (`?name=` keeps the last search): finding a name to register on HostBill. The
//! extensions suggested (`GET /domain/suggestion`) and on sale (`GET /domain/sale`) are read
//! first; what is typed is checked here (one DNS label, a real extension) before one bulk search
//! (`POST /domain/bulksearch`) asks about it under the typed extension and the suggested ones.
//! Each free name links to the domain product's configuration with the name filled in, where the
//! portal's quote prices it.

use super::domain_search_words::SearchWord;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::model::Money;
use crate::model::domain_search::{QueryProblem, SaleTld, SearchResult, query};
use crate::routes::Page;
use crate::state::prefs::{Prefs, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

fn problem_word(p: QueryProblem) -> SearchWord {
    match p {
        QueryProblem::Empty => SearchWord::Empty,
        QueryProblem::NotAName => SearchWord::NotAName,
        QueryProblem::NotAnExtension => SearchWord::NotAnExtension,
        QueryProblem::NoExtension => SearchWord::NoExtension,
    }
}

/// The cycle code of a registration of `years` (the catalogue's yearly cycles).
fn cycle_of_years(years: u32) -> &'static str {
    match years {
        2 => "b",
        3 => "t",
        _ => "a",
    }
}

/// The price of a result in words: a one-year price on sale says what the renewals cost after it
/// (the sale list's usual price), so "a year" is never said of a first-year discount.
fn price_words(prefs: Prefs, r: &SearchResult, sale: &[SaleTld], currency: &str) -> Option<String> {
    let fmt = |p| Money::new(p, currency).format(prefs.lang.get().number_style());
    let price = fmt(r.price?);
    let regular = sale
        .iter()
        .find(|t| t.tld == r.tld())
        .and_then(|t| t.regular)
        .filter(|regular| r.years == 1 && Some(*regular) != r.price);
    if let Some(regular) = regular {
        return Some(
            prefs
                .w(SearchWord::FirstYearThen)
                .replace("{price}", &price)
                .replace("{regular}", &fmt(regular)),
        );
    }
    Some(match r.years {
        1 => prefs.w(SearchWord::PerYear).replace("{price}", &price),
        n => prefs
            .w(SearchWord::ForYears)
            .replace("{price}", &price)
            .replace("{n}", &n.to_string()),
    })
}

/// The page.
#[component]
pub fn DomainSearchPage() -> impl IntoView {
    let session = use_session();
    let lists = read(move || {
        let api = session.api_for_read();
        async move {
            let (suggested, sale, balance) = futures::join!(
                api.domain_suggestions(),
                api.domains_on_sale(),
                api.balance()
            );
            Ok::<_, ApiError>((suggested?, sale?, balance?.credit.currency))
        }
    });
    view! {
        <p><a class="link" href=Page::Order.href()>"← "{tw(super::order_words::OrderWord::OrderTitle)}</a></p>
        <h1 class="page__title">{tw(SearchWord::Title)}</h1>
        <AsyncView resource=lists let:d skeleton_lines=4>
            <Search suggested=d.0 sale=d.1 currency=d.2/>
        </AsyncView>
    }
}

#[component]
fn Search(suggested: Vec<String>, sale: Vec<SaleTld>, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let url = use_query_map();
    let typed = RwSignal::new(url.with_untracked(|q| q.get("name")).unwrap_or_default());
    let problem = RwSignal::new(None::<QueryProblem>);
    let search = Action::new_local(move |q: &crate::model::domain_search::DomainQuery| {
        let api = session.api();
        let q = q.clone();
        async move { api.search_domains(&q).await }
    });
    let pending = search.pending();
    let suggested = StoredValue::new(suggested);
    let run = move || {
        if pending.get_untracked() {
            return;
        }
        match suggested.with_value(|s| query(&typed.get_untracked(), s)) {
            Err(p) => problem.set(Some(p)),
            Ok(q) => {
                problem.set(None);
                search.dispatch_local(q);
            }
        }
    };
    // A search kept in the address (back from the product page) runs again.
    if !typed.get_untracked().trim().is_empty() {
        run();
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = typed.get_untracked().trim().to_string();
        navigate(
            &Page::DomainSearch.with_query(&[("name", &name)]),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
        run();
    };
    let currency = StoredValue::new(currency);
    let sale_kept = StoredValue::new(sale.clone());
    let sale_shown = (!sale.is_empty()).then(|| {
        view! {
            <section class="card card--fit" aria-labelledby="domain-sale-title">
                <h2 id="domain-sale-title">{tw(SearchWord::OnSale)}</h2>
                <ul class="sale-list">
                    {sale.into_iter().map(|t| {
                        let fmt = move |p| Money::new(p, &currency.get_value()).format(prefs.lang.get().number_style());
                        let (price, regular) = (t.price, t.regular.filter(|r| Some(*r) != t.price));
                        view! { <li>
                            <strong>{t.tld}</strong>" "
                            {move || price.map(|p| prefs.w(SearchWord::FirstYear).replace("{price}", &fmt(p)))}
                            {regular.map(|r| view! { " " <span class="muted">{move || prefs.w(SearchWord::SaleWas).replace("{price}", &fmt(r))}</span> })}
                        </li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <form class="card form domain-search" novalidate on:submit=submit role="search" aria-labelledby="domain-search-label">
            <p class="muted">{tw(SearchWord::Lead)}</p>
            <div class="field">
                <label for="domain-search" id="domain-search-label">{tw(SearchWord::NameLabel)}</label>
                <div class="domain-search__row">
                    <input id="domain-search" type="search" autocomplete="off" spellcheck="false" autocapitalize="none"
                        aria-describedby="domain-search-hint domain-search-error"
                        aria-invalid=move || problem.with(Option::is_some).to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| { typed.set(event_target_value(&ev)); problem.set(None); }/>
                    <button type="submit" class="button button--primary" aria-disabled=move || pending.get().to_string()>
                        {move || if pending.get() { prefs.w(SearchWord::Searching) } else { prefs.w(SearchWord::Search) }}
                    </button>
                </div>
                <p class="field__hint" id="domain-search-hint">{tw(SearchWord::NameHint)}</p>
                <p class="field__error" id="domain-search-error">{move || problem.get().map(|p| prefs.w(problem_word(p)))}</p>
            </div>
        </form>
        {sale_shown}
        {move || search.value().get().map(|answer| match answer {
            Err(e) => view! { <div class="card"><ErrorPanel error=e/></div> }.into_any(),
            Ok(list) => view! { <Results list=list sale=sale_kept.get_value() currency=currency.get_value()/> }.into_any(),
        })}
    }
}

#[component]
fn Results(list: Vec<SearchResult>, sale: Vec<SaleTld>, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let body = if list.is_empty() {
        view! { <p class="muted">{tw(SearchWord::NoneAnswered)}</p> }.into_any()
    } else {
        view! {
            <ul class="domain-results">
                {list.into_iter().map(|r| {
                    let price = {
                        let (r, currency) = (r.clone(), currency.clone());
                        let sale = sale.clone();
                        move || price_words(prefs, &r, &sale, &currency)
                    };
                    let action = match (r.available, r.product.clone()) {
                        (false, _) => None,
                        (true, Some(product)) => {
                            let href = Page::Configure(&product).with_query(&[("domain", &r.domain), ("cycle", cycle_of_years(r.years))]);
                            let label = prefs.w(SearchWord::OrderFor).replace("{domain}", &r.domain);
                            Some(view! { <a class="button button--primary button--small" href=href aria-label=label>{tw(SearchWord::Order)}</a> }.into_any())
                        }
                        (true, None) => Some(view! { <a class="link" href=Page::Order.href()>{tw(SearchWord::FromCatalogue)}</a> }.into_any()),
                    };
                    let state = if r.available { SearchWord::Available } else { SearchWord::Taken };
                    view! {
                        <li class="domain-result" class:domain-result--taken=!r.available>
                            <span class="domain-result__name">{r.domain.clone()}</span>
                            <span class=if r.available { "badge badge--success" } else { "badge" }>{tw(state)}</span>
                            <span class="domain-result__price">{r.available.then_some(price)}</span>
                            <span class="domain-result__action">{action}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="muted">{tw(SearchWord::BeforeTax)}</p>
        }.into_any()
    };
    view! {
        <section class="card" aria-labelledby="domain-results-title" aria-live="polite">
            <h2 id="domain-results-title">{tw(SearchWord::Results)}</h2>
            {body}
        </section>
    }
}
