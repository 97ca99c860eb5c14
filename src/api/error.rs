//! Typed API errors. Every failure the UI can see is one of these, carrying the portal's own
//! messages where it sent some, so pages can say what went wrong and offer a way forward.

use std::fmt;

/// Why a call to the portal failed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, connection reset, CORS.
    Network,
    /// No answer in time.
    Timeout,
    /// The portal refused with its own message(s) (`{"error": [...]}` and friends).
    Portal {
        /// HTTP status.
        status: u16,
        /// The portal's messages, as sent.
        messages: Vec<String>,
    },
    /// Credentials were rejected at login.
    BadCredentials(Vec<String>),
    /// The session has ended (refresh refused or a second 401); the user must log in again.
    SessionEnded,
    /// The portal asks us to slow down; seconds to wait if it said.
    RateLimited {
        /// `Retry-After` in seconds.
        retry_after: Option<u32>,
    },
    /// A 5xx without a usable message.
    Server {
        /// HTTP status.
        status: u16,
    },
    /// The answer was not what the contract says (HTML, truncated or malformed JSON, missing fields).
    Decode(String),
    /// The billing system has no such call (pages hide what their backend lacks; this is the
    /// typed answer if one is reached anyway, so no request goes to a path that does not exist).
    Unsupported,
}

impl ApiError {
    /// True when repeating the same read may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network
                | ApiError::Timeout
                | ApiError::Server { .. }
                | ApiError::RateLimited { .. }
        )
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network => write!(f, "network error"),
            ApiError::Timeout => write!(f, "timed out"),
            ApiError::Portal { messages, status } if messages.is_empty() => {
                write!(f, "portal error {status}")
            }
            ApiError::Portal { messages, .. } | ApiError::BadCredentials(messages) => {
                write!(f, "{}", messages.join("; "))
            }
            ApiError::SessionEnded => write!(f, "session ended"),
            ApiError::RateLimited { .. } => write!(f, "rate limited"),
            ApiError::Server { status } => write!(f, "server error {status}"),
            ApiError::Decode(why) => write!(f, "unexpected answer: {why}"),
            ApiError::Unsupported => write!(f, "not offered by this billing system"),
        }
    }
}

impl std::error::Error for ApiError {}
