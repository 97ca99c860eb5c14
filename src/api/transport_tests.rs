//! The send policy against a fake platform: refresh single flight, replay once, retries for reads
//! only, error classification.

use super::*;
use futures::executor::block_on;
use futures::future::join_all;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A future that is pending once, so concurrent sends really interleave.
struct YieldOnce(bool);
impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

type Handler = Box<dyn Fn(&str, &Request, Option<&str>) -> Result<RawResponse, NetError>>;

struct Fake {
    session: RefCell<Option<StoredSession>>,
    profile: RefCell<Option<CachedProfile>>,
    calls: RefCell<Vec<String>>,
    handler: Handler,
    now: Cell<f64>,
    slept: Cell<u32>,
    events: RefCell<Vec<SessionEvent>>,
    /// Whether the cross-tab lock can be had (false: another tab holds it past the wait).
    lock_free: Cell<bool>,
    /// The longest wait the transport asked the lock for.
    lock_wait: Cell<u32>,
}

impl Platform for Rc<Fake> {
    type LockGuard = ();
    async fn fetch(
        &self,
        url: &str,
        req: &Request,
        bearer: Option<&str>,
    ) -> Result<RawResponse, NetError> {
        self.calls
            .borrow_mut()
            .push(format!("{:?} {url} {}", req.method, bearer.unwrap_or("-")));
        YieldOnce(false).await;
        (self.handler)(url, req, bearer)
    }
    async fn sleep(&self, ms: u32) {
        self.slept.set(self.slept.get() + ms);
    }
    async fn refresh_lock(&self, max_wait_ms: u32) -> Option<()> {
        self.lock_wait.set(max_wait_ms);
        self.lock_free.get().then_some(())
    }
    fn now_ms(&self) -> f64 {
        self.now.get()
    }
    fn random(&self) -> f64 {
        0.5
    }
    fn load_session(&self) -> Option<StoredSession> {
        self.session.borrow().clone()
    }
    fn load_profile(&self) -> Option<CachedProfile> {
        self.session
            .borrow()
            .as_ref()
            .and(self.profile.borrow().clone())
    }
    fn save_profile(&self, p: &CachedProfile) {
        *self.profile.borrow_mut() = Some(p.clone());
    }
    fn save_session(&self, s: &StoredSession) {
        *self.session.borrow_mut() = Some(s.clone());
    }
    fn clear_session(&self) {
        *self.session.borrow_mut() = None;
        *self.profile.borrow_mut() = None;
    }
    fn session_event(&self, e: SessionEvent) {
        self.events.borrow_mut().push(e);
    }
}

fn ok(body: &str) -> Result<RawResponse, NetError> {
    Ok(RawResponse {
        csrf_token: None,
        bytes: None,
        status: 200,
        retry_after: None,
        body: body.into(),
    })
}
fn status(code: u16, body: &str) -> Result<RawResponse, NetError> {
    Ok(RawResponse {
        csrf_token: None,
        bytes: None,
        status: code,
        retry_after: None,
        body: body.into(),
    })
}

fn fake(handler: Handler) -> Rc<Fake> {
    Rc::new(Fake {
        session: RefCell::new(Some(StoredSession {
            access: "old".into(),
            refresh: Some("r1".into()),
            received_at_ms: 0.0,
            lifetime_ms: 60_000.0,
            remember: true,
            email: Some("demo@atrium.test".into()),
        })),
        profile: RefCell::new(None),
        calls: RefCell::new(Vec::new()),
        handler,
        now: Cell::new(1_000.0),
        slept: Cell::new(0),
        events: RefCell::new(Vec::new()),
        lock_free: Cell::new(true),
        lock_wait: Cell::new(0),
    })
}

fn count(f: &Fake, needle: &str) -> usize {
    f.calls
        .borrow()
        .iter()
        .filter(|c| c.contains(needle))
        .count()
}

/// The portal accepts only "new"; `/token` rotates r1 -> r2 and rejects reuse.
fn rotating_portal() -> Handler {
    Box::new(|url, req, bearer| {
        if url.ends_with("/token") {
            let body = req.body.as_ref().unwrap();
            return if body["refresh_token"] == "r1" {
                ok(r#"{"token":"new","refresh":"r2"}"#)
            } else {
                status(401, r#"{"error":["invalid refresh token"]}"#)
            };
        }
        match bearer {
            Some("new") => ok(r#"{"success":true}"#),
            _ => status(401, r#"{"error":["token expired"]}"#),
        }
    })
}

#[test]
fn parallel_401s_share_one_refresh_and_replay_once_each() {
    let f = fake(rotating_portal());
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    let sends = (0..5).map(|i| t.send(Request::get(format!("/r{i}"))));
    let results = block_on(join_all(sends));
    assert!(results.iter().all(|r| r.is_ok()), "{results:?}");
    assert_eq!(count(&f, "/token"), 1);
    assert_eq!(count(&f, " old"), 5);
    assert_eq!(count(&f, " new"), 5);
    assert_eq!(
        f.session.borrow().as_ref().unwrap().refresh.as_deref(),
        Some("r2")
    );
    assert_eq!(*f.events.borrow(), vec![SessionEvent::Refreshed]);
}

#[test]
fn second_401_ends_the_session_without_looping() {
    let f = fake(Box::new(|url, _, _| {
        if url.ends_with("/token") {
            ok(r#"{"token":"new","refresh":"r2"}"#)
        } else {
            status(401, r#"{"error":["nope"]}"#)
        }
    }));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert_eq!(
        block_on(t.send(Request::get("/details"))),
        Err(ApiError::SessionEnded)
    );
    assert_eq!(count(&f, "/details"), 2);
    assert!(f.session.borrow().is_none());
    assert_eq!(f.events.borrow().last(), Some(&SessionEvent::SignedOut));
}

#[test]
fn expired_token_is_refreshed_before_sending() {
    let f = fake(rotating_portal());
    f.now.set(10_000_000.0);
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert!(block_on(t.send(Request::get("/details"))).is_ok());
    assert_eq!(count(&f, " old"), 0, "the stale token was never sent");
    assert_eq!(count(&f, "/token"), 1);
}

#[test]
fn refused_refresh_ends_session_but_outage_keeps_it() {
    let f = fake(Box::new(|url, _, _| {
        if url.ends_with("/token") {
            status(400, r#"{"error":["bad"]}"#)
        } else {
            status(401, "{}")
        }
    }));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert_eq!(
        block_on(t.send(Request::get("/x"))),
        Err(ApiError::SessionEnded)
    );
    assert!(f.session.borrow().is_none());

    let f = fake(Box::new(|url, _, _| {
        if url.ends_with("/token") {
            status(503, "")
        } else {
            status(401, "{}")
        }
    }));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert_eq!(
        block_on(t.send(Request::get("/x"))),
        Err(ApiError::Server { status: 503 })
    );
    assert!(
        f.session.borrow().is_some(),
        "an outage does not log the user out"
    );
    assert!(f.events.borrow().contains(&SessionEvent::RefreshDeferred));
}

#[test]
fn reads_retry_but_writes_never_do() {
    let f = fake(Box::new(|_, _, _| status(502, "<html>bad gateway</html>")));
    f.session.borrow_mut().as_mut().unwrap().access = "new".into();
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert_eq!(
        block_on(t.send(Request::get("/balance"))),
        Err(ApiError::Server { status: 502 })
    );
    assert_eq!(count(&f, "/balance"), 1 + MAX_READ_RETRIES as usize);

    let pay = Request::with_body(Method::Post, "/invoice/1/credit", serde_json::json!({}));
    assert_eq!(block_on(t.send(pay)), Err(ApiError::Server { status: 502 }));
    assert_eq!(count(&f, "/credit"), 1);

    let f = fake(Box::new(|_, _, _| Err(NetError::Timeout)));
    f.session.borrow_mut().as_mut().unwrap().access = "new".into();
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    let order = Request::with_body(Method::Post, "/order", serde_json::json!({}));
    assert_eq!(block_on(t.send(order)), Err(ApiError::Timeout));
    assert_eq!(count(&f, "/order"), 1);
}

#[test]
fn rate_limit_waits_for_retry_after() {
    let hits = Rc::new(Cell::new(0));
    let h = hits.clone();
    let f = fake(Box::new(move |_, _, _| {
        h.set(h.get() + 1);
        if h.get() == 1 {
            Ok(RawResponse {
                csrf_token: None,
                bytes: None,
                status: 429,
                retry_after: Some(2),
                body: String::new(),
            })
        } else {
            ok(r#"{"ok":1}"#)
        }
    }));
    f.session.borrow_mut().as_mut().unwrap().access = "new".into();
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert!(block_on(t.send(Request::get("/balance"))).is_ok());
    assert_eq!(f.slept.get(), 2_000);
}

#[test]
fn query_is_encoded_and_tokens_stay_out_of_urls() {
    let f = fake(rotating_portal());
    f.session.borrow_mut().as_mut().unwrap().access = "new".into();
    let t = Transport::new("/api/", Dialect::Hostbill, f.clone());
    block_on(t.send(Request::get("/invoices").query("filter[status]", "Unpaid & due"))).unwrap();
    let call = f.calls.borrow()[0].clone();
    assert!(
        call.starts_with("Get /api/invoices?filter%5Bstatus%5D=Unpaid%20%26%20due "),
        "{call}"
    );
}

#[test]
fn a_kdata_token_refusal_with_http_200_ends_the_session_once_and_sends_nothing_else() {
    let f = fake(Box::new(|_, _, _| ok(r#"{ "error": "token expired"}"#)));
    f.session.borrow_mut().as_mut().unwrap().refresh = None;
    let t = Transport::new("/api", Dialect::Kdata, f.clone());
    let req = Request::with_body(
        Method::Post,
        "/api/v1/applycredit",
        serde_json::json!({"invoiceid": "171"}),
    )
    .form();
    assert_eq!(block_on(t.send(req)), Err(ApiError::SessionEnded));
    assert_eq!(count(&f, "applycredit"), 1, "a write is never replayed");
    assert_eq!(count(&f, "/token"), 0, "Kdata has no refresh call");
    assert!(f.session.borrow().is_none());
    assert_eq!(f.events.borrow().last(), Some(&SessionEvent::SignedOut));
}

#[test]
fn a_kdata_error_with_http_200_is_an_error_not_data() {
    let f = fake(Box::new(|_, _, _| {
        ok(r#"{"result":"error","message":"Invoice Not in Unpaid Status"}"#)
    }));
    let t = Transport::new("/api", Dialect::Kdata, f.clone());
    assert_eq!(
        block_on(t.send(Request::with_body(
            Method::Post,
            "/api/v1/applycredit",
            serde_json::json!({})
        ))),
        Err(ApiError::Portal {
            status: 200,
            messages: vec!["Invoice Not in Unpaid Status".into()]
        })
    );
}

/// Resolves once `/token` has been sent (the refresh is in flight), then runs `then`.
async fn once_token_in_flight(f: &Fake, then: impl FnOnce()) {
    while count(f, "/token") == 0 {
        YieldOnce(false).await;
    }
    then();
}

#[test]
fn a_logout_during_a_refresh_is_not_undone_and_the_new_pair_is_revoked() {
    let f = fake(rotating_portal());
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    let send = t.send(Request::get("/details"));
    // The customer signs out (here or in another tab: storage is cleared) while /token is
    // on its way.
    let logout = once_token_in_flight(&f, || t.end_session());
    let (result, ()) = block_on(futures::future::join(send, logout));
    assert_eq!(result, Err(ApiError::SessionEnded));
    assert!(
        f.session.borrow().is_none(),
        "the rotated pair was not saved over the sign-out"
    );
    assert!(
        !f.events.borrow().contains(&SessionEvent::Refreshed),
        "{:?}",
        f.events.borrow()
    );
    assert_eq!(
        count(&f, "/logout new"),
        1,
        "the new access token is revoked"
    );
    assert_eq!(count(&f, "/revoke"), 1, "and the new refresh token");
    assert_eq!(count(&f, "/details new"), 0, "nothing is sent with it");
}

#[test]
fn a_new_sign_in_during_a_refresh_is_kept() {
    let portal = rotating_portal();
    let f = fake(Box::new(move |url, req, bearer| match bearer {
        Some("other") => ok(r#"{"success":true}"#),
        _ => portal(url, req, bearer),
    }));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    let send = t.send(Request::get("/details"));
    let other = StoredSession::received("other".into(), Some("o1".into()), 1_000.0, true);
    let sign_in = once_token_in_flight(&f, || f.save_session(&other));
    let (result, ()) = block_on(futures::future::join(send, sign_in));
    assert!(
        result.is_ok(),
        "replayed with the new sign-in's token: {result:?}"
    );
    assert_eq!(count(&f, "/details other"), 1);
    assert_eq!(f.session.borrow().as_ref().unwrap().access, "other");
    assert_eq!(count(&f, "/revoke"), 1, "the pair nobody holds is revoked");
}

#[test]
fn a_lock_held_too_long_elsewhere_keeps_the_session_and_spends_nothing() {
    let f = fake(rotating_portal());
    f.now.set(10_000_000.0); // expired: a refresh is needed before sending
    f.lock_free.set(false);
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert_eq!(
        block_on(t.send(Request::get("/details"))),
        Err(ApiError::Timeout)
    );
    assert_eq!(count(&f, "/token"), 0, "no refresh without the lock");
    assert!(f.session.borrow().is_some(), "the session is kept");
    assert_eq!(
        f.lock_wait.get(),
        REFRESH_LOCK_WAIT_MS,
        "the wait is bounded"
    );
    assert_eq!(*f.events.borrow(), vec![SessionEvent::RefreshDeferred]);
    // Once the lock is free again, the next call refreshes.
    f.lock_free.set(true);
    assert!(block_on(t.send(Request::get("/details"))).is_ok());
    assert_eq!(count(&f, "/token"), 1);
}

#[test]
fn a_refresh_keeps_whose_session_it_is() {
    let f = fake(rotating_portal());
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert!(block_on(t.send(Request::get("/details"))).is_ok());
    assert_eq!(
        f.session.borrow().as_ref().unwrap().email.as_deref(),
        Some("demo@atrium.test")
    );
}

#[test]
fn a_login_record_is_kept_beside_the_token_pair_and_forgotten_with_it() {
    let f = fake(rotating_portal());
    let t = Transport::new("/api", Dialect::Kdata, f.clone());
    let record = serde_json::json!({ "id": "7", "credit": "12.00" });
    t.start_session("tok".into(), None, false, Some(record.clone()), "a@b.test");
    let stored = serde_json::to_string(f.session.borrow().as_ref().unwrap()).unwrap();
    assert!(
        !stored.contains("credit"),
        "the token pair holds no profile: {stored}"
    );
    assert_eq!(f.load_profile().map(|p| p.record), Some(record));
    assert!(!format!("{:?}", f.load_profile()).contains("12.00"));
    t.end_session();
    assert!(f.load_profile().is_none());
}

#[test]
fn a_reset_api_key_carries_the_session_on_and_later_calls_sign_with_it() {
    let f = fake(Box::new(
        |_: &str, _: &Request, key: Option<&str>| match key {
            Some("new-key") => ok(r#"{"result":{"id":1},"error":null}"#),
            _ => status(
                401,
                r#"{"result":null,"error":{"message":"Authentication Failed","code":201}}"#,
            ),
        },
    ));
    let t = Transport::new("/api", Dialect::Boxbilling, f.clone());
    t.start_session("old-key".into(), None, true, None, "a@b.test");
    t.replace_api_key("new-key".into());
    let stored = f.session.borrow().clone().unwrap();
    assert_eq!(stored.access, "new-key");
    assert_eq!(stored.email.as_deref(), Some("a@b.test"));
    assert!(stored.remember);
    assert_eq!(stored.lifetime_ms, API_KEY_LIFETIME_MS);
    let call = Request::with_body(Method::Post, "/client/profile/get", serde_json::json!({}));
    assert!(block_on(t.send(call)).is_ok());
}

#[test]
fn fossbillings_csrf_token_from_the_sign_in_answer_goes_with_the_cookie_calls_only() {
    // The portal refuses a cookie call without the token, as FOSSBilling does by default.
    let f = fake(Box::new(|url: &str, req: &Request, _| {
        let token = req.body.as_ref().and_then(|b| b.get("CSRFToken")).cloned();
        if url.ends_with("/guest/client/login") {
            let mut answer = ok(r#"{"result":{"id":1},"error":null}"#);
            if let Ok(raw) = answer.as_mut() {
                raw.csrf_token = Some("md5-of-session".into());
            }
            return answer;
        }
        if url.ends_with("/client/profile/api_key_get") && req.auth {
            // Sent with the API key: no token travels with it.
            assert_eq!(token, None);
            return ok(r#"{"result":"key","error":null}"#);
        }
        match token {
            Some(t) if t == "md5-of-session" => ok(r#"{"result":"key","error":null}"#),
            _ => status(
                401,
                r#"{"result":null,"error":{"message":"Authentication Failed","code":201}}"#,
            ),
        }
    }));
    let t = Transport::new("/api", Dialect::Boxbilling, f.clone());
    let call = |path: &str| Request::with_body(Method::Post, path, serde_json::json!({}));
    block_on(t.send(call("/guest/client/login").anonymous())).unwrap();
    let key = block_on(t.send(call("/client/profile/api_key_get").anonymous())).unwrap();
    assert_eq!(key, "key");
    block_on(t.send(call("/client/profile/api_key_get"))).unwrap();
}

#[test]
fn a_shared_read_is_sent_once_for_every_page_asking_until_it_is_stale_or_something_changes() {
    let f = fake(Box::new(|_: &str, _: &Request, _| ok(r#"{"balance": 1}"#)));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    let balance = || Request::get("/balance").shared();
    // Three pages asking at once: one request.
    let answers = block_on(join_all((0..3).map(|_| t.send(balance()))));
    assert!(answers.iter().all(Result::is_ok));
    assert_eq!(count(&f, "/balance"), 1);
    // Asked again a moment later: answered from the first.
    f.now.set(f.now.get() + SHARED_READ_MS - 1.0);
    block_on(t.send(balance())).unwrap();
    assert_eq!(count(&f, "/balance"), 1);
    // Stale: sent again.
    f.now.set(f.now.get() + 2.0);
    block_on(t.send(balance())).unwrap();
    assert_eq!(count(&f, "/balance"), 2);
    // A write makes every shared read stale; a read that is not shared is always sent.
    block_on(t.send(Request::with_body(
        Method::Post,
        "/billing/addfunds",
        serde_json::json!({}),
    )))
    .unwrap();
    block_on(t.send(balance())).unwrap();
    assert_eq!(count(&f, "/balance"), 3);
    block_on(t.send(Request::get("/balance"))).unwrap();
    assert_eq!(count(&f, "/balance"), 4);
    // Signing out forgets them.
    t.end_session();
    *f.session.borrow_mut() = Some(StoredSession::received(
        "other".into(),
        None,
        f.now.get(),
        true,
    ));
    block_on(t.send(balance())).unwrap();
    assert_eq!(count(&f, "/balance"), 5);
}

#[test]
fn a_failed_shared_read_is_not_kept() {
    let fail = Rc::new(Cell::new(true));
    let flag = fail.clone();
    let f = fake(Box::new(move |_: &str, _: &Request, _| {
        if flag.get() {
            status(404, r#"{"error": ["missing"]}"#)
        } else {
            ok(r#"{"balance": 1}"#)
        }
    }));
    let t = Transport::new("/api", Dialect::Hostbill, f.clone());
    assert!(block_on(t.send(Request::get("/balance").shared())).is_err());
    fail.set(false);
    assert!(block_on(t.send(Request::get("/balance").shared())).is_ok());
    assert_eq!(count(&f, "/balance"), 2);
}

/// An answer of `GET /invoices/due` with invoices `from..to` (ids), every third one paid.
fn due_rows(from: usize, to: usize) -> String {
    let rows: Vec<String> = (from..to)
        .map(|i| {
            let status = if i % 3 == 0 { "Paid" } else { "Unpaid" };
            format!(r#"{{"id":"{i}","date":"2026-11-01","duedate":"2026-11-15","total":"1.00","status":"{status}","currency":"USD"}}"#)
        })
        .collect();
    format!(r#"{{"invoices":[{}]}}"#, rows.join(","))
}

#[test]
fn unpaid_invoices_read_every_page_of_the_due_list_once() {
    // 150 invoices over two pages of 100.
    let f = fake(Box::new(|_, req, _| {
        let page = req
            .query
            .iter()
            .find(|(k, _)| k == "page")
            .map(|(_, v)| v.clone());
        match page.as_deref() {
            Some("0") => ok(&due_rows(0, 100)),
            Some("1") => ok(&due_rows(100, 150)),
            other => panic!("unexpected page {other:?}"),
        }
    }));
    let api = crate::api::client::ApiClient::new("/api", Dialect::Hostbill, f.clone());
    let unpaid = block_on(api.unpaid_invoices()).unwrap();
    assert_eq!(count(&f, "/invoices/due"), 2);
    assert_eq!(
        unpaid.len(),
        100,
        "the 50 paid ones (every third) are left out"
    );
    assert!(
        unpaid
            .iter()
            .all(|i| i.status == crate::model::InvoiceStatus::Unpaid)
    );

    // A portal that ignores `page` answers the same 100 every time: read twice, counted once.
    let f = fake(Box::new(|_, _, _| ok(&due_rows(0, 100))));
    let api = crate::api::client::ApiClient::new("/api", Dialect::Hostbill, f.clone());
    let unpaid = block_on(api.unpaid_invoices()).unwrap();
    assert_eq!(count(&f, "/invoices/due"), 2);
    assert_eq!(unpaid.len(), 66);
}
