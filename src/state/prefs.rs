//! The customer's display preferences: language and theme, remembered in localStorage and
//! reflected on `<html>` (`lang`, `data-theme`) so CSS and screen readers follow.

use crate::config::Config;
use crate::i18n::{self, Lang, Msg};
use crate::state::brand;
use leptos::prelude::*;

const PREFS_KEY: &str = "atrium.prefs";

/// Light, dark, or follow the operating system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    fn tag(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// Preference handles; `Copy`, so closures can capture them freely.
#[derive(Clone, Copy)]
pub struct Prefs {
    /// Display language.
    pub lang: RwSignal<Lang>,
    /// Colour theme.
    pub theme: RwSignal<Theme>,
}

impl Prefs {
    /// The text of `msg` in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        i18n::t(self.lang.get(), msg)
    }
    /// `t` with a number.
    pub fn t_n(&self, msg: Msg, n: i64) -> String {
        i18n::t_n(self.lang.get(), msg, n)
    }
    /// The text of an area's own word (reactive).
    pub fn w<W: i18n::AreaWords>(&self, word: W) -> &'static str {
        word.text(self.lang.get())
    }
    /// `w` with a number.
    pub fn w_n<W: i18n::AreaWords>(&self, word: W, n: i64) -> String {
        i18n::w_n(self.lang.get(), word, n)
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn stored() -> serde_json::Value {
    storage()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// The language to start in: the customer's own choice, else the reseller's default. Resellers
/// know their market better than a browser's language setting (many Vietnamese customers browse
/// in English). The choice is read from storage, else from the cookie atrium-server painted the
/// sign-in page by (storage cleared, the cookie kept): the app then goes on in the language the
/// customer is already reading, instead of switching it under them.
pub fn initial_lang(config: &Config) -> Lang {
    stored()["lang"]
        .as_str()
        .and_then(Lang::from_tag)
        .or_else(|| {
            crate::cookie::read(LANG_COOKIE)
                .as_deref()
                .and_then(Lang::from_tag)
        })
        .filter(|l| config.languages.contains(l))
        .unwrap_or(config.default_language)
}

/// Switches the display language once its text is here (see `i18n::load`).
pub fn switch_lang(prefs: Prefs, lang: Lang) {
    leptos::task::spawn_local(async move {
        i18n::load(lang).await;
        prefs.lang.set(lang);
    });
}

/// Reads stored preferences (falling back to the config), provides them, and
/// keeps `<html>` and storage in step.
pub fn provide_prefs(config: &Config) {
    let stored = stored();
    let lang = initial_lang(config);
    let theme = Theme::parse(stored["theme"].as_str().unwrap_or("system"));
    let prefs = Prefs {
        lang: RwSignal::new(lang),
        theme: RwSignal::new(theme),
    };
    provide_context(prefs);

    let cfg = config.clone();
    Effect::new(move |_| {
        let lang = prefs.lang.get();
        let theme = prefs.theme.get();
        let root = document().document_element();
        if let Some(root) = &root {
            let _ = root.set_attribute("lang", lang.tag());
            match theme {
                Theme::System => root.remove_attribute("data-theme").unwrap_or_default(),
                other => root
                    .set_attribute("data-theme", other.tag())
                    .unwrap_or_default(),
            }
        }
        let dark = match theme {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::System => system_prefers_dark(),
        };
        brand::apply_tokens(&cfg, dark);
        if let Some(s) = storage() {
            let json = serde_json::json!({ "lang": lang.tag(), "theme": theme.tag() });
            let _ = s.set_item(PREFS_KEY, &json.to_string());
        }
        remember_lang_for_first_paint(lang);
    });
}

/// The cookie that tells atrium-server the language to paint the sign-in page in before the app
/// runs (its first paint, `server/src/first_paint.rs`): localStorage never reaches the server.
const LANG_COOKIE: &str = "atrium_lang";

fn remember_lang_for_first_paint(lang: Lang) {
    crate::cookie::write(&format!(
        "{LANG_COOKIE}={}; path=/; max-age=31536000; SameSite=Strict",
        lang.tag()
    ));
}

/// The preferences, from context.
pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

/// Reactive translated text for a view. One closure type for every message, so the renderer is
/// instantiated once instead of once per call site (this keeps the wasm small).
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let prefs = use_prefs();
    move || prefs.t(msg)
}

/// [`tr`] for an area's own words ([`i18n::AreaWords`]).
pub fn tw<W: i18n::AreaWords + Send + Sync>(
    word: W,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let prefs = use_prefs();
    move || prefs.w(word)
}
