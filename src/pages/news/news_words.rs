//! The news and downloads page's words, compiled into its chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the news and downloads page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NewsWord {
    Title,
    Link,
    Latest,
    Offers,
    NoPosts,
    NoOffers,
    ReadMore,
    Downloads,
    NoDownloads,
    File,
    Size,
    Download,
}

impl AreaWords for NewsWord {
    fn text(self, lang: Lang) -> &'static str {
        use NewsWord::*;
        match (self, lang) {
            (Title, Lang::En) => "News and downloads",
            (Title, Lang::Vi) => "Tin tức và tải về",
            (Link, Lang::En) => "News and downloads →",
            (Link, Lang::Vi) => "Tin tức và tải về →",
            (Latest, Lang::En) => "Latest news",
            (Latest, Lang::Vi) => "Tin mới",
            (Offers, Lang::En) => "Current offers",
            (Offers, Lang::Vi) => "Ưu đãi hiện có",
            (NoPosts, Lang::En) => "Nothing new at the moment.",
            (NoPosts, Lang::Vi) => "Hiện chưa có tin mới.",
            (NoOffers, Lang::En) => "No offers at the moment.",
            (NoOffers, Lang::Vi) => "Hiện chưa có ưu đãi nào.",
            (ReadMore, Lang::En) => "Read more",
            (ReadMore, Lang::Vi) => "Đọc tiếp",
            (Downloads, Lang::En) => "Downloads",
            (Downloads, Lang::Vi) => "Tải về",
            (NoDownloads, Lang::En) => "No files are offered for download.",
            (NoDownloads, Lang::Vi) => "Chưa có tệp nào để tải về.",
            (File, Lang::En) => "File",
            (File, Lang::Vi) => "Tệp",
            (Size, Lang::En) => "Size",
            (Size, Lang::Vi) => "Dung lượng",
            (Download, Lang::En) => "Download",
            (Download, Lang::Vi) => "Tải về",
        }
    }
}
