//! Password reset as HostBill documents it (seed 002): `POST /passwordreset` with the e-mail
//! sends a link carrying an activation code; `POST /password/passreset` with that code resets
//! the password and e-mails the new one. Both e-mails land in the account's e-mail history
//! (`emails`), and, for the test suites only, in a mailbox readable at `/api/__demo/mailbox`.

use super::DemoState;
use super::auth::{body_fields, hash_password, random_token};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use std::time::{SystemTime, UNIX_EPOCH};

/// How long a reset link works.
const LINK_SECONDS: i64 = 3600;
/// Accounts every visitor of the demo shares: their passwords stay as printed.
const SHARED_ACCOUNTS: [i64; 3] = [1, 2, 3];

pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// Records an e-mail sent to a client (the history pages read it).
pub fn send_email(
    conn: &Connection,
    client: i64,
    subject: &str,
    html: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO emails(client_id, date, subject, body) VALUES (?1, datetime('now'), ?2, ?3)",
        params![client, subject, html],
    )?;
    Ok(())
}

/// `POST /passwordreset` with `email`: the same answer whether or not the address has an
/// account, so it reveals no one.
pub async fn request(State(demo): State<DemoState>, headers: HeaderMap, body: Bytes) -> Reply {
    let fields = body_fields(&headers, &body);
    let email = fields
        .get("email")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_lowercase();
    if !email.contains('@') {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Please enter a valid e-mail address",
        ));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let client: Option<i64> = conn
        .query_row(
            "SELECT id FROM clients WHERE lower(email) = ?1",
            params![email],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(client) = client {
        let code = random_token();
        conn.execute(
            "INSERT INTO password_resets(code, client_id, expires_at) VALUES (?1, ?2, ?3)",
            params![code, client, now_secs() + LINK_SECONDS],
        )?;
        send_email(
            &conn,
            client,
            "Password reset request",
            &format!(
                "<p>Someone asked to reset the password of your account.</p>\
                 <p><a href=\"/login/reset?activate={code}\">Reset my password</a></p>\
                 <p>The link works for one hour. If it was not you, ignore this e-mail.</p>"
            ),
        )?;
    }
    Ok(Json(
        json!({ "success": true, "info": ["If the address is registered, a reset link has been sent."] }),
    ))
}

/// `POST /password/passreset` with `activate`: a new password, e-mailed. A code works once.
pub async fn confirm(State(demo): State<DemoState>, headers: HeaderMap, body: Bytes) -> Reply {
    let fields = body_fields(&headers, &body);
    let code = fields.get("activate").and_then(Value::as_str).unwrap_or("");
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let client: Option<i64> = conn
        .query_row(
            "SELECT client_id FROM password_resets WHERE code = ?1 AND used = 0 AND expires_at > ?2",
            params![code, now_secs()],
            |r| r.get(0),
        )
        .optional()?;
    let Some(client) = client else {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Invalid or expired activation code",
        ));
    };
    if SHARED_ACCOUNTS.contains(&client) {
        return Err(ApiFailure::new(
            StatusCode::FORBIDDEN,
            "This demo account is shared by every visitor: its password cannot be reset",
        ));
    }
    conn.execute(
        "UPDATE password_resets SET used = 1 WHERE code = ?1",
        params![code],
    )?;
    let password = random_token()[..12].to_string();
    let salt = random_token()[..8].to_string();
    conn.execute(
        "UPDATE clients SET password_hash = ?1, salt = ?2 WHERE id = ?3",
        params![hash_password(&salt, &password), salt, client],
    )?;
    send_email(
        &conn,
        client,
        "Your new password",
        &format!(
            "<p>Your password was reset. Your new password is <code>{password}</code>.</p>\
             <p>Sign in with it and choose one of your own under Account.</p>"
        ),
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["Your new password has been sent to your e-mail address."] }),
    ))
}

/// `GET /api/__demo/mailbox/{email}` (test suites only): the e-mails sent to an address, newest
/// first, so a test can follow a reset link as a customer would from their inbox.
pub async fn mailbox(State(demo): State<DemoState>, Path(email): Path<String>) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare(
        "SELECT e.subject, e.body FROM emails e JOIN clients c ON c.id = e.client_id \
         WHERE lower(c.email) = lower(?1) ORDER BY e.id DESC LIMIT 20",
    )?;
    let mails = stmt
        .query_map(params![email], |r| {
            Ok(json!({"subject": r.get::<_, String>(0)?, "body": r.get::<_, String>(1)?}))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "emails": mails })))
}
