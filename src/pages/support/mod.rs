//! Support tickets: the list (`/support`), opening a ticket (`/support/new`) and one ticket's
//! conversation with reply, close and re-open (`/support/:number`). Messages are text, shown as
//! text: the portal's words can never become markup here.

pub mod list;
pub mod new;
pub mod notifications;
mod support_words;
pub mod ticket;

use crate::i18n::Msg;

/// A ticket status in words (the portal's own word when unknown).
pub fn status_msg(status: &str) -> Option<Msg> {
    Some(
        match status
            .trim()
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .as_str()
        {
            "open" => Msg::TicketStatusOpen,
            "answered" => Msg::TicketStatusAnswered,
            "customer-reply" => Msg::TicketStatusCustomerReply,
            "on-hold" | "in-progress" => Msg::TicketStatusOnHold,
            "closed" => Msg::TicketStatusClosed,
            _ => return None,
        },
    )
}

/// The badge modifier for a status: answered tickets wait for the customer.
pub fn status_class(status: &str) -> &'static str {
    match status.trim().to_ascii_lowercase().as_str() {
        "answered" => "badge badge--warning",
        "closed" => "badge",
        _ => "badge badge--info",
    }
}

/// What a ticket's subject or message may be: (subject, message) problems.
pub fn ticket_problems(subject: &str, message: &str) -> (Option<Msg>, Option<Msg>) {
    let s = subject.trim().chars().count();
    let m = message.trim().chars().count();
    (
        (s == 0 || s > 200).then_some(Msg::TicketSubjectRequired),
        (m == 0 || m > 20_000).then_some(Msg::TicketMessageRequired),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_both_systems_words_are_known() {
        assert_eq!(
            status_msg("Customer-Reply"),
            Some(Msg::TicketStatusCustomerReply)
        );
        assert_eq!(status_msg("on_hold"), Some(Msg::TicketStatusOnHold));
        assert_eq!(status_msg("Closed"), Some(Msg::TicketStatusClosed));
        assert_eq!(status_msg("Escalated"), None);
    }

    #[test]
    fn subject_and_message_are_required_and_bounded() {
        assert_eq!(ticket_problems("Help", "Please"), (None, None));
        assert_eq!(
            ticket_problems("  ", "\n"),
            (
                Some(Msg::TicketSubjectRequired),
                Some(Msg::TicketMessageRequired)
            )
        );
        assert_eq!(
            ticket_problems(&"x".repeat(201), "ok").0,
            Some(Msg::TicketSubjectRequired)
        );
        assert_eq!(
            ticket_problems("ok", &"é".repeat(20_001)).1,
            Some(Msg::TicketMessageRequired)
        );
    }
}
