//! The client area's pages in lazily loaded areas. The sign-in page is the first load; the
//! signed-in shell, the dashboard and each other area (billing, services, the VM console, DNS,
//! ordering, support, account) arrive as one wasm chunk each, the first time one of their pages
//! is opened, or earlier: the shell and the dashboard while the customer signs in, the others in
//! the background once the dashboard is idle, and a deep link's together with the first load
//! (web/split-runtime.js).
//!
//! One chunk per area rather than per route: the routes of an area share most of their code, and
//! with a chunk per route that shared code was cut into hundreds of tiny modules, each one more
//! request and one more instantiation on the way to a page.
//!
//! Splitting needs the release build's split step (scripts/build-split.sh: `--emit-relocs`,
//! `wasm-split-cli`, wasm-bindgen `--keep-lld-exports`), so it is behind the cargo feature
//! `split`, which only that build turns on. Without it (native checks, the wasm tests in
//! tests/web.rs) each area is a plain async function: a binary that uses `#[lazy]` but is not
//! split imports a placeholder module no browser can resolve.

use crate::config::Area;
use crate::i18n::Msg;
use crate::pages::area_pending::AreaGate;
use crate::pages::lookup::{LookupKind, LookupPage};
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// What the configured billing system can do (routes reached by URL explain what it cannot).
fn caps() -> crate::model::Capabilities {
    crate::state::brand::use_config().backend.capabilities()
}

/// One area's pages as one chunk: a function from the page to its view, lazily loaded in the
/// split build (its name, `<area>_area`, names the chunk: see scripts/patch-split-loader.mjs).
macro_rules! area_chunk {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty)?) $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::lazy]
        fn $name($($arg: $ty)?) -> AnyView $body

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        async fn $name($($arg: $ty)?) -> AnyView $body
    };
}

/// One route, shown by its area's chunk.
macro_rules! route {
    ($(#[$doc:meta])* $name:ident => $area:ident($($page:expr)?)) => {
        $(#[$doc])*
        pub struct $name;

        impl LazyRoute for $name {
            fn data() -> Self {
                $name
            }
            async fn view(_this: Self) -> AnyView {
                $area($($page)?).await
            }
        }
    };
}

area_chunk! {
    /// The signed-in layout and guard around every private page (src/components/app_shell.rs).
    fn shell_area() {
        view! { <crate::components::app_shell::AppShell/> }.into_any()
    }
}
route! {
    /// The parent of every private route.
    ShellRoute => shell_area()
}

area_chunk! {
    /// The forgotten-password pages (`/login/forgot`, `/login/reset`), which few visits need;
    /// one route for both, told apart here by the path.
    fn forgot_area() {
        view! {{
            move || match leptos_router::hooks::use_location().pathname.get().as_str() {
                "/login/forgot" => view! { <crate::pages::login::forgot::ForgotPasswordPage/> }.into_any(),
                "/login/reset" => view! { <crate::pages::login::reset::ResetPasswordPage/> }.into_any(),
                _ => view! { <crate::pages::not_found::NotFound/> }.into_any(),
            }
        }}
        .into_any()
    }
}
route! {
    /// `/login/*page`: the forgotten-password pages.
    ForgotRoute => forgot_area()
}

area_chunk! {
    /// The dashboard.
    fn dashboard_area() {
        view! { <crate::pages::dashboard::DashboardPage/> }.into_any()
    }
}
route! {
    /// `/`.
    DashboardRoute => dashboard_area()
}
/// The pages of the billing area.
#[derive(Clone, Copy, Debug)]
pub enum BillingPage {
    /// `/invoices`: the list, or a look-up by number where the portal cannot list them.
    Invoices,
    /// `/invoices/pay-all`.
    PayAll,
    /// `/invoices/:id`.
    Invoice,
    /// `/funds`.
    Funds,
    /// `/estimates`.
    Estimates,
    /// `/estimates/:id`.
    Estimate,
}

area_chunk! {
    /// Invoices, payments, added funds and estimates.
    fn billing_area(page: BillingPage) {
        match page {
            BillingPage::Invoices => view! { <AreaGate area=Area::Invoices title=Msg::Invoices>{move || if caps().invoice_list { view! { <crate::pages::invoices::list::InvoiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Invoice/> }.into_any() }}</AreaGate> }
            .into_any(),
            BillingPage::PayAll => view! { <AreaGate area=Area::Invoices title=Msg::PayAll supported=caps().pay_all><crate::pages::invoices::pay_all::PayAllPage/></AreaGate> }
            .into_any(),
            BillingPage::Invoice => view! { <AreaGate area=Area::Invoices title=Msg::Invoices><crate::pages::invoices::detail::InvoicePage/></AreaGate> }
            .into_any(),
            BillingPage::Funds => view! { <AreaGate area=Area::Invoices title=Msg::AddFunds supported=caps().funds_invoice><crate::pages::invoices::add_funds::AddFundsPage/></AreaGate> }
            .into_any(),
            BillingPage::Estimates => view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::list::EstimateListPage/></AreaGate> }
            .into_any(),
            BillingPage::Estimate => view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::detail::EstimatePage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/invoices`: the list, or a look-up by number where the portal cannot list them.
    InvoicesRoute => billing_area(BillingPage::Invoices)
}
route! {
    /// `/invoices/pay-all`.
    PayAllRoute => billing_area(BillingPage::PayAll)
}
route! {
    /// `/invoices/:id`.
    InvoiceRoute => billing_area(BillingPage::Invoice)
}
route! {
    /// `/funds`.
    FundsRoute => billing_area(BillingPage::Funds)
}
route! {
    /// `/estimates`.
    EstimatesRoute => billing_area(BillingPage::Estimates)
}
route! {
    /// `/estimates/:id`.
    EstimateRoute => billing_area(BillingPage::Estimate)
}

/// The pages of the services area.
#[derive(Clone, Copy, Debug)]
pub enum ServicesPage {
    /// `/services`.
    Services,
    /// `/services/:id`.
    Service,
}

area_chunk! {
    /// The services list and a service's page.
    fn services_area(page: ServicesPage) {
        match page {
            ServicesPage::Services => view! { <AreaGate area=Area::Services title=Msg::Services>{move || if caps().service_list { view! { <crate::pages::services::list::ServiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Service/> }.into_any() }}</AreaGate> }
            .into_any(),
            ServicesPage::Service => view! { <AreaGate area=Area::Services title=Msg::Services><crate::pages::services::detail::ServicePage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/services`.
    ServicesRoute => services_area(ServicesPage::Services)
}
route! {
    /// `/services/:id`.
    ServiceRoute => services_area(ServicesPage::Service)
}

/// The pages of the vm area.
#[derive(Clone, Copy, Debug)]
pub enum VmPage {
    /// `/services/:id/vms/:vmid`: the VM console.
    Vm,
}

area_chunk! {
    /// A virtual server's console (power, rebuild, usage, addresses, backups).
    fn vm_area(page: VmPage) {
        match page {
            VmPage::Vm => view! { <AreaGate area=Area::Services title=Msg::VirtualServers supported=caps().vms><crate::pages::vms::detail::VmPage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/services/:id/vms/:vmid`: the VM console.
    VmRoute => vm_area(VmPage::Vm)
}

area_chunk! {
    /// The affiliate programme.
    fn affiliate_area() {
        view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().affiliates><crate::pages::affiliate::AffiliatePage/></AreaGate> }.into_any()
    }
}
route! {
    /// `/affiliate`.
    AffiliateRoute => affiliate_area()
}

area_chunk! {
    /// The provider's news and downloads.
    fn news_area() {
        view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().news><crate::pages::news::NewsPage/></AreaGate> }.into_any()
    }
}
route! {
    /// `/news`.
    NewsRoute => news_area()
}

/// The pages of the certificates area.
#[derive(Clone, Copy, Debug)]
pub enum CertificatesPage {
    /// `/certificates`.
    Certificates,
    /// `/certificates/order`.
    Order,
    /// `/certificates/:id`.
    Certificate,
}

area_chunk! {
    /// SSL certificates: the list, one certificate, ordering one.
    fn certificates_area(page: CertificatesPage) {
        match page {
            CertificatesPage::Certificates => view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::list::CertificateListPage/></AreaGate> }
            .into_any(),
            CertificatesPage::Order => view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::order::OrderCertificatePage/></AreaGate> }
            .into_any(),
            CertificatesPage::Certificate => view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::detail::CertificatePage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/certificates`.
    CertificatesRoute => certificates_area(CertificatesPage::Certificates)
}
route! {
    /// `/certificates/order`.
    OrderCertificateRoute => certificates_area(CertificatesPage::Order)
}
route! {
    /// `/certificates/:id`.
    CertificateRoute => certificates_area(CertificatesPage::Certificate)
}

/// The pages of the dns area.
#[derive(Clone, Copy, Debug)]
pub enum DnsPage {
    /// `/dns`.
    Zones,
    /// `/dns/:service/:zone`: the zone editor.
    Zone,
}

area_chunk! {
    /// The DNS zones and the zone editor.
    fn dns_area(page: DnsPage) {
        match page {
            DnsPage::Zones => view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::zones::ZonesPage/></AreaGate> }
            .into_any(),
            DnsPage::Zone => view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::editor::ZoneEditorPage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/dns`.
    ZonesRoute => dns_area(DnsPage::Zones)
}
route! {
    /// `/dns/:service/:zone`: the zone editor.
    ZoneRoute => dns_area(DnsPage::Zone)
}

/// The pages of the order area.
#[derive(Clone, Copy, Debug)]
pub enum OrderPage {
    /// `/order`: the catalogue, or the VPS order form where there is no catalogue API.
    Order,
    /// `/order/:product`.
    Configure,
    /// `/cart`.
    Cart,
    /// `/services/:id/upgrade`.
    Upgrade,
}

area_chunk! {
    /// Ordering: the catalogue, a product's options, the cart, and upgrades.
    fn order_area(page: OrderPage) {
        match page {
            OrderPage::Order => view! { <AreaGate area=Area::Cart title=Msg::Cart>{move || if caps().cart { view! { <crate::pages::order::catalogue::CataloguePage/> }.into_any() } else { view! { <crate::pages::order::vps::VpsOrderPage/> }.into_any() }}</AreaGate> }
            .into_any(),
            OrderPage::Configure => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::configure::ConfigurePage/></AreaGate> }
            .into_any(),
            OrderPage::Cart => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::cart::CartPage/></AreaGate> }
            .into_any(),
            OrderPage::Upgrade => view! { <AreaGate area=Area::Cart title=Msg::UpgradeTitle supported=caps().cart><crate::pages::order::upgrade::UpgradePage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/order`: the catalogue, or the VPS order form where there is no catalogue API.
    OrderRoute => order_area(OrderPage::Order)
}
route! {
    /// `/order/:product`.
    ConfigureRoute => order_area(OrderPage::Configure)
}
route! {
    /// `/cart`.
    CartRoute => order_area(OrderPage::Cart)
}
route! {
    /// `/services/:id/upgrade`.
    UpgradeRoute => order_area(OrderPage::Upgrade)
}

/// The pages of the support area.
#[derive(Clone, Copy, Debug)]
pub enum SupportPage {
    /// `/support`.
    Support,
    /// `/support/new`.
    NewTicket,
    /// `/support/:number`.
    Ticket,
}

area_chunk! {
    /// Support tickets.
    fn support_area(page: SupportPage) {
        match page {
            SupportPage::Support => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::list::SupportPage/></AreaGate> }
            .into_any(),
            SupportPage::NewTicket => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::new::NewTicketPage/></AreaGate> }
            .into_any(),
            SupportPage::Ticket => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::ticket::TicketPage/></AreaGate> }
            .into_any(),
        }
    }
}
route! {
    /// `/support`.
    SupportRoute => support_area(SupportPage::Support)
}
route! {
    /// `/support/new`.
    NewTicketRoute => support_area(SupportPage::NewTicket)
}
route! {
    /// `/support/:number`.
    TicketRoute => support_area(SupportPage::Ticket)
}

/// The pages of the account area.
#[derive(Clone, Copy, Debug)]
pub enum AccountPage {
    /// `/account`.
    Account,
    /// `/account/*page`: security and the e-mail history, told apart by the path.
    Pages,
}

area_chunk! {
    /// The account page.
    fn account_area(page: AccountPage) {
        match page {
            AccountPage::Account => view! { <AreaGate area=Area::Account title=Msg::Account><crate::pages::account::AccountPage/></AreaGate> }
            .into_any(),
            AccountPage::Pages => view! {{
                move || {
                    let path = leptos_router::hooks::use_location().pathname.get();
                    match crate::routes::AccountSub::of_path(&path) {
                        Some(crate::routes::AccountSub::Security) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().security><crate::pages::account::security::SecurityPage/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Emails) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().email_history><crate::pages::account::emails::EmailsPage/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Email(id)) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().email_history><crate::pages::account::emails::EmailPage id=id.clone()/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Activity) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().activity><crate::pages::account::activity::ActivityPage/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Settings) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().settings><crate::pages::account::settings::SettingsPage/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Contacts) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().contacts><crate::pages::account::contacts::ContactsPage/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::NewContact) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().contacts><crate::pages::account::contacts::ContactPage id=None/></AreaGate> }.into_any(),
                        Some(crate::routes::AccountSub::Contact(id)) => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().contacts><crate::pages::account::contacts::ContactPage id=Some(id.clone())/></AreaGate> }.into_any(),
                        None => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                    }
                }
            }}
            .into_any(),
        }
    }
}
route! {
    /// `/account`.
    AccountRoute => account_area(AccountPage::Account)
}
route! {
    /// `/account/*page`.
    AccountPagesRoute => account_area(AccountPage::Pages)
}
