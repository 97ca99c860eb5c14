//! The console's own words (English and Vietnamese), compiled into the VM page's chunk rather
//! than the catalogue of the first load (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the console section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsoleWord {
    NotOffered,
    Intro,
    Open,
    Connecting,
    Connected,
    Closed,
    Lost,
    ScriptFailed,
    Tools,
    Focus,
    Fullscreen,
    Scale,
    SendKey,
    TypeText,
    Reconnect,
    Close,
    TextLabel,
    TextHint,
    TypeIt,
    Typed,
    CannotType,
    Screen,
    KeyboardHint,
    Off,
    ConfirmCad,
}

impl AreaWords for ConsoleWord {
    fn text(self, lang: Lang) -> &'static str {
        use ConsoleWord::*;
        match (self, lang) {
            (NotOffered, Lang::En) => {
                "Your provider's portal does not offer this server's screen through its API, so it cannot be shown here. Open the console from your provider's control panel, or ask support."
            }
            (NotOffered, Lang::Vi) => {
                "Cổng thanh toán của nhà cung cấp không cung cấp màn hình của máy chủ này qua API, nên không thể hiển thị ở đây. Hãy mở console từ bảng điều khiển của nhà cung cấp, hoặc liên hệ bộ phận hỗ trợ."
            }
            (Intro, Lang::En) => {
                "See this server's screen and type on it as if you were in front of it. It opens here, over a one-time link that works for you only."
            }
            (Intro, Lang::Vi) => {
                "Xem màn hình của máy chủ và gõ phím như đang ngồi trước máy. Màn hình mở ngay tại đây, qua một liên kết dùng một lần chỉ dành cho bạn."
            }
            (Open, Lang::En) => "Open console",
            (Open, Lang::Vi) => "Mở console",
            (Connecting, Lang::En) => "Connecting to the screen…",
            (Connecting, Lang::Vi) => "Đang kết nối tới màn hình…",
            (Connected, Lang::En) => "Connected",
            (Connected, Lang::Vi) => "Đã kết nối",
            (Closed, Lang::En) => {
                "The console was closed: the server's screen went away (a hard stop or a rebuild) or you signed out."
            }
            (Closed, Lang::Vi) => {
                "Console đã đóng: màn hình của máy chủ không còn (tắt cứng hoặc cài lại) hoặc bạn đã đăng xuất."
            }
            (Lost, Lang::En) => "The connection to the screen was lost.",
            (Lost, Lang::Vi) => "Mất kết nối tới màn hình.",
            (ScriptFailed, Lang::En) => {
                "The console could not be loaded. Check your connection and try again."
            }
            (ScriptFailed, Lang::Vi) => {
                "Không tải được console. Hãy kiểm tra kết nối mạng rồi thử lại."
            }
            (Tools, Lang::En) => "Console controls",
            (Tools, Lang::Vi) => "Điều khiển console",
            (Focus, Lang::En) => "Type on the screen",
            (Focus, Lang::Vi) => "Gõ trên màn hình",
            (Fullscreen, Lang::En) => "Full screen",
            (Fullscreen, Lang::Vi) => "Toàn màn hình",
            (Scale, Lang::En) => "Scale to fit",
            (Scale, Lang::Vi) => "Thu phóng vừa khung",
            (SendKey, Lang::En) => "Send {key}",
            (SendKey, Lang::Vi) => "Gửi {key}",
            (TypeText, Lang::En) => "Paste text…",
            (TypeText, Lang::Vi) => "Dán văn bản…",
            (Reconnect, Lang::En) => "Reconnect",
            (Reconnect, Lang::Vi) => "Kết nối lại",
            (Close, Lang::En) => "Close console",
            (Close, Lang::Vi) => "Đóng console",
            (TextLabel, Lang::En) => "Text to type on the server",
            (TextLabel, Lang::Vi) => "Văn bản cần gõ trên máy chủ",
            (TextHint, Lang::En) => {
                "Sent as keystrokes on a US keyboard layout: letters, digits and symbols; a line break presses Enter. It is not kept anywhere."
            }
            (TextHint, Lang::Vi) => {
                "Được gửi thành các phím bấm theo bố cục bàn phím Mỹ: chữ, số và ký hiệu; xuống dòng là nhấn Enter. Văn bản không được lưu ở đâu cả."
            }
            (TypeIt, Lang::En) => "Type it",
            (TypeIt, Lang::Vi) => "Gõ vào máy chủ",
            (Typed, Lang::En) => "Typed {n} characters.",
            (Typed, Lang::Vi) => "Đã gõ {n} ký tự.",
            (CannotType, Lang::En) => {
                "Nothing was typed: {n} characters cannot be typed as keystrokes (only letters, digits and symbols of a US keyboard)."
            }
            (CannotType, Lang::Vi) => {
                "Chưa gõ gì: có {n} ký tự không gõ được bằng phím (chỉ chữ, số và ký hiệu của bàn phím Mỹ)."
            }
            (Screen, Lang::En) => "Screen of {name}",
            (Screen, Lang::Vi) => "Màn hình của {name}",
            (KeyboardHint, Lang::En) => {
                "While the screen has focus, every key goes to the server, Tab included. Press Ctrl+] to give the keyboard back to the page."
            }
            (KeyboardHint, Lang::Vi) => {
                "Khi màn hình đang được chọn, mọi phím (kể cả Tab) đều gửi tới máy chủ. Nhấn Ctrl+] để trả bàn phím về cho trang."
            }
            (Off, Lang::En) => "The server is off: its screen stays blank until it starts.",
            (Off, Lang::Vi) => "Máy chủ đang tắt: màn hình sẽ trống cho tới khi máy khởi động.",
            (ConfirmCad, Lang::En) => "Send Ctrl+Alt+Del to {name}? Most systems restart at once.",
            (ConfirmCad, Lang::Vi) => {
                "Gửi Ctrl+Alt+Del tới {name}? Phần lớn hệ điều hành sẽ khởi động lại ngay."
            }
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        use ConsoleWord::*;
        Some(match (self, lang) {
            (Typed, Lang::En) => "Typed {n} character.",
            (CannotType, Lang::En) => {
                "Nothing was typed: {n} character cannot be typed as a keystroke (only letters, digits and symbols of a US keyboard)."
            }
            _ => return None,
        })
    }
}
