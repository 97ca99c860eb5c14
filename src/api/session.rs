//! The token pair and the expiry maths. Pure: storage and cross-tab glue live in
//! `crate::state::session_store`; this module is what native tests exercise.
//!
//! Expiry is computed from the *local* time we received the token plus the token's own lifetime
//! (`exp - iat`), so a client clock that is hours off cannot cause refresh loops or expired sends.

use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Lifetime assumed when a token carries no `exp`/`iat` (we then rely on 401 + refresh).
pub const UNKNOWN_LIFETIME_MS: f64 = 15.0 * 60.0 * 1000.0;

/// Refresh this long before expiry at most (a quarter of the lifetime for short tokens).
pub const REFRESH_MARGIN_MS: f64 = 30_000.0;

/// A session as kept in browser storage.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredSession {
    /// The bearer token (JWT).
    pub access: String,
    /// The refresh token, if the dialect has one.
    pub refresh: Option<String>,
    /// Local clock (ms since epoch) when the pair was received.
    pub received_at_ms: f64,
    /// `exp - iat` of the access token, in ms.
    pub lifetime_ms: f64,
    /// Whether the user asked to stay logged in beyond this browser session.
    pub remember: bool,
    /// Whose session this is (the e-mail signed in with): the "sign in again" dialog names the
    /// account and fills it in when the session ends by itself.
    #[serde(default)]
    pub email: Option<String>,
}

/// The client record a billing system answered at sign-in, kept for those with no profile call
/// (Kdata's wrapper) or whose calls do not name the account currency (BoxBilling). Stored in an
/// entry of its own beside the token pair, and forgotten with the session.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedProfile {
    /// The record as the billing system sent it.
    pub record: serde_json::Value,
}

// Personal data stays out of logs too.
impl fmt::Debug for CachedProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CachedProfile { <redacted> }")
    }
}

// Tokens never reach logs: Debug shows only their length.
impl fmt::Debug for StoredSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredSession")
            .field(
                "access",
                &format_args!("<redacted {} chars>", self.access.len()),
            )
            .field("refresh", &self.refresh.as_ref().map(|_| "<redacted>"))
            .field("received_at_ms", &self.received_at_ms)
            .field("lifetime_ms", &self.lifetime_ms)
            .field("remember", &self.remember)
            .field("email", &self.email.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// `exp - iat` in ms from a JWT's payload, if both claims are there and sane.
pub fn jwt_lifetime_ms(token: &str) -> Option<f64> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let life = claim_ms(claims.get("exp")?)?.checked_sub(claim_ms(claims.get("iat")?)?)?;
    (life > 0).then_some(life as f64)
}

/// A NumericDate claim (seconds, maybe with a fraction) in whole milliseconds, read from the
/// number's own text (serde_json's `arbitrary_precision` keeps it). Not through `as_f64`: a float
/// parser brings ~10 KB of tables into the first load for two numbers. An exponent form is not
/// read, and the session then uses the default lifetime.
fn claim_ms(claim: &serde_json::Value) -> Option<i64> {
    let text = claim.as_number()?.as_str();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds: i64 = whole.parse().ok()?;
    let millis = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0i64, |ms, digit| ms * 10 + i64::from(digit - b'0'));
    let millis = if whole.starts_with('-') {
        -millis
    } else {
        millis
    };
    seconds.checked_mul(1000)?.checked_add(millis)
}

impl StoredSession {
    /// A session for a pair received at local time `now_ms`.
    pub fn received(
        access: String,
        refresh: Option<String>,
        now_ms: f64,
        remember: bool,
    ) -> StoredSession {
        let lifetime_ms = jwt_lifetime_ms(&access).unwrap_or(UNKNOWN_LIFETIME_MS);
        StoredSession {
            access,
            refresh,
            received_at_ms: now_ms,
            lifetime_ms,
            remember,
            email: None,
        }
    }

    /// How early to refresh: 30 s, or a quarter of a short lifetime.
    fn margin_ms(&self) -> f64 {
        REFRESH_MARGIN_MS.min(self.lifetime_ms / 4.0)
    }

    /// Whether the access token should be refreshed before it is sent at local time `now_ms`.
    /// A clock that went backwards past the receipt time (sleep, manual change) cannot tell how
    /// much time passed, so it counts as "refresh".
    pub fn needs_refresh(&self, now_ms: f64) -> bool {
        if !now_ms.is_finite() || now_ms < self.received_at_ms - 1_000.0 {
            return true;
        }
        now_ms >= self.received_at_ms + self.lifetime_ms - self.margin_ms()
    }

    /// Milliseconds from `now_ms` until a proactive refresh is due (0 if due now).
    pub fn refresh_in_ms(&self, now_ms: f64) -> f64 {
        if self.needs_refresh(now_ms) {
            0.0
        } else {
            self.received_at_ms + self.lifetime_ms - self.margin_ms() - now_ms
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn jwt(iat: i64, exp: i64) -> String {
        let enc = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(&v).unwrap())
        };
        format!(
            "{}.{}.sig",
            enc(serde_json::json!({"alg":"HS256","typ":"JWT"})),
            enc(serde_json::json!({"iat": iat, "exp": exp, "sub": "1"}))
        )
    }

    #[test]
    fn lifetime_comes_from_the_token_not_the_clock() {
        assert_eq!(jwt_lifetime_ms(&jwt(1_000, 1_060)), Some(60_000.0));
        assert_eq!(jwt_lifetime_ms("not-a-jwt"), None);
        assert_eq!(jwt_lifetime_ms(&jwt(100, 50)), None);
    }

    #[test]
    fn numeric_dates_with_fractions_are_read_to_the_millisecond() {
        let raw = |claims: &str| {
            let enc = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
            format!("{}.{}.sig", enc(b"{}"), enc(claims.as_bytes()))
        };
        let life = |claims: &str| jwt_lifetime_ms(&raw(claims));
        assert_eq!(life(r#"{"iat":1000.5,"exp":1060.25}"#), Some(59_750.0));
        assert_eq!(life(r#"{"iat":1000,"exp":1060.0001}"#), Some(60_000.0));
        assert_eq!(life(r#"{"iat":-1.5,"exp":1}"#), Some(2_500.0));
        // Forms it does not read fall back to the default lifetime (None here).
        assert_eq!(life(r#"{"iat":1e3,"exp":1060}"#), None);
        assert_eq!(life(r#"{"iat":"1000","exp":1060}"#), None);
        assert_eq!(life(r#"{"iat":1000,"exp":99999999999999999999}"#), None);
    }

    #[test]
    fn debug_redacts_tokens() {
        let s = StoredSession::received(jwt(0, 60), Some("secret-refresh".into()), 0.0, false);
        let shown = format!("{s:?}");
        assert!(!shown.contains(&s.access));
        assert!(!shown.contains("secret-refresh"));
    }

    proptest! {
        // Whatever the server's clock says (iat hours or years away from ours), a fresh token
        // is not refreshed at once (no loop) and is refreshed before it expires.
        #[test]
        fn expiry_is_skew_proof(
            server_iat in -10_000_000_000i64..10_000_000_000,
            life_s in 2i64..86_400,
            local_now in 0f64..4e12,
        ) {
            let s = StoredSession::received(jwt(server_iat, server_iat + life_s), None, local_now, true);
            prop_assert!(!s.needs_refresh(local_now));
            let life_ms = life_s as f64 * 1000.0;
            prop_assert!(s.needs_refresh(local_now + life_ms));
            prop_assert!(s.needs_refresh(local_now + life_ms - s.margin_ms()));
            prop_assert!(s.refresh_in_ms(local_now) > 0.0);
        }

        #[test]
        fn clock_jumping_back_forces_refresh(back in 1_001f64..1e10, now in 1e10f64..4e12) {
            let s = StoredSession::received(jwt(0, 3600), None, now, true);
            prop_assert!(s.needs_refresh(now - back));
        }

        #[test]
        fn jwt_parsing_never_panics(s in ".*") {
            let _ = jwt_lifetime_ms(&s);
        }
    }
}
