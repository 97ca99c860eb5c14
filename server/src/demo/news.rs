//! HostBill's posts and downloads (seed 002, public, documented without answers):
//! `GET /post/recent`, `GET /post/sale`, `GET /downloads` (files grouped by category, as
//! HostBill's downloads section groups them) and `GET /download/@id` (the file itself, with its
//! name in `Content-Disposition`). No sign-in needed, as the seed's examples send no token.

use super::DemoState;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

fn posts(demo: &DemoState, kind: &str) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT id, title, date, url, content FROM posts WHERE kind = ?1 ORDER BY date DESC",
    )?;
    let rows = stmt
        .query_map(params![kind], |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?.to_string(), "title": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "url": r.get::<_, String>(3)?,
                "content": r.get::<_, String>(4)?,
            }))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "success": true, "posts": rows })))
}

/// `GET /post/recent`.
pub async fn recent(State(demo): State<DemoState>) -> Reply {
    posts(&demo, "recent")
}

/// `GET /post/sale`.
pub async fn sale(State(demo): State<DemoState>) -> Reply {
    posts(&demo, "sale")
}

/// `GET /downloads`.
pub async fn downloads(State(demo): State<DemoState>) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT id, category, name, description, filename, length(content), date FROM downloads ORDER BY category, id",
    )?;
    let rows: Vec<(String, Value)> = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(1)?,
                json!({
                    "id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(2)?,
                    "description": r.get::<_, String>(3)?, "filename": r.get::<_, String>(4)?,
                    "size": r.get::<_, i64>(5)?.to_string(), "date": r.get::<_, String>(6)?,
                }),
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut categories: Vec<(String, Vec<Value>)> = Vec::new();
    for (category, file) in rows {
        match categories.iter_mut().find(|(c, _)| *c == category) {
            Some((_, files)) => files.push(file),
            None => categories.push((category, vec![file])),
        }
    }
    let categories: Vec<Value> = categories
        .into_iter()
        .map(|(name, files)| json!({ "name": name, "files": files }))
        .collect();
    Ok(Json(json!({ "success": true, "categories": categories })))
}

/// `GET /download/@id`: the file.
pub async fn download(
    State(demo): State<DemoState>,
    Path(id): Path<String>,
) -> Result<Response, ApiFailure> {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (filename, content): (String, Vec<u8>) = conn
        .query_row(
            "SELECT filename, content FROM downloads WHERE id = ?1",
            params![id.parse::<i64>().unwrap_or(-1)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| ApiFailure::not_found("File"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        content,
    )
        .into_response())
}
