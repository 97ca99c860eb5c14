//! HostBill-shaped replies: `{"error": ["..."]}` with a status code.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// A handler result: JSON on success, a HostBill error envelope otherwise.
pub type Reply = Result<Json<Value>, ApiFailure>;

/// An error answer.
#[derive(Debug)]
pub struct ApiFailure {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl ApiFailure {
    /// Error with a status and one message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiFailure {
            status,
            message: message.into(),
            retry_after: None,
        }
    }
    /// 429 after too many failed sign-ins, with the seconds to wait.
    pub fn throttled(seconds: u64) -> Self {
        let minutes = seconds.div_ceil(60);
        ApiFailure {
            status: StatusCode::TOO_MANY_REQUESTS,
            message: format!(
                "Too many failed sign-in attempts. Please try again in {minutes} minute{}.",
                if minutes == 1 { "" } else { "s" }
            ),
            retry_after: Some(seconds),
        }
    }
    /// Seconds to wait, for a throttled answer.
    pub fn retry_after(&self) -> Option<u64> {
        self.retry_after
    }
    /// 401: token missing, invalid or expired.
    pub fn unauthorized() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "Invalid or expired token")
    }
    /// 404: unknown or not yours (indistinguishable on purpose).
    pub fn not_found(what: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, format!("{what} not found"))
    }
    /// The message, for dialects that wrap it their own way.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// 500 from a database failure.
    pub fn internal(e: impl std::fmt::Display) -> Self {
        eprintln!("demo portal error: {e}");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "Internal error")
    }
}

impl From<rusqlite::Error> for ApiFailure {
    fn from(e: rusqlite::Error) -> Self {
        ApiFailure::internal(e)
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let mut resp = (self.status, Json(json!({ "error": [self.message] }))).into_response();
        if let Some(s) = self.retry_after {
            resp.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, s.into());
        }
        resp
    }
}

/// Fallback for unknown API paths.
pub async fn not_found() -> ApiFailure {
    ApiFailure::new(StatusCode::NOT_FOUND, "Unknown API method")
}

/// Formats integer hundredths as HostBill's decimal strings (`1965` -> `"19.65"`).
pub fn amount(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let v = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", v / 100, v % 100)
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_exact_strings() {
        assert_eq!(super::amount(1965), "19.65");
        assert_eq!(super::amount(45_000_000), "450000.00");
        assert_eq!(super::amount(-5), "-0.05");
        assert_eq!(super::amount(0), "0.00");
    }
}
