//! Browser tests (wasm-bindgen-test in headless Chromium): the storage and cross-tab glue of the
//! session, which only exists in a browser.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure
#![cfg(target_arch = "wasm32")]

use atrium::api::browser::{BrowserPlatform, SESSION_KEY, read_stored_session};
use atrium::api::session::StoredSession;
use atrium::api::transport::{Platform, SessionEvent};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn platform() -> (BrowserPlatform, Rc<RefCell<Vec<SessionEvent>>>) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = events.clone();
    (
        BrowserPlatform::new(Rc::new(move |e| sink.borrow_mut().push(e))),
        events,
    )
}

fn session(remember: bool) -> StoredSession {
    StoredSession {
        access: "header.payload.sig".into(),
        refresh: Some("refresh-1".into()),
        received_at_ms: js_sys::Date::now(),
        lifetime_ms: 60_000.0,
        remember,
        email: Some("demo@atrium.test".into()),
    }
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn expire_live_cookie() {
    use wasm_bindgen::JsCast;
    let doc: web_sys::HtmlDocument = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .dyn_into()
        .unwrap();
    doc.set_cookie("atrium_live=; path=/; max-age=0").unwrap();
}

#[wasm_bindgen_test]
fn session_round_trips_through_local_storage() {
    let (p, _) = platform();
    p.clear_session();
    assert!(p.load_session().is_none());
    let s = session(true);
    p.save_session(&s);
    assert_eq!(p.load_session(), Some(s.clone()));
    // Another tab reads the same key.
    assert_eq!(read_stored_session(), Some(s));
    p.clear_session();
    assert!(local_storage().get_item(SESSION_KEY).unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_session_without_remember_does_not_outlive_the_browser_session() {
    let (p, _) = platform();
    p.save_session(&session(false));
    assert!(
        p.load_session().is_some(),
        "same browser session: still there"
    );
    // A new browser session has no session cookie.
    expire_live_cookie();
    assert!(p.load_session().is_none());
    assert!(
        local_storage().get_item(SESSION_KEY).unwrap().is_none(),
        "and it was removed"
    );
}

#[wasm_bindgen_test]
fn a_remembered_session_survives_a_new_browser_session() {
    let (p, _) = platform();
    p.save_session(&session(true));
    expire_live_cookie();
    assert!(p.load_session().is_some());
    p.clear_session();
}

#[wasm_bindgen_test]
fn corrupt_storage_reads_as_signed_out() {
    local_storage().set_item(SESSION_KEY, "{not json").unwrap();
    let (p, _) = platform();
    assert!(p.load_session().is_none());
    p.clear_session();
}

#[wasm_bindgen_test]
async fn refresh_lock_is_exclusive() {
    let (p, _) = platform();
    let order = Rc::new(RefCell::new(Vec::new()));
    let first = p.refresh_lock(5_000).await.expect("the lock is free");
    let o = order.clone();
    let (p2, _) = platform();
    let waiter = async move {
        let g = p2.refresh_lock(5_000).await;
        assert!(g.is_some(), "had once the first was released");
        o.borrow_mut().push("second");
    };
    let o = order.clone();
    let holder = async move {
        gloo_timers::future::TimeoutFuture::new(50).await;
        o.borrow_mut().push("first released");
        drop(first);
    };
    futures::future::join(waiter, holder).await;
    assert_eq!(*order.borrow(), vec!["first released", "second"]);
}

/// A tab stuck while holding the lock (held here until the test ends) cannot block the others:
/// the wait gives up after its limit, and a request that gave up is no longer queued, so the lock
/// is free for the next tab as soon as the holder lets go.
#[wasm_bindgen_test]
async fn a_lock_held_too_long_is_given_up_and_leaves_no_waiter_behind() {
    let (p, _) = platform();
    let held = p.refresh_lock(5_000).await.expect("the lock is free");
    let (p2, _) = platform();
    let started = js_sys::Date::now();
    assert!(p2.refresh_lock(200).await.is_none(), "gave up waiting");
    let waited = js_sys::Date::now() - started;
    assert!((150.0..3_000.0).contains(&waited), "waited {waited} ms");
    drop(held);
    let (p3, _) = platform();
    assert!(
        p3.refresh_lock(1_000).await.is_some(),
        "the abandoned request did not keep the lock"
    );
}

#[wasm_bindgen_test]
async fn fetch_reports_status_and_body() {
    let (p, _) = platform();
    let req = atrium::api::http::Request::get("/missing-for-test").anonymous();
    // The test server answers 404 for unknown paths: an answer, not a network error.
    let resp = p.fetch("/missing-for-test", &req, None).await.unwrap();
    assert_eq!(resp.status, 404);
}

#[wasm_bindgen_test]
fn an_email_reaches_its_frame_with_nothing_left_that_fetches() {
    let html = "<style>@import url(https://x.example/a.css)</style><p style=\"background:url(https://x.example/b)\" onclick=\"x()\">Hello</p>\
        <img src=\"https://tracker.example/pixel.gif\" alt=\"pixel\"><img srcset=\"https://x.example/2x.png 2x\">\
        <img src=\"data:image/png;base64,AAAA\" alt=\"inline\"><script>alert(1)</script>\
        <iframe src=\"https://x.example/\"></iframe><link rel=\"stylesheet\" href=\"https://x.example/c.css\">\
        <table background=\"https://x.example/bg.png\"><tr><td>cell</td></tr></table>";
    let doc = atrium::components::mail_frame::document(html);
    for remote in [
        "x.example",
        "tracker.example",
        "<script",
        "<iframe",
        "<link",
        "<style",
        "onclick",
    ] {
        assert!(!doc.contains(remote), "{remote} left in {doc}");
    }
    for kept in [
        "Hello",
        "alt=\"pixel\"",
        "data:image/png;base64,AAAA",
        "cell",
        "target=\"_blank\"",
    ] {
        assert!(doc.contains(kept), "{kept} missing from {doc}");
    }
    assert!(doc.contains("Content-Security-Policy"));
}
