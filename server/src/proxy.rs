//! `--upstream`: forwards `/api/*` to a real portal so the browser talks to one origin (no CORS
//! changes on the portal). What the portal answers is served from Atrium's own origin, where the
//! tokens are kept, so the proxy never lets it become a page that runs: every answer gets a CSP
//! that forbids scripts and framing and sandboxes it, `nosniff`, and HTML (or anything else a
//! browser would render with script) is sent as an attachment. Paths are checked before they are
//! joined (no dot segments or encoded slashes reach the portal), redirects are handed back, never
//! followed, and the forwarding headers are the proxy's own. Hop-by-hop headers are dropped;
//! `Authorization` passes through and is never logged; the portal's cookies lose any `Domain`
//! attribute so the browser keeps them for Atrium's origin (BoxBilling's cart lives in its
//! session).

use crate::headers::API_CSP;
use crate::limits::MAX_BODY_BYTES;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use std::time::Duration;

/// The portal must answer (headers) within this.
pub const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(30);
/// Connecting to the portal.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The browser must finish sending a request body within this.
const BODY_READ_TIMEOUT: Duration = Duration::from_secs(15);

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

/// Headers a client may not set for the portal: the proxy says who is asking, not the browser
/// (a portal that trusts them for throttling or logs would otherwise believe anyone).
const FORWARDING: [&str; 6] = [
    "forwarded",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-forwarded-proto",
    "x-real-ip",
    "client-ip",
];

/// Router that forwards everything below it to `base`; an error when no HTTP client can be made
/// (the system's TLS set-up is unusable).
pub fn router(base: String) -> Result<Router, String> {
    router_with_timeout(base, UPSTREAM_TIMEOUT)
}

/// [`router`] with another deadline for the portal's answer (tests).
fn router_with_timeout(base: String, timeout: Duration) -> Result<Router, String> {
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(CONNECT_TIMEOUT)
        // A redirect is the portal's answer to the browser; following it here would fetch
        // whatever it names (another local service) and serve it from Atrium's origin.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
    let state = Arc::new(Upstream {
        base: base.trim_end_matches('/').to_string(),
        client,
    });
    Ok(Router::new().fallback(forward).with_state(state))
}

/// Why a path is not forwarded.
#[derive(Debug, PartialEq, Eq)]
pub enum BadPath {
    /// A `.` or `..` segment, written plainly or percent-encoded.
    DotSegment,
    /// An encoded `/` or `\`, a raw `\`, or an encoded NUL: ways to make the portal's router see
    /// other segments than this check did.
    EncodedSeparator,
}

/// Checks a request path (below `/api`) before it is joined to the portal's base. The path is
/// forwarded exactly as sent when it passes; nothing is rewritten, so what was checked is what
/// the portal sees.
pub fn check_path(path: &str) -> Result<(), BadPath> {
    let lower = path.to_ascii_lowercase();
    if lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
        || path.contains('\\')
    {
        return Err(BadPath::EncodedSeparator);
    }
    for segment in path.split('/') {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        if decoded == "." || decoded == ".." {
            return Err(BadPath::DotSegment);
        }
    }
    Ok(())
}

/// The headers sent to the portal: the browser's, less hop-by-hop ones, those the `Connection`
/// header names, and any forwarding claims; plus the proxy's own `X-Forwarded-For` and
/// `Forwarded` naming the peer it sees.
fn upstream_headers(incoming: &HeaderMap, peer: Option<std::net::SocketAddr>) -> HeaderMap {
    let named_by_connection: Vec<String> = incoming
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = HeaderMap::new();
    for (name, value) in incoming {
        let n = name.as_str();
        if n == "host"
            || HOP_BY_HOP.contains(&n)
            || FORWARDING.contains(&n)
            || named_by_connection.iter().any(|c| c == n)
        {
            continue;
        }
        out.append(name.clone(), value.clone());
    }
    if let Some(peer) = peer {
        let ip = peer.ip();
        if let Ok(v) = HeaderValue::from_str(&ip.to_string()) {
            out.insert(HeaderName::from_static("x-forwarded-for"), v);
        }
        let node = match ip {
            std::net::IpAddr::V4(v4) => v4.to_string(),
            std::net::IpAddr::V6(v6) => format!("\"[{v6}]\""),
        };
        if let Ok(v) = HeaderValue::from_str(&format!("for={node}")) {
            out.insert(header::FORWARDED, v);
        }
    }
    out
}

/// Whether a browser opening this content type could run script in it.
fn renders_as_document(content_type: Option<&HeaderValue>) -> bool {
    let Some(ct) = content_type.and_then(|v| v.to_str().ok()) else {
        // No type: a browser sniffs (nosniff aside), so it goes as a download too.
        return true;
    };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "text/html"
            | "application/xhtml+xml"
            | "image/svg+xml"
            | "text/xml"
            | "application/xml"
            | "text/xsl"
    )
}

async fn forward(State(up): State<Arc<Upstream>>, req: Request) -> Response {
    if check_path(req.uri().path()).is_err() {
        return refuse(StatusCode::BAD_REQUEST, "This address is not allowed.");
    }
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
    let headers = upstream_headers(req.headers(), crate::serve::peer(req.extensions()));
    let body = match tokio::time::timeout(
        BODY_READ_TIMEOUT,
        axum::body::to_bytes(req.into_body(), MAX_BODY_BYTES),
    )
    .await
    {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => return refuse(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large."),
        Err(_) => {
            return refuse(
                StatusCode::REQUEST_TIMEOUT,
                "The request was not sent in time.",
            );
        }
    };
    let resp = match up
        .client
        .request(method, &url)
        .headers(headers)
        .body(body)
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => {
            let status = if e.is_timeout() {
                StatusCode::GATEWAY_TIMEOUT
            } else {
                StatusCode::BAD_GATEWAY
            };
            return refuse(status, "The billing portal could not be reached.");
        }
    };
    let attachment = renders_as_document(resp.headers().get(header::CONTENT_TYPE));
    let mut builder = Response::builder().status(resp.status().as_u16());
    for (name, value) in resp.headers() {
        let n = name.as_str();
        if HOP_BY_HOP.contains(&n)
            || n == "content-security-policy"
            || n == "content-security-policy-report-only"
            || n == "content-disposition"
        {
            continue;
        }
        let Ok(n) = HeaderName::from_bytes(n.as_bytes()) else {
            continue;
        };
        builder = match (n == header::SET_COOKIE, value.to_str()) {
            (true, Ok(cookie)) => builder.header(n, same_origin_cookie(cookie)),
            _ => builder.header(n, value.as_bytes()),
        };
    }
    builder = builder
        .header(header::CONTENT_SECURITY_POLICY, API_CSP)
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if attachment {
        builder = builder.header(header::CONTENT_DISPOSITION, "attachment");
    } else if let Some(cd) = resp.headers().get(header::CONTENT_DISPOSITION) {
        builder = builder.header(header::CONTENT_DISPOSITION, cd.as_bytes());
    }
    builder
        .body(Body::from_stream(resp.bytes_stream()))
        .unwrap_or_else(|_| StatusCode::BAD_GATEWAY.into_response())
}

/// An answer of the proxy's own, in HostBill's error envelope.
fn refuse(status: StatusCode, message: &str) -> Response {
    (
        status,
        axum::Json(serde_json::json!({ "error": [message] })),
    )
        .into_response()
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
    use super::{BadPath, check_path, router, router_with_timeout};
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::response::IntoResponse;
    use axum::routing::any;
    use axum::{Json, Router};
    use serde_json::{Value, json};
    use std::sync::{Arc, Mutex};
    use tower::ServiceExt;

    /// A stand-in portal on a loopback port that echoes what it received, and a few answers a
    /// hostile or broken portal could give: `/api/page` (HTML with a script and a lax CSP of its
    /// own), `/api/redirect` (302 elsewhere), `/api/slow` (answers after 2 s). Every path it was
    /// asked for is recorded in `seen`.
    async fn fake_portal() -> (String, Arc<Mutex<Vec<String>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let echo = any(move |req: axum::extract::Request| async move {
            log.lock().unwrap().push(req.uri().path().to_string());
            match req.uri().path() {
                "/api/page" => {
                    return (
                        StatusCode::OK,
                        [
                            ("content-type", "text/html; charset=utf-8"),
                            ("content-security-policy", "script-src 'unsafe-inline'"),
                        ],
                        "<script>localStorage.getItem('atrium.session')</script>",
                    )
                        .into_response();
                }
                "/api/redirect" => {
                    return (
                        StatusCode::FOUND,
                        [("location", "http://127.0.0.1:9/internal-secret")],
                        "",
                    )
                        .into_response();
                }
                "/api/slow" => {
                    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                    return "late".into_response();
                }
                _ => {}
            }
            let (parts, body) = req.into_parts();
            let headers: serde_json::Map<String, Value> = parts
                .headers
                .iter()
                .map(|(k, v)| (k.to_string(), json!(v.to_str().unwrap_or(""))))
                .collect();
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
                    "headers": headers,
                })),
            )
                .into_response()
        });
        let app = Router::new().route("/api/{*rest}", echo);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (format!("http://{addr}/api"), seen)
    }

    async fn json_of(resp: axum::response::Response) -> Value {
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn a_portal_page_cannot_run_script_on_atriums_origin() {
        let (base, _) = fake_portal().await;
        let resp = router(base)
            .unwrap()
            .oneshot(Request::get("/page").body(Body::empty()).unwrap())
            .await
            .unwrap();
        let h = resp.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'none'"), "{csp}");
        assert!(csp.contains("sandbox"), "{csp}");
        assert!(
            !csp.contains("unsafe-inline"),
            "the portal's own CSP is replaced: {csp}"
        );
        assert_eq!(h.get_all("content-security-policy").iter().count(), 1);
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["content-disposition"], "attachment");
    }

    #[tokio::test]
    async fn json_answers_are_not_attachments_but_are_sandboxed() {
        let (base, _) = fake_portal().await;
        let resp = router(base)
            .unwrap()
            .oneshot(Request::get("/balance").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert!(resp.headers().get("content-disposition").is_none());
        assert!(
            resp.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
    }

    #[test]
    fn paths_with_dot_segments_or_encoded_separators_are_refused() {
        for bad in [
            "/../../etc/x",
            "/a/./b",
            "/%2e%2e/etc",
            "/%2E%2e/etc",
            "/.%2e/x",
            "/a/..",
        ] {
            assert_eq!(check_path(bad), Err(BadPath::DotSegment), "{bad}");
        }
        for bad in ["/a%2f..%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00"] {
            assert_eq!(check_path(bad), Err(BadPath::EncodedSeparator), "{bad}");
        }
        for good in [
            "/invoice/7",
            "/service/1/vms/2",
            "/a..b/c",
            "/.well",
            "/dns/a.example.com",
        ] {
            assert_eq!(check_path(good), Ok(()), "{good}");
        }
    }

    #[tokio::test]
    async fn dot_segments_never_reach_the_portal() {
        let (base, seen) = fake_portal().await;
        let proxy = router(base).unwrap();
        for path in ["/../../etc/x", "/%2e%2e/%2e%2e/etc/x", "/a%2f..%2f..%2fetc"] {
            let resp = proxy
                .clone()
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(resp.status(), StatusCode::BAD_REQUEST, "{path}");
        }
        assert!(
            seen.lock().unwrap().is_empty(),
            "{:?}",
            seen.lock().unwrap()
        );
    }

    #[tokio::test]
    async fn redirects_are_handed_back_not_followed() {
        let (base, _) = fake_portal().await;
        let resp = router(base)
            .unwrap()
            .oneshot(Request::get("/redirect").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::FOUND);
        assert_eq!(
            resp.headers()["location"],
            "http://127.0.0.1:9/internal-secret"
        );
    }

    #[tokio::test]
    async fn forwarding_headers_are_the_proxys_own() {
        let (base, _) = fake_portal().await;
        let mut req = Request::get("/details")
            .header("x-forwarded-for", "6.6.6.6")
            .header("forwarded", "for=6.6.6.6")
            .header("x-real-ip", "6.6.6.6")
            .header("connection", "close, x-secret-hop")
            .header("x-secret-hop", "1")
            .header("x-kept", "yes")
            .body(Body::empty())
            .unwrap();
        req.extensions_mut().insert(axum::extract::ConnectInfo(
            "203.0.113.7:5555".parse::<std::net::SocketAddr>().unwrap(),
        ));
        let v = json_of(router(base).unwrap().oneshot(req).await.unwrap()).await;
        let h = &v["headers"];
        assert_eq!(h["x-forwarded-for"], "203.0.113.7");
        assert_eq!(h["forwarded"], "for=203.0.113.7");
        assert!(h.get("x-real-ip").is_none(), "{h}");
        assert!(h.get("x-secret-hop").is_none(), "named in Connection: {h}");
        assert_eq!(h["x-kept"], "yes");
    }

    #[tokio::test]
    async fn a_portal_that_hangs_is_a_504() {
        let (base, _) = fake_portal().await;
        let resp = router_with_timeout(base, std::time::Duration::from_millis(300))
            .unwrap()
            .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::GATEWAY_TIMEOUT);
    }

    #[tokio::test]
    async fn forwards_method_path_query_body_and_bearer() {
        let proxy = router(fake_portal().await.0).unwrap();
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
        let proxy = router(fake_portal().await.0).unwrap();
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
        let proxy = router("http://127.0.0.1:9/api".into()).unwrap();
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
