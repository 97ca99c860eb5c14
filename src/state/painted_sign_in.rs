//! What the customer typed into the sign-in form atrium-server painted (server/src/first_paint.rs)
//! before the app was there. On a slow phone the wasm arrives a second or more after the page:
//! the customer (or a password manager) may already be filling the form in. Just before the app
//! replaces the painted card, [`capture`] reads the fields and where the cursor was; the app's
//! sign-in form then starts from them ([`take`]), so typing can begin on the first paint and
//! nothing typed is lost. Capture and mount run in one task, so no keystroke falls in between.
//! "Sign in" pressed there before the app (the page's loader in `index.html` keeps the press and
//! marks the form `data-submitted`) is sent by the app's form as soon as it is drawn.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// A field of the sign-in form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Email,
    Password,
    Remember,
}

/// The painted form's contents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    pub email: String,
    pub password: String,
    pub remember: bool,
    /// The field the cursor was in, with its selection where the field has one (an e-mail field
    /// has none the page may read).
    pub focus: Option<(Field, Option<(u32, u32)>)>,
    /// "Sign in" was pressed: the app's form sends what was typed, once it is there.
    pub submitted: bool,
}

thread_local! {
    static TYPED: RefCell<Option<Typed>> = const { RefCell::new(None) };
}

/// Reads the painted sign-in form under `root`, if the server painted one. Called once, right
/// before the app mounts in `root`.
pub fn capture(root: &Element) {
    let Ok(Some(form)) = root.query_selector("form[data-painted]") else {
        return;
    };
    let input = |selector: &str| {
        form.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    };
    let (Some(email), Some(password), Some(remember)) = (
        input("#login-email"),
        input("#login-password"),
        input("input[name=remember]"),
    ) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let focus = [
        (Field::Email, &email),
        (Field::Password, &password),
        (Field::Remember, &remember),
    ]
    .into_iter()
    .find(|(_, el)| active.as_ref() == Some(el.unchecked_ref::<Element>()))
    .map(|(field, el)| {
        let selection = match (el.selection_start(), el.selection_end()) {
            (Ok(Some(start)), Ok(Some(end))) => Some((start, end)),
            _ => None,
        };
        (field, selection)
    });
    let typed = Typed {
        email: email.value(),
        password: password.value(),
        remember: remember.checked(),
        focus,
        submitted: form.has_attribute("data-submitted"),
    };
    TYPED.with(|t| *t.borrow_mut() = Some(typed));
}

/// What was captured, once: the first sign-in form to ask takes it.
pub fn take() -> Option<Typed> {
    TYPED.with(|t| t.borrow_mut().take())
}
