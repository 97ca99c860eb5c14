//! The words of rebuilding a VM's network (English and Vietnamese), in the VM chunk.

use crate::i18n::{AreaWords, Lang};

/// A text of the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NetWord {
    Title,
    Lead,
    StopHow,
    Shutdown,
    PowerOff,
    StartAgain,
    Button,
    ConfirmTitle,
    ConfirmStart,
    ConfirmStay,
    Started,
}

impl AreaWords for NetWord {
    fn text(self, lang: Lang) -> &'static str {
        use NetWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Rebuild network",
            (Title, Lang::Vi) => "Dựng lại cấu hình mạng",
            (Lead, Lang::En) => {
                "Writes the server's network configuration again from its addresses: use it after an address changed, or when the server lost its network. The server is stopped for it."
            }
            (Lead, Lang::Vi) => {
                "Ghi lại cấu hình mạng của máy chủ theo các địa chỉ của nó: dùng khi một địa chỉ thay đổi, hoặc khi máy chủ mất mạng. Máy chủ sẽ bị dừng trong lúc thực hiện."
            }
            (StopHow, Lang::En) => "How to stop it",
            (StopHow, Lang::Vi) => "Cách dừng máy chủ",
            (Shutdown, Lang::En) => "Shut down (ask the system to stop)",
            (Shutdown, Lang::Vi) => "Tắt máy (yêu cầu hệ điều hành dừng)",
            (PowerOff, Lang::En) => "Power off (cut it, unsaved data is lost)",
            (PowerOff, Lang::Vi) => "Ngắt nguồn (dừng ngay, dữ liệu chưa lưu sẽ mất)",
            (StartAgain, Lang::En) => "Start it again afterwards",
            (StartAgain, Lang::Vi) => "Khởi động lại sau khi xong",
            (Button, Lang::En) => "Rebuild network of {name}",
            (Button, Lang::Vi) => "Dựng lại mạng của {name}",
            (ConfirmTitle, Lang::En) => "Rebuild the network?",
            (ConfirmTitle, Lang::Vi) => "Dựng lại cấu hình mạng?",
            (ConfirmStart, Lang::En) => {
                "{name} will be {stopped}, its network configuration written again, and started again. Connections to it drop meanwhile."
            }
            (ConfirmStart, Lang::Vi) => {
                "{name} sẽ được {stopped}, cấu hình mạng được ghi lại rồi khởi động lại. Các kết nối tới máy chủ sẽ bị ngắt trong lúc đó."
            }
            (ConfirmStay, Lang::En) => {
                "{name} will be {stopped} and its network configuration written again. It stays stopped until you start it."
            }
            (ConfirmStay, Lang::Vi) => {
                "{name} sẽ được {stopped} và cấu hình mạng được ghi lại. Máy chủ sẽ dừng cho tới khi bạn khởi động nó."
            }
            (Started, Lang::En) => "The network is being rebuilt; the status above follows it.",
            (Started, Lang::Vi) => "Đang dựng lại mạng; trạng thái phía trên sẽ cập nhật theo.",
        }
    }
}

/// How the VM is stopped, in the confirmation's words.
pub fn stopped_words(lang: Lang, power_off: bool) -> &'static str {
    match (power_off, lang) {
        (false, Lang::En) => "shut down",
        (false, Lang::Vi) => "tắt máy",
        (true, Lang::En) => "powered off",
        (true, Lang::Vi) => "ngắt nguồn",
    }
}
