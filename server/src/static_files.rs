//! Serves `dist/`: pre-compressed `.br`/`.gz` side files, `application/wasm`, SPA fallback to
//! `index.html`, and the security headers on every response (a strict CSP whose only script
//! allowances are `'self'`, `'wasm-unsafe-eval'` and the hashes of inline scripts found in
//! `index.html` at start-up: trunk's module loader).

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::IntoResponse;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

/// Hashes (`'sha256-...'`) of every inline `<script>` body in the page.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_and_rest = &after[open_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let body = &body_and_rest[..close];
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

/// The Content-Security-Policy for the app's pages.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for h in script_hashes {
        script_src.push(' ');
        script_src.push_str(h);
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// The site router; `/api` is nested by the caller.
/// `overlay`, when given, replaces top-level keys of the built `config.json` as it is served (the
/// demo portal's other dialects need `"backend": "kdata"` and that backend's settings).
pub fn router(dist: &Path, overlay: Option<serde_json::Value>) -> Result<Router, String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| {
        format!(
            "{} ({e}); build the app first (trunk build --release)",
            index.display()
        )
    })?;
    let csp = content_security_policy(&inline_script_hashes(&html));
    let csp = HeaderValue::from_str(&csp).map_err(|e| e.to_string())?;
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            ServeFile::new(&index)
                .precompressed_br()
                .precompressed_gzip(),
        );
    let mut site = Router::new();
    if let Some(overlay) = &overlay {
        let config = served_config(dist, Some(overlay))?;
        let body = serde_json::to_string(&config).map_err(|e| e.to_string())?;
        site = site.route(
            "/config.json",
            axum::routing::get(move || {
                let body = body.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], body) }
            }),
        );
    }
    site = site.route(
        "/login",
        axum::routing::get(sign_in_page(dist.to_path_buf(), html, overlay))
            .layer(tower_http::compression::CompressionLayer::new()),
    );
    let root = dist
        .canonicalize()
        .map_err(|e| format!("{} ({e})", dist.display()))?;
    let site = site
        .fallback_service(files)
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let path = req.uri().path().to_string();
                let inside = resolves_inside(&root, &path);
                let hashed = is_content_hashed(&path);
                let exists = hashed && root.join(path.trim_start_matches('/')).is_file();
                async move {
                    if !inside || (hashed && !exists) {
                        // A hashed file that is not there belongs to another build: a 404 (not
                        // the app's page, cached forever under a script's name) lets the app
                        // see that a new build was deployed.
                        return StatusCode::NOT_FOUND.into_response();
                    }
                    let mut resp = next.run(req).await;
                    if hashed && resp.status() == StatusCode::OK {
                        resp.headers_mut()
                            .insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
                    }
                    resp
                }
            },
        ));
    Ok(crate::headers::for_site(site, csp))
}

/// `config.json` as the app receives it: the file, with the demo's overlay if any.
fn served_config(
    dist: &Path,
    overlay: Option<&serde_json::Value>,
) -> Result<serde_json::Value, String> {
    let path = dist.join("config.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{} ({e})", path.display()))?;
    let mut config: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} ({e})", path.display()))?;
    if let (Some(c), Some(o)) = (config.as_object_mut(), overlay.and_then(|o| o.as_object())) {
        c.extend(o.clone());
    }
    Ok(config)
}

/// `/login`: the page with its first paint (`first_paint`), from `config.json` as it is now (a
/// reseller's edit shows without a restart, as it does in the app). It varies with the language
/// cookie, so caches must key on it; like the page itself it is revalidated every time.
fn sign_in_page(
    dist: std::path::PathBuf,
    index_html: String,
    overlay: Option<serde_json::Value>,
) -> impl Fn(axum::http::HeaderMap) -> std::future::Ready<axum::response::Response> + Clone {
    move |headers| {
        let cookie = headers.get(header::COOKIE).and_then(|c| c.to_str().ok());
        let page = served_config(&dist, overlay.as_ref())
            .ok()
            .and_then(|config| crate::first_paint::sign_in_page(&index_html, &config, cookie))
            .unwrap_or_else(|| index_html.clone());
        std::future::ready(
            (
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::VARY, "cookie"),
                ],
                page,
            )
                .into_response(),
        )
    }
}

/// How files whose names carry a hash of their contents are cached: for a year, never
/// revalidated. A new build has new names; `index.html` and `config.json` stay `no-cache`.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Whether a path names content-hashed files: a segment with a 16-hex-digit hash after a dash
/// (`atrium-575a0cf71d3b7faf_bg.wasm`, `base-ab600999329b3044.css`, a `pkg-<hash>/` folder of
/// split chunks), as trunk and scripts/build.sh name them.
pub fn is_content_hashed(path: &str) -> bool {
    path.split('/').any(|segment| {
        segment.match_indices('-').any(|(i, _)| {
            let rest = &segment[i + 1..];
            rest.len() >= 16
                && rest.as_bytes()[..16]
                    .iter()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
                && matches!(rest.as_bytes().get(16), None | Some(b'.' | b'_' | b'/'))
        })
    })
}

/// Whether every file the static server could answer `url_path` with (the file, its `.br` and
/// `.gz` side files, a folder's `index.html`) really lies inside `root` once symlinks are
/// followed. A link in `dist/` pointing at `/etc` (a careless deploy, a shared volume) must not
/// publish what it points at. Paths that do not exist pass: the SPA fallback answers them.
pub fn resolves_inside(root: &Path, url_path: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(url_path).decode_utf8_lossy();
    let candidate = root.join(decoded.trim_start_matches('/'));
    let side = |ext: &str| {
        let mut p = candidate.clone().into_os_string();
        p.push(ext);
        std::path::PathBuf::from(p)
    };
    [
        candidate.clone(),
        side(".br"),
        side(".gz"),
        candidate.join("index.html"),
    ]
    .iter()
    .all(|p| match p.canonicalize() {
        Ok(real) => real.starts_with(root),
        Err(_) => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        let h = inline_script_hashes(html);
        assert_eq!(h.len(), 1);
        let expect = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert_eq!(h[0], format!("'sha256-{expect}'"));
    }

    #[test]
    fn policy_is_strict() {
        let p = content_security_policy(&["'sha256-x'".into()]);
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-x';"));
        assert!(!p.contains("unsafe-inline"));
        assert!(!p.contains("'unsafe-eval'"));
        for d in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(p.contains(d), "{d}");
        }
    }
}

#[cfg(test)]
mod serve_tests {
    use super::{IMMUTABLE, is_content_hashed, router};
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    /// A dist folder of its own per test: tests run in parallel, and rewriting a shared
    /// index.html while another test reads it would make them flaky.
    fn dist(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("atrium-dist-test-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<html><script type=\"module\">boot()</script></html>",
        )
        .unwrap();
        std::fs::write(dir.join("app.wasm"), b"\0asm\x01\0\0\0").unwrap();
        std::fs::write(dir.join("app.wasm.br"), b"brotli-bytes").unwrap();
        dir
    }

    async fn get(
        name: &str,
        path: &str,
        accept_encoding: Option<&str>,
    ) -> axum::response::Response {
        let app = router(&dist(name), None).unwrap();
        let mut req = Request::builder().uri(path);
        if let Some(enc) = accept_encoding {
            req = req.header(header::ACCEPT_ENCODING, enc);
        }
        app.oneshot(req.body(Body::empty()).unwrap()).await.unwrap()
    }

    #[test]
    fn content_hashed_names_are_recognised() {
        for yes in [
            "/atrium-575a0cf71d3b7faf_bg.wasm",
            "/atrium-575a0cf71d3b7faf.js",
            "/base-ab600999329b3044.css.br",
            "/pkg-0123456789abcdef/split_x.wasm",
        ] {
            assert!(is_content_hashed(yes), "{yes}");
        }
        for no in [
            "/index.html",
            "/config.json",
            "/invoices/1040",
            "/logo-dark.svg",
            "/x-0123456789abcdeg.js",
            "/x-0123456789ABCDEF.js",
        ] {
            assert!(!is_content_hashed(no), "{no}");
        }
    }

    #[tokio::test]
    async fn hashed_files_are_immutable_and_the_rest_revalidated() {
        let dir = dist("cache");
        std::fs::write(dir.join("app-0123456789abcdef_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        std::fs::write(dir.join("config.json"), "{}").unwrap();
        let app = router(&dir, None).unwrap();
        let call = |path: &'static str| {
            let app = app.clone();
            async move {
                app.oneshot(Request::builder().uri(path).body(Body::empty()).unwrap())
                    .await
                    .unwrap()
            }
        };
        let hashed = call("/app-0123456789abcdef_bg.wasm").await;
        assert_eq!(hashed.status(), StatusCode::OK);
        assert_eq!(hashed.headers()[header::CACHE_CONTROL], IMMUTABLE);
        assert!(
            hashed
                .headers()
                .contains_key(header::CONTENT_SECURITY_POLICY)
        );
        for path in ["/", "/index.html", "/config.json", "/invoices/1040"] {
            let resp = call(path).await;
            assert_eq!(resp.status(), StatusCode::OK, "{path}");
            assert_eq!(resp.headers()[header::CACHE_CONTROL], "no-cache", "{path}");
        }
        // A hashed name from another build is a 404, never the app's page cached for a year.
        let gone = call("/app-fedcba9876543210_bg.wasm").await;
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn wasm_is_served_precompressed_with_its_type() {
        let resp = get("wasm", "/app.wasm", Some("br, gzip")).await;
        assert_eq!(resp.status(), StatusCode::OK);
        assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(resp.headers()[header::CONTENT_ENCODING], "br");
        let plain = get("wasm", "/app.wasm", None).await;
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn symlinks_out_of_dist_are_not_followed() {
        let dir = dist("symlink");
        let outside = std::env::temp_dir().join(format!("atrium-outside-{}", std::process::id()));
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret.txt"), "top secret").unwrap();
        let _ = std::fs::remove_file(dir.join("leak"));
        let _ = std::fs::remove_file(dir.join("leak.txt"));
        std::os::unix::fs::symlink(&outside, dir.join("leak")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret.txt"), dir.join("leak.txt")).unwrap();
        let app = router(&dir, None).unwrap();
        for path in ["/leak/secret.txt", "/leak.txt", "/le%61k.txt"] {
            let resp = app
                .clone()
                .oneshot(Request::builder().uri(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
            let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
                .await
                .unwrap();
            assert!(!String::from_utf8_lossy(&body).contains("top secret"));
        }
        // A link that stays inside dist/ is fine.
        let _ = std::fs::remove_file(dir.join("alias.wasm"));
        std::os::unix::fs::symlink(dir.join("app.wasm"), dir.join("alias.wasm")).unwrap();
        let resp = app
            .oneshot(
                Request::builder()
                    .uri("/alias.wasm")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn deep_links_fall_back_to_the_app_with_security_headers() {
        let resp = get("deep-link", "/invoices/1040?tab=items", None).await;
        assert_eq!(resp.status(), StatusCode::OK);
        let csp = resp.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("'sha256-"),
            "the inline loader is allowed by hash: {csp}"
        );
        assert_eq!(resp.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(resp.headers()[header::X_FRAME_OPTIONS], "DENY");
        let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        assert!(String::from_utf8_lossy(&body).contains("boot()"));
    }
}
