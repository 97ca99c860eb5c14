//! The domain search page's words (English and Vietnamese), in the order chunk.

use crate::i18n::{AreaWords, Lang};

/// A text of the domain search.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SearchWord {
    Title,
    Lead,
    FindLink,
    NameLabel,
    NameHint,
    Search,
    Searching,
    Empty,
    NotAName,
    NotAnExtension,
    NoExtension,
    OnSale,
    SaleWas,
    FirstYear,
    Results,
    Available,
    Taken,
    PerYear,
    FirstYearThen,
    ForYears,
    Order,
    OrderFor,
    FromCatalogue,
    BeforeTax,
    NoneAnswered,
}

impl AreaWords for SearchWord {
    fn text(self, lang: Lang) -> &'static str {
        use SearchWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Find a domain",
            (Title, Lang::Vi) => "Tìm tên miền",
            (Lead, Lang::En) => {
                "Type the name you want: it is checked under every extension we suggest, and the one you type first."
            }
            (Lead, Lang::Vi) => {
                "Nhập tên bạn muốn: tên được kiểm tra với mọi đuôi chúng tôi gợi ý, và đuôi bạn nhập được kiểm tra trước."
            }
            (FindLink, Lang::En) => "Find a domain",
            (FindLink, Lang::Vi) => "Tìm tên miền",
            (NameLabel, Lang::En) => "Domain name",
            (NameLabel, Lang::Vi) => "Tên miền",
            (NameHint, Lang::En) => "For example nguyenstudio or nguyenstudio.com",
            (NameHint, Lang::Vi) => "Ví dụ nguyenstudio hoặc nguyenstudio.com",
            (Search, Lang::En) => "Search",
            (Search, Lang::Vi) => "Tìm kiếm",
            (Searching, Lang::En) => "Searching…",
            (Searching, Lang::Vi) => "Đang tìm…",
            (Empty, Lang::En) => "Type a name to search for.",
            (Empty, Lang::Vi) => "Hãy nhập tên cần tìm.",
            (NotAName, Lang::En) => {
                "A domain name has letters, digits and hyphens only (no spaces), does not start or end with a hyphen, and has at most 63 characters."
            }
            (NotAName, Lang::Vi) => {
                "Tên miền chỉ gồm chữ cái, chữ số và dấu gạch ngang (không có khoảng trắng), không bắt đầu hay kết thúc bằng dấu gạch ngang, và tối đa 63 ký tự."
            }
            (NotAnExtension, Lang::En) => {
                "The extension after the dot is not one (for example .com or .com.vn)."
            }
            (NotAnExtension, Lang::Vi) => {
                "Phần đuôi sau dấu chấm không hợp lệ (ví dụ .com hoặc .com.vn)."
            }
            (NoExtension, Lang::En) => "Type the whole name with its extension, like example.com.",
            (NoExtension, Lang::Vi) => "Hãy nhập tên đầy đủ kèm đuôi, ví dụ example.com.",
            (OnSale, Lang::En) => "On sale",
            (OnSale, Lang::Vi) => "Đang giảm giá",
            (SaleWas, Lang::En) => "usually {price}",
            (SaleWas, Lang::Vi) => "giá thường {price}",
            (FirstYear, Lang::En) => "{price} the first year",
            (FirstYear, Lang::Vi) => "{price} năm đầu",
            (Results, Lang::En) => "Results",
            (Results, Lang::Vi) => "Kết quả",
            (Available, Lang::En) => "Available",
            (Available, Lang::Vi) => "Có thể đăng ký",
            (Taken, Lang::En) => "Taken",
            (Taken, Lang::Vi) => "Đã có người đăng ký",
            (FirstYearThen, Lang::En) => "{price} the first year, then {regular} a year",
            (FirstYearThen, Lang::Vi) => "{price} năm đầu, sau đó {regular} mỗi năm",
            (PerYear, Lang::En) => "{price} a year",
            (PerYear, Lang::Vi) => "{price} mỗi năm",
            (ForYears, Lang::En) => "{price} for {n} years",
            (ForYears, Lang::Vi) => "{price} cho {n} năm",
            (Order, Lang::En) => "Order",
            (Order, Lang::Vi) => "Đặt mua",
            (OrderFor, Lang::En) => "Order {domain}",
            (OrderFor, Lang::Vi) => "Đặt mua {domain}",
            (FromCatalogue, Lang::En) => "Order from the catalogue",
            (FromCatalogue, Lang::Vi) => "Đặt mua từ danh mục",
            (BeforeTax, Lang::En) => "Prices before tax; the cart shows the total.",
            (BeforeTax, Lang::Vi) => "Giá chưa gồm thuế; giỏ hàng hiển thị tổng tiền.",
            (NoneAnswered, Lang::En) => {
                "The portal gave no answer for this name. Try again in a moment."
            }
            (NoneAnswered, Lang::Vi) => {
                "Cổng thanh toán không trả lời cho tên này. Hãy thử lại sau ít phút."
            }
        }
    }
}
