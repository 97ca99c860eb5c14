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
//! One router entry for all the signed-in pages (`/*any`, the shell) rather than one per page:
//! the 28 typed routes cost the first load 5.4 KB of router code, so the shell reads the address
//! itself (`Page::parse`), loads the page's chunk (`Chunk::load`, from `AreaOutlet`) and the
//! chunk chooses the page (`*_pages` below). A new area
//! or page costs the first load nothing: it is a `Page` variant and code in the shell and its
//! chunk.
//!
//! Splitting needs the release build's split step (scripts/build-split.sh: `--emit-relocs`,
//! `wasm-split-cli`, wasm-bindgen `--keep-lld-exports`), so it is behind the cargo feature
//! `split`, which only that build turns on. Without it (native checks, the wasm tests in
//! tests/web.rs) each area is a plain async function: a binary that uses `#[lazy]` but is not
//! split imports a placeholder module no browser can resolve.

use crate::chunk::area_chunk;
use crate::components::area_pages::{AreaPages, ChunkPath};
use crate::config::Area;
use crate::i18n::Msg;
use crate::pages::area_pending::AreaGate;
use crate::pages::lookup::{LookupKind, LookupPage};
use crate::pages::not_found::NotFound;
use crate::routes::Page;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos_router::LazyRoute;
use leptos_router::hooks::use_location;

/// What the configured billing system can do (routes reached by URL explain what it cannot).
fn caps() -> crate::model::Capabilities {
    crate::state::brand::use_config().backend.capabilities()
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
    /// The signed-in layout and guard around every private page (src/components/app_shell.rs),
    /// holding the page chosen from the address (`AreaOutlet`).
    fn shell_area() {
        view! { <crate::components::app_shell::AppShell><AreaOutlet/></crate::components::app_shell::AppShell> }.into_any()
    }
}
route! {
    /// Every signed-in page and an unknown address (`/*any`).
    ShellRoute => shell_area()
}

area_chunk! {
    /// The forgotten-password pages (`/login/forgot`, `/login/reset`), which few visits need;
    /// one route for both, told apart here by the path.
    fn forgot_area() {
        view! {{
            move || leptos_router::hooks::use_location().pathname.with(|path| match Page::parse(path) {
                Some(Page::Forgot) => view! { <crate::pages::login::forgot::ForgotPasswordPage/> }.into_any(),
                Some(Page::ResetPassword) => view! { <crate::pages::login::reset::ResetPasswordPage/> }.into_any(),
                _ => view! { <crate::pages::not_found::NotFound/> }.into_any(),
            })
        }}
        .into_any()
    }
}
route! {
    /// `/login/*page`: the forgotten-password pages.
    ForgotRoute => forgot_area()
}

/// The chunk holding each signed-in page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// The dashboard.
    Dashboard,
    /// Invoices, payments, added funds and estimates.
    Billing,
    /// The services list and a service's page.
    Services,
    /// A virtual server's console.
    Vm,
    /// The affiliate programme.
    Affiliate,
    /// News and downloads.
    News,
    /// SSL certificates.
    Certificates,
    /// DNS zones.
    Dns,
    /// Ordering, the cart and upgrades.
    Order,
    /// Support tickets.
    Support,
    /// The account and its pages.
    Account,
}

impl Chunk {
    /// The chunk holding `page`; `None` for the signed-out pages, which have routes of their own.
    pub fn of(page: Page<'_>) -> Option<Chunk> {
        Some(match page {
            Page::Login | Page::Forgot | Page::ResetPassword => return None,
            Page::Dashboard => Chunk::Dashboard,
            Page::Invoices
            | Page::PayAll
            | Page::Invoice(_)
            | Page::Funds
            | Page::Estimates
            | Page::Estimate(_) => Chunk::Billing,
            Page::Services | Page::Service(_) => Chunk::Services,
            Page::Vm { .. } => Chunk::Vm,
            Page::Affiliate => Chunk::Affiliate,
            Page::News => Chunk::News,
            Page::Certificates | Page::OrderCertificate | Page::Certificate(_) => {
                Chunk::Certificates
            }
            Page::Zones | Page::Zone { .. } => Chunk::Dns,
            Page::Order
            | Page::Configure(_)
            | Page::Cart
            | Page::Upgrade(_)
            | Page::DomainSearch => Chunk::Order,
            Page::Support | Page::NewTicket | Page::Ticket(_) | Page::Notifications => {
                Chunk::Support
            }
            Page::Account
            | Page::Security
            | Page::Emails
            | Page::Email(_)
            | Page::Settings
            | Page::Activity
            | Page::Contacts
            | Page::NewContact
            | Page::Contact(_) => Chunk::Account,
        })
    }

    /// The chunk's pages, loaded if they are not yet: a view that shows the page at the address
    /// while it belongs to this chunk (`AreaPages`).
    pub async fn load(self) -> AnyView {
        match self {
            Chunk::Dashboard => dashboard_area().await,
            Chunk::Billing => billing_area().await,
            Chunk::Services => services_area().await,
            Chunk::Vm => vm_area().await,
            Chunk::Affiliate => affiliate_area().await,
            Chunk::News => news_area().await,
            Chunk::Certificates => certificates_area().await,
            Chunk::Dns => dns_area().await,
            Chunk::Order => order_area().await,
            Chunk::Support => support_area().await,
            Chunk::Account => account_area().await,
        }
    }
}

fn chunk_of(path: &str) -> Option<Chunk> {
    Page::parse(path).and_then(Chunk::of)
}

/// The page at the address, from its chunk: the shell's content. Like the router's own lazy
/// routes, the page on screen stays until the next one's chunk has arrived (its progress bar and
/// a failed load's "Try again" are web/split-runtime.js's): never a blank page between two pages.
/// Within a chunk, the chunk follows the address itself (`AreaPages`), so moving between two
/// invoices loads nothing.
#[component]
pub fn AreaOutlet() -> impl IntoView {
    let pathname = use_location().pathname;
    let chunk = Memo::new(move |_| pathname.with(|path| chunk_of(path)));
    // A component always has an owner; the default is only there to need no `expect`.
    let parent = Owner::current().unwrap_or_default();
    // The view that arrived and is not on screen yet, and the owner of the one on screen.
    let arrived = StoredValue::new_local(None::<AnyView>);
    let on_screen = StoredValue::new_local(None::<Owner>);
    let show = Trigger::new();

    Effect::new(move |_| {
        let Some(wanted) = chunk.get() else {
            // An address that is no page.
            let owner = parent.child();
            let view = owner.with(|| view! { <NotFound/> }.into_any());
            replace(owner, view, (arrived, on_screen, show));
            return;
        };
        let owner = parent.child();
        let loading = owner.with(|| {
            let path = Memo::new(move |last: Option<&String>| {
                let now = pathname.get();
                match last {
                    Some(last) if chunk_of(&now) != Some(wanted) => last.clone(),
                    _ => now,
                }
            });
            provide_context(ChunkPath(path));
            ScopedFuture::new_untracked(wanted.load())
        });
        leptos::task::spawn_local(async move {
            let view = loading.await;
            // A later navigation to another chunk (or leaving the shell) wins.
            if chunk.try_get_untracked() == Some(Some(wanted)) {
                replace(owner, view, (arrived, on_screen, show));
            } else {
                owner.cleanup();
            }
        });
    });

    move || {
        show.track();
        arrived.try_update_value(Option::take).flatten()
    }
}

type Slots = (
    StoredValue<Option<AnyView>, LocalStorage>,
    StoredValue<Option<Owner>, LocalStorage>,
    Trigger,
);

/// Puts `view` (owned by `owner`, which lives as long as the view is on screen: an owner's parent
/// holds it weakly) on screen in place of the page there, whose owner is cleaned up.
fn replace(owner: Owner, view: AnyView, (arrived, on_screen, show): Slots) {
    arrived.set_value(Some(view));
    show.notify();
    if let Some(Some(gone)) = on_screen.try_update_value(|slot| slot.replace(owner)) {
        gone.cleanup();
    }
}

/// A path parameter's value (the address keeps it percent-encoded).
fn param(raw: &str) -> String {
    crate::percent::decode_component(raw)
}

/// The page of a chunk at the address; another chunk's address, which the outlet never gives
/// a chunk, is "not found".
fn elsewhere() -> AnyView {
    view! { <crate::pages::not_found::NotFound/> }.into_any()
}

area_chunk! {
    /// The dashboard.
    fn dashboard_area() {
        view! { <crate::pages::dashboard::DashboardPage/> }.into_any()
    }
}

fn billing_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Invoices => view! { <AreaGate area=Area::Invoices title=Msg::Invoices>{move || if caps().invoice_list { view! { <crate::pages::invoices::list::InvoiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Invoice/> }.into_any() }}</AreaGate> }.into_any(),
        Page::PayAll => view! { <AreaGate area=Area::Invoices title=Msg::PayAll supported=caps().pay_all><crate::pages::invoices::pay_all::PayAllPage/></AreaGate> }.into_any(),
        Page::Invoice(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Invoices title=Msg::Invoices><crate::pages::invoices::detail::InvoicePage id=id.clone()/></AreaGate> }.into_any()
        }
        Page::Funds => view! { <AreaGate area=Area::Invoices title=Msg::AddFunds supported=caps().funds_invoice><crate::pages::invoices::add_funds::AddFundsPage/></AreaGate> }.into_any(),
        Page::Estimates => view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::list::EstimateListPage/></AreaGate> }.into_any(),
        Page::Estimate(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::detail::EstimatePage id=id.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// Invoices, payments, added funds and estimates.
    fn billing_area() {
        view! { <AreaPages pages=billing_pages/> }.into_any()
    }
}

fn services_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Services => view! { <AreaGate area=Area::Services title=Msg::Services>{move || if caps().service_list { view! { <crate::pages::services::list::ServiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Service/> }.into_any() }}</AreaGate> }.into_any(),
        Page::Service(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Services title=Msg::Services><crate::pages::services::detail::ServicePage id=id.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// The services list and a service's page.
    fn services_area() {
        view! { <AreaPages pages=services_pages/> }.into_any()
    }
}

fn vm_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Vm { service, vm } => {
            let (service, vm) = (param(service), param(vm));
            view! { <AreaGate area=Area::Services title=Msg::VirtualServers supported=caps().vms><crate::pages::vms::detail::VmPage service=service.clone() vm=vm.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// A virtual server's console (power, rebuild, usage, addresses, backups).
    fn vm_area() {
        view! { <AreaPages pages=vm_pages/> }.into_any()
    }
}

area_chunk! {
    /// The affiliate programme (one page).
    fn affiliate_area() {
        view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().affiliates><crate::pages::affiliate::AffiliatePage/></AreaGate> }.into_any()
    }
}

area_chunk! {
    /// The provider's news and downloads (one page).
    fn news_area() {
        view! { <AreaGate area=Area::Account title=Msg::Account supported=caps().news><crate::pages::news::NewsPage/></AreaGate> }.into_any()
    }
}

fn certificates_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Certificates => view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::list::CertificateListPage/></AreaGate> }.into_any(),
        Page::OrderCertificate => view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::order::OrderCertificatePage/></AreaGate> }.into_any(),
        Page::Certificate(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Services title=Msg::Services supported=caps().certificates><crate::pages::certificates::detail::CertificatePage id=id.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// SSL certificates: the list, one certificate, ordering one.
    fn certificates_area() {
        view! { <AreaPages pages=certificates_pages/> }.into_any()
    }
}

fn dns_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Zones => view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::zones::ZonesPage/></AreaGate> }.into_any(),
        Page::Zone { service, zone } => {
            let (service, zone) = (param(service), param(zone));
            view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::editor::ZoneEditorPage service=service.clone() zone=zone.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// The DNS zones and the zone editor.
    fn dns_area() {
        view! { <AreaPages pages=dns_pages/> }.into_any()
    }
}

fn order_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Order => view! { <AreaGate area=Area::Cart title=Msg::Cart>{move || if caps().cart { view! { <crate::pages::order::catalogue::CataloguePage/> }.into_any() } else { view! { <crate::pages::order::vps::VpsOrderPage/> }.into_any() }}</AreaGate> }.into_any(),
        Page::Configure(product) => {
            let product = param(product);
            view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::configure::ConfigurePage product=product.clone()/></AreaGate> }.into_any()
        }
        Page::Cart => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::cart::CartPage/></AreaGate> }.into_any(),
        Page::DomainSearch => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().domain_search><crate::pages::order::domain_search::DomainSearchPage/></AreaGate> }.into_any(),
        Page::Upgrade(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Cart title=Msg::UpgradeTitle supported=caps().cart><crate::pages::order::upgrade::UpgradePage id=id.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// Ordering: the catalogue (or the VPS order form where there is no catalogue API), a
    /// product's options, the cart, and upgrades.
    fn order_area() {
        view! { <AreaPages pages=order_pages/> }.into_any()
    }
}

fn support_pages(page: Page<'_>) -> AnyView {
    match page {
        Page::Support => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::list::SupportPage/></AreaGate> }.into_any(),
        Page::NewTicket => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::new::NewTicketPage/></AreaGate> }.into_any(),
        Page::Notifications => view! { <AreaGate area=Area::Support title=Msg::NotificationsCard supported=caps().notifications><crate::pages::support::notifications::NotificationsPage/></AreaGate> }.into_any(),
        Page::Ticket(number) => {
            let number = param(number);
            view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::ticket::TicketPage number=number.clone()/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// Support tickets.
    fn support_area() {
        view! { <AreaPages pages=support_pages/> }.into_any()
    }
}

fn account_pages(page: Page<'_>) -> AnyView {
    use crate::pages::account::{activity, contacts, emails, security, settings};
    let caps = caps();
    match page {
        Page::Account => view! { <AreaGate area=Area::Account title=Msg::Account><crate::pages::account::AccountPage/></AreaGate> }.into_any(),
        Page::Security => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.security><security::SecurityPage/></AreaGate> }.into_any(),
        Page::Emails => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.email_history><emails::EmailsPage/></AreaGate> }.into_any(),
        Page::Email(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.email_history><emails::EmailPage id=id.clone()/></AreaGate> }.into_any()
        }
        Page::Activity => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.activity><activity::ActivityPage/></AreaGate> }.into_any(),
        Page::Settings => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.settings><settings::SettingsPage/></AreaGate> }.into_any(),
        Page::Contacts => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.contacts><contacts::ContactsPage/></AreaGate> }.into_any(),
        Page::NewContact => view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.contacts><contacts::ContactPage id=None/></AreaGate> }.into_any(),
        Page::Contact(id) => {
            let id = param(id);
            view! { <AreaGate area=Area::Account title=Msg::Account supported=caps.contacts><contacts::ContactPage id=Some(id.clone())/></AreaGate> }.into_any()
        }
        _ => elsewhere(),
    }
}

area_chunk! {
    /// The account and its pages (security, e-mails, settings, activity, contacts).
    fn account_area() {
        view! { <AreaPages pages=account_pages/> }.into_any()
    }
}
