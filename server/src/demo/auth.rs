//! Login, rotating refresh tokens, logout and revoke, and the extractor that authenticates a
//! request. Access tokens are HS256 JWTs (`sub`, `iat`, `exp`, `jti`); refresh tokens are random,
//! stored hashed, single-use: spending one twice is refused.

use super::reply::{ApiFailure, Reply};
use super::{Demo, DemoState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// "Remember me" keeps the refresh token this long (HostBill documents 360 days).
const REMEMBER_TTL: Duration = Duration::from_secs(360 * 86_400);

/// Signing keys and lifetimes.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    access_ttl: Duration,
    refresh_ttl: Duration,
}

impl Keys {
    /// Keys from the database's secret.
    pub fn new(secret: &str, access_ttl: Duration, refresh_ttl: Duration) -> Keys {
        Keys {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            access_ttl,
            refresh_ttl,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Claims {
    sub: String,
    iat: u64,
    exp: u64,
    jti: String,
    /// The sign-in this token descends from (its refresh-token family): what a console ticket
    /// is bound to, so that signing out closes the console.
    #[serde(default)]
    fam: String,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// 32 random bytes, base64url.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The stored form of a password.
pub fn hash_password(salt: &str, password: &str) -> String {
    sha256_hex(&format!("{salt}:{password}"))
}

/// A body field as text, trimmed: a string, a number or a flag (`"1"`/`"0"`) as JSON clients
/// send them; empty when absent.
pub fn field_text(f: &Value, key: &str) -> String {
    match f.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => (if *b { "1" } else { "0" }).to_string(),
        _ => String::new(),
    }
}

/// Fields of a JSON or form-encoded body, as a JSON object (HostBill accepts both).
pub fn body_fields(headers: &HeaderMap, body: &Bytes) -> Value {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if is_form {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).unwrap_or_default();
        Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect(),
        )
    } else {
        serde_json::from_slice(body).unwrap_or(Value::Object(Default::default()))
    }
}

fn str_field<'a>(v: &'a Value, name: &str) -> &'a str {
    v.get(name).and_then(Value::as_str).unwrap_or("")
}

fn truthy(v: &Value, name: &str) -> bool {
    match v.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(s.as_str(), "1" | "true" | "on" | "yes"),
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        _ => false,
    }
}

/// A new pair. `family` names the sign-in the refresh token descends from (a fresh one at
/// sign-in, the spent token's at a rotation), so that a reused token can end all of its line.
fn issue_pair(
    demo: &Demo,
    conn: &rusqlite::Connection,
    client_id: i64,
    remember: bool,
    family: &str,
) -> Result<Value, ApiFailure> {
    let iat = now_secs();
    let claims = Claims {
        sub: client_id.to_string(),
        iat,
        exp: iat + demo.auth.access_ttl.as_secs().max(1),
        jti: random_token(),
        fam: family.to_string(),
    };
    let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &demo.auth.encoding)
        .map_err(ApiFailure::internal)?;
    let refresh = random_token();
    let ttl = if remember {
        REMEMBER_TTL
    } else {
        demo.auth.refresh_ttl
    };
    conn.execute(
        "INSERT INTO refresh_tokens(token_hash, client_id, expires_at, remember, family) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![sha256_hex(&refresh), client_id, (iat + ttl.as_secs()) as i64, remember, family],
    )?;
    Ok(json!({ "token": token, "refresh": refresh }))
}

/// The address a request came from (none when a test calls the router directly).
#[derive(Clone, Copy, Debug, Default)]
pub struct Peer(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(crate::serve::peer(&parts.extensions).map(|p| p.ip())))
    }
}

/// `POST /login` with `username`, `password`, optional `remember`. Failed attempts are throttled
/// per account and per address (see `throttle`): past the limit, a 429 with `Retry-After`.
pub async fn login(
    State(demo): State<DemoState>,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let fields = body_fields(&headers, &body);
    let email = str_field(&fields, "username").trim().to_ascii_lowercase();
    let password = str_field(&fields, "password");
    let now = std::time::Instant::now();
    if let Err(wait) = demo.throttle.check(&email, peer.0, now) {
        return Err(ApiFailure::throttled(wait));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let row: Option<(i64, String, String)> = conn
        .query_row(
            "SELECT id, salt, password_hash FROM clients WHERE email = ?1",
            params![email],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match row {
        Some((id, salt, hash)) if hash_password(&salt, password) == hash => {
            demo.throttle.succeeded(&email, peer.0);
            if !super::security::sign_in_allowed(&conn, id, peer.0)? {
                return Err(ApiFailure::new(
                    StatusCode::FORBIDDEN,
                    "Login from your IP address is not allowed",
                ));
            }
            conn.execute(
                "UPDATE clients SET lastlogin = datetime('now') WHERE id = ?1",
                params![id],
            )?;
            super::settings::record(&conn, id, "Signed in", peer.0)?;
            Ok(Json(issue_pair(
                &demo,
                &conn,
                id,
                truthy(&fields, "remember"),
                &random_token(),
            )?))
        }
        Some((id, _, _)) => {
            // A wrong password for a real account: the owner sees it in the activity log.
            super::settings::record(&conn, id, "Failed sign-in attempt", peer.0)?;
            demo.throttle.failed(&email, peer.0, now);
            Err(ApiFailure::new(
                StatusCode::UNAUTHORIZED,
                "Invalid email address or password",
            ))
        }
        _ => {
            demo.throttle.failed(&email, peer.0, now);
            Err(ApiFailure::new(
                StatusCode::UNAUTHORIZED,
                "Invalid email address or password",
            ))
        }
    }
}

/// `POST /token` with `refresh_token`: rotates the pair. A spent token presented again means it
/// was copied (or two tabs raced without a lock): the whole family, including the rotated token
/// that is still unspent, is revoked, as OAuth's refresh-token rotation asks (RFC 9700 §4.14).
pub async fn refresh(State(demo): State<DemoState>, headers: HeaderMap, body: Bytes) -> Reply {
    let fields = body_fields(&headers, &body);
    let hash = sha256_hex(str_field(&fields, "refresh_token"));
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let row: Option<(i64, i64, bool, bool, String)> = conn
        .query_row(
            "SELECT client_id, expires_at, remember, used, family FROM refresh_tokens WHERE token_hash = ?1",
            params![hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    match row {
        Some((client_id, expires_at, remember, false, family))
            if expires_at > now_secs() as i64 =>
        {
            conn.execute(
                "UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?1",
                params![hash],
            )?;
            Ok(Json(issue_pair(
                &demo, &conn, client_id, remember, &family,
            )?))
        }
        Some((_, _, _, true, family)) => {
            conn.execute(
                "UPDATE refresh_tokens SET used = 1 WHERE family = ?1",
                params![family],
            )?;
            Err(ApiFailure::new(
                StatusCode::UNAUTHORIZED,
                "Invalid refresh token",
            ))
        }
        _ => Err(ApiFailure::new(
            StatusCode::UNAUTHORIZED,
            "Invalid refresh token",
        )),
    }
}

/// `POST /logout`: the presented access token stops working.
pub async fn logout(State(demo): State<DemoState>, headers: HeaderMap) -> Reply {
    if let Some(claims) = bearer_claims(&demo, &headers) {
        let conn = demo.db.lock().map_err(ApiFailure::internal)?;
        conn.execute(
            "INSERT OR IGNORE INTO revoked_access(jti, expires_at) VALUES (?1, ?2)",
            params![claims.jti, claims.exp as i64],
        )?;
    }
    Ok(Json(json!({ "status": true })))
}

/// `POST /revoke` with `refresh_token` (or a valid access token): invalidates them.
pub async fn revoke(State(demo): State<DemoState>, headers: HeaderMap, body: Bytes) -> Reply {
    let fields = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let token = str_field(&fields, "refresh_token");
    if !token.is_empty() {
        conn.execute(
            "UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?1",
            params![sha256_hex(token)],
        )?;
    }
    if let Some(claims) = bearer_claims(&demo, &headers) {
        conn.execute(
            "INSERT OR IGNORE INTO revoked_access(jti, expires_at) VALUES (?1, ?2)",
            params![claims.jti, claims.exp as i64],
        )?;
    }
    Ok(Json(json!({ "status": true })))
}

/// `POST /password/forgot`: always answers the same way, so it cannot reveal who has an account.
pub async fn forgot_password(headers: HeaderMap, body: Bytes) -> Reply {
    let fields = body_fields(&headers, &body);
    if !str_field(&fields, "email").contains('@') {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Please enter a valid e-mail address",
        ));
    }
    Ok(Json(
        json!({ "success": true, "info": ["If the address is registered, a reset link has been sent."] }),
    ))
}

/// The client a public call is made by, when it carries a valid bearer token (public calls
/// answer a signed-in client in its own currency).
pub fn signed_in_client(demo: &Demo, headers: &HeaderMap) -> Option<i64> {
    bearer_claims(demo, headers)?.sub.parse().ok()
}

fn bearer_claims(demo: &Demo, headers: &HeaderMap) -> Option<Claims> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    jsonwebtoken::decode::<Claims>(token, &demo.auth.decoding, &validation)
        .ok()
        .map(|d| d.claims)
}

/// The client of a bearer token for the Kdata dialect, or the wrapper's word for why not
/// (`"token expired"` or `"token invalid"`; a revoked token is invalid).
pub fn kdata_client(demo: &Demo, headers: &HeaderMap) -> Result<i64, &'static str> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or("token invalid")?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    let claims = match jsonwebtoken::decode::<Claims>(token, &demo.auth.decoding, &validation) {
        Ok(d) => d.claims,
        Err(e) if matches!(e.kind(), jsonwebtoken::errors::ErrorKind::ExpiredSignature) => {
            return Err("token expired");
        }
        Err(_) => return Err("token invalid"),
    };
    let conn = demo.db.lock().map_err(|_| "token invalid")?;
    let revoked: Option<String> = conn
        .query_row(
            "SELECT jti FROM revoked_access WHERE jti = ?1",
            params![claims.jti],
            |r| r.get(0),
        )
        .optional()
        .map_err(|_| "token invalid")?;
    if revoked.is_some() {
        return Err("token invalid");
    }
    claims.sub.parse().map_err(|_| "token invalid")
}

/// The authenticated client of a request.
pub struct ClientId(pub i64);

impl FromRequestParts<DemoState> for ClientId {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        demo: &DemoState,
    ) -> Result<Self, Self::Rejection> {
        let claims = bearer_claims(demo, &parts.headers).ok_or_else(ApiFailure::unauthorized)?;
        let conn = demo.db.lock().map_err(ApiFailure::internal)?;
        let revoked: Option<String> = conn
            .query_row(
                "SELECT jti FROM revoked_access WHERE jti = ?1",
                params![claims.jti],
                |r| r.get(0),
            )
            .optional()?;
        if revoked.is_some() {
            return Err(ApiFailure::unauthorized());
        }
        claims
            .sub
            .parse()
            .map(ClientId)
            .map_err(|_| ApiFailure::unauthorized())
    }
}

/// The sign-in (refresh-token family) of an authenticated request.
pub struct SessionFamily(pub String);

impl FromRequestParts<DemoState> for SessionFamily {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        demo: &DemoState,
    ) -> Result<Self, Self::Rejection> {
        let claims = bearer_claims(demo, &parts.headers).ok_or_else(ApiFailure::unauthorized)?;
        Ok(SessionFamily(claims.fam))
    }
}
