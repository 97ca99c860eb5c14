//! `--upstream`: forwards `/api/*` to a real portal so the browser talks to one origin (no CORS
//! changes on the portal). Hop-by-hop headers are dropped; `Authorization` passes through and is
//! never logged; the portal's cookies lose any `Domain` attribute so the browser keeps them for
//! Atrium's origin (BoxBilling's cart lives in its session).

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

struct Upstream {
    base: String,
    client: reqwest::Client,
}

const HOP_BY_HOP: [&str; 8] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Router that forwards everything below it to `base`.
pub fn router(base: String) -> Router {
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .expect("HTTP client");
    let state = Arc::new(Upstream {
        base: base.trim_end_matches('/').to_string(),
        client,
    });
    Router::new().fallback(forward).with_state(state)
}

async fn forward(State(up): State<Arc<Upstream>>, req: Request) -> Response {
    let path_q = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    let url = format!("{}{}", up.base, path_q);
    let method = match reqwest::Method::from_bytes(req.method().as_str().as_bytes()) {
        Ok(m) => m,
        Err(_) => return StatusCode::METHOD_NOT_ALLOWED.into_response(),
    };
    let mut out = up.client.request(method, &url);
    for (name, value) in req.headers() {
        let n = name.as_str();
        if n == "host" || HOP_BY_HOP.contains(&n) {
            continue;
        }
        out = out.header(n, value.as_bytes());
    }
    let body = match axum::body::to_bytes(req.into_body(), 16 * 1024 * 1024).await {
        Ok(b) => b,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let resp = match out.body(body).send().await {
        Ok(r) => r,
        Err(e) => {
            let status = if e.is_timeout() {
                StatusCode::GATEWAY_TIMEOUT
            } else {
                StatusCode::BAD_GATEWAY
            };
            let body = serde_json::json!({ "error": ["The billing portal could not be reached."] });
            return (status, axum::Json(body)).into_response();
        }
    };
    let mut builder = Response::builder().status(resp.status().as_u16());
    for (name, value) in resp.headers() {
        if HOP_BY_HOP.contains(&name.as_str()) {
            continue;
        }
        let Ok(n) = HeaderName::from_bytes(name.as_str().as_bytes()) else {
            continue;
        };
        builder = match (n == axum::http::header::SET_COOKIE, value.to_str()) {
            (true, Ok(cookie)) => builder.header(n, same_origin_cookie(cookie)),
            _ => builder.header(n, value.as_bytes()),
        };
    }
    builder
        .body(Body::from_stream(resp.bytes_stream()))
        .unwrap_or_else(|_| StatusCode::BAD_GATEWAY.into_response())
}

/// A portal's cookie (BoxBilling's session, which holds its cart) as the browser should keep it
/// for Atrium's own origin: a `Domain` attribute naming the portal's host would make the browser
/// drop it, so it goes; everything else is kept.
fn same_origin_cookie(cookie: &str) -> String {
    cookie
        .split(';')
        .filter(|part| {
            !part
                .trim_start()
                .get(..7)
                .is_some_and(|k| k.eq_ignore_ascii_case("domain="))
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::routing::any;
    use axum::{Json, Router};
    use serde_json::{Value, json};
    use tower::ServiceExt;

    /// A stand-in portal on a loopback port that echoes what it received.
    async fn fake_portal() -> String {
        let echo = any(|req: axum::extract::Request| async move {
            let (parts, body) = req.into_parts();
            let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
            let auth = parts
                .headers
                .get("authorization")
                .map(|v| v.to_str().unwrap().to_string());
            let cookie = parts
                .headers
                .get("cookie")
                .map(|v| v.to_str().unwrap().to_string());
            (
                StatusCode::CREATED,
                [(
                    "set-cookie",
                    "PHPSESSID=s1; path=/; Domain=billing.example.com; HttpOnly",
                )],
                Json(json!({
                    "method": parts.method.as_str(),
                    "uri": parts.uri.to_string(),
                    "auth": auth,
                    "cookie": cookie,
                    "body": String::from_utf8_lossy(&body),
                })),
            )
        });
        let app = Router::new().route("/api/{*rest}", echo);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{addr}/api")
    }

    #[tokio::test]
    async fn forwards_method_path_query_body_and_bearer() {
        let proxy = router(fake_portal().await);
        let req = Request::builder()
            .method("POST")
            .uri("/invoice/7/credit?x=1")
            .header("authorization", "Bearer abc")
            .header("content-type", "application/json")
            .body(Body::from(r#"{"amount":"1.50"}"#))
            .unwrap();
        let resp = proxy.oneshot(req).await.unwrap();
        assert_eq!(resp.status(), StatusCode::CREATED);
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["method"], "POST");
        assert_eq!(v["uri"], "/api/invoice/7/credit?x=1");
        assert_eq!(v["auth"], "Bearer abc");
        assert_eq!(v["body"], r#"{"amount":"1.50"}"#);
    }

    #[tokio::test]
    async fn the_portals_session_cookie_is_kept_for_atriums_origin_and_sent_back() {
        let proxy = router(fake_portal().await);
        let req = Request::builder()
            .method("POST")
            .uri("/guest/cart/get")
            .header("cookie", "PHPSESSID=s1")
            .body(Body::empty())
            .unwrap();
        let resp = proxy.oneshot(req).await.unwrap();
        let set = resp.headers()["set-cookie"].to_str().unwrap().to_string();
        assert_eq!(
            set, "PHPSESSID=s1; path=/; HttpOnly",
            "no Domain of the portal's host"
        );
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["cookie"], "PHPSESSID=s1");
    }

    #[tokio::test]
    async fn an_unreachable_portal_is_a_502_in_hostbill_shape() {
        // Port 9 on loopback: nothing listens there.
        let proxy = router("http://127.0.0.1:9/api".into());
        let resp = proxy
            .oneshot(
                Request::builder()
                    .uri("/balance")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::BAD_GATEWAY);
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert!(
            v["error"][0]
                .as_str()
                .unwrap()
                .contains("could not be reached")
        );
    }
}
