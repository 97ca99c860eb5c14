//! The client area's pages as lazily loaded routes: the sign-in page, the shell and the dashboard
//! are the first load; every other page arrives as its own wasm chunk the first time it is
//! opened (or earlier, fetched in the background once the dashboard is idle).
//!
//! Splitting needs the release build's split step (scripts/build-split.sh: `--emit-relocs`,
//! `wasm-split-cli`, wasm-bindgen `--keep-lld-exports`), so it is behind the cargo feature
//! `split`, which only that build turns on. Without it (native checks, the wasm tests in
//! tests/web.rs) the same routes are plain async views: a binary that uses `#[lazy]` but is not
//! split imports a placeholder module no browser can resolve.
//!
//! Only `view` moves into a chunk (`data` stays in the main module), so each view builds its
//! whole page, gate included.

use crate::config::Area;
use crate::i18n::Msg;
use crate::pages::area_pending::AreaGate;
use crate::pages::lookup::{LookupKind, LookupPage};
use leptos::prelude::*;

/// What the configured billing system can do (routes reached by URL explain what it cannot).
fn caps() -> crate::api::dialect::Capabilities {
    crate::state::brand::use_config().backend.capabilities()
}

/// One lazily loaded route: its type, and the view its chunk holds.
macro_rules! lazy_area {
    ($(#[$doc:meta])* $name:ident => $body:expr) => {
        $(#[$doc])*
        pub struct $name;

        #[cfg(feature = "split")]
        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $name {
            fn data() -> Self {
                $name
            }
            fn view(_this: Self) -> AnyView {
                $body.into_any()
            }
        }

        #[cfg(not(feature = "split"))]
        impl leptos_router::LazyRoute for $name {
            fn data() -> Self {
                $name
            }
            async fn view(_this: Self) -> AnyView {
                $body.into_any()
            }
        }
    };
}

lazy_area! {
    /// `/invoices`: the list, or a look-up by number where the portal cannot list them.
    InvoicesRoute => view! { <AreaGate area=Area::Invoices title=Msg::Invoices>{move || if caps().invoice_list { view! { <crate::pages::invoices::list::InvoiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Invoice/> }.into_any() }}</AreaGate> }
}
lazy_area! {
    /// `/invoices/pay-all`.
    PayAllRoute => view! { <AreaGate area=Area::Invoices title=Msg::PayAll supported=caps().pay_all><crate::pages::invoices::pay_all::PayAllPage/></AreaGate> }
}
lazy_area! {
    /// `/invoices/:id`.
    InvoiceRoute => view! { <AreaGate area=Area::Invoices title=Msg::Invoices><crate::pages::invoices::detail::InvoicePage/></AreaGate> }
}
lazy_area! {
    /// `/funds`.
    FundsRoute => view! { <AreaGate area=Area::Invoices title=Msg::AddFunds supported=caps().funds_invoice><crate::pages::invoices::add_funds::AddFundsPage/></AreaGate> }
}
lazy_area! {
    /// `/estimates`.
    EstimatesRoute => view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::list::EstimateListPage/></AreaGate> }
}
lazy_area! {
    /// `/estimates/:id`.
    EstimateRoute => view! { <AreaGate area=Area::Invoices title=Msg::Estimates supported=caps().estimates><crate::pages::estimates::detail::EstimatePage/></AreaGate> }
}
lazy_area! {
    /// `/services`.
    ServicesRoute => view! { <AreaGate area=Area::Services title=Msg::Services>{move || if caps().service_list { view! { <crate::pages::services::list::ServiceListPage/> }.into_any() } else { view! { <LookupPage kind=LookupKind::Service/> }.into_any() }}</AreaGate> }
}
lazy_area! {
    /// `/services/:id`.
    ServiceRoute => view! { <AreaGate area=Area::Services title=Msg::Services><crate::pages::services::detail::ServicePage/></AreaGate> }
}
lazy_area! {
    /// `/services/:id/upgrade`.
    UpgradeRoute => view! { <AreaGate area=Area::Cart title=Msg::UpgradeTitle supported=caps().cart><crate::pages::order::upgrade::UpgradePage/></AreaGate> }
}
lazy_area! {
    /// `/services/:id/vms/:vmid`: the VM console.
    VmRoute => view! { <AreaGate area=Area::Services title=Msg::VirtualServers supported=caps().vms><crate::pages::vms::detail::VmPage/></AreaGate> }
}
lazy_area! {
    /// `/dns`.
    ZonesRoute => view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::zones::ZonesPage/></AreaGate> }
}
lazy_area! {
    /// `/dns/:service/:zone`: the zone editor.
    ZoneRoute => view! { <AreaGate area=Area::Dns title=Msg::Dns><crate::pages::dns::editor::ZoneEditorPage/></AreaGate> }
}
lazy_area! {
    /// `/order`: the catalogue, or the VPS order form where there is no catalogue API.
    OrderRoute => view! { <AreaGate area=Area::Cart title=Msg::Cart>{move || if caps().cart { view! { <crate::pages::order::catalogue::CataloguePage/> }.into_any() } else { view! { <crate::pages::order::vps::VpsOrderPage/> }.into_any() }}</AreaGate> }
}
lazy_area! {
    /// `/order/:product`.
    ConfigureRoute => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::configure::ConfigurePage/></AreaGate> }
}
lazy_area! {
    /// `/cart`.
    CartRoute => view! { <AreaGate area=Area::Cart title=Msg::Cart supported=caps().cart><crate::pages::order::cart::CartPage/></AreaGate> }
}
lazy_area! {
    /// `/support`.
    SupportRoute => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::list::SupportPage/></AreaGate> }
}
lazy_area! {
    /// `/support/new`.
    NewTicketRoute => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::new::NewTicketPage/></AreaGate> }
}
lazy_area! {
    /// `/support/:number`.
    TicketRoute => view! { <AreaGate area=Area::Support title=Msg::Support><crate::pages::support::ticket::TicketPage/></AreaGate> }
}
lazy_area! {
    /// `/account`.
    AccountRoute => view! { <AreaGate area=Area::Account title=Msg::Account><crate::pages::account::AccountPage/></AreaGate> }
}
