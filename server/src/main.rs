//! atrium-server: serves the built Atrium app (`dist/`) with strict security headers, and either
//! proxies `/api` to a real billing portal (`--upstream`) or runs the built-in demo portal
//! (`demo`), which speaks HostBill's client API over SQLite.

mod demo;
mod proxy;
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

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let overlay = match &cli.mode {
        Some(Mode::Demo(args)) => args.dialect.config_overlay(),
        None => None,
    };
    let api = match (&cli.upstream, cli.mode) {
        (Some(upstream), None) => proxy::router(upstream.clone()),
        (None, Some(Mode::Demo(args))) => match demo::router(args) {
            Ok(r) => r,
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
        Ok(site) => site.nest("/api", api),
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
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        eprintln!("atrium-server: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("60s"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("5y").is_err());
    }
}
