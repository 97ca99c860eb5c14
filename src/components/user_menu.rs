//! The user menu: the customer's name (from `GET /details`), and inside it the language and theme
//! switches and "Sign out". Escape or moving focus out closes it.

use crate::i18n::{Lang, Msg};
use crate::state::brand::use_config;
use crate::state::prefs::{Theme, tr, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Button plus popover.
#[component]
pub fn UserMenu() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let langs = use_config().languages;
    let open = RwSignal::new(false);
    let details = read(move || {
        let api = session.api_for_read();
        async move { api.client_details().await }
    });
    let name = move || match details.get() {
        Some(Ok(c)) => c.display_name(),
        _ => prefs.t(Msg::Account).to_string(),
    };
    let container = NodeRef::<leptos::html::Div>::new();
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        let leaving = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_none_or(|t| container.get().is_none_or(|c| !c.contains(Some(&t))));
        if leaving {
            open.set(false);
        }
    };
    view! {
        <div class="user-menu" node_ref=container on:focusout=on_focus_out
            on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
            <button type="button" class="button button--ghost user-menu__toggle" aria-haspopup="true"
                aria-expanded=move || open.get().to_string() aria-controls="user-menu-panel"
                on:click=move |_| open.update(|o| *o = !*o)>
                <span class="user-menu__avatar" aria-hidden="true">{move || name().chars().next().unwrap_or('?').to_string()}</span>
                <span class="user-menu__name">{name}</span>
            </button>
            <div id="user-menu-panel" class="user-menu__panel" hidden=move || !open.get()>
                <label class="field">
                    <span>{tr(Msg::Language)}</span>
                    <select on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) { crate::state::prefs::switch_lang(prefs, l) }
                    }>
                        {langs.into_iter().map(|l| view! {
                            <option value=l.tag() selected=move || prefs.lang.get() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{tr(Msg::Theme)}</span>
                    <select on:change=move |ev| prefs.theme.set(match event_target_value(&ev).as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::System,
                    })>
                        <option value="system" selected=move || prefs.theme.get() == Theme::System>{tr(Msg::ThemeSystem)}</option>
                        <option value="light" selected=move || prefs.theme.get() == Theme::Light>{tr(Msg::ThemeLight)}</option>
                        <option value="dark" selected=move || prefs.theme.get() == Theme::Dark>{tr(Msg::ThemeDark)}</option>
                    </select>
                </label>
                <button type="button" class="button button--secondary button--block" on:click=move |_| session.sign_out()>
                    {tr(Msg::SignOut)}
                </button>
            </div>
        </div>
    }
}
