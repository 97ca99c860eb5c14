//! atrium-server: serves the built Atrium app (`dist/`) with strict security headers, and either
//! proxies `/api` to a real billing portal (`--upstream`) or runs the built-in demo portal
//! (`demo`), which speaks HostBill's client API over SQLite.

mod compress_reads;
mod csrf_handover;
mod demo;
mod first_paint;
mod headers;
mod limits;
mod proxy;
mod serve;
mod static_files;

use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(
    name = "atrium-server",
    about = "Serve Atrium, proxy a portal, or run the demo portal"
)]
struct Cli {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", global = true)]
    addr: SocketAddr,
    /// The trunk build output to serve.
    #[arg(long, default_value = "dist", global = true)]
    dist: PathBuf,
    /// Proxy `/api/*` to this portal API base (e.g. https://portal.example.com/api).
    #[arg(long)]
    upstream: Option<String>,
    #[command(subcommand)]
    mode: Option<Mode>,
}

#[derive(Subcommand, Debug)]
enum Mode {
    /// Run the built-in demo portal at /api.
    Demo(demo::DemoArgs),
}

/// Parses `60s`, `5m`, `2h`, `1d` or plain seconds.
pub fn parse_duration(raw: &str) -> Result<Duration, String> {
    let raw = raw.trim();
    let (num, unit) = raw.split_at(raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("not a duration: {raw:?}"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => return Err(format!("unknown unit in {raw:?} (use s, m, h or d)")),
    };
    Ok(Duration::from_secs(secs))
}

/// The site with the API nested at `/api`. The API gets its own headers and limits before it is
/// nested: the site's layers wrap only the routes that exist when they are added, so nothing
/// under `/api` may rely on them. Nested as a service, so a path the API does not know is the
/// API's 404, never the app's page.
fn compose(site: axum::Router, api: axum::Router) -> axum::Router {
    site.nest_service(
        "/api",
        headers::for_api(compress_reads::apply(limits::apply(
            api.layer(axum::middleware::from_fn(csrf_handover::hand_over)),
            limits::MAX_IN_FLIGHT,
        ))),
    )
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let overlay = match &cli.mode {
        Some(Mode::Demo(args)) => {
            let mut overlay = args.dialect.config_overlay();
            // The demo writes its times on this machine's clock: say which, so ticket and
            // backup times are not read in the customer's own zone by mistake.
            let zone = chrono::Local::now().format("UTC%:z").to_string();
            overlay
                .get_or_insert_with(|| serde_json::json!({}))
                .as_object_mut()
                .map(|o| o.insert("portal_time_zone".into(), serde_json::json!(zone)));
            if args.test_faults {
                // The app's own test hook (a deliberate panic for the crash-screen test).
                overlay
                    .get_or_insert_with(|| serde_json::json!({}))
                    .as_object_mut()
                    .map(|o| o.insert("test_hooks".into(), serde_json::json!(true)));
            }
            overlay
        }
        None => None,
    };
    // Routes the demo portal adds beside the app (the live VM's console WebSocket).
    let mut extra_site = None;
    let api = match (&cli.upstream, cli.mode) {
        (Some(upstream), None) => match proxy::router(upstream.clone()) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("atrium-server: cannot start the proxy: {e}");
                std::process::exit(2);
            }
        },
        (None, Some(Mode::Demo(args))) => match demo::routers(args) {
            Ok((api, site)) => {
                extra_site = Some(site);
                api
            }
            Err(e) => {
                eprintln!("atrium-server: cannot start the demo portal: {e}");
                std::process::exit(2);
            }
        },
        _ => {
            eprintln!(
                "atrium-server: choose `--upstream URL` (proxy a real portal) or `demo` (built-in demo portal)"
            );
            std::process::exit(2);
        }
    };
    let app = match static_files::router(&cli.dist, overlay) {
        Ok(site) => {
            let site = match extra_site {
                Some(extra) => site.merge(extra),
                None => site,
            };
            compose(site, api)
        }
        Err(e) => {
            eprintln!("atrium-server: cannot serve {}: {e}", cli.dist.display());
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(cli.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("atrium-server: cannot listen on {}: {e}", cli.addr);
            std::process::exit(2);
        }
    };
    println!("atrium-server listening on http://{}", cli.addr);
    // Ctrl-C or SIGTERM (a service manager, a test runner) end the server and, with it, the
    // demo's live VM (its QEMU process is killed when the last handle to it is dropped).
    let shutdown = async {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = async { match term.as_mut() { Some(t) => { t.recv().await; } None => std::future::pending::<()>().await } } => {}
        }
    };
    serve::serve(listener, app, shutdown).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_api_answer_carries_the_security_headers() {
        use axum::body::Body;
        use axum::http::Request;
        use tower::ServiceExt;
        let dist = std::env::temp_dir().join(format!("atrium-compose-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<html></html>").unwrap();
        let site = static_files::router(&dist, None).unwrap();
        let api = axum::Router::new().route(
            "/page",
            axum::routing::get(|| async { axum::response::Html("<script>steal()</script>") }),
        );
        let app = compose(site, api);
        for path in ["/api/page", "/api/missing"] {
            let resp = app
                .clone()
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let h = resp.headers();
            assert_eq!(h["content-security-policy"], headers::API_CSP, "{path}");
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(h["x-frame-options"], "DENY", "{path}");
            assert_eq!(h["cache-control"], "no-store", "{path}");
        }
        let page = app
            .oneshot(Request::get("/invoices").body(Body::empty()).unwrap())
            .await
            .unwrap();
        let csp = page.headers()["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{csp}"
        );
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("60s"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("5y").is_err());
    }
}
