//! The wire primitives every billing system shares: a request as the client builds it, what
//! came back over HTTP, form encoding, and the opening of every dialect's envelope decoder (rate
//! limit, outage, a body that is not JSON), written once.

use crate::api::error::ApiError;
use crate::percent::encode_component;
use serde_json::Value;

/// HTTP method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Read; the only method retried automatically.
    Get,
    /// Create or act.
    Post,
    /// Update.
    Put,
    /// Remove.
    Delete,
}

/// A request as the API client builds it; the transport adds base URL and token.
#[derive(Clone, Debug)]
pub struct Request {
    /// Method.
    pub method: Method,
    /// Path below the API base, starting with `/`.
    pub path: String,
    /// Query pairs (never tokens).
    pub query: Vec<(String, String)>,
    /// JSON body.
    pub body: Option<Value>,
    /// Send the body's fields form-encoded (`application/x-www-form-urlencoded`) instead of as
    /// JSON (Kdata's wrapper reads `$_POST`).
    pub form: bool,
    /// The credential goes as HTTP Basic `client:<credential>` (BoxBilling's API key).
    pub basic_auth: bool,
    /// Whether the call needs the session's bearer token.
    pub auth: bool,
    /// The answer is a document (a PDF), kept as bytes rather than read as JSON.
    pub document: bool,
    /// A successful answer is handed back as text, for a typed decoder that skips the generic
    /// JSON tree (large lists); the caller falls back to the envelope decoder when it fails.
    pub raw: bool,
    /// A read, whatever its method (BoxBilling reads are POSTs): it changes nothing, so it does
    /// not make the shared reads stale.
    pub read: bool,
    /// A read pages share: answered from the same read made in the last
    /// [`SHARED_READ_MS`](crate::api::transport::SHARED_READ_MS), or joined while in flight.
    pub shared: bool,
}

impl Request {
    /// An authenticated GET.
    pub fn get(path: impl Into<String>) -> Request {
        Request {
            method: Method::Get,
            path: path.into(),
            query: Vec::new(),
            body: None,
            form: false,
            basic_auth: false,
            auth: true,
            document: false,
            raw: false,
            read: false,
            shared: false,
        }
    }
    /// An authenticated call with a JSON body.
    pub fn with_body(method: Method, path: impl Into<String>, body: Value) -> Request {
        Request {
            method,
            body: Some(body),
            ..Request::get(path)
        }
    }
    /// Adds a query pair.
    pub fn query(mut self, key: &str, value: impl Into<String>) -> Request {
        self.query.push((key.to_string(), value.into()));
        self
    }
    /// Sends the credential as HTTP Basic `client:<key>` instead of a bearer token (BoxBilling's
    /// API key); set by the transport from the dialect.
    pub fn basic(mut self) -> Request {
        self.basic_auth = true;
        self
    }
    /// Sends the body form-encoded (see [`Request::form`]).
    pub fn form(mut self) -> Request {
        self.form = true;
        self
    }
    /// Marks the call as a document download (the answer is kept as bytes when successful).
    pub fn document(mut self) -> Request {
        self.document = true;
        self
    }
    /// Asks for the successful answer as text (see [`Request::raw`]).
    pub fn raw(mut self) -> Request {
        self.raw = true;
        self
    }
    /// Marks the call as a read that pages share (see [`Request::shared`]).
    pub fn shared(mut self) -> Request {
        self.read = true;
        self.shared = true;
        self
    }
    /// Marks the call as not needing a session (login, refresh, password reset).
    pub fn anonymous(mut self) -> Request {
        self.auth = false;
        self
    }
}

/// What came back over HTTP, before any interpretation.
#[derive(Clone, Debug, PartialEq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// `Retry-After` in seconds, when sent.
    pub retry_after: Option<u32>,
    /// The body as text (empty for a successful document download).
    pub body: String,
    /// The body as bytes, for a successful document download only.
    pub bytes: Option<Vec<u8>>,
    /// FOSSBilling's CSRF token, which atrium-server hands over with a sign-in answer
    /// (`X-Atrium-Csrf-Token`, see server/src/csrf_handover.rs).
    pub csrf_token: Option<String>,
}

/// Why no response came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetError {
    /// Connection failed.
    Offline,
    /// No answer within the deadline.
    Timeout,
}

/// A JSON object's fields as `application/x-www-form-urlencoded` text, nested objects and lists
/// as PHP reads them (`custom[1618][10330]=1`, `ids[0]=5`). Strings go as they are, numbers and
/// booleans as their JSON text, nulls are left out.
pub fn encode_form(body: &Value) -> String {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}[{k}]")
                    };
                    walk(&key, x, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), x, out);
                }
            }
            Value::Null => {}
            Value::String(s) => out.push(format!(
                "{}={}",
                encode_component(prefix),
                encode_component(s)
            )),
            other => out.push(format!(
                "{}={}",
                encode_component(prefix),
                encode_component(&other.to_string())
            )),
        }
    }
    let mut out = Vec::new();
    walk("", body, &mut out);
    out.join("&")
}

/// The opening every dialect's envelope decoder shares: a 429 is [`ApiError::RateLimited`], a 5xx
/// an outage whatever its body says (retryable for reads, never a verdict), and a body that is
/// not a JSON object an unreadable answer named for what it was.
pub fn open_json_object(raw: &RawResponse) -> Result<Value, ApiError> {
    match raw.status {
        429 => {
            return Err(ApiError::RateLimited {
                retry_after: raw.retry_after,
            });
        }
        s if s >= 500 => return Err(ApiError::Server { status: s }),
        _ => {}
    }
    let value: Value = serde_json::from_str(&raw.body).map_err(|_| {
        let body = raw.body.trim_start();
        ApiError::Decode(if body.is_empty() {
            "empty body".into()
        } else if body.starts_with('<') {
            "an HTML page instead of JSON".into()
        } else {
            "malformed or truncated JSON".into()
        })
    })?;
    if !value.is_object() {
        return Err(ApiError::Decode("expected a JSON object".into()));
    }
    Ok(value)
}
