//! FOSSBilling's CSRF token, handed to the app on sign-in.
//!
//! With `CSRFPrevention` on (FOSSBilling's default), a client call authenticated by the session
//! cookie must carry `CSRFToken` = md5 of the PHP session id (`_checkCSRFToken` in FOSSBilling
//! 0.6.22's `modules/Api/Controller/Client.php`). FOSSBilling's own pages print it in
//! `<meta name="csrf-token">`; the session cookie itself is HttpOnly, so Atrium's script cannot
//! work it out. Atrium needs the cookie session for two calls only, right after signing in: to
//! read (or create) the customer's API key, which it uses from then on.
//!
//! So when a sign-in answer (`/guest/client/login`) sets `PHPSESSID`, atrium-server adds the
//! token to that answer as `X-Atrium-Csrf-Token`. Only the page that sent the password reads it
//! (same origin; no CORS is offered), exactly like the meta tag on FOSSBilling's own pages:
//! FOSSBilling's protection against other sites is untouched.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use md5::{Digest, Md5};

/// The header carrying the token to the app.
pub const HEADER: &str = "x-atrium-csrf-token";

/// Adds the token to a sign-in answer that sets FOSSBilling's session cookie.
pub async fn hand_over(req: Request, next: Next) -> Response {
    let sign_in = req.uri().path().ends_with("/guest/client/login");
    let mut resp = next.run(req).await;
    if !sign_in {
        return resp;
    }
    let session = resp
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| {
            let pair = c.split(';').next()?.trim();
            pair.strip_prefix("PHPSESSID=").map(str::to_string)
        });
    if let Some(token) = session
        .filter(|s| !s.is_empty())
        .and_then(|s| HeaderValue::from_str(&token_of(&s)).ok())
    {
        resp.headers_mut().insert(HEADER, token);
    }
    resp
}

/// md5 of the session id, in lower-case hex (PHP's `hash('md5', session_id())`).
pub fn token_of(session_id: &str) -> String {
    Md5::digest(session_id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::routing::post;
    use tower::ServiceExt;

    fn portal() -> Router {
        Router::new()
            .route(
                "/guest/client/login",
                post(|| async {
                    (
                        [(
                            header::SET_COOKIE,
                            "PHPSESSID=4v4k6tjdd4c4le78a3b6r7thg3; path=/; HttpOnly",
                        )],
                        "{}",
                    )
                }),
            )
            .route(
                "/client/profile/get",
                post(|| async { ([(header::SET_COOKIE, "PHPSESSID=abc; path=/")], "{}") }),
            )
            .layer(axum::middleware::from_fn(hand_over))
    }

    async fn token(path: &str) -> Option<String> {
        let req = Request::post(path).body(Body::empty()).unwrap();
        let resp = portal().oneshot(req).await.unwrap();
        resp.headers()
            .get(HEADER)
            .map(|v| v.to_str().unwrap().to_string())
    }

    #[tokio::test]
    async fn a_sign_in_answer_carries_the_md5_of_its_session_id_and_nothing_else_does() {
        // md5("4v4k6tjdd4c4le78a3b6r7thg3"), as PHP's hash('md5', ...) writes it.
        assert_eq!(
            token("/guest/client/login").await.as_deref(),
            Some(token_of("4v4k6tjdd4c4le78a3b6r7thg3").as_str())
        );
        assert_eq!(token_of("abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(token("/client/profile/get").await, None);
    }
}
