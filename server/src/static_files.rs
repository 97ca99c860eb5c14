//! Serves `dist/`: pre-compressed `.br`/`.gz` side files, `application/wasm`, SPA fallback to
//! `index.html`, and the security headers on every response (a strict CSP whose only script
//! allowances are `'self'`, `'wasm-unsafe-eval'` and the hashes of inline scripts found in
//! `index.html` at start-up: trunk's module loader).

use axum::Router;
use axum::http::{HeaderValue, header};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

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
    if let Some(overlay) = overlay {
        let path = dist.join("config.json");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{} ({e})", path.display()))?;
        let mut config: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{} ({e})", path.display()))?;
        if let (Some(c), Some(o)) = (config.as_object_mut(), overlay.as_object()) {
            c.extend(o.clone());
        }
        let body = serde_json::to_string_pretty(&config).map_err(|e| e.to_string())?;
        site = site.route(
            "/config.json",
            axum::routing::get(move || {
                let body = body.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], body) }
            }),
        );
    }
    Ok(site
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        )))
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
    use super::router;
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

    #[tokio::test]
    async fn wasm_is_served_precompressed_with_its_type() {
        let resp = get("wasm", "/app.wasm", Some("br, gzip")).await;
        assert_eq!(resp.status(), StatusCode::OK);
        assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(resp.headers()[header::CONTENT_ENCODING], "br");
        let plain = get("wasm", "/app.wasm", None).await;
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
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
