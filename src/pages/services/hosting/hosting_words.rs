//! The hosting account's words, compiled into the services chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the hosting account panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HostingWord {
    Title,
    Username,
    Domain,
    Address,
    Server,
    Nameservers,
    NameserversLead,
    OpenPanel,
    Plan,
    PlansOffered,
    Yours,
    DiskMb,
    BandwidthMb,
    FtpAccounts,
    Databases,
    Mailboxes,
    Subdomains,
    ParkedDomains,
    AddonDomains,
    PasswordTitle,
    PasswordLead,
    NewPassword,
    SetPassword,
    PasswordSet,
    UsernameTitle,
    UsernameLead,
    NewUsername,
    ChangeUsername,
    UsernameConfirm,
    UsernameChanged,
    UsernameInvalid,
    DomainTitle,
    DomainLead,
    NewDomain,
    ChangeDomain,
    DomainConfirm,
    DomainChanged,
    DomainInvalid,
    Unchanged,
}

impl AreaWords for HostingWord {
    fn text(self, lang: Lang) -> &'static str {
        use HostingWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Hosting account",
            (Title, Lang::Vi) => "Tài khoản hosting",
            (Username, Lang::En) => "User name",
            (Username, Lang::Vi) => "Tên đăng nhập",
            (Domain, Lang::En) => "Domain",
            (Domain, Lang::Vi) => "Tên miền",
            (Address, Lang::En) => "IP address",
            (Address, Lang::Vi) => "Địa chỉ IP",
            (Server, Lang::En) => "Server",
            (Server, Lang::Vi) => "Máy chủ",
            (Nameservers, Lang::En) => "Name servers",
            (Nameservers, Lang::Vi) => "Máy chủ tên miền",
            (NameserversLead, Lang::En) => {
                "Give these to your domain's registrar so the domain points at this account."
            }
            (NameserversLead, Lang::Vi) => {
                "Khai báo các máy chủ này tại nhà đăng ký tên miền để tên miền trỏ về tài khoản này."
            }
            (OpenPanel, Lang::En) => "Open the control panel",
            (OpenPanel, Lang::Vi) => "Mở bảng điều khiển",
            (Plan, Lang::En) => "Plan",
            (Plan, Lang::Vi) => "Gói dịch vụ",
            (PlansOffered, Lang::En) => "Plans on offer",
            (PlansOffered, Lang::Vi) => "Các gói đang cung cấp",
            (Yours, Lang::En) => "yours",
            (Yours, Lang::Vi) => "gói của bạn",
            (DiskMb, Lang::En) => "Disk space",
            (DiskMb, Lang::Vi) => "Dung lượng đĩa",
            (BandwidthMb, Lang::En) => "Monthly traffic",
            (BandwidthMb, Lang::Vi) => "Lưu lượng hằng tháng",
            (FtpAccounts, Lang::En) => "FTP accounts",
            (FtpAccounts, Lang::Vi) => "Tài khoản FTP",
            (Databases, Lang::En) => "Databases",
            (Databases, Lang::Vi) => "Cơ sở dữ liệu",
            (Mailboxes, Lang::En) => "Mailboxes",
            (Mailboxes, Lang::Vi) => "Hộp thư",
            (Subdomains, Lang::En) => "Subdomains",
            (Subdomains, Lang::Vi) => "Tên miền con",
            (ParkedDomains, Lang::En) => "Parked domains",
            (ParkedDomains, Lang::Vi) => "Tên miền đỗ",
            (AddonDomains, Lang::En) => "Addon domains",
            (AddonDomains, Lang::Vi) => "Tên miền bổ sung",
            (PasswordTitle, Lang::En) => "Control panel password",
            (PasswordTitle, Lang::Vi) => "Mật khẩu bảng điều khiển",
            (PasswordLead, Lang::En) => {
                "The password of the control panel and FTP. Your sign-in here does not change."
            }
            (PasswordLead, Lang::Vi) => {
                "Mật khẩu của bảng điều khiển và FTP. Mật khẩu đăng nhập tại đây không thay đổi."
            }
            (NewPassword, Lang::En) => "New password",
            (NewPassword, Lang::Vi) => "Mật khẩu mới",
            (SetPassword, Lang::En) => "Set the password",
            (SetPassword, Lang::Vi) => "Đặt mật khẩu",
            (PasswordSet, Lang::En) => "The control panel password was changed.",
            (PasswordSet, Lang::Vi) => "Đã đổi mật khẩu bảng điều khiển.",
            (UsernameTitle, Lang::En) => "User name",
            (UsernameTitle, Lang::Vi) => "Tên đăng nhập",
            (UsernameLead, Lang::En) => {
                "Used to sign in to the control panel and FTP: a letter, then letters or digits, 16 at most."
            }
            (UsernameLead, Lang::Vi) => {
                "Dùng để đăng nhập bảng điều khiển và FTP: bắt đầu bằng chữ cái, sau đó là chữ hoặc số, tối đa 16 ký tự."
            }
            (NewUsername, Lang::En) => "New user name",
            (NewUsername, Lang::Vi) => "Tên đăng nhập mới",
            (ChangeUsername, Lang::En) => "Change the user name",
            (ChangeUsername, Lang::Vi) => "Đổi tên đăng nhập",
            (UsernameConfirm, Lang::En) => {
                "The account's user name becomes “{new}”. FTP programs and scripts that sign in as “{old}” will stop working until you change them."
            }
            (UsernameConfirm, Lang::Vi) => {
                "Tên đăng nhập của tài khoản sẽ thành “{new}”. Các chương trình FTP và script đăng nhập bằng “{old}” sẽ ngừng hoạt động cho đến khi bạn cập nhật chúng."
            }
            (UsernameChanged, Lang::En) => "The user name was changed.",
            (UsernameChanged, Lang::Vi) => "Đã đổi tên đăng nhập.",
            (UsernameInvalid, Lang::En) => {
                "Start with a letter, then use lowercase letters or digits only (16 at most)."
            }
            (UsernameInvalid, Lang::Vi) => {
                "Bắt đầu bằng chữ cái, sau đó chỉ dùng chữ thường hoặc chữ số (tối đa 16 ký tự)."
            }
            (DomainTitle, Lang::En) => "Main domain",
            (DomainTitle, Lang::Vi) => "Tên miền chính",
            (DomainLead, Lang::En) => {
                "The domain this account's website answers to. The domain itself must already be yours."
            }
            (DomainLead, Lang::Vi) => {
                "Tên miền mà website của tài khoản này phục vụ. Bạn cần sở hữu sẵn tên miền đó."
            }
            (NewDomain, Lang::En) => "New domain",
            (NewDomain, Lang::Vi) => "Tên miền mới",
            (ChangeDomain, Lang::En) => "Change the domain",
            (ChangeDomain, Lang::Vi) => "Đổi tên miền",
            (DomainConfirm, Lang::En) => {
                "The website moves from {old} to {new}. {old} stops showing it, and {new} shows it once its name servers point here."
            }
            (DomainConfirm, Lang::Vi) => {
                "Website sẽ chuyển từ {old} sang {new}. {old} sẽ không còn hiển thị website, và {new} sẽ hiển thị khi máy chủ tên miền của nó trỏ về đây."
            }
            (DomainChanged, Lang::En) => "The domain was changed.",
            (DomainChanged, Lang::Vi) => "Đã đổi tên miền.",
            (DomainInvalid, Lang::En) => "Enter a domain like example.com.",
            (DomainInvalid, Lang::Vi) => "Hãy nhập tên miền, ví dụ example.com.",
            (Unchanged, Lang::En) => "That is the one the account has now.",
            (Unchanged, Lang::Vi) => "Tài khoản đang dùng đúng giá trị này.",
        }
    }
}
