//! Support tickets as listed.

/// One row of the ticket list.
#[derive(Clone, Debug, PartialEq)]
pub struct TicketSummary {
    /// Ticket number.
    pub number: String,
    /// Subject line.
    pub subject: String,
    /// Status word from the portal (`Open`, `Answered`, `Closed`, ...).
    pub status: String,
    /// Department.
    pub department: String,
}

impl TicketSummary {
    /// Whether the ticket still needs attention (anything but closed).
    pub fn is_open(&self) -> bool {
        !self.status.eq_ignore_ascii_case("closed")
    }
}

/// One message of a ticket: the opening message or a reply.
#[derive(Clone, Debug, PartialEq)]
pub struct TicketMessage {
    /// Who wrote it (a staff member's or the customer's name).
    pub author: String,
    /// When, as the portal wrote it (`2016-12-30 12:51:04`).
    pub at: String,
    /// The text, shown as text (never as HTML).
    pub body: String,
    /// Written by the provider's staff.
    pub staff: bool,
    /// Files attached to it.
    pub attachments: Vec<Attachment>,
}

/// A file attached to a ticket message, downloaded through the API
/// (`GET /ticket/attachment/@file`), never by a link that would need the token in its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// The portal's id of the file.
    pub file: String,
    /// Its name, to show and to save it under.
    pub name: String,
}

/// A ticket with its conversation, oldest message first.
#[derive(Clone, Debug, PartialEq)]
pub struct TicketDetail {
    /// Number, subject, status and department.
    pub summary: TicketSummary,
    /// The opening message and every reply.
    pub messages: Vec<TicketMessage>,
}

impl TicketDetail {
    /// Whether the customer may close it (it is not closed) or re-open it (it is).
    pub fn is_closed(&self) -> bool {
        !self.summary.is_open()
    }
}

/// A department a ticket can be sent to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Department {
    /// Portal id.
    pub id: String,
    /// Name shown.
    pub name: String,
}
