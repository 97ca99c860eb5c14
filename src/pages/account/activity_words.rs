//! The activity page's words, compiled into the account chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the activity page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityWord {
    Title,
    Link,
    Intro,
    Log,
    History,
    When,
    What,
    From,
    Empty,
}

impl AreaWords for ActivityWord {
    fn text(self, lang: Lang) -> &'static str {
        use ActivityWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Account activity",
            (Title, Lang::Vi) => "Hoạt động tài khoản",
            (Link, Lang::En) => "Sign-ins, changes and the account's history",
            (Link, Lang::Vi) => "Lần đăng nhập, thay đổi và lịch sử tài khoản",
            (Intro, Lang::En) => {
                "Check that every sign-in was you. If one was not, change your password and add a sign-in rule under Security."
            }
            (Intro, Lang::Vi) => {
                "Hãy kiểm tra mọi lần đăng nhập đều là của bạn. Nếu có lần không phải, hãy đổi mật khẩu và thêm quy tắc đăng nhập trong mục Bảo mật."
            }
            (Log, Lang::En) => "Sign-ins and changes",
            (Log, Lang::Vi) => "Đăng nhập và thay đổi",
            (History, Lang::En) => "History",
            (History, Lang::Vi) => "Lịch sử",
            (When, Lang::En) => "When",
            (When, Lang::Vi) => "Thời gian",
            (What, Lang::En) => "What happened",
            (What, Lang::Vi) => "Sự kiện",
            (From, Lang::En) => "From address",
            (From, Lang::Vi) => "Từ địa chỉ",
            (Empty, Lang::En) => "Nothing recorded yet.",
            (Empty, Lang::Vi) => "Chưa có gì được ghi lại.",
        }
    }
}
