//! The one `send` choke point. Every call to the portal goes through [`Transport::send`], which
//! adds the bearer token, refreshes it ahead of expiry, answers a 401 with one shared refresh and
//! one replay, retries reads (never writes) with capped jittered backoff, honours `Retry-After`,
//! and decodes success or the portal's error envelope into a typed result.
//!
//! The browser specifics (fetch, storage, Web Locks, timers) sit behind [`Platform`], so the
//! whole policy runs natively in unit tests with a fake platform.

use crate::api::calls;
use crate::api::dialect::{boxbilling, hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, NetError, RawResponse, Request};
use crate::api::session::{CachedProfile, StoredSession};
use crate::model::Dialect;
use crate::percent::encode_component;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How long a stored API key is trusted before it is used (a year; it is refused when reset).
pub const API_KEY_LIFETIME_MS: f64 = 365.0 * 86_400_000.0;

/// Reads are retried at most this many times.
pub const MAX_READ_RETRIES: u32 = 3;
/// Backoff cap between read retries.
pub const MAX_BACKOFF_MS: f64 = 4_000.0;
/// A `Retry-After` longer than this is reported instead of waited for.
pub const MAX_RETRY_AFTER_S: u32 = 30;
/// The longest wait for another tab's refresh: its `/token` call's own deadline and a margin.
/// Past it the refresh is reported as a passing failure (the session is kept, the call can be
/// retried); it never goes ahead without the lock, which could spend a refresh token twice.
pub const REFRESH_LOCK_WAIT_MS: u32 = 35_000;

/// How long a shared read's answer serves the next page asking the same (a customer moving
/// between pages reads the balance, invoices and profile once, not on every page). Any write
/// makes them all stale at once.
pub const SHARED_READ_MS: f64 = 30_000.0;

/// Whether the signed-in state changed, for the UI to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionEvent {
    /// A session was stored (login).
    SignedIn,
    /// The session ended (logout, refused refresh, second 401).
    SignedOut,
    /// A refresh failed for a transient reason; the session is kept.
    RefreshDeferred,
    /// A refresh succeeded (clears any connection-trouble notice).
    Refreshed,
}

/// The environment the transport runs in: the browser, or a fake in tests.
#[allow(async_fn_in_trait)]
pub trait Platform: 'static {
    /// Held while refreshing; dropping it releases the cross-tab lock.
    type LockGuard;
    /// Sends one HTTP request; aborts when the future is dropped.
    async fn fetch(
        &self,
        url: &str,
        req: &Request,
        bearer: Option<&str>,
    ) -> Result<RawResponse, NetError>;
    /// Waits.
    async fn sleep(&self, ms: u32);
    /// Takes the cross-tab refresh lock (Web Locks in the browser), waiting at most `max_wait_ms`;
    /// `None` when it could not be had in time (a tab stuck mid-refresh must not block the others).
    async fn refresh_lock(&self, max_wait_ms: u32) -> Option<Self::LockGuard>;
    /// Local wall clock, ms since epoch.
    fn now_ms(&self) -> f64;
    /// Uniform in [0, 1), for backoff jitter.
    fn random(&self) -> f64;
    /// Reads the stored session (storage is the truth shared by tabs).
    fn load_session(&self) -> Option<StoredSession>;
    /// The cached client record, only while a session is stored.
    fn load_profile(&self) -> Option<CachedProfile>;
    /// Stores the cached client record (cleared by [`Platform::clear_session`]).
    fn save_profile(&self, profile: &CachedProfile);
    /// Stores a session.
    fn save_session(&self, session: &StoredSession);
    /// Forgets the session.
    fn clear_session(&self);
    /// Tells the UI.
    fn session_event(&self, event: SessionEvent);
}

/// How a refresh ended.
#[derive(Clone, Debug)]
enum RefreshOutcome {
    Fresh(StoredSession),
    /// Network, timeout, 5xx: keep the session and report the error.
    Transient(ApiError),
    /// The portal refused the refresh token (or there was none): the session is over.
    Ended,
}

type SharedRefresh = Shared<LocalBoxFuture<'static, RefreshOutcome>>;

struct Inner<P: Platform> {
    base: String,
    dialect: Dialect,
    platform: P,
    inflight_refresh: RefCell<Option<SharedRefresh>>,
    /// FOSSBilling's CSRF token for the portal's session cookie, from the last sign-in answer
    /// that carried one; sent with the calls that rely on that cookie (see `send_unboxed`).
    csrf_token: RefCell<Option<String>>,
    /// Shared reads (see [`Request::shared`]) by request, answered or in flight.
    reads: RefCell<HashMap<String, SharedRead>>,
}

/// A shared read: answered at a time (local ms), or on its way (joined by the same read).
enum SharedRead {
    Answered(f64, Answer),
    InFlight(Shared<LocalBoxFuture<'static, Result<Answer, ApiError>>>),
}

/// A successful answer: decoded JSON, or a document's bytes.
#[derive(Clone)]
enum Answer {
    Json(Value),
    Document(Vec<u8>),
    Text(String),
}

/// The typed fetch pipeline; cheap to clone.
pub struct Transport<P: Platform>(Rc<Inner<P>>);

impl<P: Platform> Clone for Transport<P> {
    fn clone(&self) -> Self {
        Transport(Rc::clone(&self.0))
    }
}

impl<P: Platform> Transport<P> {
    /// A transport for the API at `base` (e.g. `/api`), speaking `dialect`.
    pub fn new(base: &str, dialect: Dialect, platform: P) -> Transport<P> {
        Transport(Rc::new(Inner {
            base: base.trim_end_matches('/').to_string(),
            dialect,
            platform,
            inflight_refresh: RefCell::new(None),
            csrf_token: RefCell::new(None),
            reads: RefCell::new(HashMap::new()),
        }))
    }

    /// The platform (for the API client's session helpers).
    pub fn platform(&self) -> &P {
        &self.0.platform
    }

    /// The API base URL without a trailing slash.
    pub fn base(&self) -> &str {
        &self.0.base
    }

    /// The dialect spoken.
    pub fn dialect(&self) -> Dialect {
        self.0.dialect
    }

    fn url(&self, req: &Request) -> String {
        let mut url = format!("{}{}", self.0.base, req.path);
        for (i, (k, v)) in req.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode_component(k));
            url.push('=');
            url.push_str(&encode_component(v));
        }
        url
    }

    fn decode(&self, raw: &RawResponse) -> Result<Value, ApiError> {
        match self.0.dialect {
            Dialect::Hostbill => hostbill::decode_envelope(raw),
            Dialect::Kdata => kdata::decode_envelope(raw),
            Dialect::Boxbilling => boxbilling::decode_envelope(raw),
        }
    }

    /// Sends `req` and decodes the answer. See the module docs for the policy.
    ///
    /// Boxed on purpose: the policy's state machine is compiled once instead of being inlined
    /// into every caller's future (a large share of the wasm otherwise).
    pub fn send(&self, req: Request) -> LocalBoxFuture<'static, Result<Value, ApiError>> {
        let me = self.clone();
        async move {
            match me.send_maybe_shared(req).await? {
                Answer::Json(v) => Ok(v),
                Answer::Document(_) => Err(ApiError::Decode("a document instead of JSON".into())),
                Answer::Text(_) => Err(ApiError::Decode("unexpected raw answer".into())),
            }
        }
        .boxed_local()
    }

    /// Sends a document download (same session, refresh and retry policy) and returns its bytes;
    /// an error answer is decoded like any other.
    pub fn send_document(
        &self,
        req: Request,
    ) -> LocalBoxFuture<'static, Result<Vec<u8>, ApiError>> {
        let me = self.clone();
        async move {
            match me.send_unboxed(req.document()).await? {
                Answer::Document(bytes) => Ok(bytes),
                _ => Err(ApiError::Decode("JSON instead of a document".into())),
            }
        }
        .boxed_local()
    }

    /// Sends `req` and returns a successful (2xx) answer's body as text, unparsed, with the same
    /// session, refresh and retry policy. The caller decodes it with a typed decoder and falls
    /// back to the dialect's envelope decoder (which finds error envelopes) when that fails.
    pub fn send_text(&self, req: Request) -> LocalBoxFuture<'static, Result<String, ApiError>> {
        let me = self.clone();
        async move {
            match me.send_maybe_shared(req.raw()).await? {
                Answer::Text(t) => Ok(t),
                Answer::Json(v) => Ok(v.to_string()),
                Answer::Document(_) => Err(ApiError::Decode("a document instead of JSON".into())),
            }
        }
        .boxed_local()
    }

    /// A shared read answered a moment ago, or on its way, serves this one; anything else is
    /// sent.
    async fn send_maybe_shared(&self, req: Request) -> Result<Answer, ApiError> {
        if !req.shared {
            // A write may change what any read answered: forgotten before it is sent, and again
            // once it is done (a read made while it was on its way may predate it).
            let write = req.method != Method::Get && !req.read;
            if write {
                self.forget_shared_reads();
            }
            let result = self.send_unboxed(req).await;
            if write {
                self.forget_shared_reads();
            }
            return result;
        }
        // Keyed by the session too: another tab signing in as someone else never gets this
        // account's answers (or the other way round).
        let whose = self
            .0
            .platform
            .load_session()
            .map(|s| s.access)
            .unwrap_or_default();
        let key = format!(
            "{whose} {:?} {} {} {}",
            req.method,
            self.url(&req),
            req.raw,
            req.body.as_ref().map(Value::to_string).unwrap_or_default()
        );
        let known = match self.0.reads.borrow().get(&key) {
            Some(SharedRead::Answered(at, answer))
                if self.0.platform.now_ms() - at < SHARED_READ_MS =>
            {
                return Ok(answer.clone());
            }
            Some(SharedRead::InFlight(on_its_way)) => Some(on_its_way.clone()),
            _ => None,
        };
        let on_its_way = match known {
            Some(f) => f,
            None => {
                let me = self.clone();
                let f = async move { me.send_unboxed(req).await }
                    .boxed_local()
                    .shared();
                self.0
                    .reads
                    .borrow_mut()
                    .insert(key.clone(), SharedRead::InFlight(f.clone()));
                f
            }
        };
        let result = on_its_way.await;
        let mut reads = self.0.reads.borrow_mut();
        // Kept only if nothing replaced it meanwhile (a write clears the table).
        if matches!(reads.get(&key), Some(SharedRead::InFlight(_))) {
            match &result {
                Ok(answer) => {
                    reads.insert(
                        key,
                        SharedRead::Answered(self.0.platform.now_ms(), answer.clone()),
                    );
                }
                Err(_) => {
                    reads.remove(&key);
                }
            }
        }
        result
    }

    /// Forgets every shared read: something was changed.
    fn forget_shared_reads(&self) {
        self.0.reads.borrow_mut().clear();
    }

    async fn send_unboxed(&self, mut req: Request) -> Result<Answer, ApiError> {
        req.basic_auth = self.0.dialect == Dialect::Boxbilling;
        // BoxBilling calls without the API key rely on the portal's session cookie, which
        // FOSSBilling (CSRF prevention on, its default) accepts only with its CSRF token.
        if req.basic_auth
            && !req.auth
            && let (Some(token), Some(Value::Object(body))) =
                (self.0.csrf_token.borrow().clone(), req.body.as_mut())
        {
            body.insert("CSRFToken".into(), Value::String(token));
        }
        let idempotent = req.method == Method::Get;
        let url = self.url(&req);
        let mut session = if req.auth {
            Some(self.valid_session().await?)
        } else {
            None
        };
        let mut replayed = false;
        let mut attempt = 0u32;
        loop {
            let bearer = session.as_ref().map(|s| s.access.as_str());
            let raw = match self.0.platform.fetch(&url, &req, bearer).await {
                Ok(raw) => {
                    if let Some(token) = &raw.csrf_token {
                        *self.0.csrf_token.borrow_mut() = Some(token.clone());
                    }
                    raw
                }
                Err(net) => {
                    let err = match net {
                        NetError::Offline => ApiError::Network,
                        NetError::Timeout => ApiError::Timeout,
                    };
                    if idempotent && attempt < MAX_READ_RETRIES {
                        attempt += 1;
                        self.backoff(attempt).await;
                        continue;
                    }
                    return Err(err);
                }
            };
            let refused = match self.0.dialect {
                Dialect::Hostbill => raw.status == 401,
                Dialect::Kdata => kdata::token_rejected(&raw),
                Dialect::Boxbilling => boxbilling::token_rejected(&raw),
            };
            if refused {
                if let Some(current) = session.as_ref().filter(|_| !replayed) {
                    // A 401 on a token we believed valid: one refresh, one replay.
                    replayed = true;
                    let stale = current.access.clone();
                    session = Some(self.refresh(&stale).await?);
                    continue;
                }
                if session.is_some() {
                    self.end_session();
                    return Err(ApiError::SessionEnded);
                }
            }
            if req.document
                && (200..300).contains(&raw.status)
                && let Some(bytes) = raw.bytes
            {
                return Ok(Answer::Document(bytes));
            }
            if req.raw && (200..300).contains(&raw.status) {
                return Ok(Answer::Text(raw.body));
            }
            match self.decode(&raw).map(Answer::Json) {
                Err(ApiError::RateLimited { retry_after })
                    if idempotent && attempt < MAX_READ_RETRIES =>
                {
                    match retry_after {
                        Some(s) if s > MAX_RETRY_AFTER_S => {
                            return Err(ApiError::RateLimited { retry_after });
                        }
                        Some(s) => self.0.platform.sleep(s * 1000).await,
                        None => self.backoff(attempt + 1).await,
                    }
                    attempt += 1;
                }
                Err(ApiError::Server { .. }) if idempotent && attempt < MAX_READ_RETRIES => {
                    attempt += 1;
                    self.backoff(attempt).await;
                }
                other => return other,
            }
        }
    }

    /// Full-jitter exponential backoff, capped.
    async fn backoff(&self, attempt: u32) {
        let cap = (250.0 * f64::from(1u32 << attempt.min(8))).min(MAX_BACKOFF_MS);
        let ms = (cap / 2.0) + self.0.platform.random() * (cap / 2.0);
        self.0.platform.sleep(ms as u32).await;
    }

    /// The stored session, refreshed first if it is (nearly) expired.
    async fn valid_session(&self) -> Result<StoredSession, ApiError> {
        let stored = self
            .0
            .platform
            .load_session()
            .ok_or(ApiError::SessionEnded)?;
        if stored.needs_refresh(self.0.platform.now_ms()) {
            self.refresh(&stored.access).await
        } else {
            Ok(stored)
        }
    }

    /// Refreshes once for all concurrent callers of this tab; other tabs coordinate via the lock.
    async fn refresh(&self, stale_access: &str) -> Result<StoredSession, ApiError> {
        let existing = self.0.inflight_refresh.borrow().clone();
        let shared = match existing {
            Some(f) => f,
            None => {
                let me = self.clone();
                let stale = stale_access.to_string();
                let fut = async move {
                    let outcome = me.refresh_under_lock(&stale).await;
                    me.0.inflight_refresh.borrow_mut().take();
                    outcome
                }
                .boxed_local()
                .shared();
                *self.0.inflight_refresh.borrow_mut() = Some(fut.clone());
                fut
            }
        };
        match shared.await {
            RefreshOutcome::Fresh(s) => Ok(s),
            RefreshOutcome::Transient(e) => Err(e),
            RefreshOutcome::Ended => Err(ApiError::SessionEnded),
        }
    }

    async fn refresh_under_lock(&self, stale_access: &str) -> RefreshOutcome {
        let Some(_guard) = self.0.platform.refresh_lock(REFRESH_LOCK_WAIT_MS).await else {
            self.0.platform.session_event(SessionEvent::RefreshDeferred);
            return RefreshOutcome::Transient(ApiError::Timeout);
        };
        let now = self.0.platform.now_ms();
        // Re-read inside the lock: another tab may have rotated the pair while we waited.
        let Some(current) = self.0.platform.load_session() else {
            return RefreshOutcome::Ended;
        };
        if current.access != stale_access && !current.needs_refresh(now) {
            return RefreshOutcome::Fresh(current);
        }
        let Some(refresh_token) = current.refresh.clone() else {
            self.end_session();
            return RefreshOutcome::Ended;
        };
        let body = match self.0.dialect {
            Dialect::Hostbill => hostbill::refresh_body(&refresh_token),
            // No refresh tokens: the stored session never has one, so this is not reached.
            Dialect::Kdata | Dialect::Boxbilling => return RefreshOutcome::Ended,
        };
        let req = Request::with_body(Method::Post, calls::TOKEN, body).anonymous();
        let url = self.url(&req);
        let outcome = match self.0.platform.fetch(&url, &req, None).await {
            Err(NetError::Offline) => RefreshOutcome::Transient(ApiError::Network),
            Err(NetError::Timeout) => RefreshOutcome::Transient(ApiError::Timeout),
            Ok(raw) => match self.decode(&raw).and_then(|v| hostbill::token_pair(&v)) {
                Ok(pair) => {
                    let mut fresh = StoredSession::received(
                        pair.token,
                        pair.refresh.or(Some(refresh_token)),
                        self.0.platform.now_ms(),
                        current.remember,
                    );
                    fresh.email = current.email.clone();
                    self.keep_unless_ended(&current, fresh).await
                }
                Err(e) if e.is_transient() => RefreshOutcome::Transient(e),
                Err(_) => {
                    self.end_session();
                    RefreshOutcome::Ended
                }
            },
        };
        if matches!(outcome, RefreshOutcome::Transient(_)) {
            self.0.platform.session_event(SessionEvent::RefreshDeferred);
        }
        outcome
    }

    /// Stores a pair the portal just rotated to, unless the session it was rotated from ended
    /// while the refresh was in flight (a sign-out in this tab or another, or a new sign-in):
    /// saving it then would undo that sign-out. Storage is what every tab shares, so it is read
    /// again here, with no await between the check and the save. A pair that is not kept is
    /// revoked, so the portal does not keep a live token nobody holds.
    async fn keep_unless_ended(
        &self,
        spent: &StoredSession,
        fresh: StoredSession,
    ) -> RefreshOutcome {
        match self.0.platform.load_session() {
            Some(now) if now.refresh == spent.refresh && now.access == spent.access => {
                self.0.platform.save_session(&fresh);
                self.0.platform.session_event(SessionEvent::Refreshed);
                RefreshOutcome::Fresh(fresh)
            }
            now => {
                self.revoke(&fresh).await;
                match now {
                    // Another sign-in took the place of the one refreshed: use it.
                    Some(other) => RefreshOutcome::Fresh(other),
                    None => RefreshOutcome::Ended,
                }
            }
        }
    }

    /// Tells the portal, best-effort, that a session's pair is no longer used: `/logout` with
    /// the access token, `/revoke` with the refresh token (HostBill; the other systems' sign-out
    /// is their own client's business). Failures are ignored: the pair is forgotten here anyway.
    pub async fn revoke(&self, session: &StoredSession) {
        if self.0.dialect != Dialect::Hostbill {
            return;
        }
        let logout = Request::with_body(
            Method::Post,
            calls::LOGOUT,
            Value::Object(Default::default()),
        )
        .anonymous();
        let _ = self
            .0
            .platform
            .fetch(&self.url(&logout), &logout, Some(&session.access))
            .await;
        if let Some(refresh) = &session.refresh {
            let revoke =
                Request::with_body(Method::Post, calls::REVOKE, hostbill::refresh_body(refresh))
                    .anonymous();
            let _ = self
                .0
                .platform
                .fetch(&self.url(&revoke), &revoke, None)
                .await;
        }
    }

    /// Stores a fresh pair from a login answer, with the client record where the billing system
    /// sends one instead of a profile call.
    pub fn start_session(
        &self,
        access: String,
        refresh: Option<String>,
        remember: bool,
        profile: Option<serde_json::Value>,
        email: &str,
    ) {
        let mut s = StoredSession::received(access, refresh, self.0.platform.now_ms(), remember);
        s.email = Some(email.trim().to_string());
        if self.0.dialect == Dialect::Boxbilling {
            // An API key does not expire; it stops working when reset, which a call then tells.
            s.lifetime_ms = API_KEY_LIFETIME_MS;
        }
        // The record first: another tab follows the session entry and may read it at once.
        if let Some(record) = profile {
            self.0.platform.save_profile(&CachedProfile { record });
        }
        // Nothing read for another account (or before signing in) may serve this one.
        self.forget_shared_reads();
        self.0.platform.save_session(&s);
        self.0.platform.session_event(SessionEvent::SignedIn);
    }

    /// Carries this session on with a new API key after the portal reset it (the old one stops
    /// working at once): the stored session keeps everything but the key, and other tabs take
    /// the new one from storage when the old one is refused.
    pub fn replace_api_key(&self, key: String) {
        if let Some(mut s) = self.0.platform.load_session() {
            s.access = key;
            s.received_at_ms = self.0.platform.now_ms();
            self.0.platform.save_session(&s);
        }
    }

    /// Forgets the session locally (all tabs follow through storage).
    pub fn end_session(&self) {
        self.forget_shared_reads();
        self.0.platform.clear_session();
        self.0.platform.session_event(SessionEvent::SignedOut);
    }
}

#[cfg(test)]
#[path = "transport_tests.rs"]
mod tests;
