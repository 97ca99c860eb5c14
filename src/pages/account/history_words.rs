//! The e-mail history's words, compiled into the account chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the e-mail history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryWord {
    Title,
    Link,
    Intro,
    None,
    Subject,
    Sent,
    Back,
    From,
    To,
    Resend,
    Resent,
    Delete,
    DeleteTitle,
    DeleteText,
    NoBody,
    FrameNote,
}

impl AreaWords for HistoryWord {
    fn text(self, lang: Lang) -> &'static str {
        use HistoryWord::*;
        match (self, lang) {
            (Title, Lang::En) => "E-mails sent to you",
            (Title, Lang::Vi) => "E-mail đã gửi cho bạn",
            (Link, Lang::En) => "E-mails we sent you",
            (Link, Lang::Vi) => "E-mail chúng tôi đã gửi",
            (Intro, Lang::En) => {
                "Invoices, reminders and notices your provider e-mailed you, in case one went astray."
            }
            (Intro, Lang::Vi) => {
                "Hóa đơn, lời nhắc và thông báo nhà cung cấp đã gửi qua e-mail, phòng khi có thư bị thất lạc."
            }
            (None, Lang::En) => "No e-mails yet.",
            (None, Lang::Vi) => "Chưa có e-mail nào.",
            (Subject, Lang::En) => "Subject",
            (Subject, Lang::Vi) => "Tiêu đề",
            (Sent, Lang::En) => "Sent",
            (Sent, Lang::Vi) => "Ngày gửi",
            (Back, Lang::En) => "E-mails",
            (Back, Lang::Vi) => "E-mail",
            (From, Lang::En) => "From",
            (From, Lang::Vi) => "Từ",
            (To, Lang::En) => "To",
            (To, Lang::Vi) => "Tới",
            (Resend, Lang::En) => "Send it again",
            (Resend, Lang::Vi) => "Gửi lại",
            (Resent, Lang::En) => "Sent again: check your inbox in a few minutes.",
            (Resent, Lang::Vi) => "Đã gửi lại: vài phút nữa hãy kiểm tra hộp thư.",
            (Delete, Lang::En) => "Delete",
            (Delete, Lang::Vi) => "Xóa",
            (DeleteTitle, Lang::En) => "Delete this e-mail?",
            (DeleteTitle, Lang::Vi) => "Xóa e-mail này?",
            (DeleteText, Lang::En) => {
                "“{subject}” will be removed from this history. Your own mailbox keeps its copy."
            }
            (DeleteText, Lang::Vi) => {
                "“{subject}” sẽ bị xóa khỏi lịch sử này. Hộp thư của bạn vẫn giữ bản sao."
            }
            (NoBody, Lang::En) => "This e-mail has no text to show.",
            (NoBody, Lang::Vi) => "E-mail này không có nội dung để hiển thị.",
            (FrameNote, Lang::En) => {
                "Shown as received, without its images or styles: links open in a new tab."
            }
            (FrameNote, Lang::Vi) => {
                "Hiển thị như khi nhận, không có hình ảnh hay định dạng: liên kết mở trong thẻ mới."
            }
        }
    }
}
