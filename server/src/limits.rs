//! Limits under abuse for everything under `/api`: a cap on requests in flight (answered at once
//! with 503 and `Retry-After`, never queued without end) and a cap on request bodies far below
//! anything a client area sends (the largest is a zone file import or a ticket message).

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Requests under `/api` in flight at once, over every client.
pub const MAX_IN_FLIGHT: usize = 256;

/// The largest request body accepted under `/api`.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Wraps an API router in the limits.
pub fn apply(router: Router, max_in_flight: usize) -> Router {
    let permits = Arc::new(Semaphore::new(max_in_flight));
    router
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(permits, cap_in_flight))
}

async fn cap_in_flight(
    State(permits): State<Arc<Semaphore>>,
    req: Request,
    next: Next,
) -> Response {
    let too_large = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|n| n > MAX_BODY_BYTES as u64);
    if too_large {
        return busy(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.");
    }
    let Ok(_permit) = permits.try_acquire_owned() else {
        return busy(
            StatusCode::SERVICE_UNAVAILABLE,
            "The client area is busy. Please try again in a moment.",
        );
    };
    next.run(req).await
}

/// An error in HostBill's envelope (the app decodes any dialect's 413/503 by status).
fn busy(status: StatusCode, message: &str) -> Response {
    let mut resp = (
        status,
        axum::Json(serde_json::json!({ "error": [message] })),
    )
        .into_response();
    resp.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::routing::post;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_request_over_the_cap_is_refused_at_once() {
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let rx = Arc::new(tokio::sync::Mutex::new(Some(rx)));
        let app = apply(
            Router::new().route(
                "/slow",
                post(move || {
                    let rx = rx.clone();
                    async move {
                        if let Some(rx) = rx.lock().await.take() {
                            let _ = rx.await;
                        }
                        "done"
                    }
                }),
            ),
            1,
        );
        let first = tokio::spawn(
            app.clone()
                .oneshot(Request::post("/slow").body(Body::empty()).unwrap()),
        );
        tokio::task::yield_now().await;
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let second = app
            .clone()
            .oneshot(Request::post("/slow").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(second.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(second.headers()[header::RETRY_AFTER], "1");
        tx.send(()).unwrap();
        assert_eq!(first.await.unwrap().unwrap().status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn a_large_body_is_refused() {
        let app = apply(
            Router::new().route(
                "/x",
                post(|b: axum::body::Bytes| async move { b.len().to_string() }),
            ),
            8,
        );
        let big = vec![b'a'; MAX_BODY_BYTES + 1];
        let resp = app
            .clone()
            .oneshot(Request::post("/x").body(Body::from(big.clone())).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
        // Without a Content-Length (chunked), the extractor's limit still holds.
        let stream = futures::stream::iter(vec![Ok::<_, std::io::Error>(big)]);
        let resp = app
            .oneshot(Request::post("/x").body(Body::from_stream(stream)).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    }
}
