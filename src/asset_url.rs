//! The one rule for a URL a reseller's config puts in the page (a logo, a favicon, a link to the
//! terms). Its own file because atrium-server applies the same rule before it paints the brand
//! into the sign-in page (`server/src/first_paint.rs` compiles this file in).

/// Same-origin absolute path (`/logo.svg`) or an https URL, with no characters that could break
/// out of an attribute or a CSS value.
pub fn is_safe_asset_url(v: &str) -> bool {
    let shape = (v.starts_with('/') && !v.starts_with("//")) || v.starts_with("https://");
    shape
        && !v.is_empty()
        && v.len() <= 2048
        && !v
            .chars()
            .any(|c| c.is_whitespace() || "\"'<>()\\`".contains(c))
}
