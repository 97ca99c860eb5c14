//! The API key section's words, compiled into the account chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the API key section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiKeyWord {
    Title,
    Lead,
    Show,
    Hide,
    Key,
    Reset,
    ResetTitle,
    ResetText,
    ResetConfirm,
    WasReset,
}

impl AreaWords for ApiKeyWord {
    fn text(self, lang: Lang) -> &'static str {
        use ApiKeyWord::*;
        match (self, lang) {
            (Title, Lang::En) => "API key",
            (Title, Lang::Vi) => "Khóa API",
            (Lead, Lang::En) => {
                "Programs you run can use the billing system's API with this key. Whoever holds it acts as you: keep it secret, and reset it if it may have been seen."
            }
            (Lead, Lang::Vi) => {
                "Các chương trình của bạn có thể dùng API của hệ thống thanh toán bằng khóa này. Ai có khóa đều hành động như bạn: hãy giữ bí mật, và đặt lại nếu có thể nó đã bị lộ."
            }
            (Show, Lang::En) => "Show API key",
            (Show, Lang::Vi) => "Hiện khóa API",
            (Hide, Lang::En) => "Hide",
            (Hide, Lang::Vi) => "Ẩn",
            (Key, Lang::En) => "Your API key",
            (Key, Lang::Vi) => "Khóa API của bạn",
            (Reset, Lang::En) => "Reset API key",
            (Reset, Lang::Vi) => "Đặt lại khóa API",
            (ResetTitle, Lang::En) => "Reset the API key?",
            (ResetTitle, Lang::Vi) => "Đặt lại khóa API?",
            (ResetText, Lang::En) => {
                "A new key is made and the current one stops working at once: programs that use it must be given the new one. You stay signed in here."
            }
            (ResetText, Lang::Vi) => {
                "Một khóa mới được tạo và khóa hiện tại ngừng hoạt động ngay: các chương trình đang dùng nó cần được cấp khóa mới. Bạn vẫn đăng nhập ở đây."
            }
            (ResetConfirm, Lang::En) => "Reset the key",
            (ResetConfirm, Lang::Vi) => "Đặt lại khóa",
            (WasReset, Lang::En) => "A new API key was made; the old one no longer works.",
            (WasReset, Lang::Vi) => "Đã tạo khóa API mới; khóa cũ không còn dùng được.",
        }
    }
}
