//! The account's activity: sign-ins and changes (HostBill `GET /logs`) and its history
//! (`GET /clientarea/histories`), one entry each, newest first.

/// One entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityEntry {
    /// When, as the portal wrote it (shown in the customer's format when it reads as a date).
    pub date: String,
    /// What happened, in the portal's words.
    pub text: String,
    /// From which address, when the portal says.
    pub ip: Option<String>,
}
