//! Provider nesting and the router. Private pages sit under the guarded shell (`AppShell`, loaded
//! with its own chunk: src/areas.rs), which chooses the page from the address (src/routes.rs).

use crate::areas::{ForgotRoute, ShellRoute};
use crate::components::notice_page::NoticePage;
use crate::config::Config;
use crate::i18n::{self, Lang, Msg};
use crate::pages::login::LoginPage;
use crate::pages::not_found::NotFound;
use crate::state::{brand, prefs, session};
use leptos::prelude::*;
use leptos_router::Lazy;
use leptos_router::components::{Route, Router, Routes};
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
                // Three routes in all: every typed route costs the first load router code, so the
                // signed-out pages beyond sign-in share one, and every signed-in page shares the
                // shell's, which reads the address itself (`AreaOutlet` in src/areas.rs).
                <Route path=path!("/login/*page") view={Lazy::<ForgotRoute>::new()}/>
                <Route path=path!("/*any") view={Lazy::<ShellRoute>::new()}/>
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
