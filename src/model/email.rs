//! E-mails the portal sent to the customer (HostBill's e-mail history, BoxBilling's `email`).

use super::Date;

/// One e-mail in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailSummary {
    /// Portal id.
    pub id: String,
    /// Subject.
    pub subject: String,
    /// When it was sent.
    pub date: Option<Date>,
}

/// One e-mail with its body. The HTML is the portal's, as it sent it: shown only inside a
/// sandboxed frame (src/components/mail_frame.rs), never put into the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailMessage {
    /// Portal id.
    pub id: String,
    /// Subject.
    pub subject: String,
    /// When it was sent.
    pub date: Option<Date>,
    /// The sender, when given.
    pub sender: Option<String>,
    /// The recipients, when given.
    pub recipients: Option<String>,
    /// The HTML body, when there is one.
    pub html: Option<String>,
    /// The text body, when there is one.
    pub text: Option<String>,
}
