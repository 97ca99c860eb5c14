//! The accept loop. `axum::serve` gives hyper no timer, so hyper's header-read timeout never
//! fires and a client that sends half a header holds a connection (and a task) for as long as it
//! likes. This loop is axum's with the limits a public server needs: a header-read timeout, the
//! peer's address in every request (`ConnectInfo`, for `X-Forwarded-For` and login throttling),
//! and a graceful shutdown that lets answers in flight finish.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// A client has this long to send a request's whole header block.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long answers in flight may take to finish after a shutdown was asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `shutdown` completes.
pub async fn serve(listener: TcpListener, app: Router, shutdown: impl Future<Output = ()>) {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(Duration::from_secs(30)));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment instead of spinning.
                    eprintln!("atrium-server: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<_>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(req.map(axum::body::Body::new))
        });
        let conn = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A client that goes away or times out ends its connection; nothing to report.
            let _ = conn.await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
}

/// The peer's address of a request served by [`serve`], from its extensions (none in unit tests
/// that call a router directly).
pub fn peer(extensions: &axum::http::Extensions) -> Option<SocketAddr> {
    extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn start() -> SocketAddr {
        let app = Router::new().route(
            "/",
            axum::routing::get(|req: axum::extract::Request| async move {
                peer(req.extensions())
                    .map(|p| p.ip().to_string())
                    .unwrap_or_default()
            }),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, app, std::future::pending()));
        addr
    }

    #[tokio::test]
    async fn answers_and_knows_the_peer() {
        let addr = start().await;
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).await.unwrap();
        assert!(out.starts_with("HTTP/1.1 200"), "{out}");
        assert!(
            out.ends_with("127.0.0.1"),
            "the peer reaches the handler: {out}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_half_sent_header_is_cut_off() {
        let addr = start().await;
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nhost: x\r\n").await.unwrap();
        // Paused time moves on by itself while every task waits: the timeout is what ends this.
        let mut out = Vec::new();
        let read = tokio::time::timeout(
            HEADER_READ_TIMEOUT + Duration::from_secs(5),
            s.read_to_end(&mut out),
        )
        .await;
        assert!(
            read.is_ok(),
            "the server closed the connection within the header-read timeout"
        );
        let text = String::from_utf8_lossy(&out);
        assert!(!text.contains("200 OK"), "{text}");
    }
}
