//! The page's own cookies (`document.cookie`), shared by the fetch layer (the "this browser
//! session" marker) and the preferences (the language atrium-server paints the sign-in page in).

use wasm_bindgen::JsCast;

fn html_document() -> Option<web_sys::HtmlDocument> {
    web_sys::window()?.document()?.dyn_into().ok()
}

/// The value of the cookie `name`, if the page has it.
pub fn read(name: &str) -> Option<String> {
    let cookies = html_document()?.cookie().ok()?;
    value_in(&cookies, name).map(str::to_string)
}

/// Sets a cookie: `spec` is `name=value` with its attributes (`; path=/; ...`).
pub fn write(spec: &str) {
    if let Some(d) = html_document() {
        let _ = d.set_cookie(spec);
    }
}

/// A cookie's value in a `document.cookie` string (`a=1; b=2`).
fn value_in<'a>(cookies: &'a str, name: &str) -> Option<&'a str> {
    cookies
        .split(';')
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::value_in;

    #[test]
    fn a_cookie_is_found_by_its_whole_name_among_others() {
        let cookies = "atrium_live=1; xatrium_lang=en; atrium_lang=vi";
        assert_eq!(value_in(cookies, "atrium_lang"), Some("vi"));
        assert_eq!(value_in("atrium_lang=vi", "atrium_lang"), Some("vi"));
        assert_eq!(value_in("xatrium_lang=vi", "atrium_lang"), None);
        assert_eq!(value_in("", "atrium_lang"), None);
    }
}
