//! The reset-link page's words, compiled into its chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the reset-link page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResetWord {
    Title,
    Lead,
    Code,
    CodeHint,
    CodeProblem,
    Confirm,
    Done,
    SignIn,
    NewLink,
}

impl AreaWords for ResetWord {
    fn text(self, lang: Lang) -> &'static str {
        use ResetWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Set a new password",
            (Title, Lang::Vi) => "Đặt lại mật khẩu",
            (Lead, Lang::En) => {
                "Confirm the reset asked for from the link in your e-mail. Your provider then e-mails you a new password."
            }
            (Lead, Lang::Vi) => {
                "Xác nhận yêu cầu đặt lại mật khẩu từ liên kết trong e-mail. Sau đó nhà cung cấp sẽ gửi mật khẩu mới qua e-mail cho bạn."
            }
            (Code, Lang::En) => "Code from the e-mail",
            (Code, Lang::Vi) => "Mã trong e-mail",
            (CodeHint, Lang::En) => "Filled in when you open the link from the e-mail.",
            (CodeHint, Lang::Vi) => "Được điền sẵn khi bạn mở liên kết trong e-mail.",
            (CodeProblem, Lang::En) => {
                "This is not a code from a reset e-mail: copy the whole link, or ask for a new one."
            }
            (CodeProblem, Lang::Vi) => {
                "Đây không phải mã trong e-mail đặt lại mật khẩu: hãy sao chép toàn bộ liên kết, hoặc yêu cầu liên kết mới."
            }
            (Confirm, Lang::En) => "Reset my password",
            (Confirm, Lang::Vi) => "Đặt lại mật khẩu",
            (Done, Lang::En) => {
                "Your password was reset and the new one is on its way to your e-mail address. Sign in with it, then choose your own under Account."
            }
            (Done, Lang::Vi) => {
                "Mật khẩu đã được đặt lại và mật khẩu mới đang được gửi tới e-mail của bạn. Hãy đăng nhập bằng mật khẩu đó, rồi tự đặt mật khẩu riêng trong mục Tài khoản."
            }
            (SignIn, Lang::En) => "Go to sign in",
            (SignIn, Lang::Vi) => "Tới trang đăng nhập",
            (NewLink, Lang::En) => "Ask for a new link",
            (NewLink, Lang::Vi) => "Yêu cầu liên kết mới",
        }
    }
}
