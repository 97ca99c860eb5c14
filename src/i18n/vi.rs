//! Tiếng Việt.

use super::Msg;

/// Vietnamese text.
pub fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        SignIn => "Đăng nhập",
        SignInTitle => "Đăng nhập vào tài khoản của bạn",
        SignInLead => "Quản lý hóa đơn, dịch vụ và DNS ở cùng một nơi.",
        Email => "Địa chỉ email",
        Password => "Mật khẩu",
        RememberMe => "Duy trì đăng nhập trên thiết bị này",
        SigningIn => "Đang đăng nhập…",
        ForgotPassword => "Quên mật khẩu?",
        ForgotTitle => "Đặt lại mật khẩu",
        ForgotLead => {
            "Nhập địa chỉ email của tài khoản, chúng tôi sẽ gửi cho bạn đường dẫn để chọn mật khẩu mới."
        }
        SendResetLink => "Gửi đường dẫn đặt lại",
        ResetLinkSent => {
            "Nếu địa chỉ này có tài khoản, đường dẫn đặt lại đang được gửi đến. Vui lòng kiểm tra hộp thư."
        }
        BackToSignIn => "Quay lại đăng nhập",
        WrongCredentials => "Địa chỉ email hoặc mật khẩu không đúng.",
        FieldRequired => "Vui lòng điền trường này.",
        InvalidEmail => "Vui lòng nhập địa chỉ email hợp lệ.",
        Dashboard => "Tổng quan",
        Invoices => "Hóa đơn",
        Services => "Dịch vụ",
        Dns => "DNS",
        Cart => "Đặt hàng",
        Account => "Tài khoản",
        SignOut => "Đăng xuất",
        Language => "Ngôn ngữ",
        Theme => "Giao diện",
        ThemeSystem => "Theo hệ thống",
        ThemeLight => "Sáng",
        ThemeDark => "Tối",
        Menu => "Trình đơn",
        SkipToContent => "Chuyển đến nội dung",
        Welcome => "Chào mừng bạn quay lại",
        BalanceCard => "Số dư",
        AccountCredit => "Số dư tài khoản",
        Outstanding => "Còn phải thanh toán",
        AddFunds => "Nạp tiền",
        UnpaidInvoicesCard => "Hóa đơn chưa thanh toán",
        UnpaidCount => "Chưa thanh toán",
        NextDue => "Hạn tiếp theo",
        Overdue => "Quá hạn",
        NothingDue => "Bạn không có hóa đơn nào chưa thanh toán.",
        ViewInvoices => "Xem hóa đơn",
        ServicesCard => "Dịch vụ",
        ActiveServices => "Đang hoạt động",
        SuspendedServices => "Bị tạm ngưng",
        ViewServices => "Xem dịch vụ",
        TicketsCard => "Yêu cầu hỗ trợ",
        OpenTickets => "Đang mở",
        AwaitingYourReply => "Chờ bạn phản hồi",
        ViewTickets => "Xem yêu cầu hỗ trợ",
        NotificationsCard => "Thông báo",
        NoNotifications => "Không có thông báo mới.",
        MarkRead => "Đánh dấu đã đọc",
        Loading => "Đang tải…",
        Retry => "Thử lại",
        ErrNetwork => "Không thể kết nối đến cổng thanh toán. Vui lòng kiểm tra kết nối mạng.",
        ErrTimeout => "Cổng thanh toán phản hồi quá lâu.",
        ErrServer => "Cổng thanh toán đang gặp sự cố. Vui lòng thử lại sau giây lát.",
        ErrRateLimited => "Quá nhiều yêu cầu. Vui lòng đợi một chút rồi thử lại.",
        ErrDecode => "Cổng thanh toán gửi về dữ liệu không đọc được.",
        ErrSessionEnded => "Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.",
        ErrPortal => "Cổng thanh toán đã từ chối yêu cầu.",
        ContactSupport => "Liên hệ hỗ trợ",
        SignInAgain => "Đăng nhập lại",
        SessionExpiredBanner => {
            "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để tiếp tục; những gì bạn đã nhập vẫn được giữ nguyên."
        }
        SessionOf => "Tài khoản:",
        ConnectionProblemBanner => "Kết nối đang gặp sự cố: chúng tôi sẽ tiếp tục thử lại.",
        OfflineBanner => {
            "Bạn đang ngoại tuyến. Thông tin hiển thị có thể chưa được cập nhật; các thay đổi sẽ chờ đến khi có kết nối trở lại."
        }
        NotFoundTitle => "Không tìm thấy trang",
        NotFoundLead => "Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi.",
        GoToDashboard => "Về trang tổng quan",
        AreaNotYetTitle => "Sắp ra mắt",
        AreaNotYetLead => "Phần này của khu vực khách hàng chưa có trong phiên bản hiện tại.",
        AreaUnavailableTitle => "Không khả dụng",
        AreaUnavailableLead => "Hệ thống thanh toán của nhà cung cấp không hỗ trợ tính năng này.",
        DaysLeft => "còn {n} ngày",
        DueToday => "đến hạn hôm nay",
        DaysOverdue => "quá hạn {n} ngày",
        ConfigErrorTitle => "Khu vực khách hàng bị cấu hình sai",
        ConfigErrorLead => "Tệp config.json của trang có lỗi. Chủ trang cần sửa:",
        CrashTitle => "Đã xảy ra lỗi",
        CrashLead => {
            "Một lỗi ngoài dự kiến đã dừng trang này. Tải lại trang thường sẽ khắc phục; dữ liệu của bạn vẫn an toàn."
        }
        Reload => "Tải lại",
        Support => "Hỗ trợ",
        InvoiceTitle => "Hóa đơn",
        BackToInvoices => "Hóa đơn",
        StatusUnpaid => "Chưa thanh toán",
        StatusPaid => "Đã thanh toán",
        StatusCancelled => "Đã hủy",
        StatusRefunded => "Đã hoàn tiền",
        StatusCollections => "Đang thu hồi nợ",
        StatusDraft => "Bản nháp",
        IssuedOn => "Ngày lập",
        DueOn => "Hạn thanh toán",
        PaidOn => "Ngày thanh toán",
        BilledTo => "Người nhận hóa đơn",
        Description => "Mô tả",
        Quantity => "SL",
        UnitPrice => "Đơn giá",
        Amount => "Thành tiền",
        Subtotal => "Tạm tính",
        Tax => "Thuế",
        CreditApplied => "Số dư đã áp dụng",
        Total => "Tổng cộng",
        BalanceDue => "Còn phải trả",
        Print => "In",
        ApplyCredit => "Dùng số dư",
        CreditAvailable => "Số dư hiện có",
        AmountToApply => "Số tiền áp dụng",
        ConfirmApplyCredit => "Dùng {amount} số dư tài khoản cho hóa đơn #{number} ({currency})?",
        Confirm => "Xác nhận",
        Cancel => "Hủy",
        Applying => "Đang áp dụng…",
        CreditWasApplied => "Đã áp dụng số dư.",
        CheckingOutcome => {
            "Cổng thanh toán không phản hồi kịp. Đang kiểm tra xem số dư đã được áp dụng chưa…"
        }
        OutcomeNotApplied => "Số dư chưa được áp dụng. Bạn có thể thử lại.",
        InvoiceNotFound => "Hóa đơn này không tồn tại hoặc thuộc về tài khoản khác.",
        CreditNotPositive => "Vui lòng nhập số tiền lớn hơn 0.",
        CreditTooManyDecimals => "Quá nhiều chữ số thập phân cho loại tiền này.",
        CreditMoreThanDue => "Số tiền vượt quá số còn phải trả.",
        CreditMoreThanAvailable => "Số tiền vượt quá số dư hiện có.",
        CreditOtherCurrency => "Số dư của bạn ở loại tiền khác với hóa đơn này.",
        InvalidAmount => "Vui lòng nhập số tiền, ví dụ 12.50.",
        NoCreditAvailable => "Bạn không có số dư tài khoản để áp dụng.",
        TabAll => "Tất cả",
        SearchByNumber => "Tìm theo số hóa đơn",
        SortBy => "Sắp xếp theo",
        SortNewest => "Giảm dần",
        SortOldest => "Tăng dần",
        SortDate => "Ngày lập",
        SortDue => "Hạn thanh toán",
        SortNumber => "Số hóa đơn",
        SortTotal => "Tổng tiền",
        SortStatus => "Trạng thái",
        Number => "Số",
        Status => "Trạng thái",
        NoInvoicesMatch => "Không có hóa đơn phù hợp.",
        PageOf => "Trang {page}/{pages}",
        PreviousPage => "Trang trước",
        NextPage => "Trang sau",
        InvoiceCount => "{n} hóa đơn",
        PayInvoice => "Thanh toán hóa đơn này",
        PaymentMethod => "Phương thức thanh toán",
        Fee => "phí",
        TotalToPay => "Tổng cần thanh toán",
        ConfirmPay => {
            "Thanh toán {total} cho hóa đơn #{number} ({currency}) qua {method}? Đã bao gồm phí {fee}."
        }
        ConfirmPayNoFee => "Thanh toán {total} cho hóa đơn #{number} ({currency}) qua {method}?",
        PayAmount => "Thanh toán {total}",
        CreditCurrencyMismatch => {
            "Số dư tài khoản của bạn tính bằng {credit}, còn hóa đơn này bằng {invoice}: số dư chỉ thanh toán được hóa đơn cùng loại tiền."
        }
        ApplyAmount => "Áp dụng {amount}",
        OpeningGateway => "Đang mở trang thanh toán…",
        BadPaymentLink => {
            "Cổng thanh toán gửi về đường dẫn không thể mở an toàn. Vui lòng liên hệ hỗ trợ."
        }
        ContinueToPayment => "Tiếp tục thanh toán",
        AddFundsLead => {
            "Nạp thêm số dư tài khoản: chúng tôi tạo một hóa đơn với số tiền này để bạn thanh toán. Số dư dùng để thanh toán các hóa đơn sau."
        }
        CreateTopUp => "Tạo hóa đơn nạp tiền",
        Creating => "Đang tạo…",
        TopUpUnknownOutcome => {
            "Chưa xác nhận được hóa đơn nạp tiền đã được tạo hay chưa. Vui lòng kiểm tra các hóa đơn chưa thanh toán trước khi thử lại."
        }
        Estimates => "Báo giá",
        EstimateTitle => "Báo giá",
        NoEstimates => "Bạn chưa có báo giá nào.",
        ValidUntil => "Hiệu lực đến",
        Expired => "Đã hết hạn",
        BackToEstimates => "Quay lại danh sách báo giá",
        EstimateNotFound => "Báo giá này không tồn tại hoặc thuộc về tài khoản khác.",
        StatusSent => "Đã gửi cho bạn",
        EstimateHowToAnswer => {
            "Để chấp nhận hoặc từ chối báo giá này, hãy trả lời email gửi kèm hoặc liên hệ bộ phận hỗ trợ: khu vực khách hàng này không thực hiện được thao tác đó."
        }
        StatusAccepted => "Đã chấp nhận",
        StatusDeclined => "Đã từ chối",
        StatusInvoiced => "Đã lập hóa đơn",
        Subject => "Tiêu đề",
        AcceptEstimate => "Chấp nhận báo giá",
        DownloadPdf => "Tải PDF",
        Downloading => "Đang tải…",
        PayAll => "Thanh toán nhiều hóa đơn",
        PayAllLead => {
            "Chọn các hóa đơn chưa thanh toán để trả cùng lúc. Chúng được gộp vào một hóa đơn để bạn thanh toán một lần; sau đó từng hóa đơn được đánh dấu đã thanh toán. Hóa đơn khác loại tiền được thanh toán riêng."
        }
        PayAllNone => "Bạn không có hóa đơn nào chưa thanh toán.",
        PayAllSubmit => "Gộp {n} hóa đơn thành một",
        PayAllConfirm => "Gộp {n} hóa đơn với tổng {total} thành một hóa đơn để thanh toán?",
        Gathering => "Đang gộp…",
        PayAllUnknownOutcome => {
            "Chưa xác nhận được các hóa đơn đã được gộp hay chưa. Vui lòng kiểm tra hóa đơn chưa thanh toán trước khi thử lại."
        }
        SelectAtLeastOne => "Hãy chọn ít nhất một hóa đơn.",
        SelectedTotal => "Tổng đã chọn",
        DateFrom => "Phát hành từ",
        DateTo => "Phát hành đến",
        ClearFilters => "Xóa bộ lọc",
        DateRangeReversed => "Ngày bắt đầu sau ngày kết thúc.",
        BalanceAndFunds => "Số dư và nạp tiền",
        CreditHistory => "Lịch sử số dư",
        NoCreditHistory => "Chưa có biến động số dư.",
        Change => "Thay đổi",
        BalanceAfter => "Số dư sau",
        Date => "Ngày",
        RedeemVoucher => "Đổi mã khuyến mãi",
        VoucherCode => "Mã khuyến mãi",
        Redeem => "Đổi mã",
        Redeeming => "Đang đổi mã…",
        VoucherAdded => "Đã cộng {amount} vào số dư của bạn.",
        VoucherUnknownOutcome => {
            "Chưa xác nhận được mã đã được đổi hay chưa. Vui lòng kiểm tra lịch sử số dư trước khi thử lại."
        }
        PortalNotUnpaid => "Hóa đơn này không còn ở trạng thái chưa thanh toán.",
        PortalCreditExceeded => "Số tiền vượt quá số dư hiện có của bạn.",
        PortalInvoiceExceeded => "Số tiền vượt quá số còn phải trả của hóa đơn.",
        PortalVoucherInvalid => "Mã khuyến mãi không hợp lệ.",
        PortalVoucherUsed => "Mã khuyến mãi này đã được sử dụng.",
        PortalVoucherCurrency => "Mã khuyến mãi này dành cho loại tiền khác với tài khoản của bạn.",
        PortalMixedCurrencies => "Không thể thanh toán cùng lúc các hóa đơn khác loại tiền.",
        PortalPermissionDenied => "Bạn không có quyền thực hiện thao tác này.",
        Select => "Chọn",
        Currency => "Loại tiền",
        OverdueLink => "Xem {n} hóa đơn quá hạn",
        Actions => "Thao tác",
        Delete => "Xóa",
        Edit => "Sửa",
        Service => "Dịch vụ",
        NoFee => "không phí",
        TtlNSeconds => "{n} giây",
        TtlNMinutes => "{n} phút",
        TtlNHours => "{n} giờ",
        TtlNDays => "{n} ngày",
        TypeToConfirm => "Nhập {name} để xác nhận",
        BillingCycle => "Chu kỳ thanh toán",
        Domain => "Tên miền",
        LabelSaved => "Đã lưu nhãn.",
        LabelTooLong => "Nhãn tối đa 64 ký tự.",
        NoServicesMatch => "Không có dịch vụ phù hợp.",
        OrderedOn => "Ngày đặt",
        Price => "Giá",
        Product => "Sản phẩm",
        Reveal => "Hiện",
        Save => "Lưu",
        ServiceLabel => "Nhãn",
        ServiceLabelHint => "Tên riêng của bạn cho dịch vụ này",
        ServiceNotFound => "Dịch vụ này không tồn tại hoặc thuộc về tài khoản khác.",
        StatusActive => "Đang hoạt động",
        StatusPending => "Đang chờ",
        StatusSuspended => "Tạm ngưng",
        StatusTerminated => "Đã chấm dứt",
        Username => "Tên đăng nhập",
        VirtualServers => "Máy chủ ảo",
        VmTemplate => "Hệ điều hành",
        VmRunning => "Đang chạy",
        VmStopped => "Đã tắt",
        VmRescue => "Chế độ cứu hộ",
        VmStarting => "Đang khởi động…",
        VmStopping => "Đang dừng…",
        VmShuttingDown => "Đang tắt máy…",
        VmRebooting => "Đang khởi động lại…",
        VmEnteringRescue => "Đang vào chế độ cứu hộ…",
        VmLeavingRescue => "Đang thoát chế độ cứu hộ…",
        VmRebuilding => "Đang cài đặt lại…",
        VmCreating => "Đang tạo…",
        VmLocked => "Đang bận với tác vụ khác",
        VmSuspended => "Tạm ngưng",
        Copy => "Sao chép",
        VmOpen => "Quản lý",
        ServiceInvoices => "Hóa đơn của dịch vụ",
        NoServiceInvoices => "Chưa có hóa đơn cho dịch vụ này.",
        CancelService => "Yêu cầu hủy dịch vụ",
        CancelReason => "Lý do",
        CancelWhen => "Thời điểm",
        CancelEndOfPeriod => "Khi hết kỳ đã thanh toán",
        CancelImmediate => "Ngay lập tức",
        CancelConfirm => {
            "Yêu cầu hủy {name} {when}? Nhà cung cấp sẽ dừng dịch vụ và dữ liệu có thể bị xóa."
        }
        CancelRequested => "Đã gửi yêu cầu hủy: {when}.",
        CancelReasonRequired => "Vui lòng cho biết lý do hủy.",
        OrderTitle => "Đặt dịch vụ mới",
        CycleOnce => "một lần",
        CycleDaily => "hằng ngày",
        CycleWeekly => "hằng tuần",
        CycleMonthly => "hằng tháng",
        CycleQuarterly => "mỗi 3 tháng",
        CycleSemiAnnually => "mỗi 6 tháng",
        CycleAnnually => "hằng năm",
        CycleBiennially => "mỗi 2 năm",
        CycleTriennially => "mỗi 3 năm",
        CycleFourYears => "mỗi 4 năm",
        CycleFiveYears => "mỗi 5 năm",
        SoldOut => "Hết hàng",
        StockLeft => "Còn {n}",
        Configure => "Cấu hình",
        ViewCart => "Giỏ hàng ({n})",
        NoProducts => "Danh mục này chưa có sản phẩm.",
        DomainName => "Tên miền",
        Addons => "Dịch vụ bổ sung",
        AddToCart => "Thêm vào giỏ",
        UpdateItem => "Cập nhật",
        AddedToCart => "Đã thêm vào giỏ hàng.",
        FormUnsupported => {
            "Không thể chọn tùy chọn này tại đây; nhà cung cấp sẽ dùng giá trị mặc định."
        }
        OptionRequired => "Vui lòng chọn tùy chọn này.",
        OptionRange => "Chọn một số từ {min} đến {max}.",
        UnknownChoice => "Hãy chọn một trong các tùy chọn.",
        ProductUnavailable => "Sản phẩm này đã hết hàng.",
        DomainMissing => "Sản phẩm này cần một tên miền.",
        CycleNotOffered => "Hãy chọn chu kỳ thanh toán mà sản phẩm hỗ trợ.",
        DomainWhatToDo => "Bạn muốn làm gì?",
        DomainRegisterChoice => "Đăng ký tên miền mới",
        DomainTransferChoice => "Chuyển về đây tên miền tôi đang sở hữu",
        DomainExtension => "Đuôi tên miền",
        DomainYears => "Thời hạn đăng ký",
        YearsCount => "{n} năm",
        PricePerYear => "{price} mỗi năm",
        DomainTransferPrice => "Chuyển về, thêm một năm: {price}",
        DomainCheck => "Kiểm tra",
        DomainChecking => "Đang kiểm tra {domain}…",
        DomainAvailable => "{domain} có thể đăng ký.",
        DomainTransferable => "{domain} có thể chuyển về.",
        DomainNameInvalid => {
            "Chỉ dùng chữ cái, chữ số và dấu gạch ngang (không ở đầu hay cuối), tối đa 63 ký tự, không kèm đuôi tên miền."
        }
        DomainTldNotOffered => "Hãy chọn một đuôi tên miền được cung cấp cho việc này.",
        DomainYearsRange => "Chọn từ {min} đến {max} năm.",
        DomainCheckFirst => "Sẽ được kiểm tra lại trước khi thêm vào giỏ hàng.",
        DomainTransferCode => "Mã chuyển tên miền (EPP)",
        DomainTransferCodeHint => {
            "Do nhà đăng ký hiện tại cung cấp; không có mã này thì không thể bắt đầu chuyển."
        }
        DomainTransferCodeMissing => "Hãy nhập mã chuyển từ nhà đăng ký hiện tại.",
        DomainPricesFrom => "Đăng ký từ {price} mỗi năm",
        NoneChoice => "Không",
        OrderSummary => "Tóm tắt đơn hàng",
        Discount => "Giảm giá",
        TotalDueToday => "Tổng thanh toán hôm nay",
        ThenRecurring => "Sau đó {price} {cycle}",
        EstimatePending => "Ước tính — đang chờ giá từ nhà cung cấp",
        PriceBreakdown => "Bạn đang đặt",
        SetupFeeFor => "Phí cài đặt: {name}",
        TotalDueTodayShort => "Thanh toán hôm nay",
        QuoteFailed => "Không lấy được giá. Các lựa chọn của bạn vẫn được giữ.",
        PromoCode => "Mã khuyến mãi",
        Apply => "Áp dụng",
        CartTitle => "Giỏ hàng của bạn",
        CartEmpty => "Giỏ hàng đang trống.",
        BrowseCatalogue => "Xem danh mục sản phẩm",
        Remove => "Xóa",
        PlaceOrder => "Đặt hàng",
        PlacingOrder => "Đang đặt hàng…",
        OrderPlacedMsg => "Đã đặt đơn hàng {n}.",
        OrderLost => {
            "Phản hồi bị mất trên đường truyền. Đang kiểm tra xem đơn hàng đã được đặt chưa…"
        }
        OrderNotPlaced => "Đơn hàng chưa được đặt. Bạn có thể thử lại.",
        FixItemsFirst => "Hãy sửa các mục được đánh dấu ở trên trước.",
        ContinueShopping => "Tiếp tục mua sắm",
        Setup => "Phí cài đặt",
        UpgradeTitle => "Đổi gói dịch vụ",
        UpgradeLink => "Nâng cấp hoặc hạ cấp",
        Package => "Gói",
        KeepPackage => "Giữ gói hiện tại",
        DueNow => "Thanh toán ngay",
        NewMonthly => "Giá mới: {price} hằng tháng",
        RequestUpgrade => "Yêu cầu thay đổi",
        UpgradeDone => "Đã gửi yêu cầu thay đổi.",
        PaymentFee => "Phí thanh toán",
        Subproducts => "Sản phẩm đi kèm",
        AcceptTerms => "Tôi đã đọc và đồng ý với",
        TermsOfService => "điều khoản dịch vụ",
        TermsRequired => "Vui lòng đồng ý với điều khoản dịch vụ để đặt hàng.",
        ErrUnsupported => "Hệ thống thanh toán này không hỗ trợ chức năng đó.",
        CreditAsOfSignIn => "Tính đến lúc bạn đăng nhập.",
        Configuration => "Cấu hình",
        NotOfferedTitle => "không có ở đây",
        NotOfferedLead => {
            "Khu vực khách hàng này chạy trên {backend}, hệ thống này không có trang này. Mọi chức năng được hỗ trợ đều có trong menu."
        }
        OpenInvoiceLead => {
            "{backend} không liệt kê hóa đơn của bạn. Hãy mở hóa đơn theo số: số này có trong e-mail gửi kèm hóa đơn và trong xác nhận đơn hàng."
        }
        OpenServiceLead => {
            "{backend} không liệt kê dịch vụ của bạn. Hãy mở dịch vụ theo số: số này có trong e-mail chào mừng và trên hóa đơn của dịch vụ."
        }
        InvoiceNumber => "Số hóa đơn",
        ServiceNumber => "Số dịch vụ",
        Open => "Mở",
        NumberDigitsOnly => "Nhập số, chỉ gồm chữ số.",
        FindCard => "Tìm hóa đơn hoặc dịch vụ",
        VpsOrderTitle => "Đặt mua máy chủ ảo",
        ExtraIps => "Địa chỉ IPv4 bổ sung (0 đến 5)",
        VpsHostname => "Tên máy chủ (không bắt buộc)",
        RootPassword => "Mật khẩu root (không bắt buộc)",
        NsPrefixes => "Tiền tố máy chủ tên miền (không bắt buộc)",
        FirstNameserver => "Máy chủ tên miền thứ nhất",
        SecondNameserver => "Máy chủ tên miền thứ hai",
        VpsPriceOnInvoice => "{backend} tính giá: giá có trên hóa đơn mở ra sau khi đặt hàng.",
        VpsOrderLost => {
            "Không nhận được phản hồi nên chưa rõ đơn hàng đã được đặt hay chưa. Hãy kiểm tra e-mail xác nhận đơn hàng trước khi đặt lại."
        }
        PickFromList => "Hãy chọn một giá trị trong danh sách.",
        ExtraIpsRange => "Từ 0 đến 5.",
        HostnameInvalid => "Nhập tên máy chủ dạng web1.example.com (chữ, số và dấu gạch ngang).",
        NsPrefixInvalid => "Một từ gồm chữ, số và dấu gạch ngang, ví dụ ns1.",
        RootPasswordLength => "Từ 8 đến 64 ký tự.",
        VpsOrderLead => "Chọn gói, chu kỳ thanh toán và hệ điều hành; hóa đơn sẽ mở ngay sau đó.",
        AcceptQuoteTitle => "Chấp nhận báo giá",
        QuoteNumber => "Số báo giá",
        AcceptQuote => "Chấp nhận báo giá",
        AcceptQuoteConfirm => {
            "Chấp nhận báo giá #{n}? Báo giá sẽ trở thành hóa đơn cần thanh toán."
        }
        QuoteAccepted => "Đã chấp nhận báo giá. Hóa đơn sẽ được gửi qua e-mail.",
        RenewTitle => "Gia hạn",
        RenewLead => {
            "Nhận hóa đơn cho kỳ tiếp theo ngay bây giờ, không cần chờ. Nếu số dư tài khoản đủ, hóa đơn được thanh toán ngay từ số dư."
        }
        RenewPaidFromCredit => {
            "Đã gia hạn: hóa đơn {number} trị giá {amount} đã được thanh toán từ số dư tài khoản."
        }
        RenewAwaitingPayment => "Hóa đơn gia hạn {number} đang chờ thanh toán: còn {amount}.",
        RenewIssued => "Hóa đơn gia hạn đã sẵn sàng.",
        OpenTheInvoice => "Mở hóa đơn",
        RenewNow => "Gia hạn ngay",
        RenewConfirm => {
            "Gia hạn {name} ngay? Hệ thống thanh toán sẽ tạo hóa đơn cho kỳ tiếp theo ({price}), hoặc trả lại hóa đơn chưa thanh toán đã tạo cho dịch vụ này. Số dư tài khoản của bạn ({credit}) sẽ thanh toán ngay nếu đủ; nếu không, bạn thanh toán trên hóa đơn."
        }
        DeleteInvoice => "Xóa hóa đơn",
        DeleteInvoiceLead => "Có thể xóa hóa đơn chưa thanh toán mà bạn không còn cần.",
        DeleteInvoiceConfirm => "Xóa hóa đơn #{n}? Không thể hoàn tác.",
        PayThisInvoice => "Thanh toán hóa đơn này",
        PayElsewhereLead => {
            "Thanh toán được thực hiện trên trang thanh toán; sau khi xong bạn sẽ quay lại đây."
        }
        PayOnBillingSite => "Thanh toán trên trang thanh toán",
        PasswordsDiffer => "Hai mật khẩu không khớp.",
        RepeatPassword => "Nhập lại mật khẩu",
        PaymentsReceived => "Các khoản đã thanh toán",
        NoPayments => {
            "Chưa có khoản thanh toán nào được ghi nhận. Chỉ các khoản hệ thống thanh toán đã xử lý mới được liệt kê: khoản đang chờ nhà cung cấp thanh toán kiểm tra sẽ hiện khi được xử lý xong."
        }
        AddonsAndPlans => "Dịch vụ bổ sung và gói",
        NoAddons => "Dịch vụ này không có dịch vụ bổ sung.",
        CanMoveTo => "Các gói dịch vụ này có thể chuyển sang",
        NoOtherPlans => "Không có gói nào khác cho dịch vụ này.",
        AskSupportToMove => {
            "Để chuyển sang một trong các gói này, hãy liên hệ bộ phận hỗ trợ: yêu cầu được xử lý tại đó."
        }
        TaxOnInvoice => "Thuế (nếu có) được cộng thêm trên hóa đơn.",
        OrderPaidFromCredit => "Đơn hàng {n} đã được đặt và thanh toán bằng số dư tài khoản.",
        OrderPlacedNothingToPay => "Đơn hàng {n} đã được đặt; không cần thanh toán gì thêm.",
        ViewOrderedService => "Mở dịch vụ mới",
        DomainTitle => "Tên miền",
        DomainExpiresOn => "Hết hạn ngày {date}",
        Nameservers => "Máy chủ tên miền (nameserver)",
        NameserverN => "Nameserver {n}",
        NameserversLead => "Nơi phân giải DNS của tên miền. Cần ít nhất hai, tối đa bốn.",
        SaveNameservers => "Lưu nameserver",
        NameserversSaved => "Đã lưu nameserver.",
        NameserversTooFew => "Hãy nhập ít nhất hai nameserver.",
        NameserverRepeated => "Nameserver này đã có trong danh sách.",
        TransferLock => "Khóa chuyển tên miền",
        TransferLockLead => "Khi đang khóa, tên miền không thể chuyển sang nhà đăng ký khác.",
        WhoisPrivacy => "Ẩn thông tin WHOIS",
        WhoisPrivacyLead => "Ẩn tên, địa chỉ và số điện thoại của chủ thể khỏi WHOIS công khai.",
        SettingOn => "Bật",
        SettingOff => "Tắt",
        SettingSaved => "{setting} hiện đang {state}.",
        TransferCode => "Mã chuyển tên miền",
        TransferCodeLead => {
            "Nhà đăng ký mới sẽ yêu cầu mã này. Hãy mở khóa tên miền trước: tên miền đang khóa không thể chuyển đi."
        }
        TransferCodeNone => {
            "Nhà đăng ký của tên miền này không cung cấp mã chuyển ở đây. Hãy liên hệ bộ phận hỗ trợ để lấy mã khi bạn chuyển tên miền."
        }
        ShowTransferCode => "Hiện mã chuyển tên miền",
        RegistrantContact => "Thông tin chủ thể",
        ContactLead => {
            "Nhà đăng ký yêu cầu thông tin chính xác và cập nhật; email sẽ nhận thông báo gia hạn và chuyển tên miền."
        }
        FirstName => "Tên",
        LastName => "Họ",
        CompanyOptional => "Công ty (không bắt buộc)",
        AddressLine1 => "Địa chỉ",
        AddressLine2 => "Địa chỉ, dòng 2 (không bắt buộc)",
        City => "Thành phố",
        StateRegion => "Tỉnh / bang",
        Postcode => "Mã bưu chính",
        CountryCode => "Quốc gia (mã hai chữ cái)",
        PhoneCountryCode => "Mã quốc gia điện thoại",
        PhoneNumber => "Số điện thoại",
        CountryCodeInvalid => "Hãy nhập mã quốc gia hai chữ cái, ví dụ VN hoặc US.",
        DigitsOnly => "Chỉ nhập chữ số.",
        SaveContact => "Lưu thông tin",
        ContactSaved => "Đã lưu thông tin chủ thể.",
        OpenNewTicket => "Tạo yêu cầu hỗ trợ",
        NoTickets => "Bạn chưa có yêu cầu hỗ trợ nào.",
        TicketDepartment => "Bộ phận",
        ChooseDepartment => "Chọn bộ phận",
        TicketMessage => "Nội dung",
        SendTicket => "Gửi yêu cầu",
        SendingTicket => "Đang gửi…",
        TicketSubjectRequired => "Hãy nhập tiêu đề (tối đa 200 ký tự).",
        TicketMessageRequired => "Hãy nhập nội dung (tối đa 20.000 ký tự).",
        DepartmentRequired => "Hãy chọn bộ phận.",
        TicketNumbered => "Yêu cầu #{n}",
        TicketNotFound => "Yêu cầu này không tồn tại hoặc thuộc tài khoản khác.",
        BackToSupport => "Yêu cầu hỗ trợ",
        StaffLabel => "Nhân viên",
        ReplyLabel => "Trả lời của bạn",
        SendReply => "Gửi trả lời",
        ReplySent => "Đã gửi trả lời.",
        ConfirmCloseTicket => {
            "Đóng yêu cầu hỗ trợ #{number}? Bạn vẫn đọc được nội dung; muốn hỏi thêm, hãy mở yêu cầu mới hoặc mở lại nếu được hỗ trợ."
        }
        CloseTicket => "Đóng yêu cầu",
        ReopenTicket => "Mở lại yêu cầu",
        TicketClosedNote => "Yêu cầu này đã đóng.",
        TicketClosedReopen => "Yêu cầu này đã đóng. Hãy mở lại để trả lời.",
        TicketClosedNew => "Yêu cầu này đã đóng. Hãy tạo yêu cầu mới để tiếp tục.",
        TicketStatusOpen => "Đang mở",
        TicketStatusAnswered => "Đã trả lời",
        TicketStatusCustomerReply => "Chờ nhân viên",
        TicketStatusOnHold => "Tạm dừng",
        TicketStatusClosed => "Đã đóng",
        YourDetails => "Thông tin của bạn",
        SaveDetails => "Lưu thông tin",
        DetailsSaved => "Đã lưu thông tin của bạn.",
        ChangePassword => "Đổi mật khẩu",
        CurrentPassword => "Mật khẩu hiện tại",
        NewPassword => "Mật khẩu mới (8 đến 64 ký tự)",
        PasswordChanged => "Đã đổi mật khẩu. Hãy dùng mật khẩu mới ở lần đăng nhập sau.",
        PasswordSameAsOld => "Mật khẩu mới phải khác mật khẩu hiện tại.",
        PhoneWithCode => "Điện thoại (+mã quốc gia.số, ví dụ +84.901234567)",
        PhoneInvalid => "Hãy nhập số điện thoại dạng +84.901234567 hoặc chỉ chữ số.",
        AccountReadOnly => {
            "Hệ thống thanh toán không cho phép đổi các thông tin này tại đây; hãy liên hệ bộ phận hỗ trợ."
        }
    }
}
