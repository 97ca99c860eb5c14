//! Fault injection for tests: `POST /api/__demo/faults` queues a fault for a path (answered the
//! next `times` matching requests), `DELETE` clears them. Kinds: `status` (any code, with a
//! HostBill error body), `malformed` (invalid JSON), `truncated` (a cut-off body), `html` (an
//! error page), `latency` (delay then answer normally), `rate_limit` (429 with Retry-After),
//! `lost` (done, answer lost), `token_expired` (refused as expired, in the dialect's words).

use super::DemoState;
use axum::Json;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::Deserialize;
use serde_json::json;
use std::sync::Mutex;
use std::time::Duration;

/// The fault routes, only when the demo was started with `--test-faults`.
pub fn routes(enabled: bool) -> Router<DemoState> {
    if enabled {
        Router::new().route("/__demo/faults", post(queue).delete(clear))
    } else {
        Router::new()
    }
}

/// One queued fault.
#[derive(Clone, Debug, Deserialize)]
pub struct Fault {
    /// Path below `/api`, exact (`/balance`).
    pub path: String,
    /// Only requests of this method (`POST`), where a path answers several; any when absent.
    #[serde(default)]
    pub method: Option<String>,
    /// What to do.
    pub kind: FaultKind,
    /// How many requests it applies to (default 1).
    #[serde(default = "one")]
    pub times: u32,
    /// Status for `status`, delay in ms for `latency`, seconds for `rate_limit`.
    #[serde(default)]
    pub value: u64,
}

fn one() -> u32 {
    1
}

/// Kinds of fault.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer with this HTTP status and an error envelope.
    Status,
    /// Invalid JSON with 200.
    Malformed,
    /// A body cut in the middle, with 200.
    Truncated,
    /// An HTML error page with 502.
    Html,
    /// Wait `value` ms, then answer normally.
    Latency,
    /// 429 with `Retry-After: value`.
    RateLimit,
    /// The request is carried out, then its answer is lost: a 502 page, as from a proxy that
    /// gave up waiting. Tests that the app finds out what happened instead of sending it again.
    Lost,
    /// The token is refused as expired, in the dialect's words (Kdata: HTTP 200
    /// `{"error": "token expired"}`; BoxBilling: HTTP 200 with error code 201; HostBill: a 401),
    /// without carrying out the request.
    TokenExpired,
}

/// The queue.
#[derive(Default)]
pub struct Faults(Mutex<Vec<Fault>>);

impl Faults {
    fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut q = self.0.lock().ok()?;
        let i = q.iter().position(|f| {
            f.path == path
                && f.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        let fault = q[i].clone();
        if q[i].times <= 1 {
            q.remove(i);
        } else {
            q[i].times -= 1;
        }
        Some(fault)
    }
}

/// `POST /__demo/faults`.
pub async fn queue(State(demo): State<DemoState>, Json(fault): Json<Fault>) -> impl IntoResponse {
    if let Ok(mut q) = demo.faults.0.lock() {
        q.push(fault);
    }
    Json(json!({ "success": true }))
}

/// `DELETE /__demo/faults`.
pub async fn clear(State(demo): State<DemoState>) -> impl IntoResponse {
    if let Ok(mut q) = demo.faults.0.lock() {
        q.clear();
    }
    Json(json!({ "success": true }))
}

/// Middleware applying the next queued fault for the request's path.
pub async fn inject(State(demo): State<DemoState>, req: Request, next: Next) -> Response {
    let Some(fault) = demo.faults.take(req.method().as_str(), req.uri().path()) else {
        return next.run(req).await;
    };
    let json_response = |status: StatusCode, body: &'static str| {
        Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .unwrap_or_default()
    };
    match fault.kind {
        FaultKind::Latency => {
            tokio::time::sleep(Duration::from_millis(fault.value)).await;
            next.run(req).await
        }
        FaultKind::Status => {
            let status = StatusCode::from_u16(fault.value as u16)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, Json(json!({ "error": ["Injected failure"] }))).into_response()
        }
        FaultKind::Malformed => {
            json_response(StatusCode::OK, "{\"details\": {\"currency\": USD,,}")
        }
        FaultKind::Truncated => {
            json_response(StatusCode::OK, "{\"invoices\": [{\"id\": \"1\", \"tot")
        }
        FaultKind::Html => Response::builder()
            .status(StatusCode::BAD_GATEWAY)
            .header(header::CONTENT_TYPE, "text/html")
            .body(Body::from(
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
            ))
            .unwrap_or_default(),
        FaultKind::Lost => {
            let _done = next.run(req).await;
            Response::builder()
                .status(StatusCode::BAD_GATEWAY)
                .header(header::CONTENT_TYPE, "text/html")
                .body(Body::from(
                    "<html><body><h1>502 Bad Gateway</h1></body></html>",
                ))
                .unwrap_or_default()
        }
        FaultKind::TokenExpired if demo.dialect == super::DemoDialect::Kdata => {
            json_response(StatusCode::OK, "{\"error\": \"token expired\"}")
        }
        FaultKind::TokenExpired if demo.dialect == super::DemoDialect::Boxbilling => json_response(
            StatusCode::OK,
            "{\"result\": null, \"error\": {\"message\": \"Client is not logged in\", \"code\": 201}}",
        ),
        FaultKind::TokenExpired => json_response(
            StatusCode::UNAUTHORIZED,
            "{\"error\": [\"Invalid or expired token\"]}",
        ),
        FaultKind::RateLimit => Response::builder()
            .status(StatusCode::TOO_MANY_REQUESTS)
            .header(header::RETRY_AFTER, fault.value.max(1).to_string())
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{\"error\":[\"Too many requests\"]}"))
            .unwrap_or_default(),
    }
}
