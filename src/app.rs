//! Provider nesting and the one route table. Private pages sit under the guarded `AppShell`.

use crate::components::app_shell::AppShell;
use crate::components::notice_page::NoticePage;
use crate::config::{Area, Config};
use crate::i18n::{self, Lang, Msg};
use crate::pages::account::AccountPage;
use crate::pages::area_pending::AreaGate;
use crate::pages::dashboard::DashboardPage;
use crate::pages::dns::editor::ZoneEditorPage;
use crate::pages::dns::zones::ZonesPage;
use crate::pages::estimates::detail::EstimatePage;
use crate::pages::estimates::list::EstimateListPage;
use crate::pages::invoices::add_funds::AddFundsPage;
use crate::pages::invoices::detail::InvoicePage;
use crate::pages::invoices::list::InvoiceListPage;
use crate::pages::invoices::pay_all::PayAllPage;
use crate::pages::login::LoginPage;
use crate::pages::login::forgot::ForgotPasswordPage;
use crate::pages::lookup::{LookupKind, LookupPage};
use crate::pages::not_found::NotFound;
use crate::pages::order::cart::CartPage;
use crate::pages::order::catalogue::CataloguePage;
use crate::pages::order::configure::ConfigurePage;
use crate::pages::order::upgrade::UpgradePage;
use crate::pages::order::vps::VpsOrderPage;
use crate::pages::services::detail::ServicePage;
use crate::pages::services::list::ServiceListPage;
use crate::pages::support::list::SupportPage;
use crate::pages::support::new::NewTicketPage;
use crate::pages::support::ticket::TicketPage;
use crate::pages::vms::detail::VmPage;
use crate::state::{brand, prefs, session};
use leptos::prelude::*;
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
    crate::state::cart::provide_cart();
    mark_ready();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/login") view=LoginPage/>
                <Route path=path!("/login/forgot") view=ForgotPasswordPage/>
                <ParentRoute path=path!("") view=AppShell>
                    <Route path=path!("") view=DashboardPage/>
                    <Route path=path!("/invoices") view=|| view! { <AreaGate area=Area::Invoices title=Msg::Invoices>{move || if caps().invoice_list { view! { <InvoiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Invoice/> }.into_any() }}</AreaGate> }/>
                    <Route path=path!("/invoices/pay-all") view=|| view! { <AreaGate area=Area::Invoices title=Msg::PayAll supported=caps().pay_all><PayAllPage/></AreaGate> }/>
                    <Route path=path!("/invoices/:id") view=|| view! { <AreaGate area=Area::Invoices title=Msg::Invoices><InvoicePage/></AreaGate> }/>
                    <Route path=path!("/funds") view=|| view! { <AreaGate area=Area::Invoices title=Msg::AddFunds supported=caps().funds_invoice><AddFundsPage/></AreaGate> }/>
                    <Route path=path!("/estimates") view=|| view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><EstimateListPage/></AreaGate> }/>
                    <Route path=path!("/estimates/:id") view=|| view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><EstimatePage/></AreaGate> }/>
                    <Route path=path!("/services") view=|| view! { <AreaGate area=Area::Services title=Msg::Services>{move || if caps().service_list { view! { <ServiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Service/> }.into_any() }}</AreaGate> }/>
                    <Route path=path!("/services/:id") view=|| view! { <AreaGate area=Area::Services title=Msg::Services><ServicePage/></AreaGate> }/>
                    <Route path=path!("/services/:id/upgrade") view=|| view! { <AreaGate area=Area::Cart title=Msg::UpgradeTitle supported=caps().cart><UpgradePage/></AreaGate> }/>
                    <Route path=path!("/services/:id/vms/:vmid") view=|| view! { <AreaGate area=Area::Services title=Msg::VirtualServers supported=caps().vms><VmPage/></AreaGate> }/>
                    <Route path=path!("/dns") view=|| view! { <AreaGate area=Area::Dns title=Msg::Dns><ZonesPage/></AreaGate> }/>
                    <Route path=path!("/dns/:service/:zone") view=|| view! { <AreaGate area=Area::Dns title=Msg::Dns><ZoneEditorPage/></AreaGate> }/>
                    <Route path=path!("/order") view=|| view! { <AreaGate area=Area::Cart title=Msg::Cart>{move || if caps().cart { view! { <CataloguePage/> }.into_any() } else { view! { <VpsOrderPage/> }.into_any() }}</AreaGate> }/>
                    <Route path=path!("/order/:product") view=|| view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><ConfigurePage/></AreaGate> }/>
                    <Route path=path!("/cart") view=|| view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><CartPage/></AreaGate> }/>
                    <Route path=path!("/support") view=|| view! { <AreaGate area=Area::Support title=Msg::Support><SupportPage/></AreaGate> }/>
                    <Route path=path!("/support/new") view=|| view! { <AreaGate area=Area::Support title=Msg::Support><NewTicketPage/></AreaGate> }/>
                    <Route path=path!("/support/:number") view=|| view! { <AreaGate area=Area::Support title=Msg::Support><TicketPage/></AreaGate> }/>
                    <Route path=path!("/account") view=|| view! { <AreaGate area=Area::Account title=Msg::Account><AccountPage/></AreaGate> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// What the configured billing system can do (routes reached by URL explain what it cannot).
fn caps() -> crate::api::dialect::Capabilities {
    brand::use_config().backend.capabilities()
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
