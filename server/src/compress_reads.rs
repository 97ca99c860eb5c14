//! Compression of the API's read answers (brotli or gzip, as the browser accepts): an invoice list
//! is JSON that shrinks to a fifth, and every page reads several.
//!
//! Only answers to `GET` are compressed. The answers that carry secrets (the sign-in and refresh
//! answers with their tokens, BoxBilling's API key) answer `POST`s, and compressing a secret in the
//! same body as text an attacker can make the page send is what BREACH measures; reads carry the
//! customer's records but no credential. An answer the portal already compressed, or one too
//! small to gain, is passed as it is (tower-http's default rules).

use axum::Router;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};

/// Marks an answer as one to a read.
#[derive(Clone, Copy, Debug)]
struct ReadAnswer;

async fn mark_reads(request: Request, next: Next) -> Response {
    let read = request.method() == Method::GET;
    let mut response = next.run(request).await;
    if read {
        response.extensions_mut().insert(ReadAnswer);
    }
    response
}

/// Compresses what tower-http would, when it answers a read.
#[derive(Clone, Copy, Debug)]
struct OnlyReads;

impl Predicate for OnlyReads {
    fn should_compress<B>(&self, response: &axum::http::Response<B>) -> bool
    where
        B: axum::body::HttpBody,
    {
        response.extensions().get::<ReadAnswer>().is_some()
            && DefaultPredicate::new().should_compress(response)
    }
}

/// `router` with its read answers compressed.
pub fn apply(router: Router) -> Router {
    router
        .layer(axum::middleware::from_fn(mark_reads))
        .layer(CompressionLayer::new().compress_when(OnlyReads))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    fn app() -> Router {
        let big = "{\"invoices\": [".to_string()
            + &"{\"id\": 1, \"total\": \"9.00\"},".repeat(200)
            + "{}]}";
        let answer = move || {
            let big = big.clone();
            async move { ([("content-type", "application/json")], big) }
        };
        apply(Router::new().route("/invoice", get(answer.clone()).post(answer)))
    }

    async fn call(method: Method, encoding: &str) -> Response {
        app()
            .oneshot(
                Request::builder()
                    .method(method)
                    .uri("/invoice")
                    .header("accept-encoding", encoding)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn reads_are_compressed_and_writes_never() {
        let read = call(Method::GET, "br, gzip").await;
        assert_eq!(read.headers()["content-encoding"], "br");
        let gz = call(Method::GET, "gzip").await;
        assert_eq!(gz.headers()["content-encoding"], "gzip");
        // A POST answer may hold a token next to text the page sent: never compressed.
        let write = call(Method::POST, "br, gzip").await;
        assert!(write.headers().get("content-encoding").is_none());
        let plain = call(Method::GET, "identity").await;
        assert!(plain.headers().get("content-encoding").is_none());
    }
}
