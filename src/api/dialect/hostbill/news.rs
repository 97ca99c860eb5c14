//! HostBill's posts (`GET /post/recent`, `GET /post/sale`) and downloads (`GET /downloads`),
//! seed 002, documented without answers. Posts are read from the first list under the usual
//! names, each with its title, date, link and excerpt (an HTML body reduced to plain text, so
//! nothing the portal wrote runs or loads here). Downloads are a list, or categories holding
//! their files (`categories[].files`), as HostBill's downloads section groups them.

use super::envelope::{first_list, first_text};
use crate::api::error::ApiError;
use crate::model::Date;
use crate::model::news::{DownloadFile, Post};
use serde_json::Value;

/// `html` without its `<script>` and `<style>` elements (their text is no reading matter).
fn without_code(html: &str) -> String {
    let mut rest = html.to_string();
    for tag in ["script", "style"] {
        loop {
            let lower = rest.to_ascii_lowercase();
            let Some(start) = lower.find(&format!("<{tag}")) else {
                break;
            };
            let end = lower[start..]
                .find(&format!("</{tag}>"))
                .map_or(rest.len(), |e| start + e + tag.len() + 3);
            rest.replace_range(start..end, " ");
        }
    }
    rest
}

/// Text without its tags, entities decoded, whitespace collapsed, at most `max` characters
/// (cut at a word, with an ellipsis).
pub fn plain_text(html: &str, max: usize) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_code(html).chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let words: Vec<&str> = decoded.split_whitespace().collect();
    let mut text = String::new();
    for w in words {
        if text.chars().count() + w.chars().count() + 1 > max {
            text.push('…');
            return text;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(w);
    }
    text
}

fn web_link(raw: Option<String>) -> Option<String> {
    raw.filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

/// `GET /post/recent` and `GET /post/sale`.
pub fn posts(v: &Value) -> Result<Vec<Post>, ApiError> {
    let list = match v {
        Value::Array(a) => a.as_slice(),
        _ => first_list(v, &["posts", "post", "data", "items", "list"]),
    };
    if list.is_empty() && !v.is_array() && !v.is_object() {
        return Err(ApiError::Decode("posts: not a list".into()));
    }
    Ok(list
        .iter()
        .filter_map(|p| {
            Some(Post {
                title: plain_text(&first_text(p, &["title", "name", "subject"])?, 200),
                date: first_text(
                    p,
                    &[
                        "date",
                        "date_created",
                        "created",
                        "published_at",
                        "publish_date",
                    ],
                )
                .and_then(|d| Date::parse(&d)),
                url: web_link(first_text(p, &["url", "link", "permalink", "guid"])),
                summary: first_text(p, &["excerpt", "summary", "description", "content"])
                    .map(|t| plain_text(&t, 240))
                    .unwrap_or_default(),
            })
        })
        .collect())
}

fn file(f: &Value, category: &str) -> Option<DownloadFile> {
    Some(DownloadFile {
        id: first_text(f, &["id"])?,
        name: first_text(f, &["name", "title"])?,
        description: first_text(f, &["description"])
            .map(|t| plain_text(&t, 400))
            .unwrap_or_default(),
        filename: first_text(f, &["filename", "file"]),
        size: first_text(f, &["size", "filesize"]).and_then(|s| s.parse().ok()),
        category: first_text(f, &["category", "category_name"])
            .unwrap_or_else(|| category.to_string()),
        date: first_text(f, &["date", "created", "date_created"]).and_then(|d| Date::parse(&d)),
    })
}

/// `GET /downloads`.
pub fn downloads(v: &Value) -> Result<Vec<DownloadFile>, ApiError> {
    let categories = first_list(v, &["categories"]);
    if !categories.is_empty() {
        return Ok(categories
            .iter()
            .flat_map(|c| {
                let name = first_text(c, &["name", "title"]).unwrap_or_default();
                first_list(c, &["files", "downloads"])
                    .iter()
                    .filter_map(move |f| file(f, &name))
                    .collect::<Vec<_>>()
            })
            .collect());
    }
    let list = match v {
        Value::Array(a) => a.as_slice(),
        _ => first_list(v, &["downloads", "files", "list"]),
    };
    Ok(list.iter().filter_map(|f| file(f, "")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn posts_are_plain_text_with_web_links_only() {
        let v = json!({"posts": [
            {"title": "Black Friday &amp; more", "date": "2026-11-27 08:00:00", "url": "https://p.example/bf",
             "content": "<p>Up to <b>50%</b> off<script>alert(1)</script> every plan.</p>"},
            {"title": "Maintenance", "link": "javascript:alert(1)"},
            {"content": "no title: left out"}
        ]});
        let list = posts(&v).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].title, "Black Friday & more");
        assert_eq!(list[0].summary, "Up to 50% off every plan.");
        assert_eq!(list[1].url, None, "only http(s) is a link");
        assert_eq!(plain_text("one two three four", 9), "one two…");
    }

    #[test]
    fn downloads_are_read_flat_or_by_category() {
        let flat = downloads(&json!({"downloads": [{"id": "4", "name": "Guide", "filename": "guide.pdf", "size": "2048"}]})).unwrap();
        assert_eq!(
            (flat[0].size, flat[0].filename.as_deref()),
            (Some(2048), Some("guide.pdf"))
        );
        let grouped = downloads(
            &json!({"categories": [{"name": "Tools", "files": [{"id": 9, "title": "Putty"}]}]}),
        )
        .unwrap();
        assert_eq!(
            (grouped[0].id.as_str(), grouped[0].category.as_str()),
            ("9", "Tools")
        );
    }
}
