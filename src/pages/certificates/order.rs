//! `/certificates/order`: ordering an SSL certificate (HostBill `GET/POST /certificate/order`).
//! The signing request is read as it is pasted ([`crate::model::csr::read_csr`]): what an
//! authority would refuse is said at once (a private key pasted by mistake first of all), and
//! what it names is shown. The approver address is chosen among the mailboxes the authority
//! accepts for that domain, not typed. The product's server software list is asked for when the
//! product is chosen. Nothing is sent before every field is right and the customer has confirmed
//! what will be ordered, for how long, at what price and paid how; then the order is sent once
//! and its invoice opens.

use super::certificate_words::CertificateWord as W;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::AreaWords;
use crate::model::certificate::{CertificateOrder, CertificateProduct};
use crate::model::csr::{CsrKey, CsrProblem, approver_emails, read_csr};
use crate::model::{Money, PaymentMethod};
use crate::routes::Page;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{Prefs, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The page.
#[component]
pub fn OrderCertificatePage() -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        async move {
            let products = api.certificate_products().await?;
            let methods = api.payment_methods().await?;
            let currency = api.balance().await?.credit.currency;
            Ok::<_, ApiError>((products, methods, currency))
        }
    });
    view! {
        <p><a class="link" href=Page::Certificates.href()>"← "{tw(W::AllCertificates)}</a></p>
        <h1 class="page__title">{tw(W::OrderTitle)}</h1>
        <p class="muted">{tw(W::OrderLead)}</p>
        <AsyncView resource=data let:d skeleton_lines=8>
            {let (products, methods, currency) = d;
            if products.is_empty() {
                view! { <p class="card muted">{tw(W::NoProducts)}</p> }.into_any()
            } else if methods.is_empty() {
                view! { <p class="card muted">{tw(W::NoPaymentMethods)}</p> }.into_any()
            } else {
                view! { <OrderForm products=products methods=methods currency=currency/> }.into_any()
            }}
        </AsyncView>
    }
}

/// What a field lacks, once the customer has tried to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Missing {
    Product,
    Approver,
    Software,
    Payment,
}

/// The words for a signing request's problem.
fn csr_problem_text(prefs: Prefs, p: &CsrProblem) -> String {
    match p {
        CsrProblem::Empty => prefs.w(W::CsrEmpty).into(),
        CsrProblem::PrivateKey => prefs.w(W::CsrPrivateKey).into(),
        CsrProblem::Certificate => prefs.w(W::CsrCertificate).into(),
        CsrProblem::NotPem => prefs.w(W::CsrNotPem).into(),
        CsrProblem::Damaged => prefs.w(W::CsrDamaged).into(),
        CsrProblem::NoCommonName => prefs.w(W::CsrNoDomain).into(),
        CsrProblem::BadCommonName(name) => prefs.w(W::CsrBadDomain).replace("{name}", name),
        CsrProblem::WeakKey(bits) => prefs.w_n(W::CsrWeakKey, i64::from(*bits)),
    }
}

fn years_text(prefs: Prefs, years: u32) -> String {
    prefs.w_n(W::YearsN, i64::from(years))
}

#[component]
fn OrderForm(
    products: Vec<CertificateProduct>,
    methods: Vec<PaymentMethod>,
    currency: String,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let products = StoredValue::new(products);
    let methods = StoredValue::new(methods);
    // One product and one payment method need no choosing.
    let only = |n: usize, id: String| if n == 1 { id } else { String::new() };
    let product = RwSignal::new(products.with_value(|p| only(p.len(), p[0].id.clone())));
    let years = RwSignal::new(0u32);
    let csr = RwSignal::new(String::new());
    let approver = RwSignal::new(String::new());
    let software = RwSignal::new(String::new());
    let pay = RwSignal::new(methods.with_value(|m| only(m.len(), m[0].id.clone())));
    let tried = RwSignal::new(false);
    let asking = RwSignal::new(false);

    let chosen = Memo::new(move |_| {
        products.with_value(|list| list.iter().find(|p| p.id == product.get()).cloned())
    });
    // A product's shortest term until another is chosen.
    Effect::new(move |_| {
        if let Some(p) = chosen.get()
            && !p.periods.iter().any(|r| r.years == years.get_untracked())
        {
            years.set(p.periods[0].years);
        }
    });
    let software_list = read(move || {
        let api = session.api_for_read();
        let id = product.get();
        async move {
            if id.is_empty() {
                Ok(vec![])
            } else {
                api.server_software(&id).await
            }
        }
    });
    let request = Memo::new(move |_| csr.with(|t| read_csr(t)));
    let approvers = Memo::new(move |_| match request.get() {
        Ok(s) => approver_emails(&s.common_name),
        Err(_) => vec![],
    });
    // A new request for another domain: the address chosen for the old one no longer applies.
    Effect::new(move |_| {
        let list = approvers.get();
        if !list.contains(&approver.get_untracked()) {
            approver.set(String::new());
        }
    });
    let has_software = move || {
        software_list
            .get()
            .and_then(Result::ok)
            .is_some_and(|l| !l.is_empty())
    };
    let missing = move || {
        let mut out = Vec::new();
        if chosen.get().is_none() {
            out.push(Missing::Product);
        }
        if approver.with(String::is_empty) {
            out.push(Missing::Approver);
        }
        if has_software() && software.with(String::is_empty) {
            out.push(Missing::Software);
        }
        if pay.with(String::is_empty) {
            out.push(Missing::Payment);
        }
        out
    };
    let shows = move |m: Missing| tried.get() && missing().contains(&m);
    // An empty request is only a problem once sending was tried; any other at once.
    let csr_problem = move || match request.get() {
        Err(CsrProblem::Empty) if !tried.get() => None,
        Err(p) => Some(csr_problem_text(prefs, &p)),
        Ok(_) => None,
    };

    let order = move || -> Option<CertificateOrder> {
        let summary_ok = request.get_untracked().is_ok();
        (summary_ok && missing().is_empty()).then(|| CertificateOrder {
            product_id: product.get_untracked(),
            csr: csr.get_untracked().trim().to_string(),
            years: years.get_untracked(),
            pay_method: pay.get_untracked(),
            approver_email: approver.get_untracked(),
            software: Some(software.get_untracked()).filter(|s| !s.is_empty()),
        })
    };
    let place = Action::new_local(move |o: &CertificateOrder| {
        let api = session.api();
        let o = o.clone();
        async move { api.order_certificate(&o).await }
    });
    let sent = LastSent::new();
    Effect::new(move |_| match place.value().get() {
        Some(Ok(placed)) => {
            let href = match (&placed.invoice_id, &placed.service_id) {
                (Some(invoice), _) => {
                    Page::invoice_of_order(invoice, placed.order_number.as_deref())
                }
                (None, Some(service)) => Page::Certificate(service).href(),
                (None, None) => Page::Certificates.href(),
            };
            navigate(&href, Default::default());
        }
        Some(Err(_)) => sent.forget(),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if order().is_some() {
            asking.set(true);
        }
    };
    let currency_for_price = currency.clone();
    let price_of = move |years: u32| {
        chosen.get().and_then(|p| {
            p.periods
                .iter()
                .find(|r| r.years == years)
                .map(|r| (r.price, r.renew))
        })
    };
    let question = move || {
        let style = prefs.lang.get().number_style();
        let Some(o) = order() else {
            return String::new();
        };
        let name = chosen.get().map(|p| p.name).unwrap_or_default();
        let domain = request.get().map(|s| s.common_name).unwrap_or_default();
        let price = price_of(o.years)
            .map(|(p, _)| Money::new(p, &currency_for_price).format(style))
            .unwrap_or_default();
        let method = methods.with_value(|m| {
            m.iter()
                .find(|m| m.id == o.pay_method)
                .map(|m| m.name.clone())
                .unwrap_or_default()
        });
        prefs
            .w(W::ConfirmText)
            .replace("{product}", &name)
            .replace("{domain}", &domain)
            .replace("{years}", &years_text(prefs, o.years))
            .replace("{price}", &price)
            .replace("{method}", &method)
            .replace("{email}", &o.approver_email)
    };
    let problem = move |id: &'static str, m: Missing, w: W| {
        view! { <p class="field__error" id=id>{move || shows(m).then(|| prefs.w(w))}</p> }
    };

    view! {
        <form class="form" novalidate on:submit=submit>
            <section class="card form--grid">
                <div class="field">
                    <label for="ssl-product">{tw(W::Certificate)}</label>
                    <select id="ssl-product" prop:value=move || product.get()
                        aria-invalid=move || shows(Missing::Product).to_string() aria-describedby="ssl-product-error"
                        on:change=move |ev| { product.set(event_target_value(&ev)); software.set(String::new()); }>
                        <option value="">{tw(W::ChooseOne)}</option>
                        {products.get_value().into_iter().map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> }).collect_view()}
                    </select>
                    {problem("ssl-product-error", Missing::Product, W::ChooseProduct)}
                    {move || chosen.get().filter(|p| !p.description.trim().is_empty()).map(|p| view! { <p class="field__hint product__description">{p.description}</p> })}
                </div>
                <div class="field">
                    <label for="ssl-years">{tw(W::Period)}</label>
                    <select id="ssl-years" prop:value=move || years.get().to_string()
                        disabled=move || chosen.get().is_none()
                        on:change=move |ev| years.set(event_target_value(&ev).parse().unwrap_or(1))>
                        {move || {
                            let currency = currency.clone();
                            chosen.get().map(|p| p.periods.into_iter().map(|r| {
                                let style = prefs.lang.get().number_style();
                                let label = format!("{} — {}", years_text(prefs, r.years), prefs.w(W::PriceRenews)
                                    .replace("{price}", &Money::new(r.price, &currency).format(style))
                                    .replace("{renew}", &Money::new(r.renew, &currency).format(style)));
                                view! { <option value=r.years.to_string()>{label}</option> }
                            }).collect_view())
                        }}
                    </select>
                </div>
            </section>
            <section class="card">
                <div class="field">
                    <label for="ssl-csr">{tw(W::Csr)}</label>
                    <p class="field__hint" id="ssl-csr-hint">{tw(W::CsrHelp)}</p>
                    <textarea id="ssl-csr" class="pem" rows="10" spellcheck="false" autocomplete="off"
                        placeholder="-----BEGIN CERTIFICATE REQUEST-----"
                        aria-invalid=move || csr_problem().is_some().to_string()
                        aria-describedby="ssl-csr-hint ssl-csr-error ssl-csr-summary"
                        prop:value=move || csr.get() on:input=move |ev| csr.set(event_target_value(&ev))></textarea>
                    <p class="field__error" id="ssl-csr-error" role="alert">{csr_problem}</p>
                    <div id="ssl-csr-summary" aria-live="polite">
                        {move || request.get().ok().map(|s| {
                            let org = [s.organization, s.locality, s.state, s.country].into_iter().flatten().collect::<Vec<_>>().join(", ");
                            let key = match s.key {
                                CsrKey::Rsa(bits) => prefs.w_n(W::KeyRsa, i64::from(bits)),
                                CsrKey::Ec(curve) => prefs.w(W::KeyEc).replace("{curve}", &curve),
                                CsrKey::Other(oid) => prefs.w(W::KeyOther).replace("{oid}", &oid),
                            };
                            view! {
                                <p class="banner banner--success" data-figure="csr-domain">
                                    {prefs.w(W::CsrFor).replace("{domain}", &s.common_name)}
                                    {(!org.is_empty()).then(|| format!(" · {org}"))}" · "{key}
                                </p>
                            }
                        })}
                    </div>
                </div>
            </section>
            <section class="card form--grid">
                <div class="field">
                    <label for="ssl-approver">{tw(W::ApproverEmail)}</label>
                    <select id="ssl-approver" prop:value=move || approver.get()
                        disabled=move || approvers.with(Vec::is_empty)
                        aria-invalid=move || shows(Missing::Approver).to_string()
                        aria-describedby="ssl-approver-hint ssl-approver-error"
                        on:change=move |ev| approver.set(event_target_value(&ev))>
                        <option value="">{tw(W::ChooseOne)}</option>
                        {move || approvers.get().into_iter().map(|e| view! { <option value=e.clone()>{e.clone()}</option> }).collect_view()}
                    </select>
                    <p class="field__hint" id="ssl-approver-hint">
                        {move || if approvers.with(Vec::is_empty) { prefs.w(W::ApproverNeedsCsr) } else { prefs.w(W::ApproverHelp) }}
                    </p>
                    {problem("ssl-approver-error", Missing::Approver, W::ChooseApprover)}
                </div>
                {move || has_software().then(|| view! {
                    <div class="field">
                        <label for="ssl-software">{tw(W::ServerSoftware)}</label>
                        <select id="ssl-software" prop:value=move || software.get()
                            aria-invalid=move || shows(Missing::Software).to_string() aria-describedby="ssl-software-error"
                            on:change=move |ev| software.set(event_target_value(&ev))>
                            <option value="">{tw(W::ChooseOne)}</option>
                            {software_list.get().and_then(Result::ok).unwrap_or_default().into_iter()
                                .map(|s| view! { <option value=s.id.clone()>{s.name.clone()}</option> }).collect_view()}
                        </select>
                        {problem("ssl-software-error", Missing::Software, W::ChooseSoftware)}
                    </div>
                })}
                {move || software_list.get().and_then(Result::err).map(|e| view! { <ErrorPanel error=e/> })}
                <div class="field">
                    <label for="ssl-pay">{move || prefs.t(crate::i18n::Msg::PaymentMethod)}</label>
                    <select id="ssl-pay" prop:value=move || pay.get()
                        aria-invalid=move || shows(Missing::Payment).to_string() aria-describedby="ssl-pay-error"
                        on:change=move |ev| pay.set(event_target_value(&ev))>
                        <option value="">{tw(W::ChooseOne)}</option>
                        {methods.get_value().into_iter().map(|m| view! { <option value=m.id.clone()>{m.name.clone()}</option> }).collect_view()}
                    </select>
                    {problem("ssl-pay-error", Missing::Payment, W::ChoosePayment)}
                </div>
            </section>
            {move || (tried.get() && (request.get().is_err() || !missing().is_empty())).then(|| view! {
                <p class="banner banner--error" role="alert">{tw(W::FixFields)}</p>
            })}
            <div class="form__actions">
                <button type="submit" class="button button--primary" disabled=move || place.pending().get()>{tw(W::Review)}</button>
            </div>
        </form>
        {move || match place.value().get() {
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
            _ => None,
        }}
        <ConfirmDialog id="ssl-confirm" heading=Signal::derive(move || W::ConfirmTitle.text(prefs.lang.get()).to_string())
            message=Signal::derive(question)
            confirm_label=Signal::derive(move || prefs.w(W::PlaceOrder).to_string())
            open=asking
            on_confirm=Callback::new(move |_| {
                asking.set(false);
                if let Some(o) = order()
                    && !place.pending().get_untracked()
                    && sent.is_new(&o)
                {
                    place.dispatch_local(o);
                }
            })
            on_cancel=Callback::new(move |_| asking.set(false))/>
    }
}
