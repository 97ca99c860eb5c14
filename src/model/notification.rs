//! Portal notifications: the new ones on the dashboard, all of them on their page, and those
//! about one service on its page.

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
    /// What it is about (`Service` 303, `Invoice` 2000, `Ticket` 736633), when the portal says.
    pub about: Option<(String, String)>,
    /// Whether the customer has marked it as read (`false` when the portal does not say: the
    /// list of new ones holds only unread ones).
    pub read: bool,
}
