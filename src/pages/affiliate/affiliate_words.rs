//! The affiliate page's words, compiled into the affiliate chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the affiliate page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AffiliateWord {
    Title,
    Link,
    JoinLead,
    Join,
    JoinConfirm,
    Joined,
    Overview,
    AffiliateNo,
    Balance,
    Pending,
    TotalEarned,
    TotalPaid,
    Visits,
    Conversion,
    Since,
    ReferralLink,
    CopyLink,
    Copied,
    LandingPage,
    Figures,
    Signups,
    ThisMonth,
    Commission,
    CommissionMonth,
    Commissions,
    NoCommissions,
    Date,
    Order,
    Sale,
    Approved,
    AwaitingApproval,
    Payouts,
    NoPayouts,
    Amount,
    Method,
    Notes,
    Campaigns,
    NoCampaigns,
    Name,
    Plans,
    NoPlans,
    Rate,
    Recurring,
    FirstOrderOnly,
    VouchersAllowed,
    Yes,
    No,
    Vouchers,
    VouchersLead,
    NoVouchers,
    Code,
    Discount,
    Cycle,
    Once,
    EveryPayment,
    Audience,
    AudienceNew,
    AudienceExisting,
    AudienceAll,
    Used,
    UsedOf,
    Unlimited,
    Expires,
    Never,
    Plan,
    Remove,
    RemoveTitle,
    RemoveConfirm,
    NewVoucher,
    NoVoucherPlans,
    DiscountHelpPercent,
    DiscountHelpFixed,
    DiscountNotPositive,
    DiscountAbovePlan,
    MaxUses,
    MaxUsesBad,
    ExpiresField,
    ExpiresBad,
    Create,
    Created,
    Removed,
    PlanChanged,
}

impl AreaWords for AffiliateWord {
    fn text(self, lang: Lang) -> &'static str {
        use AffiliateWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Affiliate programme",
            (Title, Lang::Vi) => "Chương trình cộng tác viên",
            (Link, Lang::En) => "Refer customers and earn a commission",
            (Link, Lang::Vi) => "Giới thiệu khách hàng và nhận hoa hồng",
            (JoinLead, Lang::En) => {
                "Share your link: every order from a customer you refer earns you a commission, paid out or added to your credit."
            }
            (JoinLead, Lang::Vi) => {
                "Chia sẻ đường dẫn của bạn: mỗi đơn hàng từ khách bạn giới thiệu mang lại hoa hồng, được chi trả hoặc cộng vào số dư."
            }
            (Join, Lang::En) => "Join the affiliate programme",
            (Join, Lang::Vi) => "Tham gia chương trình cộng tác viên",
            (JoinConfirm, Lang::En) => {
                "Join the affiliate programme with this account? You get a referral link at once; commissions follow the plans below."
            }
            (JoinConfirm, Lang::Vi) => {
                "Tham gia chương trình cộng tác viên bằng tài khoản này? Bạn nhận ngay đường dẫn giới thiệu; hoa hồng theo các gói bên dưới."
            }
            (Joined, Lang::En) => "You have joined the affiliate programme.",
            (Joined, Lang::Vi) => "Bạn đã tham gia chương trình cộng tác viên.",
            (Overview, Lang::En) => "Your standing",
            (Overview, Lang::Vi) => "Tình trạng của bạn",
            (AffiliateNo, Lang::En) => "Affiliate number",
            (AffiliateNo, Lang::Vi) => "Mã cộng tác viên",
            (Balance, Lang::En) => "Available balance",
            (Balance, Lang::Vi) => "Số dư khả dụng",
            (Pending, Lang::En) => "Awaiting approval",
            (Pending, Lang::Vi) => "Chờ duyệt",
            (TotalEarned, Lang::En) => "Earned in all",
            (TotalEarned, Lang::Vi) => "Tổng đã nhận",
            (TotalPaid, Lang::En) => "Paid out",
            (TotalPaid, Lang::Vi) => "Đã chi trả",
            (Visits, Lang::En) => "Visits",
            (Visits, Lang::Vi) => "Lượt truy cập",
            (Conversion, Lang::En) => "Conversion",
            (Conversion, Lang::Vi) => "Tỷ lệ chuyển đổi",
            (Since, Lang::En) => "Affiliate since",
            (Since, Lang::Vi) => "Cộng tác viên từ",
            (ReferralLink, Lang::En) => "Your referral link",
            (ReferralLink, Lang::Vi) => "Đường dẫn giới thiệu",
            (CopyLink, Lang::En) => "Copy link",
            (CopyLink, Lang::Vi) => "Sao chép",
            (Copied, Lang::En) => "Copied",
            (Copied, Lang::Vi) => "Đã sao chép",
            (LandingPage, Lang::En) => "Lands on",
            (LandingPage, Lang::Vi) => "Trang đích",
            (Figures, Lang::En) => "Referrals",
            (Figures, Lang::Vi) => "Giới thiệu",
            (Signups, Lang::En) => "Sign-ups",
            (Signups, Lang::Vi) => "Đăng ký",
            (ThisMonth, Lang::En) => "{n} this month",
            (ThisMonth, Lang::Vi) => "{n} trong tháng này",
            (Commission, Lang::En) => "Commission",
            (Commission, Lang::Vi) => "Hoa hồng",
            (CommissionMonth, Lang::En) => "{amount} this month",
            (CommissionMonth, Lang::Vi) => "{amount} trong tháng này",
            (Commissions, Lang::En) => "Commissions",
            (Commissions, Lang::Vi) => "Các khoản hoa hồng",
            (NoCommissions, Lang::En) => {
                "No commissions yet: they appear when a customer you referred pays an order."
            }
            (NoCommissions, Lang::Vi) => {
                "Chưa có hoa hồng: chúng xuất hiện khi khách bạn giới thiệu thanh toán đơn hàng."
            }
            (Date, Lang::En) => "Date",
            (Date, Lang::Vi) => "Ngày",
            (Order, Lang::En) => "Order",
            (Order, Lang::Vi) => "Đơn hàng",
            (Sale, Lang::En) => "Sale",
            (Sale, Lang::Vi) => "Giá trị đơn",
            (Approved, Lang::En) => "Approved",
            (Approved, Lang::Vi) => "Đã duyệt",
            (AwaitingApproval, Lang::En) => "Awaiting approval",
            (AwaitingApproval, Lang::Vi) => "Chờ duyệt",
            (Payouts, Lang::En) => "Payouts",
            (Payouts, Lang::Vi) => "Chi trả",
            (NoPayouts, Lang::En) => "Nothing paid out yet.",
            (NoPayouts, Lang::Vi) => "Chưa có khoản chi trả nào.",
            (Amount, Lang::En) => "Amount",
            (Amount, Lang::Vi) => "Số tiền",
            (Method, Lang::En) => "Method",
            (Method, Lang::Vi) => "Hình thức",
            (Notes, Lang::En) => "Notes",
            (Notes, Lang::Vi) => "Ghi chú",
            (Campaigns, Lang::En) => "Campaigns",
            (Campaigns, Lang::Vi) => "Chiến dịch",
            (NoCampaigns, Lang::En) => "No campaigns yet.",
            (NoCampaigns, Lang::Vi) => "Chưa có chiến dịch nào.",
            (Name, Lang::En) => "Name",
            (Name, Lang::Vi) => "Tên",
            (Plans, Lang::En) => "Commission plans",
            (Plans, Lang::Vi) => "Gói hoa hồng",
            (NoPlans, Lang::En) => "No commission plans are offered.",
            (NoPlans, Lang::Vi) => "Không có gói hoa hồng nào.",
            (Rate, Lang::En) => "Rate",
            (Rate, Lang::Vi) => "Mức",
            (Recurring, Lang::En) => "On renewals too",
            (Recurring, Lang::Vi) => "Cả khi gia hạn",
            (FirstOrderOnly, Lang::En) => "First order only",
            (FirstOrderOnly, Lang::Vi) => "Chỉ đơn đầu tiên",
            (VouchersAllowed, Lang::En) => "Vouchers",
            (VouchersAllowed, Lang::Vi) => "Mã giảm giá",
            (Yes, Lang::En) => "Yes",
            (Yes, Lang::Vi) => "Có",
            (No, Lang::En) => "No",
            (No, Lang::Vi) => "Không",
            (Vouchers, Lang::En) => "Your discount vouchers",
            (Vouchers, Lang::Vi) => "Mã giảm giá của bạn",
            (VouchersLead, Lang::En) => {
                "A voucher gives your customers part of your commission as a discount: what it takes off comes out of what you earn on that order."
            }
            (VouchersLead, Lang::Vi) => {
                "Mã giảm giá chia một phần hoa hồng của bạn cho khách: phần được giảm trừ vào hoa hồng của bạn cho đơn đó."
            }
            (NoVouchers, Lang::En) => "No vouchers yet.",
            (NoVouchers, Lang::Vi) => "Chưa có mã giảm giá nào.",
            (Code, Lang::En) => "Code",
            (Code, Lang::Vi) => "Mã",
            (Discount, Lang::En) => "Discount",
            (Discount, Lang::Vi) => "Giảm giá",
            (Cycle, Lang::En) => "Applies to",
            (Cycle, Lang::Vi) => "Áp dụng cho",
            (Once, Lang::En) => "First payment",
            (Once, Lang::Vi) => "Lần thanh toán đầu",
            (EveryPayment, Lang::En) => "Every payment",
            (EveryPayment, Lang::Vi) => "Mọi lần thanh toán",
            (Audience, Lang::En) => "For",
            (Audience, Lang::Vi) => "Dành cho",
            (AudienceNew, Lang::En) => "New customers",
            (AudienceNew, Lang::Vi) => "Khách hàng mới",
            (AudienceExisting, Lang::En) => "Existing customers",
            (AudienceExisting, Lang::Vi) => "Khách hàng hiện có",
            (AudienceAll, Lang::En) => "All customers",
            (AudienceAll, Lang::Vi) => "Mọi khách hàng",
            (Used, Lang::En) => "Used",
            (Used, Lang::Vi) => "Đã dùng",
            (UsedOf, Lang::En) => "{used} of {max}",
            (UsedOf, Lang::Vi) => "{used} / {max}",
            (Unlimited, Lang::En) => "no limit",
            (Unlimited, Lang::Vi) => "không giới hạn",
            (Expires, Lang::En) => "Expires",
            (Expires, Lang::Vi) => "Hết hạn",
            (Never, Lang::En) => "never",
            (Never, Lang::Vi) => "không hết hạn",
            (Plan, Lang::En) => "Plan",
            (Plan, Lang::Vi) => "Gói",
            (Remove, Lang::En) => "Remove",
            (Remove, Lang::Vi) => "Xóa",
            (RemoveTitle, Lang::En) => "Remove this voucher?",
            (RemoveTitle, Lang::Vi) => "Xóa mã giảm giá này?",
            (RemoveConfirm, Lang::En) => {
                "Voucher {code} stops working at once: customers who type it get no discount."
            }
            (RemoveConfirm, Lang::Vi) => {
                "Mã {code} ngừng hoạt động ngay: khách nhập mã sẽ không được giảm giá."
            }
            (NewVoucher, Lang::En) => "New voucher",
            (NewVoucher, Lang::Vi) => "Mã giảm giá mới",
            (NoVoucherPlans, Lang::En) => "None of your commission plans allows vouchers.",
            (NoVoucherPlans, Lang::Vi) => {
                "Không gói hoa hồng nào của bạn cho phép tạo mã giảm giá."
            }
            (DiscountHelpPercent, Lang::En) => {
                "A percentage, at most {max} % (your commission on this plan)."
            }
            (DiscountHelpPercent, Lang::Vi) => {
                "Phần trăm, tối đa {max} % (hoa hồng của bạn trong gói này)."
            }
            (DiscountHelpFixed, Lang::En) => {
                "An amount, at most {max} (your commission on this plan)."
            }
            (DiscountHelpFixed, Lang::Vi) => {
                "Số tiền, tối đa {max} (hoa hồng của bạn trong gói này)."
            }
            (DiscountNotPositive, Lang::En) => "Enter a discount above zero.",
            (DiscountNotPositive, Lang::Vi) => "Hãy nhập mức giảm lớn hơn 0.",
            (DiscountAbovePlan, Lang::En) => {
                "The discount cannot be more than your commission on this plan."
            }
            (DiscountAbovePlan, Lang::Vi) => {
                "Mức giảm không được vượt quá hoa hồng của bạn trong gói này."
            }
            (MaxUses, Lang::En) => "Most uses (empty: no limit)",
            (MaxUses, Lang::Vi) => "Số lần dùng tối đa (để trống: không giới hạn)",
            (MaxUsesBad, Lang::En) => "Enter a whole number of uses, 1 or more, or leave it empty.",
            (MaxUsesBad, Lang::Vi) => "Hãy nhập số nguyên từ 1 trở lên, hoặc để trống.",
            (ExpiresField, Lang::En) => "Last day (empty: no end)",
            (ExpiresField, Lang::Vi) => "Ngày cuối (để trống: không hết hạn)",
            (ExpiresBad, Lang::En) => "Choose a day after today.",
            (ExpiresBad, Lang::Vi) => "Hãy chọn một ngày sau hôm nay.",
            (Create, Lang::En) => "Create voucher",
            (Create, Lang::Vi) => "Tạo mã giảm giá",
            (Created, Lang::En) => "The voucher is created.",
            (Created, Lang::Vi) => "Đã tạo mã giảm giá.",
            (Removed, Lang::En) => "The voucher is removed.",
            (Removed, Lang::Vi) => "Đã xóa mã giảm giá.",
            (PlanChanged, Lang::En) => {
                "The plan's commission changed to {rate}: check the discount and send again."
            }
            (PlanChanged, Lang::Vi) => {
                "Hoa hồng của gói đã đổi thành {rate}: hãy kiểm tra mức giảm và gửi lại."
            }
        }
    }
}
