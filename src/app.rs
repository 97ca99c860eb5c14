//! Provider nesting and the one route table. Private pages sit under the guarded shell
//! (`AppShell`, loaded with its own chunk: src/areas.rs).

use crate::areas::*;
use crate::components::notice_page::NoticePage;
use crate::config::Config;
use crate::i18n::{self, Lang, Msg};
use crate::pages::login::LoginPage;
use crate::pages::not_found::NotFound;
use crate::state::{brand, prefs, session};
use leptos::prelude::*;
use leptos_router::Lazy;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

/// The whole app, for a validated config.
#[component]
pub fn App(
    /// The reseller's configuration.
    config: Config,
) -> impl IntoView {
    brand::apply_identity(&config);
    provide_context(config.clone());
    prefs::provide_prefs(&config);
    session::provide_session(&config);
    mark_ready();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/login") view=LoginPage/>
                // One route for the signed-out pages beyond sign-in, and one for the account's
                // sub-pages: every route costs the first load ~1.5 KB of router code, so an area's
                // own pages are told apart inside its chunk (src/areas.rs).
                <Route path=path!("/login/*page") view={Lazy::<ForgotRoute>::new()}/>
                <ParentRoute path=path!("") view={Lazy::<ShellRoute>::new()}>
                    <Route path=path!("") view={Lazy::<DashboardRoute>::new()}/>
                    <Route path=path!("/invoices") view={Lazy::<InvoicesRoute>::new()}/>
                    <Route path=path!("/invoices/pay-all") view={Lazy::<PayAllRoute>::new()}/>
                    <Route path=path!("/invoices/:id") view={Lazy::<InvoiceRoute>::new()}/>
                    <Route path=path!("/funds") view={Lazy::<FundsRoute>::new()}/>
                    <Route path=path!("/estimates") view={Lazy::<EstimatesRoute>::new()}/>
                    <Route path=path!("/estimates/:id") view={Lazy::<EstimateRoute>::new()}/>
                    <Route path=path!("/services") view={Lazy::<ServicesRoute>::new()}/>
                    <Route path=path!("/services/:id") view={Lazy::<ServiceRoute>::new()}/>
                    <Route path=path!("/services/:id/upgrade") view={Lazy::<UpgradeRoute>::new()}/>
                    <Route path=path!("/services/:id/vms/:vmid") view={Lazy::<VmRoute>::new()}/>
                    <Route path=path!("/affiliate") view={Lazy::<AffiliateRoute>::new()}/>
                    <Route path=path!("/news") view={Lazy::<NewsRoute>::new()}/>
                    <Route path=path!("/certificates") view={Lazy::<CertificatesRoute>::new()}/>
                    <Route path=path!("/certificates/order") view={Lazy::<OrderCertificateRoute>::new()}/>
                    <Route path=path!("/certificates/:id") view={Lazy::<CertificateRoute>::new()}/>
                    <Route path=path!("/dns") view={Lazy::<ZonesRoute>::new()}/>
                    <Route path=path!("/dns/:service/:zone") view={Lazy::<ZoneRoute>::new()}/>
                    <Route path=path!("/order") view={Lazy::<OrderRoute>::new()}/>
                    <Route path=path!("/order/:product") view={Lazy::<ConfigureRoute>::new()}/>
                    <Route path=path!("/cart") view={Lazy::<CartRoute>::new()}/>
                    <Route path=path!("/support") view={Lazy::<SupportRoute>::new()}/>
                    <Route path=path!("/support/new") view={Lazy::<NewTicketRoute>::new()}/>
                    <Route path=path!("/support/:number") view={Lazy::<TicketRoute>::new()}/>
                    <Route path=path!("/account") view={Lazy::<AccountRoute>::new()}/>
                    <Route path=path!("/account/*page") view={Lazy::<AccountPagesRoute>::new()}/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Performance mark for benchmarks: the first route has been rendered.
fn mark_ready() {
    request_animation_frame(|| {
        if let Some(p) = window().performance() {
            let _ = p.mark("atrium-ready");
        }
    });
}

/// Shown instead of the app when `config.json` is missing or invalid: never a blank page.
#[component]
pub fn ConfigError(
    /// Every problem found.
    errors: Vec<String>,
) -> impl IntoView {
    let lang = window()
        .navigator()
        .language()
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(Lang::En);
    view! {
        <NoticePage title=i18n::t(lang, Msg::ConfigErrorTitle).to_string() lead=i18n::t(lang, Msg::ConfigErrorLead).to_string()>
            <ul class="config-errors">
                {errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}
            </ul>
        </NoticePage>
    }
}
