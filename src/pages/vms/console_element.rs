//! The bridge to `<atrium-console>` (web/console/atrium-console.js, noVNC inside): loading its
//! script the first time a console opens, and calling its methods. The script is `console.js`
//! in the same content-hashed folder as `atrium.js` (scripts/build-split.sh puts it there), so
//! it is found from the page's own module preload and adds nothing to the first load.

use futures::channel::oneshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The custom element (methods in web/console/atrium-console.js).
    #[wasm_bindgen(extends = web_sys::HtmlElement)]
    pub type ConsoleElement;

    #[wasm_bindgen(method)]
    pub fn connect(this: &ConsoleElement, path: &str);
    #[wasm_bindgen(method)]
    pub fn disconnect(this: &ConsoleElement);
    #[wasm_bindgen(method, js_name = setScale)]
    pub fn set_scale(this: &ConsoleElement, on: bool);
    #[wasm_bindgen(method, js_name = focusScreen)]
    pub fn focus_screen(this: &ConsoleElement);
    #[wasm_bindgen(method, js_name = ctrlAltDel)]
    pub fn ctrl_alt_del(this: &ConsoleElement);
    #[wasm_bindgen(method, js_name = sendSpecial)]
    pub fn send_special(this: &ConsoleElement, name: &str);
    /// Answers how many characters could not be typed (then none was).
    #[wasm_bindgen(method, js_name = typeText)]
    pub fn type_text(this: &ConsoleElement, text: &str) -> u32;
}

/// The tag.
pub const TAG: &str = "atrium-console";
/// The event the element sends when its connection changes (`detail.state`, `detail.clean`).
pub const STATE_EVENT: &str = "atrium-console";

/// Where the console script is: beside `atrium.js`.
fn script_url() -> Option<String> {
    let link = document()?
        .query_selector(r#"link[rel="modulepreload"][href$="/atrium.js"]"#)
        .ok()??;
    let href = link.get_attribute("href")?;
    Some(format!("{}console.js", href.strip_suffix("atrium.js")?))
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn defined() -> bool {
    web_sys::window().is_some_and(|w| !w.custom_elements().get(TAG).is_undefined())
}

/// Loads the element's script once; answers when `<atrium-console>` can be created. An error
/// says the script could not be fetched (offline, a new build deployed).
pub async fn load() -> Result<(), String> {
    if defined() {
        return Ok(());
    }
    let url = script_url().ok_or("the console's script is not part of this build")?;
    let doc = document().ok_or("no document")?;
    let script: web_sys::HtmlScriptElement = doc
        .create_element("script")
        .map_err(|_| "no script element")?
        .unchecked_into();
    script.set_type("module");
    script.set_src(&url);
    let (tx, rx) = oneshot::channel::<bool>();
    let tx = std::rc::Rc::new(std::cell::RefCell::new(Some(tx)));
    let done = |ok: bool, tx: std::rc::Rc<std::cell::RefCell<Option<oneshot::Sender<bool>>>>| {
        Closure::once_into_js(move || {
            if let Some(tx) = tx.borrow_mut().take() {
                let _ = tx.send(ok);
            }
        })
    };
    script.set_onload(Some(done(true, tx.clone()).unchecked_ref()));
    script.set_onerror(Some(done(false, tx).unchecked_ref()));
    doc.head()
        .ok_or("no head")?
        .append_child(&script)
        .map_err(|_| "cannot add the script")?;
    let loaded = rx.await.unwrap_or(false);
    // A module's `load` fires once it has started; noVNC awaits at its top level (a codec
    // check), so the element is defined a moment later.
    let pending = (loaded && !defined())
        .then(|| web_sys::window().map(|w| w.custom_elements().when_defined(TAG)))
        .flatten();
    if let Some(Ok(promise)) = pending {
        // Bounded: a script that failed while starting never defines it.
        let defined = wasm_bindgen_futures::JsFuture::from(promise);
        let limit = gloo_timers::future::TimeoutFuture::new(10_000);
        futures::pin_mut!(defined, limit);
        let _ = futures::future::select(defined, limit).await;
    }
    match loaded {
        true if defined() => Ok(()),
        _ => {
            // A failed script element is removed, so "Try again" fetches it afresh.
            script.remove();
            Err("the console's script could not be loaded".into())
        }
    }
}

/// A new element inside `host`, replacing whatever was there.
pub fn create_in(host: &web_sys::Element) -> Option<ConsoleElement> {
    let el = document()?.create_element(TAG).ok()?;
    host.replace_children_with_node_1(&el);
    Some(el.unchecked_into())
}

/// The `detail.state` of an `atrium-console` event, and whether a disconnection was clean.
pub fn event_state(ev: &web_sys::Event) -> Option<(String, bool)> {
    let detail = ev.dyn_ref::<web_sys::CustomEvent>()?.detail();
    let state = js_sys::Reflect::get(&detail, &"state".into())
        .ok()?
        .as_string()?;
    let clean = js_sys::Reflect::get(&detail, &"clean".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Some((state, clean))
}
