//! The sign-in page's first paint: the card the app will draw (the reseller's logo and name, the
//! heading and lead in the customer's language, the sign-in form), written into `index.html` for
//! `/login`, so a customer sees the brand and can start typing while the wasm loads, not grey
//! bars. It is laid out with the app's own classes, ids and sizes, so the app's card takes its
//! place without anything moving. The form is real: what is typed into it (or filled in by a
//! password manager) is carried into the app's form when the app replaces it, with the cursor
//! (`src/state/painted_sign_in.rs`). Its "Sign in" button is painted disabled, which also stops
//! Enter from submitting the form (the HTML rule for a form whose default button is disabled);
//! the page's loader (`index.html`) enables it as soon as it runs (about the first paint, long
//! before the wasm on a slow phone) and keeps a press for the app: the button says "Signing in…"
//! (`data-busy`, in the page's language) and the app sends the sign-in once it is in. Nothing is
//! ever sent by the browser itself.
//! It is also what Lighthouse's largest contentful paint finds: before this, the largest text
//! was painted by the app, ~1 s after the first paint.
//!
//! The texts are the app's own catalogues (`src/i18n`, compiled in here), so they cannot drift
//! from what the app paints. The language is the customer's own choice, which the app keeps in
//! the `atrium_lang` cookie for this (`src/state/prefs.rs`), else the reseller's default. Any
//! brand value this cannot vouch for (a name or logo the app itself would refuse) leaves the
//! page's neutral placeholder, as do pages other than `/login`: a signed-in customer opening a
//! deep link must not see a sign-in card flash.

use serde_json::Value;

#[path = "../../src/i18n/msg.rs"]
#[allow(dead_code)] // the catalogue's every other message
#[allow(clippy::enum_variant_names)] // spared in the app, where the enum is public API
mod msg;
use msg::Msg;

#[path = "../../src/i18n/en.rs"]
#[allow(dead_code)]
mod en;

#[path = "../../src/i18n/vi.rs"]
#[allow(dead_code)]
mod vi;

#[path = "../../src/asset_url.rs"]
mod asset_url;
use asset_url::is_safe_asset_url;

/// The cookie the app keeps the customer's language in.
const LANG_COOKIE: &str = "atrium_lang";

/// `index.html` with the sign-in card painted in, or `None` to serve the page as it is.
pub fn sign_in_page(
    index_html: &str,
    config: &Value,
    cookie_header: Option<&str>,
) -> Option<String> {
    let lang = chosen_language(config, cookie_header)?;
    let card = sign_in_card(config, lang)?;
    let (start, end) = app_contents(index_html)?;
    let html = format!("{}{card}{}", &index_html[..start], &index_html[end..]);
    // The page's language is the card's from the first byte (screen readers, hyphenation).
    let html_tag = ["<html lang=en>", "<html lang=\"en\">"]
        .into_iter()
        .find(|tag| html.contains(tag))?;
    Some(html.replacen(html_tag, &format!("<html lang=\"{lang}\">"), 1))
}

/// Where the placeholder inside `<div id="app">` starts and ends. The element is the body's last
/// (index.html says so), so it closes with the last `</div>` before `</body>`. (Comments cannot
/// mark it: trunk's minifier drops them, and the quotes around `app`.)
fn app_contents(index_html: &str) -> Option<(usize, usize)> {
    let open = ["<div id=app>", "<div id=\"app\">"]
        .into_iter()
        .find_map(|tag| Some(index_html.find(tag)? + tag.len()))?;
    let body_end = index_html.rfind("</body>")?;
    let end = index_html[..body_end].rfind("</div>")?;
    (open <= end).then_some((open, end))
}

/// The card's markup: the app's sign-in card (src/pages/login/mod.rs) with the form of
/// src/components/login_form.rs (same ids, names and autocomplete hints, so labels, password
/// managers and the app's hand-over find the same fields), its button disabled until the loader
/// takes presses for the app.
fn sign_in_card(config: &Value, lang: &str) -> Option<String> {
    let brand = Brand::from_config(config)?;
    let text = catalogue(lang);
    // Only HostBill documents a password reset: the other systems' cards have no footer. The link
    // works before the app too (the page it opens is the app's `Page::Forgot`, src/routes.rs).
    let footer = if config["backend"].as_str() == Some("hostbill") {
        format!(
            r#"<p class="auth-card__footer"><a class="link" href="/login/forgot">{}</a></p>"#,
            escape(text(Msg::ForgotPassword))
        )
    } else {
        String::new()
    };
    let field = |id: &str, label: Msg, attributes: &str| {
        format!(
            concat!(
                r#"<div class="field"><label for="login-{id}">{label}</label>"#,
                r#"<input id="login-{id}" {attributes} required aria-describedby="login-{id}-error">"#,
                r#"<p class="field__error" id="login-{id}-error"></p></div>"#
            ),
            id = id,
            label = escape(text(label)),
            attributes = attributes,
        )
    };
    Some(format!(
        concat!(
            r#"<div class="auth-page"><div class="auth-card">"#,
            r#"<div class="auth-card__brand">"#,
            r#"<img class="brand__logo brand__logo--light" src="{logo}" alt="" width="40" height="40">"#,
            r#"<img class="brand__logo brand__logo--dark" src="{logo_dark}" alt="" width="40" height="40">"#,
            r#"<span class="brand__name">{name}</span></div>"#,
            r#"<h1>{title}</h1><p class="muted">{lead}</p>"#,
            // `method="post"`: were it ever submitted, the password would not be in an address.
            r#"<form class="form" novalidate method="post" data-painted>{email}{password}"#,
            r#"<label class="checkbox"><input type="checkbox" name="remember"><span>{remember}</span></label>"#,
            r#"<button type="submit" class="button button--primary button--block" disabled data-busy="{busy}">{sign_in}</button></form>"#,
            r#"{footer}</div></div>"#
        ),
        logo = escape(&brand.logo),
        logo_dark = escape(&brand.logo_dark),
        name = escape(&brand.name),
        title = escape(text(Msg::SignInTitle)),
        lead = escape(text(Msg::SignInLead)),
        email = field(
            "email",
            Msg::Email,
            r#"type="email" name="username" autocomplete="username" inputmode="email""#
        ),
        password = field(
            "password",
            Msg::Password,
            r#"type="password" name="password" autocomplete="current-password""#
        ),
        remember = escape(text(Msg::RememberMe)),
        sign_in = escape(text(Msg::SignIn)),
        busy = escape(text(Msg::SigningIn)),
        footer = footer,
    ))
}

/// The brand as the app would show it, or `None` where the app would refuse the config.
struct Brand {
    name: String,
    logo: String,
    logo_dark: String,
}

impl Brand {
    /// The same defaults and limits as the app's `config::brand`.
    fn from_config(config: &Value) -> Option<Brand> {
        let brand = &config["brand"];
        let name = brand["name"].as_str().unwrap_or("Client area").trim();
        if name.is_empty() || name.chars().count() > 60 {
            return None;
        }
        let logo = brand["logo"].as_str().unwrap_or("/logo.svg");
        let logo_dark = brand["logo_dark"].as_str().unwrap_or(logo);
        if !is_safe_asset_url(logo) || !is_safe_asset_url(logo_dark) {
            return None;
        }
        Some(Brand {
            name: name.to_string(),
            logo: logo.to_string(),
            logo_dark: logo_dark.to_string(),
        })
    }
}

/// The customer's language if the reseller offers it, else the reseller's default (the app's
/// `prefs::initial_lang`); `None` for a config the app would refuse.
fn chosen_language<'c>(config: &'c Value, cookie_header: Option<&'c str>) -> Option<&'c str> {
    let offered: Vec<&str> = match config["languages"].as_array() {
        None => vec!["en", "vi"],
        Some(list) => list.iter().filter_map(Value::as_str).collect(),
    };
    if offered.is_empty() || offered.iter().any(|l| !matches!(*l, "en" | "vi")) {
        return None;
    }
    let default = match config["default_language"].as_str() {
        None => offered[0],
        Some(l) if offered.contains(&l) => l,
        Some(_) => return None,
    };
    let chosen = cookie_header
        .into_iter()
        .flat_map(|h| h.split(';'))
        .filter_map(|kv| kv.trim().strip_prefix(LANG_COOKIE)?.strip_prefix('='))
        .find(|l| offered.contains(l));
    Some(chosen.unwrap_or(default))
}

fn catalogue(lang: &str) -> fn(Msg) -> &'static str {
    match lang {
        "vi" => vi::text,
        _ => en::text,
    }
}

/// Text made safe for HTML content and double-quoted attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The page as trunk writes it (minified) and as index.html reads.
    const PAGE: &str = "<!doctype html><html lang=en><body><div id=app><div class=auth-page><i>bars</i></div></div></body></html>";
    const SOURCE_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n  <div id=\"app\">\n    <div class=\"auth-page\"><i>bars</i></div>\n  </div>\n</body>\n</html>\n";

    fn config() -> Value {
        json!({
            "backend": "hostbill",
            "brand": { "name": "Nhà Mạng & Co", "logo": "/logo.svg" },
            "languages": ["en", "vi"],
            "default_language": "en"
        })
    }

    #[test]
    fn paints_the_brand_and_the_app_s_own_words_in_place_of_the_bars() {
        let page = sign_in_page(PAGE, &config(), None).unwrap();
        assert!(!page.contains("<i>bars</i>"));
        assert!(page.contains("<span class=\"brand__name\">Nhà Mạng &amp; Co</span>"));
        assert!(page.contains(&format!("<h1>{}</h1>", en::text(Msg::SignInTitle))));
        assert!(page.contains(en::text(Msg::SignInLead)));
        // logo_dark defaults to logo, as in the app.
        assert!(page.contains(r#"brand__logo--dark" src="/logo.svg""#));
        assert!(page.contains(en::text(Msg::ForgotPassword)));
        assert!(page.starts_with(
            "<!doctype html><html lang=\"en\"><body><div id=app><div class=\"auth-page\""
        ));
        assert!(page.ends_with("</div></div></div></body></html>"));
        let source = sign_in_page(SOURCE_PAGE, &config(), None).unwrap();
        assert!(!source.contains("<i>bars</i>") && source.contains("brand__name"));
        assert!(source.ends_with("</div></div></div>\n</body>\n</html>\n"));
        // A form to type into, with the app's ids; Sign in waits for the loader, and says in the
        // page's language what a press before the app does.
        assert!(page.contains(r#"<label for="login-email">"#));
        assert!(page.contains(r#"<input id="login-email" type="email" name="username""#));
        assert!(page.contains(r#"<input id="login-password" type="password""#));
        assert!(page.contains(&format!(
            r#"<button type="submit" class="button button--primary button--block" disabled data-busy="{}">{}</button>"#,
            en::text(Msg::SigningIn),
            en::text(Msg::SignIn)
        )));
        assert!(page.contains(r#"method="post" data-painted>"#));
        assert!(page.contains(&format!(
            r#"<a class="link" href="/login/forgot">{}</a>"#,
            en::text(Msg::ForgotPassword)
        )));
    }

    #[test]
    fn speaks_the_language_the_customer_chose_when_the_reseller_offers_it() {
        let page = sign_in_page(PAGE, &config(), Some("a=1; atrium_lang=vi")).unwrap();
        assert!(page.contains(vi::text(Msg::SignInTitle)));
        assert!(page.contains(&format!(r#"data-busy="{}""#, vi::text(Msg::SigningIn))));
        assert!(page.contains("<html lang=\"vi\">"));
        let mut only_en = config();
        only_en["languages"] = json!(["en"]);
        let page = sign_in_page(PAGE, &only_en, Some("atrium_lang=vi")).unwrap();
        assert!(page.contains(en::text(Msg::SignInTitle)));
        let mut vi_default = config();
        vi_default["default_language"] = json!("vi");
        let page = sign_in_page(PAGE, &vi_default, Some("atrium_lang=xx")).unwrap();
        assert!(page.contains(vi::text(Msg::SignInTitle)));
    }

    #[test]
    fn leaves_the_placeholder_for_what_the_app_would_refuse() {
        for bad in [
            json!({ "brand": { "name": "" } }),
            json!({ "brand": { "name": "x".repeat(61) } }),
            json!({ "brand": { "name": "A", "logo": "javascript:alert(1)" } }),
            json!({ "brand": { "name": "A", "logo_dark": "/a\" onload=\"x" } }),
            json!({ "brand": { "name": "A" }, "languages": ["fr"] }),
            json!({ "brand": { "name": "A" }, "languages": ["en"], "default_language": "vi" }),
        ] {
            assert_eq!(sign_in_page(PAGE, &bad, None), None, "{bad}");
        }
        assert_eq!(
            sign_in_page("<html lang=en><body></body></html>", &config(), None),
            None
        );
    }

    #[test]
    fn only_hostbill_s_card_has_the_forgotten_password_line() {
        let mut kdata = config();
        kdata["backend"] = json!("kdata");
        let page = sign_in_page(PAGE, &kdata, None).unwrap();
        assert!(!page.contains("auth-card__footer"));
    }
}
