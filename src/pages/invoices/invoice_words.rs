//! The invoices pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the invoices pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InvoiceWord {
    InvalidAmount,
    InvoiceTitle,
    DueOn,
    PaidOn,
    BalanceDue,
    ApplyCredit,
    CreditAvailable,
    AmountToApply,
    ConfirmApplyCredit,
    Applying,
    CreditWasApplied,
    CheckingOutcome,
    OutcomeNotApplied,
    InvoiceNotFound,
    CreditNotPositive,
    CreditTooManyDecimals,
    CreditMoreThanDue,
    CreditMoreThanAvailable,
    CreditOtherCurrency,
    NoCreditAvailable,
    SearchByNumber,
    SortNewest,
    SortOldest,
    SortDate,
    SortDue,
    SortNumber,
    SortTotal,
    SortStatus,
    NoInvoicesMatch,
    PageOf,
    PreviousPage,
    NextPage,
    InvoiceCount,
    PayInvoice,
    Fee,
    TotalToPay,
    ConfirmPayNoFee,
    PayAmount,
    CreditCurrencyMismatch,
    ApplyAmount,
    ConfirmPay,
    OpeningGateway,
    BadPaymentLink,
    ContinueToPayment,
    AddFundsLead,
    CreateTopUp,
    Creating,
    TopUpUnknownOutcome,
    PayAllLead,
    PayAllNone,
    PayAllSubmit,
    PayAllConfirm,
    Gathering,
    PayAllUnknownOutcome,
    SelectAtLeastOne,
    SelectedTotal,
    DateFrom,
    DateTo,
    ClearFilters,
    DateRangeReversed,
    BalanceAndFunds,
    CreditHistory,
    NoCreditHistory,
    Change,
    BalanceAfter,
    RedeemVoucher,
    VoucherCode,
    Redeem,
    Redeeming,
    VoucherAdded,
    VoucherUnknownOutcome,
    Currency,
    NoFee,
    PaymentsReceived,
    NoPayments,
    PayThisInvoice,
    PayElsewhereLead,
    PayOnBillingSite,
    DeleteInvoice,
    DeleteInvoiceLead,
    DeleteInvoiceConfirm,
}

impl AreaWords for InvoiceWord {
    fn text(self, lang: Lang) -> &'static str {
        use InvoiceWord::*;
        match (self, lang) {
            (InvalidAmount, Lang::En) => "Enter an amount like 12.50.",
            (InvalidAmount, Lang::Vi) => "Vui lòng nhập số tiền, ví dụ 12.50.",
            (InvoiceTitle, Lang::En) => "Invoice",
            (InvoiceTitle, Lang::Vi) => "Hóa đơn",
            (DueOn, Lang::En) => "Due",
            (DueOn, Lang::Vi) => "Hạn thanh toán",
            (PaidOn, Lang::En) => "Paid on",
            (PaidOn, Lang::Vi) => "Ngày thanh toán",
            (BalanceDue, Lang::En) => "Balance due",
            (BalanceDue, Lang::Vi) => "Còn phải trả",
            (ApplyCredit, Lang::En) => "Apply credit",
            (ApplyCredit, Lang::Vi) => "Dùng số dư",
            (CreditAvailable, Lang::En) => "Credit available",
            (CreditAvailable, Lang::Vi) => "Số dư hiện có",
            (AmountToApply, Lang::En) => "Amount to apply",
            (AmountToApply, Lang::Vi) => "Số tiền áp dụng",
            (ConfirmApplyCredit, Lang::En) => {
                "Apply {amount} of account credit to invoice #{number} ({currency})?"
            }
            (ConfirmApplyCredit, Lang::Vi) => {
                "Dùng {amount} số dư tài khoản cho hóa đơn #{number} ({currency})?"
            }
            (Applying, Lang::En) => "Applying…",
            (Applying, Lang::Vi) => "Đang áp dụng…",
            (CreditWasApplied, Lang::En) => "Credit applied.",
            (CreditWasApplied, Lang::Vi) => "Đã áp dụng số dư.",
            (CheckingOutcome, Lang::En) => {
                "The portal did not answer in time. Checking whether the credit was applied…"
            }
            (CheckingOutcome, Lang::Vi) => {
                "Cổng thanh toán không phản hồi kịp. Đang kiểm tra xem số dư đã được áp dụng chưa…"
            }
            (OutcomeNotApplied, Lang::En) => "The credit was not applied. You can try again.",
            (OutcomeNotApplied, Lang::Vi) => "Số dư chưa được áp dụng. Bạn có thể thử lại.",
            (InvoiceNotFound, Lang::En) => {
                "This invoice does not exist or belongs to another account."
            }
            (InvoiceNotFound, Lang::Vi) => {
                "Hóa đơn này không tồn tại hoặc thuộc về tài khoản khác."
            }
            (CreditNotPositive, Lang::En) => "Enter an amount above zero.",
            (CreditNotPositive, Lang::Vi) => "Vui lòng nhập số tiền lớn hơn 0.",
            (CreditTooManyDecimals, Lang::En) => "Too many decimal places for this currency.",
            (CreditTooManyDecimals, Lang::Vi) => "Quá nhiều chữ số thập phân cho loại tiền này.",
            (CreditMoreThanDue, Lang::En) => "That is more than the balance due.",
            (CreditMoreThanDue, Lang::Vi) => "Số tiền vượt quá số còn phải trả.",
            (CreditMoreThanAvailable, Lang::En) => "That is more than your available credit.",
            (CreditMoreThanAvailable, Lang::Vi) => "Số tiền vượt quá số dư hiện có.",
            (CreditOtherCurrency, Lang::En) => {
                "Your credit is held in another currency than this invoice."
            }
            (CreditOtherCurrency, Lang::Vi) => "Số dư của bạn ở loại tiền khác với hóa đơn này.",
            (NoCreditAvailable, Lang::En) => "You have no account credit to apply.",
            (NoCreditAvailable, Lang::Vi) => "Bạn không có số dư tài khoản để áp dụng.",
            (SearchByNumber, Lang::En) => "Search by number",
            (SearchByNumber, Lang::Vi) => "Tìm theo số hóa đơn",
            (SortNewest, Lang::En) => "Descending",
            (SortNewest, Lang::Vi) => "Giảm dần",
            (SortOldest, Lang::En) => "Ascending",
            (SortOldest, Lang::Vi) => "Tăng dần",
            (SortDate, Lang::En) => "Date",
            (SortDate, Lang::Vi) => "Ngày lập",
            (SortDue, Lang::En) => "Due date",
            (SortDue, Lang::Vi) => "Hạn thanh toán",
            (SortNumber, Lang::En) => "Number",
            (SortNumber, Lang::Vi) => "Số hóa đơn",
            (SortTotal, Lang::En) => "Total",
            (SortTotal, Lang::Vi) => "Tổng tiền",
            (SortStatus, Lang::En) => "Status",
            (SortStatus, Lang::Vi) => "Trạng thái",
            (NoInvoicesMatch, Lang::En) => "No invoices match.",
            (NoInvoicesMatch, Lang::Vi) => "Không có hóa đơn phù hợp.",
            (PageOf, Lang::En) => "Page {page} of {pages}",
            (PageOf, Lang::Vi) => "Trang {page}/{pages}",
            (PreviousPage, Lang::En) => "Previous page",
            (PreviousPage, Lang::Vi) => "Trang trước",
            (NextPage, Lang::En) => "Next page",
            (NextPage, Lang::Vi) => "Trang sau",
            (InvoiceCount, Lang::En) => "{n} invoices",
            (InvoiceCount, Lang::Vi) => "{n} hóa đơn",
            (PayInvoice, Lang::En) => "Pay this invoice",
            (PayInvoice, Lang::Vi) => "Thanh toán hóa đơn này",
            (Fee, Lang::En) => "fee",
            (Fee, Lang::Vi) => "phí",
            (TotalToPay, Lang::En) => "Total to pay",
            (TotalToPay, Lang::Vi) => "Tổng cần thanh toán",
            (ConfirmPayNoFee, Lang::En) => {
                "Pay {total} for invoice #{number} ({currency}) with {method}?"
            }
            (ConfirmPayNoFee, Lang::Vi) => {
                "Thanh toán {total} cho hóa đơn #{number} ({currency}) qua {method}?"
            }
            (PayAmount, Lang::En) => "Pay {total}",
            (PayAmount, Lang::Vi) => "Thanh toán {total}",
            (CreditCurrencyMismatch, Lang::En) => {
                "Your account credit is in {credit} and this invoice in {invoice}: credit can only pay invoices in its own currency."
            }
            (CreditCurrencyMismatch, Lang::Vi) => {
                "Số dư tài khoản của bạn tính bằng {credit}, còn hóa đơn này bằng {invoice}: số dư chỉ thanh toán được hóa đơn cùng loại tiền."
            }
            (ApplyAmount, Lang::En) => "Apply {amount}",
            (ApplyAmount, Lang::Vi) => "Áp dụng {amount}",
            (ConfirmPay, Lang::En) => {
                "Pay {total} for invoice #{number} ({currency}) with {method}? This includes a fee of {fee}."
            }
            (ConfirmPay, Lang::Vi) => {
                "Thanh toán {total} cho hóa đơn #{number} ({currency}) qua {method}? Đã bao gồm phí {fee}."
            }
            (OpeningGateway, Lang::En) => "Opening the payment page…",
            (OpeningGateway, Lang::Vi) => "Đang mở trang thanh toán…",
            (BadPaymentLink, Lang::En) => {
                "The portal sent a payment link that cannot be opened safely. Please contact support."
            }
            (BadPaymentLink, Lang::Vi) => {
                "Cổng thanh toán gửi về đường dẫn không thể mở an toàn. Vui lòng liên hệ hỗ trợ."
            }
            (ContinueToPayment, Lang::En) => "Continue to payment",
            (ContinueToPayment, Lang::Vi) => "Tiếp tục thanh toán",
            (AddFundsLead, Lang::En) => {
                "Top up your account credit: we create an invoice for the amount, which you then pay. Credit pays future invoices automatically or on request."
            }
            (AddFundsLead, Lang::Vi) => {
                "Nạp thêm số dư tài khoản: chúng tôi tạo một hóa đơn với số tiền này để bạn thanh toán. Số dư dùng để thanh toán các hóa đơn sau."
            }
            (CreateTopUp, Lang::En) => "Create top-up invoice",
            (CreateTopUp, Lang::Vi) => "Tạo hóa đơn nạp tiền",
            (Creating, Lang::En) => "Creating…",
            (Creating, Lang::Vi) => "Đang tạo…",
            (TopUpUnknownOutcome, Lang::En) => {
                "We could not confirm whether the top-up invoice was created. Check your unpaid invoices before trying again."
            }
            (TopUpUnknownOutcome, Lang::Vi) => {
                "Chưa xác nhận được hóa đơn nạp tiền đã được tạo hay chưa. Vui lòng kiểm tra các hóa đơn chưa thanh toán trước khi thử lại."
            }
            (PayAllLead, Lang::En) => {
                "Choose the unpaid invoices to pay together. They are gathered into one invoice, which you pay once; each of them is then marked paid. Invoices in different currencies are paid separately."
            }
            (PayAllLead, Lang::Vi) => {
                "Chọn các hóa đơn chưa thanh toán để trả cùng lúc. Chúng được gộp vào một hóa đơn để bạn thanh toán một lần; sau đó từng hóa đơn được đánh dấu đã thanh toán. Hóa đơn khác loại tiền được thanh toán riêng."
            }
            (PayAllNone, Lang::En) => "You have no unpaid invoices.",
            (PayAllNone, Lang::Vi) => "Bạn không có hóa đơn nào chưa thanh toán.",
            (PayAllSubmit, Lang::En) => "Gather {n} invoices into one",
            (PayAllSubmit, Lang::Vi) => "Gộp {n} hóa đơn thành một",
            (PayAllConfirm, Lang::En) => {
                "Gather {n} invoices totalling {total} into one invoice to pay?"
            }
            (PayAllConfirm, Lang::Vi) => {
                "Gộp {n} hóa đơn với tổng {total} thành một hóa đơn để thanh toán?"
            }
            (Gathering, Lang::En) => "Gathering…",
            (Gathering, Lang::Vi) => "Đang gộp…",
            (PayAllUnknownOutcome, Lang::En) => {
                "We could not confirm whether the invoices were gathered. Check your unpaid invoices before trying again."
            }
            (PayAllUnknownOutcome, Lang::Vi) => {
                "Chưa xác nhận được các hóa đơn đã được gộp hay chưa. Vui lòng kiểm tra hóa đơn chưa thanh toán trước khi thử lại."
            }
            (SelectAtLeastOne, Lang::En) => "Select at least one invoice.",
            (SelectAtLeastOne, Lang::Vi) => "Hãy chọn ít nhất một hóa đơn.",
            (SelectedTotal, Lang::En) => "Selected total",
            (SelectedTotal, Lang::Vi) => "Tổng đã chọn",
            (DateFrom, Lang::En) => "Issued from",
            (DateFrom, Lang::Vi) => "Phát hành từ",
            (DateTo, Lang::En) => "Issued until",
            (DateTo, Lang::Vi) => "Phát hành đến",
            (ClearFilters, Lang::En) => "Clear filters",
            (ClearFilters, Lang::Vi) => "Xóa bộ lọc",
            (DateRangeReversed, Lang::En) => "The start date is after the end date.",
            (DateRangeReversed, Lang::Vi) => "Ngày bắt đầu sau ngày kết thúc.",
            (BalanceAndFunds, Lang::En) => "Balance and funds",
            (BalanceAndFunds, Lang::Vi) => "Số dư và nạp tiền",
            (CreditHistory, Lang::En) => "Credit history",
            (CreditHistory, Lang::Vi) => "Lịch sử số dư",
            (NoCreditHistory, Lang::En) => "No credit movements yet.",
            (NoCreditHistory, Lang::Vi) => "Chưa có biến động số dư.",
            (Change, Lang::En) => "Change",
            (Change, Lang::Vi) => "Thay đổi",
            (BalanceAfter, Lang::En) => "Balance after",
            (BalanceAfter, Lang::Vi) => "Số dư sau",
            (RedeemVoucher, Lang::En) => "Redeem a voucher",
            (RedeemVoucher, Lang::Vi) => "Đổi mã khuyến mãi",
            (VoucherCode, Lang::En) => "Voucher code",
            (VoucherCode, Lang::Vi) => "Mã khuyến mãi",
            (Redeem, Lang::En) => "Redeem",
            (Redeem, Lang::Vi) => "Đổi mã",
            (Redeeming, Lang::En) => "Redeeming…",
            (Redeeming, Lang::Vi) => "Đang đổi mã…",
            (VoucherAdded, Lang::En) => "{amount} was added to your credit.",
            (VoucherAdded, Lang::Vi) => "Đã cộng {amount} vào số dư của bạn.",
            (VoucherUnknownOutcome, Lang::En) => {
                "We could not confirm whether the voucher was redeemed. Check your credit history before trying again."
            }
            (VoucherUnknownOutcome, Lang::Vi) => {
                "Chưa xác nhận được mã đã được đổi hay chưa. Vui lòng kiểm tra lịch sử số dư trước khi thử lại."
            }
            (Currency, Lang::En) => "Currency",
            (Currency, Lang::Vi) => "Loại tiền",
            (NoFee, Lang::En) => "no fee",
            (NoFee, Lang::Vi) => "không phí",
            (PaymentsReceived, Lang::En) => "Payments received",
            (PaymentsReceived, Lang::Vi) => "Các khoản đã thanh toán",
            (NoPayments, Lang::En) => {
                "No payments recorded yet. Only payments the billing system has processed are listed: one still being checked by the payment provider appears once it is processed."
            }
            (NoPayments, Lang::Vi) => {
                "Chưa có khoản thanh toán nào được ghi nhận. Chỉ các khoản hệ thống thanh toán đã xử lý mới được liệt kê: khoản đang chờ nhà cung cấp thanh toán kiểm tra sẽ hiện khi được xử lý xong."
            }
            (PayThisInvoice, Lang::En) => "Pay this invoice",
            (PayThisInvoice, Lang::Vi) => "Thanh toán hóa đơn này",
            (PayElsewhereLead, Lang::En) => {
                "Payment happens on the billing site; you come back here once it is paid."
            }
            (PayElsewhereLead, Lang::Vi) => {
                "Thanh toán được thực hiện trên trang thanh toán; sau khi xong bạn sẽ quay lại đây."
            }
            (PayOnBillingSite, Lang::En) => "Pay on the billing site",
            (PayOnBillingSite, Lang::Vi) => "Thanh toán trên trang thanh toán",
            (DeleteInvoice, Lang::En) => "Delete invoice",
            (DeleteInvoice, Lang::Vi) => "Xóa hóa đơn",
            (DeleteInvoiceLead, Lang::En) => "An unpaid invoice you no longer need can be deleted.",
            (DeleteInvoiceLead, Lang::Vi) => {
                "Có thể xóa hóa đơn chưa thanh toán mà bạn không còn cần."
            }
            (DeleteInvoiceConfirm, Lang::En) => "Delete invoice #{n}? This cannot be undone.",
            (DeleteInvoiceConfirm, Lang::Vi) => "Xóa hóa đơn #{n}? Không thể hoàn tác.",
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        use InvoiceWord::*;
        if lang != Lang::En {
            return None;
        }
        Some(match self {
            InvoiceCount => "{n} invoice",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::InvoiceWord;
    use crate::i18n::{Lang, w_n};

    #[test]
    fn an_invoice_count_is_singular_for_one_in_english() {
        assert_eq!(w_n(Lang::En, InvoiceWord::InvoiceCount, 1), "1 invoice");
        assert_eq!(w_n(Lang::En, InvoiceWord::InvoiceCount, 2), "2 invoices");
        assert_eq!(w_n(Lang::Vi, InvoiceWord::InvoiceCount, 1), "1 hóa đơn");
    }
}
