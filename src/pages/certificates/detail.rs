//! `/certificates/:id`: one SSL certificate: its domain and validity, the authority's status,
//! the approver address, the contacts and organisation it was ordered with, its signing request,
//! its billing (with the service page, where its invoices and renewal are), and its file to
//! download once issued (fetched through the API client, so the token never sits in a URL).

use super::certificate_words::CertificateWord as W;
use super::expiry::Expiry;
use crate::api::ApiError;
use crate::components::async_view::AsyncView;
use crate::components::error_panel::ErrorPanel;
use crate::components::money::MoneyText;
use crate::components::status_badge::ServiceStatusBadge;
use crate::i18n::{Msg, format_date};
use crate::model::certificate::CertificateDetail;
use crate::model::{Date, Money, ServiceStatus};
use crate::routes::Page;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The page.
#[component]
pub fn CertificatePage(
    /// The certificate's service id.
    id: String,
) -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        let id = id.clone();
        async move {
            let detail = api.certificate(&id).await?;
            // The answer names no currency: prices are in the account's.
            let currency = api.balance().await?.credit.currency;
            Ok::<_, ApiError>((detail, currency))
        }
    });
    view! {
        <p><a class="link" href=Page::Certificates.href()>"← "{tw(W::AllCertificates)}</a></p>
        <AsyncView resource=data let:d skeleton_lines=8>
            {let (detail, currency) = d; view! { <Certificate detail=detail currency=currency/> }}
        </AsyncView>
    }
}

#[component]
fn Certificate(detail: CertificateDetail, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let c = detail.summary.clone();
    let date = move |d: Option<Date>| {
        move || d.map_or_else(|| "—".to_string(), |d| format_date(prefs.lang.get(), d))
    };
    let role = |r: &str| match r {
        "admin" => W::RoleAdmin,
        "tech" => W::RoleTech,
        _ => W::Billing,
    };
    let org_field = |k: &str| match k {
        "name" => W::OrgName,
        "unit" => W::OrgUnit,
        "locality" => W::OrgLocality,
        "state" => W::OrgState,
        "postalcode" => W::OrgPostcode,
        "country" => W::OrgCountry,
        _ => W::OrgAddress,
    };
    let title = match &c.domain {
        Some(d) => format!("{} — {d}", c.name),
        None => c.name.clone(),
    };
    view! {
        <h1 class="page__title">{title}</h1>
        <section class="card" aria-labelledby="cert-validity-title">
            <h2 id="cert-validity-title">{tw(W::Validity)}</h2>
            <dl class="invoice__meta">
                <div><dt>{tw(W::Domain)}</dt><dd>{c.domain.clone().unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{tw(W::Expires)}</dt><dd><Expiry expires=c.expires/></dd></div>
                <div><dt>{tr(Msg::Status)}</dt><dd><ServiceStatusBadge status=c.status.clone()/></dd></div>
                <div><dt>{tw(W::AuthorityStatus)}</dt><dd data-figure="authority-status">{c.cert_status.clone().unwrap_or_else(|| prefs.w(W::NotIssued).to_string())}</dd></div>
                {c.approver_email.clone().map(|e| view! { <div><dt>{tw(W::ApproverEmail)}</dt><dd>{e}</dd></div> })}
            </dl>
            {if c.status == ServiceStatus::Active {
                view! { <CertificateDownload id=c.id.clone() domain=c.domain.clone().unwrap_or_else(|| c.id.clone())/> }.into_any()
            } else {
                view! { <p class="muted">{tw(W::NotYetDownloadable)}</p> }.into_any()
            }}
        </section>
        {(!detail.contacts.is_empty() || !detail.organization.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="cert-contacts-title">
                <h2 id="cert-contacts-title">{tw(W::Contacts)}</h2>
                <dl class="invoice__meta">
                    {detail.contacts.iter().map(|p| {
                        let who = match &p.email {
                            Some(e) if !p.name.is_empty() => format!("{} <{e}>", p.name),
                            Some(e) => e.clone(),
                            None => p.name.clone(),
                        };
                        view! { <div><dt>{tw(role(&p.role))}</dt><dd>{who}</dd></div> }
                    }).collect_view()}
                </dl>
                {(!detail.organization.is_empty()).then(|| view! {
                    <h3>{tw(W::Organization)}</h3>
                    <dl class="invoice__meta">
                        {detail.organization.iter().map(|(k, v)| view! { <div><dt>{tw(org_field(k))}</dt><dd>{v.clone()}</dd></div> }).collect_view()}
                    </dl>
                })}
            </section>
        })}
        {detail.csr.clone().map(|csr| view! {
            <section class="card card--fit">
                <details>
                    <summary>{tw(W::Csr)}</summary>
                    <pre class="pem">{csr}</pre>
                </details>
            </section>
        })}
        <section class="card" aria-labelledby="cert-billing-title">
            <h2 id="cert-billing-title">{tw(W::Billing)}</h2>
            <dl class="invoice__meta">
                <div><dt>{tw(W::Ordered)}</dt><dd>{date(detail.created)}</dd></div>
                {detail.first_payment.map(|p| view! { <div><dt>{tw(W::FirstPayment)}</dt><dd><MoneyText value=Money::new(p, &currency)/></dd></div> })}
                <div><dt>{tr(Msg::BillingCycle)}</dt><dd>{let cycle = c.cycle.clone(); move || crate::pages::order::cycle_title(prefs, &cycle)}</dd></div>
                <div><dt>{tr(Msg::Total)}</dt><dd><MoneyText value=Money::new(c.price, &currency)/></dd></div>
                <div><dt>{tr(Msg::NextDue)}</dt><dd>{date(c.next_due)}</dd></div>
                {detail.next_invoice.map(|d| view! { <div><dt>{tw(W::NextInvoice)}</dt><dd>{date(Some(d))}</dd></div> })}
            </dl>
            <p><a class="link" href=Page::Service(&c.id).href()>{tw(W::OpenService)}" →"</a></p>
        </section>
    }
}

/// "Download certificate": the PEM file, named after the domain (`example.com.crt`).
#[component]
fn CertificateDownload(id: String, domain: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let name = format!(
        "{}.crt",
        domain.trim_start_matches("*.").replace(['/', '\\'], "-")
    );
    let fetch = Action::new_local(move |id: &String| {
        let api = session.api_for_read();
        let (id, name) = (id.clone(), name.clone());
        async move {
            let pem = api.certificate_file(&id).await?;
            crate::components::download_button::save(
                pem.as_bytes(),
                &name,
                "application/x-pem-file",
            )
            .map_err(|_| ApiError::Decode("the browser refused the download".into()))
        }
    });
    let pending = fetch.pending();
    view! {
        <p><button type="button" class="button button--secondary" disabled=move || pending.get()
            aria-busy=move || pending.get().to_string()
            on:click=move |_| { fetch.dispatch_local(id.clone()); }>
            {move || if pending.get() { prefs.w(W::Downloading) } else { prefs.w(W::Download) }}
        </button></p>
        {move || match fetch.value().get() {
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
            _ => None,
        }}
    }
}
