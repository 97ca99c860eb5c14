//! The settings page's words, compiled into the account chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the settings page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingsWord {
    Title,
    Link,
    Preferences,
    PaymentMethod,
    CreditAutoApply,
    Notifications,
    Nameservers,
    NameserversLead,
    NameserverN,
    NameserversTooFew,
    Save,
    Saved,
    Verify,
    VerifyLead,
    ByEmail,
    BySms,
    Channel,
    SendCode,
    CodeSentEmail,
    CodeSentSms,
    Code,
    CodeInvalid,
    VerifyButton,
    Verified,
}

impl AreaWords for SettingsWord {
    fn text(self, lang: Lang) -> &'static str {
        use SettingsWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Settings",
            (Title, Lang::Vi) => "Cài đặt",
            (Link, Lang::En) => {
                "Payment, notification and domain preferences; verify your e-mail or phone"
            }
            (Link, Lang::Vi) => {
                "Tùy chọn thanh toán, thông báo và tên miền; xác minh e-mail hoặc điện thoại"
            }
            (Preferences, Lang::En) => "Preferences",
            (Preferences, Lang::Vi) => "Tùy chọn",
            (PaymentMethod, Lang::En) => "Payment method for new invoices",
            (PaymentMethod, Lang::Vi) => "Phương thức thanh toán cho hóa đơn mới",
            (CreditAutoApply, Lang::En) => "Pay new invoices from my account credit automatically",
            (CreditAutoApply, Lang::Vi) => "Tự động thanh toán hóa đơn mới bằng số dư tài khoản",
            (Notifications, Lang::En) => "Send me notification e-mails",
            (Notifications, Lang::Vi) => "Gửi e-mail thông báo cho tôi",
            (Nameservers, Lang::En) => "Name servers for new domains",
            (Nameservers, Lang::Vi) => "Máy chủ tên miền cho tên miền mới",
            (NameserversLead, Lang::En) => {
                "Leave them all empty to use your provider's. Otherwise give two to four."
            }
            (NameserversLead, Lang::Vi) => {
                "Để trống tất cả để dùng của nhà cung cấp. Nếu không, hãy nhập từ hai đến bốn."
            }
            (NameserverN, Lang::En) => "Name server {n}",
            (NameserverN, Lang::Vi) => "Máy chủ tên miền {n}",
            (NameserversTooFew, Lang::En) => "Give at least two name servers, or none.",
            (NameserversTooFew, Lang::Vi) => "Nhập ít nhất hai máy chủ tên miền, hoặc để trống.",
            (Save, Lang::En) => "Save settings",
            (Save, Lang::Vi) => "Lưu cài đặt",
            (Saved, Lang::En) => "Settings saved.",
            (Saved, Lang::Vi) => "Đã lưu cài đặt.",
            (Verify, Lang::En) => "Verify your e-mail or phone",
            (Verify, Lang::Vi) => "Xác minh e-mail hoặc điện thoại",
            (VerifyLead, Lang::En) => {
                "Your provider may ask you to confirm you can be reached. Ask for a code, then type it here."
            }
            (VerifyLead, Lang::Vi) => {
                "Nhà cung cấp có thể yêu cầu bạn xác nhận có thể liên lạc được. Hãy yêu cầu mã, sau đó nhập mã tại đây."
            }
            (ByEmail, Lang::En) => "E-mail",
            (ByEmail, Lang::Vi) => "E-mail",
            (BySms, Lang::En) => "Phone (SMS)",
            (BySms, Lang::Vi) => "Điện thoại (SMS)",
            (Channel, Lang::En) => "Where to send the code",
            (Channel, Lang::Vi) => "Nơi nhận mã",
            (SendCode, Lang::En) => "Send me a code",
            (SendCode, Lang::Vi) => "Gửi mã cho tôi",
            (CodeSentEmail, Lang::En) => "A code was sent to your e-mail address.",
            (CodeSentEmail, Lang::Vi) => "Đã gửi mã tới địa chỉ e-mail của bạn.",
            (CodeSentSms, Lang::En) => "A code was sent to your phone.",
            (CodeSentSms, Lang::Vi) => "Đã gửi mã tới điện thoại của bạn.",
            (Code, Lang::En) => "Code received",
            (Code, Lang::Vi) => "Mã đã nhận",
            (CodeInvalid, Lang::En) => "Type the code as you received it: letters and digits.",
            (CodeInvalid, Lang::Vi) => "Nhập mã đúng như đã nhận: chữ và số.",
            (VerifyButton, Lang::En) => "Verify",
            (VerifyButton, Lang::Vi) => "Xác minh",
            (Verified, Lang::En) => "Verified. Thank you.",
            (Verified, Lang::Vi) => "Đã xác minh. Cảm ơn bạn.",
        }
    }
}
