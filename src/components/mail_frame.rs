//! The one place portal HTML is shown (guarantees 21-22): an e-mail's body inside an iframe
//! whose sandbox allows nothing but opening links in a new tab. No script runs in it, it has no
//! access to this origin (so none to the session's storage), it cannot navigate the page or
//! submit forms. It loads nothing remote either, by two layers: before the body reaches the
//! frame, it is parsed into an inert document (the browser's `DOMParser`: no script runs and
//! nothing is fetched there) and everything that would fetch is taken out (scripts, frames,
//! linked styles, remote `src`/`srcset`/`background`/`poster`, CSS with `url(`); and the frame
//! carries its own CSP on top of the page's, which it inherits. The CSP alone was not enough:
//! Chromium sometimes starts a sandboxed frame's image request before the inherited policy
//! blocks it, so a tracking pixel could still be seen leaving (a CI run caught one). The
//! e-mail's own inline styles are not applied, which keeps it readable rather than
//! pixel-perfect. tests/no_raw_html.rs allows the frame in this file only.

use leptos::prelude::*;

/// The sandbox: links may open in a new tab, nothing else.
const SANDBOX: &str = "allow-popups allow-popups-to-escape-sandbox";

/// The frame's own policy, enforced together with the page's: nothing but inline images.
const FRAME_CSP: &str = "default-src 'none'; img-src data:";

/// Elements that fetch or act on their own, removed whole.
const ACTIVE_ELEMENTS: &str = "script, noscript, link, style, object, embed, applet, iframe, frame, \
     frameset, base, meta, audio, video, source, track, picture, svg, math, template";

/// Attributes that name something to fetch; only inline `data:` images may stay.
const FETCHING_ATTRIBUTES: [&str; 6] =
    ["src", "srcset", "background", "poster", "lowsrc", "dynsrc"];

/// The document the frame shows: the body with nothing left that fetches, links opening in a
/// new tab. Public for the browser tests (tests/web.rs).
pub fn document(html: &str) -> String {
    let body = inert(html).unwrap_or_else(|| escape_all(html));
    format!(
        "<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" \
         content=\"{FRAME_CSP}\"><base target=\"_blank\">{body}"
    )
}

/// Whether an attribute's address may stay: only an inline image.
fn keeps_address(value: &str) -> bool {
    value
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("data:image/")
}

/// The body parsed in an inert document with everything that would fetch taken out, serialised
/// back. `None` where the browser has no parser (native tests).
fn inert(html: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .ok()?;
    let each = |selector: &str, f: &mut dyn FnMut(web_sys::Element)| {
        if let Ok(list) = doc.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    f(el);
                }
            }
        }
    };
    each(ACTIVE_ELEMENTS, &mut |el| el.remove());
    each("*", &mut |el| {
        for name in FETCHING_ATTRIBUTES {
            if el.get_attribute(name).is_some_and(|v| !keeps_address(&v)) {
                let _ = el.remove_attribute(name);
            }
        }
        // Inline CSS can fetch (`url(`, `@import`); the page's CSP drops inline styles anyway.
        let _ = el.remove_attribute("style");
        // Event handlers cannot run in the sandbox; they are removed so the markup says so too.
        let names = el.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            if name.to_ascii_lowercase().starts_with("on") {
                let _ = el.remove_attribute(&name);
            }
        }
    });
    doc.body().map(|b| b.inner_html())
}

/// Where the body cannot be parsed: shown as text, never as markup.
fn escape_all(html: &str) -> String {
    html.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An e-mail's HTML body, sandboxed.
#[component]
pub fn MailFrame(
    /// The HTML as the portal sent it.
    #[prop(into)]
    html: String,
    /// The frame's accessible name (the e-mail's subject).
    #[prop(into)]
    title: String,
) -> impl IntoView {
    view! {
        <iframe class="mail-frame" sandbox=SANDBOX referrerpolicy="no-referrer" title=title srcdoc=document(&html)></iframe>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_inline_images_keep_their_address() {
        assert!(super::keeps_address(" data:image/png;base64,AAAA"));
        assert!(!super::keeps_address("https://tracker.example/p.gif"));
        assert!(!super::keeps_address("//tracker.example/p.gif"));
        assert!(!super::keeps_address("data:text/html,<script>"));
    }

    #[test]
    fn the_frame_policy_allows_no_fetch_but_inline_images() {
        assert!(super::FRAME_CSP.starts_with("default-src 'none'"));
        assert!(!super::FRAME_CSP.contains("http"));
    }

    #[test]
    fn the_sandbox_allows_no_script_and_no_same_origin() {
        assert!(!super::SANDBOX.contains("allow-scripts"));
        assert!(!super::SANDBOX.contains("allow-same-origin"));
        assert!(!super::SANDBOX.contains("allow-top-navigation"));
        assert!(!super::SANDBOX.contains("allow-forms"));
    }
}
