//! The order pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the order pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrderWord {
    OrderTitle,
    CycleOnce,
    CycleDaily,
    CycleWeekly,
    CycleMonthly,
    CycleQuarterly,
    CycleSemiAnnually,
    CycleAnnually,
    CycleBiennially,
    CycleTriennially,
    CycleFourYears,
    CycleFiveYears,
    SoldOut,
    StockLeft,
    Configure,
    ViewCart,
    NoProducts,
    DomainName,
    AddToCart,
    UpdateItem,
    FormUnsupported,
    OptionRequired,
    OptionRange,
    UnknownChoice,
    ProductUnavailable,
    DomainMissing,
    CycleNotOffered,
    DomainWhatToDo,
    DomainRegisterChoice,
    DomainTransferChoice,
    DomainExtension,
    DomainYears,
    YearsCount,
    PricePerYear,
    DomainTransferPrice,
    DomainCheck,
    DomainChecking,
    DomainAvailable,
    DomainTransferable,
    DomainNameInvalid,
    DomainTldNotOffered,
    DomainYearsRange,
    DomainCheckFirst,
    DomainTransferCode,
    DomainTransferCodeHint,
    DomainTransferCodeMissing,
    NoneChoice,
    OrderSummary,
    Discount,
    TotalDueToday,
    ThenRecurring,
    EstimatePending,
    PriceBreakdown,
    SetupFeeFor,
    TotalDueTodayShort,
    QuoteFailed,
    PromoCode,
    Apply,
    CartTitle,
    CartEmpty,
    BrowseCatalogue,
    Remove,
    PlaceOrder,
    PlacingOrder,
    OrderNotPlaced,
    FixItemsFirst,
    ContinueShopping,
    Package,
    KeepPackage,
    DueNow,
    NewMonthly,
    RequestUpgrade,
    UpgradeDone,
    PaymentFee,
    TaxOnInvoice,
    OrderPaidFromCredit,
    OrderPlacedNothingToPay,
    ViewOrderedService,
    ExtraIps,
    VpsHostname,
    RootPassword,
    NsPrefixes,
    FirstNameserver,
    SecondNameserver,
    VpsPriceOnInvoice,
    VpsOrderLost,
    PickFromList,
    ExtraIpsRange,
    NsPrefixInvalid,
    Subproducts,
    AcceptTerms,
    TermsOfService,
    TermsRequired,
}

impl AreaWords for OrderWord {
    fn text(self, lang: Lang) -> &'static str {
        use OrderWord::*;
        match (self, lang) {
            (OrderTitle, Lang::En) => "Order a new service",
            (OrderTitle, Lang::Vi) => "Đặt dịch vụ mới",
            (CycleOnce, Lang::En) => "one-time",
            (CycleOnce, Lang::Vi) => "một lần",
            (CycleDaily, Lang::En) => "daily",
            (CycleDaily, Lang::Vi) => "hằng ngày",
            (CycleWeekly, Lang::En) => "weekly",
            (CycleWeekly, Lang::Vi) => "hằng tuần",
            (CycleMonthly, Lang::En) => "monthly",
            (CycleMonthly, Lang::Vi) => "hằng tháng",
            (CycleQuarterly, Lang::En) => "every 3 months",
            (CycleQuarterly, Lang::Vi) => "mỗi 3 tháng",
            (CycleSemiAnnually, Lang::En) => "every 6 months",
            (CycleSemiAnnually, Lang::Vi) => "mỗi 6 tháng",
            (CycleAnnually, Lang::En) => "yearly",
            (CycleAnnually, Lang::Vi) => "hằng năm",
            (CycleBiennially, Lang::En) => "every 2 years",
            (CycleBiennially, Lang::Vi) => "mỗi 2 năm",
            (CycleTriennially, Lang::En) => "every 3 years",
            (CycleTriennially, Lang::Vi) => "mỗi 3 năm",
            (CycleFourYears, Lang::En) => "every 4 years",
            (CycleFourYears, Lang::Vi) => "mỗi 4 năm",
            (CycleFiveYears, Lang::En) => "every 5 years",
            (CycleFiveYears, Lang::Vi) => "mỗi 5 năm",
            (SoldOut, Lang::En) => "Sold out",
            (SoldOut, Lang::Vi) => "Hết hàng",
            (StockLeft, Lang::En) => "{n} left",
            (StockLeft, Lang::Vi) => "Còn {n}",
            (Configure, Lang::En) => "Configure",
            (Configure, Lang::Vi) => "Cấu hình",
            (ViewCart, Lang::En) => "Cart ({n})",
            (ViewCart, Lang::Vi) => "Giỏ hàng ({n})",
            (NoProducts, Lang::En) => "No products in this category.",
            (NoProducts, Lang::Vi) => "Danh mục này chưa có sản phẩm.",
            (DomainName, Lang::En) => "Domain name",
            (DomainName, Lang::Vi) => "Tên miền",
            (AddToCart, Lang::En) => "Add to cart",
            (AddToCart, Lang::Vi) => "Thêm vào giỏ",
            (UpdateItem, Lang::En) => "Update item",
            (UpdateItem, Lang::Vi) => "Cập nhật",
            (FormUnsupported, Lang::En) => {
                "This option cannot be set here; the provider's default applies."
            }
            (FormUnsupported, Lang::Vi) => {
                "Không thể chọn tùy chọn này tại đây; nhà cung cấp sẽ dùng giá trị mặc định."
            }
            (OptionRequired, Lang::En) => "Please answer this option.",
            (OptionRequired, Lang::Vi) => "Vui lòng chọn tùy chọn này.",
            (OptionRange, Lang::En) => "Choose a number from {min} to {max}.",
            (OptionRange, Lang::Vi) => "Chọn một số từ {min} đến {max}.",
            (UnknownChoice, Lang::En) => "Choose one of the options.",
            (UnknownChoice, Lang::Vi) => "Hãy chọn một trong các tùy chọn.",
            (ProductUnavailable, Lang::En) => "This product is sold out.",
            (ProductUnavailable, Lang::Vi) => "Sản phẩm này đã hết hàng.",
            (DomainMissing, Lang::En) => "This product needs a domain name.",
            (DomainMissing, Lang::Vi) => "Sản phẩm này cần một tên miền.",
            (CycleNotOffered, Lang::En) => "Choose a billing cycle this product offers.",
            (CycleNotOffered, Lang::Vi) => "Hãy chọn chu kỳ thanh toán mà sản phẩm hỗ trợ.",
            (DomainWhatToDo, Lang::En) => "What would you like to do?",
            (DomainWhatToDo, Lang::Vi) => "Bạn muốn làm gì?",
            (DomainRegisterChoice, Lang::En) => "Register a new domain",
            (DomainRegisterChoice, Lang::Vi) => "Đăng ký tên miền mới",
            (DomainTransferChoice, Lang::En) => "Transfer a domain I own",
            (DomainTransferChoice, Lang::Vi) => "Chuyển về đây tên miền tôi đang sở hữu",
            (DomainExtension, Lang::En) => "Extension",
            (DomainExtension, Lang::Vi) => "Đuôi tên miền",
            (DomainYears, Lang::En) => "Registration period",
            (DomainYears, Lang::Vi) => "Thời hạn đăng ký",
            (YearsCount, Lang::En) => "{n} years",
            (YearsCount, Lang::Vi) => "{n} năm",
            (PricePerYear, Lang::En) => "{price} a year",
            (PricePerYear, Lang::Vi) => "{price} mỗi năm",
            (DomainTransferPrice, Lang::En) => "Transfer, one year added: {price}",
            (DomainTransferPrice, Lang::Vi) => "Chuyển về, thêm một năm: {price}",
            (DomainCheck, Lang::En) => "Check availability",
            (DomainCheck, Lang::Vi) => "Kiểm tra",
            (DomainChecking, Lang::En) => "Checking {domain}…",
            (DomainChecking, Lang::Vi) => "Đang kiểm tra {domain}…",
            (DomainAvailable, Lang::En) => "{domain} is available.",
            (DomainAvailable, Lang::Vi) => "{domain} có thể đăng ký.",
            (DomainTransferable, Lang::En) => "{domain} can be transferred.",
            (DomainTransferable, Lang::Vi) => "{domain} có thể chuyển về.",
            (DomainNameInvalid, Lang::En) => {
                "Use letters, digits and hyphens (not first or last), at most 63, without the extension."
            }
            (DomainNameInvalid, Lang::Vi) => {
                "Chỉ dùng chữ cái, chữ số và dấu gạch ngang (không ở đầu hay cuối), tối đa 63 ký tự, không kèm đuôi tên miền."
            }
            (DomainTldNotOffered, Lang::En) => "Choose an extension offered for this.",
            (DomainTldNotOffered, Lang::Vi) => {
                "Hãy chọn một đuôi tên miền được cung cấp cho việc này."
            }
            (DomainYearsRange, Lang::En) => "Choose from {min} to {max} years.",
            (DomainYearsRange, Lang::Vi) => "Chọn từ {min} đến {max} năm.",
            (DomainCheckFirst, Lang::En) => "Checked again before it goes in your cart.",
            (DomainCheckFirst, Lang::Vi) => "Sẽ được kiểm tra lại trước khi thêm vào giỏ hàng.",
            (DomainTransferCode, Lang::En) => "Transfer (EPP) code",
            (DomainTransferCode, Lang::Vi) => "Mã chuyển tên miền (EPP)",
            (DomainTransferCodeHint, Lang::En) => {
                "Your current registrar gives it; the transfer cannot start without it."
            }
            (DomainTransferCodeHint, Lang::Vi) => {
                "Do nhà đăng ký hiện tại cung cấp; không có mã này thì không thể bắt đầu chuyển."
            }
            (DomainTransferCodeMissing, Lang::En) => {
                "Enter the transfer code from your current registrar."
            }
            (DomainTransferCodeMissing, Lang::Vi) => "Hãy nhập mã chuyển từ nhà đăng ký hiện tại.",
            (NoneChoice, Lang::En) => "None",
            (NoneChoice, Lang::Vi) => "Không",
            (OrderSummary, Lang::En) => "Order summary",
            (OrderSummary, Lang::Vi) => "Tóm tắt đơn hàng",
            (Discount, Lang::En) => "Discount",
            (Discount, Lang::Vi) => "Giảm giá",
            (TotalDueToday, Lang::En) => "Total due today",
            (TotalDueToday, Lang::Vi) => "Tổng thanh toán hôm nay",
            (ThenRecurring, Lang::En) => "Then {price} {cycle}",
            (ThenRecurring, Lang::Vi) => "Sau đó {price} {cycle}",
            (EstimatePending, Lang::En) => "Estimate — the provider's price is on its way",
            (EstimatePending, Lang::Vi) => "Ước tính — đang chờ giá từ nhà cung cấp",
            (PriceBreakdown, Lang::En) => "What you are ordering",
            (PriceBreakdown, Lang::Vi) => "Bạn đang đặt",
            (SetupFeeFor, Lang::En) => "Setup fee: {name}",
            (SetupFeeFor, Lang::Vi) => "Phí cài đặt: {name}",
            (TotalDueTodayShort, Lang::En) => "Due today",
            (TotalDueTodayShort, Lang::Vi) => "Thanh toán hôm nay",
            (QuoteFailed, Lang::En) => "The price could not be fetched. Your choices are kept.",
            (QuoteFailed, Lang::Vi) => "Không lấy được giá. Các lựa chọn của bạn vẫn được giữ.",
            (PromoCode, Lang::En) => "Promo code",
            (PromoCode, Lang::Vi) => "Mã khuyến mãi",
            (Apply, Lang::En) => "Apply",
            (Apply, Lang::Vi) => "Áp dụng",
            (CartTitle, Lang::En) => "Your cart",
            (CartTitle, Lang::Vi) => "Giỏ hàng của bạn",
            (CartEmpty, Lang::En) => "Your cart is empty.",
            (CartEmpty, Lang::Vi) => "Giỏ hàng đang trống.",
            (BrowseCatalogue, Lang::En) => "Browse the catalogue",
            (BrowseCatalogue, Lang::Vi) => "Xem danh mục sản phẩm",
            (Remove, Lang::En) => "Remove",
            (Remove, Lang::Vi) => "Xóa",
            (PlaceOrder, Lang::En) => "Place order",
            (PlaceOrder, Lang::Vi) => "Đặt hàng",
            (PlacingOrder, Lang::En) => "Placing order…",
            (PlacingOrder, Lang::Vi) => "Đang đặt hàng…",
            (OrderNotPlaced, Lang::En) => "The order was not placed. You can try again.",
            (OrderNotPlaced, Lang::Vi) => "Đơn hàng chưa được đặt. Bạn có thể thử lại.",
            (FixItemsFirst, Lang::En) => "Fix the items marked above first.",
            (FixItemsFirst, Lang::Vi) => "Hãy sửa các mục được đánh dấu ở trên trước.",
            (ContinueShopping, Lang::En) => "Continue shopping",
            (ContinueShopping, Lang::Vi) => "Tiếp tục mua sắm",
            (Package, Lang::En) => "Package",
            (Package, Lang::Vi) => "Gói",
            (KeepPackage, Lang::En) => "Keep the current package",
            (KeepPackage, Lang::Vi) => "Giữ gói hiện tại",
            (DueNow, Lang::En) => "Due now",
            (DueNow, Lang::Vi) => "Thanh toán ngay",
            (NewMonthly, Lang::En) => "New price: {price} monthly",
            (NewMonthly, Lang::Vi) => "Giá mới: {price} hằng tháng",
            (RequestUpgrade, Lang::En) => "Request this change",
            (RequestUpgrade, Lang::Vi) => "Yêu cầu thay đổi",
            (UpgradeDone, Lang::En) => "Change requested.",
            (UpgradeDone, Lang::Vi) => "Đã gửi yêu cầu thay đổi.",
            (PaymentFee, Lang::En) => "Payment fee",
            (PaymentFee, Lang::Vi) => "Phí thanh toán",
            (TaxOnInvoice, Lang::En) => "Tax, where due, is added on the invoice.",
            (TaxOnInvoice, Lang::Vi) => "Thuế (nếu có) được cộng thêm trên hóa đơn.",
            (OrderPaidFromCredit, Lang::En) => {
                "Order {n} is placed and paid from your account credit."
            }
            (OrderPaidFromCredit, Lang::Vi) => {
                "Đơn hàng {n} đã được đặt và thanh toán bằng số dư tài khoản."
            }
            (OrderPlacedNothingToPay, Lang::En) => "Order {n} is placed; there is nothing to pay.",
            (OrderPlacedNothingToPay, Lang::Vi) => {
                "Đơn hàng {n} đã được đặt; không cần thanh toán gì thêm."
            }
            (ViewOrderedService, Lang::En) => "Open the new service",
            (ViewOrderedService, Lang::Vi) => "Mở dịch vụ mới",
            (ExtraIps, Lang::En) => "Extra IPv4 addresses (0 to 5)",
            (ExtraIps, Lang::Vi) => "Địa chỉ IPv4 bổ sung (0 đến 5)",
            (VpsHostname, Lang::En) => "Hostname (optional)",
            (VpsHostname, Lang::Vi) => "Tên máy chủ (không bắt buộc)",
            (RootPassword, Lang::En) => "Root password (optional)",
            (RootPassword, Lang::Vi) => "Mật khẩu root (không bắt buộc)",
            (NsPrefixes, Lang::En) => "Nameserver prefixes (optional)",
            (NsPrefixes, Lang::Vi) => "Tiền tố máy chủ tên miền (không bắt buộc)",
            (FirstNameserver, Lang::En) => "First nameserver",
            (FirstNameserver, Lang::Vi) => "Máy chủ tên miền thứ nhất",
            (SecondNameserver, Lang::En) => "Second nameserver",
            (SecondNameserver, Lang::Vi) => "Máy chủ tên miền thứ hai",
            (VpsPriceOnInvoice, Lang::En) => {
                "{backend} works out the price: it is on the invoice that opens once the order is placed."
            }
            (VpsPriceOnInvoice, Lang::Vi) => {
                "{backend} tính giá: giá có trên hóa đơn mở ra sau khi đặt hàng."
            }
            (VpsOrderLost, Lang::En) => {
                "The answer was lost, so we cannot tell whether the order was placed. Check your e-mail for an order confirmation before ordering again."
            }
            (VpsOrderLost, Lang::Vi) => {
                "Không nhận được phản hồi nên chưa rõ đơn hàng đã được đặt hay chưa. Hãy kiểm tra e-mail xác nhận đơn hàng trước khi đặt lại."
            }
            (PickFromList, Lang::En) => "Choose one of the offered values.",
            (PickFromList, Lang::Vi) => "Hãy chọn một giá trị trong danh sách.",
            (ExtraIpsRange, Lang::En) => "From 0 to 5.",
            (ExtraIpsRange, Lang::Vi) => "Từ 0 đến 5.",
            (NsPrefixInvalid, Lang::En) => "One word of letters, digits and hyphens, like ns1.",
            (NsPrefixInvalid, Lang::Vi) => "Một từ gồm chữ, số và dấu gạch ngang, ví dụ ns1.",
            (Subproducts, Lang::En) => "Bundled products",
            (Subproducts, Lang::Vi) => "Sản phẩm đi kèm",
            (AcceptTerms, Lang::En) => "I have read and accept the",
            (AcceptTerms, Lang::Vi) => "Tôi đã đọc và đồng ý với",
            (TermsOfService, Lang::En) => "terms of service",
            (TermsOfService, Lang::Vi) => "điều khoản dịch vụ",
            (TermsRequired, Lang::En) => "Please accept the terms of service to place the order.",
            (TermsRequired, Lang::Vi) => "Vui lòng đồng ý với điều khoản dịch vụ để đặt hàng.",
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        use OrderWord::*;
        if lang != Lang::En {
            return None;
        }
        Some(match self {
            YearsCount => "{n} year",
            _ => return None,
        })
    }
}
