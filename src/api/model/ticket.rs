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
