//! The signed-in layout: header with brand, navigation (only the areas this backend and this
//! reseller offer), language and theme switches, user menu, banners, and the page outlet. It is
//! also the guard of every private route: signed out, it redirects to the login page and keeps
//! where the customer was going.

use crate::config::Area;
use crate::i18n::{Lang, Msg};
use crate::state::brand::use_config;
use crate::state::prefs::{Theme, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::components::{A, Outlet, Redirect};
use leptos_router::hooks::use_location;

/// The guarded layout.
#[component]
pub fn AppShell() -> impl IntoView {
    let session = use_session();
    let location = use_location();
    move || {
        if session.signed_in.get() {
            view! { <ShellLayout/> }.into_any()
        } else {
            let here = format!(
                "{}{}",
                location.pathname.get_untracked(),
                location.search.get_untracked()
            );
            let target = if here == "/" || here.starts_with("/login") {
                "/login".to_string()
            } else {
                format!(
                    "/login?next={}",
                    crate::api::transport::encode_component(&here)
                )
            };
            view! { <Redirect path=target/> }.into_any()
        }
    }
}

#[component]
fn ShellLayout() -> impl IntoView {
    let config = use_config();
    let prefs = use_prefs();
    let session = use_session();
    let menu_open = RwSignal::new(false);
    let nav_items: Vec<(&'static str, Msg, bool)> = [
        ("/", Msg::Dashboard, true),
        ("/invoices", Msg::Invoices, config.offers(Area::Invoices)),
        ("/services", Msg::Services, config.offers(Area::Services)),
        ("/dns", Msg::Dns, config.offers(Area::Dns)),
        ("/order", Msg::Cart, config.offers(Area::Cart)),
        ("/account", Msg::Account, config.offers(Area::Account)),
    ]
    .into_iter()
    .filter(|(_, _, on)| *on)
    .collect();
    let logo = config.logo.clone();
    let logo_dark = config.logo_dark.clone();
    let brand_name = config.brand_name.clone();
    let langs = config.languages.clone();

    view! {
        <a class="skip-link" href="#main">{move || prefs.t(Msg::SkipToContent)}</a>
        <header class="topbar">
            <a class="brand" href="/">
                <img class="brand__logo brand__logo--light" src=logo alt="" width="32" height="32"/>
                <img class="brand__logo brand__logo--dark" src=logo_dark alt="" width="32" height="32"/>
                <span class="brand__name">{brand_name}</span>
            </a>
            <button
                type="button"
                class="topbar__menu-toggle button button--ghost"
                aria-controls="primary-nav"
                aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| menu_open.update(|o| *o = !*o)
            >
                {move || prefs.t(Msg::Menu)}
            </button>
            <nav id="primary-nav" class="topbar__nav" class:is-open=move || menu_open.get() aria-label=move || prefs.t(Msg::Menu)>
                <ul>
                    {nav_items.into_iter().map(|(href, msg, _)| view! {
                        <li><A href=href exact=href == "/" on:click=move |_| menu_open.set(false)>{move || prefs.t(msg)}</A></li>
                    }).collect_view()}
                </ul>
            </nav>
            <div class="topbar__tools">
                <label class="select-inline">
                    <span class="visually-hidden">{move || prefs.t(Msg::Language)}</span>
                    <select
                        aria-label=move || prefs.t(Msg::Language)
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_tag(&event_target_value(&ev)) { prefs.lang.set(l) }
                        }
                    >
                        {langs.into_iter().map(|l| view! {
                            <option value=l.tag() selected=move || prefs.lang.get() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="select-inline">
                    <span class="visually-hidden">{move || prefs.t(Msg::Theme)}</span>
                    <select
                        aria-label=move || prefs.t(Msg::Theme)
                        on:change=move |ev| prefs.theme.set(match event_target_value(&ev).as_str() {
                            "light" => Theme::Light,
                            "dark" => Theme::Dark,
                            _ => Theme::System,
                        })
                    >
                        <option value="system" selected=move || prefs.theme.get() == Theme::System>{move || prefs.t(Msg::ThemeSystem)}</option>
                        <option value="light" selected=move || prefs.theme.get() == Theme::Light>{move || prefs.t(Msg::ThemeLight)}</option>
                        <option value="dark" selected=move || prefs.theme.get() == Theme::Dark>{move || prefs.t(Msg::ThemeDark)}</option>
                    </select>
                </label>
                <button type="button" class="button button--ghost" on:click=move |_| session.sign_out()>
                    {move || prefs.t(Msg::SignOut)}
                </button>
            </div>
        </header>
        <Show when=move || session.connection_trouble.get()>
            <div class="banner banner--warning" role="status">{move || prefs.t(Msg::ConnectionProblemBanner)}</div>
        </Show>
        <main id="main" class="page" tabindex="-1">
            <Outlet/>
        </main>
    }
}
