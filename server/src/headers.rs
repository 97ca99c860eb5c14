//! Security headers. The app's pages get the strict CSP built from `index.html`; everything under
//! `/api` gets a policy of its own that lets nothing run: an answer there is data, and if a
//! browser is ever made to open one as a page (a portal's HTML error page, an uploaded file,
//! a proxied redirect target) it must not be able to run script on Atrium's origin, where the
//! tokens are kept.

use axum::Router;
use axum::http::{HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// The policy of every `/api` answer: nothing loads, nothing runs, nothing frames it, and the
/// document is sandboxed into an opaque origin (so even a script that did run could not read
/// Atrium's storage).
pub const API_CSP: &str =
    "default-src 'none'; sandbox; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Headers both the pages and the API carry.
fn common(router: Router) -> Router {
    router
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

/// The app's pages and files: the strict CSP (always ours), revalidated caching unless the file
/// route said otherwise.
pub fn for_site(router: Router, csp: HeaderValue) -> Router {
    common(router)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
}

/// Everything under `/api`. The CSP is set only where the handler set none: the demo portal's
/// stand-in payment pages send a stricter page policy of their own that still allows their form;
/// the proxy always overrides whatever the portal sent with [`API_CSP`] itself. Personal data is
/// never stored by shared caches.
pub fn for_api(router: Router) -> Router {
    common(router)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(API_CSP),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}
