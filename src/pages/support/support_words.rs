//! Support's own words added since the catalogue was split, compiled into the support chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the support pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportWord {
    /// The list of a message's files.
    Attachments,
    /// The notifications page's title.
    Notifications,
    /// What the page shows.
    NotificationsLead,
    /// No notification at all.
    NoNotificationsYet,
    /// Marks an unread one.
    Unread,
    /// What a notification is about: a service, an invoice, a ticket.
    AboutService,
    AboutInvoice,
    AboutTicket,
    /// Read ones, marked as read by the customer.
    Read,
}

impl AreaWords for SupportWord {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupportWord::Attachments, Lang::En) => "Attached files",
            (SupportWord::Attachments, Lang::Vi) => "Tệp đính kèm",
            (SupportWord::Notifications, Lang::En) => "Notifications",
            (SupportWord::Notifications, Lang::Vi) => "Thông báo",
            (SupportWord::NotificationsLead, Lang::En) => {
                "Everything your provider has told you, newest first, read or not."
            }
            (SupportWord::NotificationsLead, Lang::Vi) => {
                "Mọi thông báo nhà cung cấp đã gửi cho bạn, mới nhất trước, đã đọc hay chưa."
            }
            (SupportWord::NoNotificationsYet, Lang::En) => "No notifications yet.",
            (SupportWord::NoNotificationsYet, Lang::Vi) => "Chưa có thông báo nào.",
            (SupportWord::Unread, Lang::En) => "New",
            (SupportWord::Unread, Lang::Vi) => "Mới",
            (SupportWord::Read, Lang::En) => "Read",
            (SupportWord::Read, Lang::Vi) => "Đã đọc",
            (SupportWord::AboutService, Lang::En) => "About service {id}",
            (SupportWord::AboutService, Lang::Vi) => "Về dịch vụ {id}",
            (SupportWord::AboutInvoice, Lang::En) => "About invoice {id}",
            (SupportWord::AboutInvoice, Lang::Vi) => "Về hóa đơn {id}",
            (SupportWord::AboutTicket, Lang::En) => "About ticket {id}",
            (SupportWord::AboutTicket, Lang::Vi) => "Về yêu cầu hỗ trợ {id}",
        }
    }
}
