//! The ISO images section's words (English and Vietnamese), compiled into the VM page's chunk
//! (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the ISO images section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IsoWord {
    Title,
    Intro,
    Attached,
    None,
    Listed,
    Add,
    Label,
    LabelProblem,
    Url,
    UrlHint,
    UrlProblem,
    Os,
    Linux,
    Windows,
    Other,
    Memory,
    MemoryHint,
    MemoryProblem,
    Added,
}

impl AreaWords for IsoWord {
    fn text(self, lang: Lang) -> &'static str {
        use IsoWord::*;
        match (self, lang) {
            (Title, Lang::En) => "ISO images",
            (Title, Lang::Vi) => "Ảnh ISO",
            (Intro, Lang::En) => {
                "Images your provider keeps for this service, to install a system of your own. Add one by its download address: the portal fetches the file itself, and it is listed here when the download is done."
            }
            (Intro, Lang::Vi) => {
                "Các ảnh nhà cung cấp lưu cho dịch vụ này, để cài hệ điều hành của riêng bạn. Thêm ảnh bằng địa chỉ tải về: cổng thanh toán tự tải tệp và liệt kê ở đây khi tải xong."
            }
            (Attached, Lang::En) => "In this server's drive now:",
            (Attached, Lang::Vi) => "Đang gắn vào ổ đĩa của máy chủ:",
            (None, Lang::En) => "No images yet.",
            (None, Lang::Vi) => "Chưa có ảnh nào.",
            (Listed, Lang::En) => "Images of this service",
            (Listed, Lang::Vi) => "Ảnh của dịch vụ này",
            (Add, Lang::En) => "Add an ISO image",
            (Add, Lang::Vi) => "Thêm ảnh ISO",
            (Label, Lang::En) => "Name",
            (Label, Lang::Vi) => "Tên",
            (LabelProblem, Lang::En) => "Give the image a name of at most 64 characters.",
            (LabelProblem, Lang::Vi) => "Hãy đặt tên cho ảnh, tối đa 64 ký tự.",
            (Url, Lang::En) => "Download address (URL)",
            (Url, Lang::Vi) => "Địa chỉ tải về (URL)",
            (UrlHint, Lang::En) => "The file itself, such as https://example.com/alpine-virt.iso",
            (UrlHint, Lang::Vi) => "Chính tệp ảnh, ví dụ https://example.com/alpine-virt.iso",
            (UrlProblem, Lang::En) => {
                "Enter the address of an .iso file, starting with https:// or http://."
            }
            (UrlProblem, Lang::Vi) => {
                "Hãy nhập địa chỉ của một tệp .iso, bắt đầu bằng https:// hoặc http://."
            }
            (Os, Lang::En) => "System type",
            (Os, Lang::Vi) => "Loại hệ thống",
            (Linux, Lang::En) => "Linux",
            (Linux, Lang::Vi) => "Linux",
            (Windows, Lang::En) => "Windows",
            (Windows, Lang::Vi) => "Windows",
            (Other, Lang::En) => "Other",
            (Other, Lang::Vi) => "Khác",
            (Memory, Lang::En) => "Least memory it needs, MB (optional)",
            (Memory, Lang::Vi) => "Bộ nhớ tối thiểu, MB (không bắt buộc)",
            (MemoryHint, Lang::En) => "Leave empty if you do not know.",
            (MemoryHint, Lang::Vi) => "Để trống nếu bạn không rõ.",
            (MemoryProblem, Lang::En) => "Enter a whole number of MB, at least 64.",
            (MemoryProblem, Lang::Vi) => "Hãy nhập số MB nguyên, ít nhất 64.",
            (Added, Lang::En) => {
                "The portal accepted the image and is downloading it; it is listed here once ready."
            }
            (Added, Lang::Vi) => "Cổng đã nhận ảnh và đang tải về; ảnh sẽ hiện ở đây khi sẵn sàng.",
        }
    }
}
