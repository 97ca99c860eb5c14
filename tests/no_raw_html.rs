//! Guarantees 21-22: server-provided HTML never reaches the page raw. Pages show no HTML
//! from a portal as markup (ticket bodies, invoices and names are text), so no source file may use any way
//! of putting markup into the DOM: `inner_html`, `outer_html`, `insert_adjacent_html`, `srcdoc`,
//! an `<iframe>`, or `document.write`. The only portal HTML shown, e-mail bodies, goes into a
//! sandboxed frame (src/components/mail_frame.rs), the one file allowed `<iframe` and `srcdoc`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use std::path::Path;

const FORBIDDEN: [&str; 7] = [
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "srcdoc",
    "<iframe",
    "document.write",
    "create_contextual_fragment",
];

/// The one file allowed a frame: e-mail bodies in an iframe sandboxed without scripts or
/// same-origin access (its own test checks the sandbox). It also reads `inner_html` back from
/// the inert document (`DOMParser`) the body is cleaned in, never from or into the page.
const SANDBOXED_FRAME: &str = "mail_frame.rs";

fn scan(dir: &Path, hits: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, hits);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for f in FORBIDDEN {
                    let framed = path.file_name().is_some_and(|n| n == SANDBOXED_FRAME)
                        && matches!(f, "srcdoc" | "<iframe" | "inner_html");
                    if line.to_ascii_lowercase().contains(f) && !framed {
                        hits.push(format!("{}:{}: {f}", path.display(), n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn no_source_puts_markup_into_the_page() {
    let mut hits = Vec::new();
    scan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut hits,
    );
    assert!(hits.is_empty(), "raw HTML sinks: {hits:#?}");
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // The scan itself can fail: a file with a sink is reported.
    let dir = std::env::temp_dir().join(format!("atrium-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bad.rs"),
        "fn f(e: &Element) { e.set_inner_html(x); }\n",
    )
    .unwrap();
    let mut hits = Vec::new();
    scan(&dir, &mut hits);
    assert_eq!(hits.len(), 1, "{hits:?}");
}
