//! The browser [`Platform`]: fetch with timeout and abort-on-drop, tokens in storage, the
//! cross-tab refresh lock (Web Locks), timers. No Leptos here; the UI is told about session
//! changes through a callback.

use crate::api::http::{Method, NetError, RawResponse, Request};
use crate::api::session::{CachedProfile, StoredSession};
use crate::api::transport::{Platform, SessionEvent};
use futures::future::{Either, select};
use gloo_net::http::RequestBuilder;
use gloo_timers::future::TimeoutFuture;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// localStorage key of the token pair. Other tabs watch it (`storage` events).
pub const SESSION_KEY: &str = "atrium.session";
/// Storage key of the cached client record ([`CachedProfile`]), beside the session's.
pub const PROFILE_KEY: &str = "atrium.profile";
/// A cookie without expiry marks "this browser session"; without it a non-remembered session
/// is discarded, so "remember me" off means the tokens do not outlive the browser.
const LIVE_COOKIE: &str = "atrium_live";
/// Reads give up after this long; writes get longer.
const READ_TIMEOUT_MS: u32 = 15_000;
const WRITE_TIMEOUT_MS: u32 = 30_000;

/// The browser environment.
pub struct BrowserPlatform {
    on_event: Rc<dyn Fn(SessionEvent)>,
}

impl BrowserPlatform {
    /// A platform that reports session changes to `on_event`.
    pub fn new(on_event: Rc<dyn Fn(SessionEvent)>) -> Self {
        BrowserPlatform { on_event }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn live_cookie_present() -> bool {
    crate::cookie::read(LIVE_COOKIE).is_some()
}

fn set_live_cookie(on: bool) {
    crate::cookie::write(&if on {
        format!("{LIVE_COOKIE}=1; path=/; SameSite=Strict")
    } else {
        format!("{LIVE_COOKIE}=; path=/; SameSite=Strict; max-age=0")
    });
}

/// Reads the stored session, dropping a non-remembered one from an earlier browser session.
pub fn read_stored_session() -> Option<StoredSession> {
    let raw = storage()?.get_item(SESSION_KEY).ok().flatten()?;
    let s: StoredSession = serde_json::from_str(&raw).ok()?;
    if !s.remember && !live_cookie_present() {
        let _ = storage()?.remove_item(SESSION_KEY);
        return None;
    }
    Some(s)
}

/// Holds the Web Lock until dropped.
pub struct WebLockGuard(Option<js_sys::Function>);

impl Drop for WebLockGuard {
    fn drop(&mut self) {
        if let Some(release) = self.0.take() {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}

/// Aborts the fetch if its future is dropped (page left, resource cleaned up, timeout).
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            c.abort();
        }
    }
}

impl Platform for BrowserPlatform {
    type LockGuard = WebLockGuard;

    async fn fetch(
        &self,
        url: &str,
        req: &Request,
        bearer: Option<&str>,
    ) -> Result<RawResponse, NetError> {
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let mut guard = AbortOnDrop(controller);
        // gloo-net adds "&" to an address that already carries a query (`?a=1&`): the pairs go
        // through its own query builder instead, on the address without them.
        let path = url.split_once('?').map_or(url, |(path, _)| path);
        let builder = match req.method {
            Method::Get => RequestBuilder::new(path).method(gloo_net::http::Method::GET),
            Method::Post => RequestBuilder::new(path).method(gloo_net::http::Method::POST),
            Method::Put => RequestBuilder::new(path).method(gloo_net::http::Method::PUT),
            Method::Delete => RequestBuilder::new(path).method(gloo_net::http::Method::DELETE),
        }
        .query(req.query.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .header(
            "Accept",
            if req.document {
                "application/pdf, application/json"
            } else {
                "application/json"
            },
        )
        .abort_signal(signal.as_ref());
        let builder = match bearer {
            Some(key) if req.basic_auth => {
                use base64::Engine;
                let pair =
                    base64::engine::general_purpose::STANDARD.encode(format!("client:{key}"));
                builder.header("Authorization", &format!("Basic {pair}"))
            }
            Some(token) => builder.header("Authorization", &format!("Bearer {token}")),
            None => builder,
        };
        let request = match &req.body {
            Some(body) if req.form => builder
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(crate::api::http::encode_form(body)),
            Some(body) => builder
                .header("Content-Type", "application/json")
                .body(body.to_string()),
            None => builder.build(),
        }
        .map_err(|_| NetError::Offline)?;
        let timeout = if req.method == Method::Get {
            READ_TIMEOUT_MS
        } else {
            WRITE_TIMEOUT_MS
        };
        let document = req.document;
        let exchange = async move {
            let resp = request.send().await.map_err(|_| NetError::Offline)?;
            let status = resp.status();
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.trim().parse().ok());
            let csrf_token = resp.headers().get("x-atrium-csrf-token");
            if document && (200..300).contains(&status) {
                let bytes = resp.binary().await.map_err(|_| NetError::Offline)?;
                return Ok(RawResponse {
                    status,
                    retry_after,
                    body: String::new(),
                    bytes: Some(bytes),
                    csrf_token,
                });
            }
            // Bytes, not text: copying an ArrayBuffer into wasm is a memcpy, while handing over
            // a JS string re-encodes it character by character (a third of the time it takes
            // to show a 10,000-invoice list).
            let bytes = resp.binary().await.map_err(|_| NetError::Offline)?;
            let body = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            Ok(RawResponse {
                status,
                retry_after,
                body,
                bytes: None,
                csrf_token,
            })
        };
        let result = match select(Box::pin(exchange), TimeoutFuture::new(timeout)).await {
            Either::Left((r, _)) => r,
            Either::Right(_) => Err(NetError::Timeout),
        };
        if result.is_ok() {
            guard.0 = None; // finished: nothing to abort
        }
        result
    }

    async fn sleep(&self, ms: u32) {
        TimeoutFuture::new(ms).await;
    }

    async fn refresh_lock(&self, max_wait_ms: u32) -> Option<WebLockGuard> {
        let Some(locks) = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
            .filter(|l| !l.is_undefined())
        else {
            return Some(WebLockGuard(None)); // no Web Locks: rely on re-reading storage
        };
        let Ok(request) = js_sys::Reflect::get(&locks, &"request".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        else {
            return Some(WebLockGuard(None));
        };
        let mut release: Option<js_sys::Function> = None;
        let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
        let (tx, rx) = futures::channel::oneshot::channel::<()>();
        let on_acquired = Closure::once_into_js(move |_lock: JsValue| -> js_sys::Promise {
            let _ = tx.send(());
            held
        });
        // The wait can be given up: an aborted request is removed from the lock's queue.
        let controller = web_sys::AbortController::new().ok();
        let options = js_sys::Object::new();
        if let Some(c) = &controller {
            let _ = js_sys::Reflect::set(&options, &"signal".into(), &c.signal());
        }
        let Ok(pending) = request.call3(&locks, &"atrium-refresh".into(), &options, &on_acquired)
        else {
            return Some(WebLockGuard(None));
        };
        // An aborted request rejects its promise; nobody needs to hear of it.
        if let Ok(catch) = js_sys::Reflect::get(&pending, &"catch".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let ignore: JsValue = Closure::once_into_js(|_: JsValue| {});
            let _ = catch.call1(&pending, &ignore);
        }
        match select(rx, TimeoutFuture::new(max_wait_ms)).await {
            Either::Left((Ok(()), _)) => Some(WebLockGuard(release)),
            _ => {
                if let Some(c) = controller {
                    c.abort();
                }
                // Granted at the very moment the wait ended: let it go at once, or it would be
                // held by nobody for ever.
                if let Some(r) = release {
                    let _ = r.call0(&JsValue::UNDEFINED);
                }
                None
            }
        }
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }

    fn load_session(&self) -> Option<StoredSession> {
        read_stored_session()
    }

    fn load_profile(&self) -> Option<CachedProfile> {
        // Only beside a live session: one that ended while the browser was closed leaves no
        // personal data behind either.
        if read_stored_session().is_none() {
            let _ = storage()?.remove_item(PROFILE_KEY);
            return None;
        }
        serde_json::from_str(&storage()?.get_item(PROFILE_KEY).ok().flatten()?).ok()
    }

    fn save_profile(&self, profile: &CachedProfile) {
        if let (Some(st), Ok(json)) = (storage(), serde_json::to_string(profile)) {
            let _ = st.set_item(PROFILE_KEY, &json);
        }
    }

    fn save_session(&self, s: &StoredSession) {
        if !s.remember {
            set_live_cookie(true);
        }
        if let (Some(st), Ok(json)) = (storage(), serde_json::to_string(s)) {
            let _ = st.set_item(SESSION_KEY, &json);
        }
    }

    fn clear_session(&self) {
        if let Some(st) = storage() {
            let _ = st.remove_item(SESSION_KEY);
            let _ = st.remove_item(PROFILE_KEY);
        }
        set_live_cookie(false);
    }

    fn session_event(&self, event: SessionEvent) {
        (self.on_event)(event);
    }
}
