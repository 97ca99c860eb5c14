//! The one place portal HTML is shown (guarantees 21-22): an e-mail's body inside an iframe
//! whose sandbox allows nothing but opening links in a new tab. No script runs in it, it has no
//! access to this origin (so none to the session's storage), it cannot navigate the page or
//! submit forms, and it inherits the page's Content-Security-Policy, so it loads no remote
//! image or style either (a tracking pixel stays silent; the e-mail's own inline styles are not
//! applied, which keeps it readable rather than pixel-perfect). tests/no_raw_html.rs allows the
//! frame in this file only.

use leptos::prelude::*;

/// The sandbox: links may open in a new tab, nothing else.
const SANDBOX: &str = "allow-popups allow-popups-to-escape-sandbox";

/// The document the frame shows: the body as the portal sent it, links opening in a new tab.
fn document(html: &str) -> String {
    format!("<!doctype html><meta charset=\"utf-8\"><base target=\"_blank\">{html}")
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
    fn the_sandbox_allows_no_script_and_no_same_origin() {
        assert!(!super::SANDBOX.contains("allow-scripts"));
        assert!(!super::SANDBOX.contains("allow-same-origin"));
        assert!(!super::SANDBOX.contains("allow-top-navigation"));
        assert!(!super::SANDBOX.contains("allow-forms"));
    }
}
