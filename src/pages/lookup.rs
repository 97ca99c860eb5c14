//! Opening an invoice or a service by its number, for billing systems that cannot list them
//! (Kdata's WHMCS wrapper): the list page explains why and offers this form instead, and the
//! dashboard carries both forms.

use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What is looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupKind {
    /// `/invoices/<n>`.
    Invoice,
    /// `/services/<n>`.
    Service,
}

impl LookupKind {
    fn label(self) -> Msg {
        match self {
            LookupKind::Invoice => Msg::InvoiceNumber,
            LookupKind::Service => Msg::ServiceNumber,
        }
    }
    /// The address of the invoice or service numbered `n`.
    fn href_of(self, n: &str) -> String {
        match self {
            LookupKind::Invoice => Page::Invoice(n).href(),
            LookupKind::Service => Page::Service(n).href(),
        }
    }
    /// Names the form's element ids.
    fn slug(self) -> &'static str {
        match self {
            LookupKind::Invoice => "invoices",
            LookupKind::Service => "services",
        }
    }
}

/// The number typed, if it is one: digits, at most 12, `#` and spaces forgiven.
pub fn lookup_number(typed: &str) -> Option<String> {
    let n = typed.trim().trim_start_matches('#').trim();
    (!n.is_empty() && n.len() <= 12 && n.bytes().all(|b| b.is_ascii_digit())).then(|| n.to_string())
}

/// The form: a number, then its page.
#[component]
pub fn LookupForm(kind: LookupKind) -> impl IntoView {
    let prefs = use_prefs();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let id = format!("lookup-{}", kind.slug());
    let err_id = format!("{id}-error");
    let described = err_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match lookup_number(&typed.get_untracked()) {
            Some(n) => navigate(&kind.href_of(&n), Default::default()),
            None => problem.set(true),
        }
    };
    view! {
        <form class="form form--inline" novalidate on:submit=submit>
            <div class="field">
                <label for=id.clone()>{tr(kind.label())}</label>
                <input id=id inputmode="numeric" autocomplete="off" bind:value=typed
                    on:input=move |_| problem.set(false)
                    aria-invalid=move || problem.get().to_string() aria-describedby=described/>
                <p class="field__error" id=err_id>{move || problem.get().then(|| prefs.t(Msg::NumberDigitsOnly))}</p>
            </div>
            <button type="submit" class="button button--primary">{tr(Msg::Open)}" "<span class="visually-hidden">{tr(kind.label())}</span></button>
        </form>
    }
}

/// The list page of a backend without a list: why, and the form.
#[component]
pub fn LookupPage(kind: LookupKind) -> impl IntoView {
    let prefs = use_prefs();
    let backend = use_config().backend.product_name();
    let (title, lead) = match kind {
        LookupKind::Invoice => (Msg::Invoices, Msg::OpenInvoiceLead),
        LookupKind::Service => (Msg::Services, Msg::OpenServiceLead),
    };
    view! {
        <h1 class="page__title">{tr(title)}</h1>
        <section class="card">
            <p>{move || prefs.t(lead).replace("{backend}", backend)}</p>
            <LookupForm kind=kind/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::lookup_number;

    #[test]
    fn numbers_are_digits_with_a_forgiven_hash() {
        assert_eq!(lookup_number(" #171 "), Some("171".into()));
        assert_eq!(lookup_number("0042"), Some("0042".into()));
        for bad in ["", "#", "17a", "../1", "1 2", "1234567890123"] {
            assert_eq!(lookup_number(bad), None, "{bad}");
        }
    }
}
