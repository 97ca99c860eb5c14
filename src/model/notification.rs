//! Portal notifications shown on the dashboard.

/// A notice from the provider.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// Portal id, used to acknowledge it.
    pub id: String,
    /// Short title.
    pub subject: String,
    /// Plain-text body (never rendered as HTML).
    pub message: String,
    /// When it was posted, as the portal wrote it.
    pub date: String,
}
