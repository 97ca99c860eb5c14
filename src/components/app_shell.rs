//! The signed-in layout: header with brand, navigation (only the areas this backend and this
//! reseller offer), language and theme switches, user menu, banners, and the page outlet. It is
//! also the guard of every private route: signed out, it redirects to the login page and keeps
//! where the customer was going.

use crate::components::offline_banner::OfflineBanner;
use crate::components::user_menu::UserMenu;
use crate::config::Area;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::tr;
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

/// The guarded layout. An expired session keeps the page (and anything typed into it) under an
/// in-place sign-in dialog; a chosen sign-out, here or in another tab, goes to the login page.
#[component]
pub fn AppShell(
    /// Where the page goes (the page chosen from the address: `crate::areas::AreaOutlet`).
    children: ChildrenFn,
) -> impl IntoView {
    // The cart is only for signed-in pages (ordering); it lives as long as the shell, read when
    // an ordering page first asks for it.
    crate::state::cart::provide_cart();
    let session = use_session();
    let location = use_location();
    // A memo, so token rotations (which re-set the signals) never rebuild the page.
    let show_shell = Memo::new(move |_| session.signed_in.get() || session.expired.get());
    move || {
        if show_shell.get() {
            view! { <ShellLayout page=children.clone()/> }.into_any()
        } else {
            let here = format!(
                "{}{}",
                location.pathname.get_untracked(),
                location.search.get_untracked()
            );
            let target = if here == Page::Dashboard.href() || here.starts_with(&Page::Login.href())
            {
                Page::Login.href()
            } else {
                Page::Login.with_query(&[("next", &here)])
            };
            view! { <Redirect path=target/> }.into_any()
        }
    }
}

#[component]
fn ShellLayout(page: ChildrenFn) -> impl IntoView {
    let config = use_config();
    let session = use_session();
    let pathname = use_location().pathname;
    let menu_open = RwSignal::new(false);
    let nav_items: Vec<(Page<'static>, Msg, bool)> = [
        (Page::Dashboard, Msg::Dashboard, true),
        (Page::Invoices, Msg::Invoices, config.offers(Area::Invoices)),
        (Page::Services, Msg::Services, config.offers(Area::Services)),
        (Page::Zones, Msg::Dns, config.offers(Area::Dns)),
        (Page::Order, Msg::Cart, config.offers(Area::Cart)),
        (Page::Support, Msg::Support, config.offers(Area::Support)),
        (Page::Account, Msg::Account, config.offers(Area::Account)),
    ]
    .into_iter()
    .filter(|(_, _, on)| *on)
    .collect();
    let logo = config.logo.clone();
    let logo_dark = config.logo_dark.clone();
    let brand_name = config.brand_name.clone();

    view! {
        <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
        <header class="topbar">
            <a class="brand" href=Page::Dashboard.href()>
                <img class="brand__logo brand__logo--light" src=logo alt="" width="32" height="32" loading="lazy"/>
                <img class="brand__logo brand__logo--dark" src=logo_dark alt="" width="32" height="32" loading="lazy"/>
                <span class="brand__name">{brand_name}</span>
            </a>
            <button
                type="button"
                class="topbar__menu-toggle button button--ghost"
                aria-controls="primary-nav"
                aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| menu_open.update(|o| *o = !*o)
            >
                {tr(Msg::Menu)}
            </button>
            <nav id="primary-nav" class="topbar__nav" class:is-open=move || menu_open.get() aria-label=tr(Msg::Menu)>
                <ul>
                    {nav_items.into_iter().map(|(page, msg, _)| {
                        let href = page.href();
                        let exact = page == Page::Dashboard;
                        let here = href.clone();
                        // A plain link (the router takes its clicks): its area is marked current.
                        view! {
                            <li><a href=href
                                aria-current=move || pathname.with(|path| in_area(path, &here, exact)).then_some("page")
                                on:click=move |_| menu_open.set(false)>{tr(msg)}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
            <UserMenu/>
        </header>
        <OfflineBanner/>
        // The dialog is a chunk of its own, fetched in the background once the dashboard is idle.
        <Show when=move || session.expired.get() && !session.signed_in.get()>
            {Suspend::new(crate::lazy_parts::reauth_dialog())}
        </Show>
        <Show when=move || session.connection_trouble.get()>
            <div class="banner banner--warning" role="status">{tr(Msg::ConnectionProblemBanner)}</div>
        </Show>
        <main id="main" class="page" tabindex="-1">
            {page()}
        </main>
    }
}

/// Whether the address `path` is within the navigation entry at `href`: the same page, or (unless
/// `exact`) one below it (`/invoices/12` is within Invoices, `/invoicesx` is not).
fn in_area(path: &str, href: &str, exact: bool) -> bool {
    let path = path.trim_end_matches('/');
    let href = href.trim_end_matches('/');
    path == href
        || (!exact
            && path
                .strip_prefix(href)
                .is_some_and(|rest| rest.starts_with('/')))
}

#[cfg(test)]
mod tests {
    use super::in_area;

    #[test]
    fn an_entry_is_current_on_its_page_and_below_it_unless_exact() {
        assert!(in_area("/", "/", true));
        assert!(!in_area("/invoices", "/", true));
        assert!(in_area("/invoices", "/invoices", false));
        assert!(in_area("/invoices/", "/invoices", false));
        assert!(in_area("/invoices/12", "/invoices", false));
        assert!(!in_area("/invoicesx", "/invoices", false));
        assert!(!in_area("/services", "/invoices", false));
    }
}
