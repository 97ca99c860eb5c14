//! The services pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the services pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceWord {
    Notices,
    Certificates,
    DeleteOrder,
    DeleteOrderLead,
    DeleteOrderConfirm,
    Domain,
    LabelSaved,
    LabelTooLong,
    LabelChangedElsewhere,
    KeepTheirLabel,
    SaveMyLabel,
    NoLabel,
    NoServicesMatch,
    SearchServices,
    SearchServicesHint,
    SearchServicesHintPortal,
    ServicesFound,
    SearchingPortal,
    PortalSearchFailed,
    ClearSearch,
    OrderedOn,
    Price,
    Product,
    Reveal,
    ServiceLabel,
    ServiceLabelHint,
    ServiceNotFound,
    Username,
    ServiceInvoices,
    NoServiceInvoices,
    CancelService,
    CancelReason,
    CancelWhen,
    CancelEndOfPeriod,
    CancelImmediate,
    CancelConfirm,
    CancelRequested,
    CancelReasonRequired,
    UpgradeLink,
    DomainTitle,
    DomainExpiresOn,
    Nameservers,
    NameserverN,
    NameserversLead,
    SaveNameservers,
    NameserversSaved,
    NameserversTooFew,
    NameserverRepeated,
    TransferLock,
    TransferLockLead,
    WhoisPrivacy,
    WhoisPrivacyLead,
    SettingOn,
    SettingOff,
    SettingSaved,
    TransferCode,
    TransferCodeLead,
    ShowTransferCode,
    TransferCodeNone,
    RegistrantContact,
    ContactLead,
    SaveContact,
    ContactSaved,
    AddonsAndPlans,
    NoAddons,
    CanMoveTo,
    NoOtherPlans,
    AskSupportToMove,
    RenewTitle,
    RenewLead,
    RenewNow,
    RenewPaidFromCredit,
    RenewAwaitingPayment,
    RenewIssued,
    OpenTheInvoice,
    RenewConfirm,
    Configuration,
    Addresses,
    ReverseDns,
    ReverseDnsOf,
    SaveReverseDns,
    ReverseDnsSaved,
    ReverseDnsInvalid,
    ReverseDnsUnchanged,
    NoAddresses,
    DnsZones,
    NoDnsZones,
    AllDnsZones,
    PanelBackups,
    PanelBackupsLead,
    NoPanelBackups,
    BackupTaken,
    BackupFile,
    LicenceTitle,
    LicenceKey,
    LicenceLead,
    BindingIps,
    BindingHosts,
    BindingPaths,
    BindingVersions,
    BindingChecked,
    BindingNotChecked,
    BindingNone,
    LicenceLastCheck,
    LicenceNeverChecked,
    ResetLicence,
    ResetLicenceConfirm,
    LicenceReset,
    LicenceUnbound,
}

impl AreaWords for ServiceWord {
    fn singular(self, lang: Lang) -> Option<&'static str> {
        match (self, lang) {
            (ServiceWord::ServicesFound, Lang::En) => Some("1 service found."),
            _ => None,
        }
    }
    fn text(self, lang: Lang) -> &'static str {
        use ServiceWord::*;
        match (self, lang) {
            (Certificates, Lang::En) => "SSL certificates",
            (Certificates, Lang::Vi) => "Chứng chỉ SSL",
            (DeleteOrder, Lang::En) => "Delete this order",
            (DeleteOrder, Lang::Vi) => "Xóa đơn hàng này",
            (DeleteOrderLead, Lang::En) => {
                "It has not been set up yet, so nothing is lost: the order is withdrawn and you are not billed for it."
            }
            (DeleteOrderLead, Lang::Vi) => {
                "Đơn hàng chưa được khởi tạo nên không mất gì: đơn hàng được rút lại và bạn không bị tính phí."
            }
            (DeleteOrderConfirm, Lang::En) => {
                "Delete the order “{name}”? To have it again you would order it anew."
            }
            (DeleteOrderConfirm, Lang::Vi) => {
                "Xóa đơn hàng “{name}”? Nếu muốn dùng lại, bạn sẽ phải đặt hàng mới."
            }
            (Domain, Lang::En) => "Domain",
            (Domain, Lang::Vi) => "Tên miền",
            (LabelSaved, Lang::En) => "Label saved.",
            (LabelSaved, Lang::Vi) => "Đã lưu nhãn.",
            (LabelChangedElsewhere, Lang::En) => {
                "Nothing was saved: since this page opened, the label was changed elsewhere to {label}."
            }
            (LabelChangedElsewhere, Lang::Vi) => {
                "Chưa lưu gì: từ khi trang này mở, nhãn đã được đổi ở nơi khác thành {label}."
            }
            (KeepTheirLabel, Lang::En) => "Keep that label",
            (KeepTheirLabel, Lang::Vi) => "Giữ nhãn đó",
            (SaveMyLabel, Lang::En) => "Save mine instead",
            (SaveMyLabel, Lang::Vi) => "Vẫn lưu nhãn của tôi",
            (NoLabel, Lang::En) => "no label",
            (NoLabel, Lang::Vi) => "không có nhãn",
            (LabelTooLong, Lang::En) => "A label can be at most 64 characters.",
            (LabelTooLong, Lang::Vi) => "Nhãn tối đa 64 ký tự.",
            (NoServicesMatch, Lang::En) => "No services match.",
            (NoServicesMatch, Lang::Vi) => "Không có dịch vụ phù hợp.",
            (SearchServices, Lang::En) => "Search services",
            (SearchServices, Lang::Vi) => "Tìm dịch vụ",
            (SearchServicesHint, Lang::En) => "By product, domain or number.",
            (SearchServicesHint, Lang::Vi) => "Theo sản phẩm, tên miền hoặc mã số.",
            (SearchServicesHintPortal, Lang::En) => {
                "By product, domain, number, IP address or user name."
            }
            (SearchServicesHintPortal, Lang::Vi) => {
                "Theo sản phẩm, tên miền, mã số, địa chỉ IP hoặc tên đăng nhập."
            }
            (ServicesFound, Lang::En) => "{n} services found.",
            (ServicesFound, Lang::Vi) => "Tìm thấy {n} dịch vụ.",
            (SearchingPortal, Lang::En) => "Searching addresses and user names too…",
            (SearchingPortal, Lang::Vi) => "Đang tìm cả theo địa chỉ IP và tên đăng nhập…",
            (PortalSearchFailed, Lang::En) => {
                "The full search did not answer: these match by product, domain or number only."
            }
            (PortalSearchFailed, Lang::Vi) => {
                "Tìm kiếm đầy đủ không phản hồi: kết quả chỉ khớp theo sản phẩm, tên miền hoặc mã số."
            }
            (ClearSearch, Lang::En) => "Clear search",
            (ClearSearch, Lang::Vi) => "Xoá tìm kiếm",
            (OrderedOn, Lang::En) => "Ordered on",
            (OrderedOn, Lang::Vi) => "Ngày đặt",
            (Price, Lang::En) => "Price",
            (Price, Lang::Vi) => "Giá",
            (Product, Lang::En) => "Product",
            (Product, Lang::Vi) => "Sản phẩm",
            (Reveal, Lang::En) => "Show",
            (Reveal, Lang::Vi) => "Hiện",
            (ServiceLabel, Lang::En) => "Label",
            (ServiceLabel, Lang::Vi) => "Nhãn",
            (ServiceLabelHint, Lang::En) => "Your own name for this service",
            (ServiceLabelHint, Lang::Vi) => "Tên riêng của bạn cho dịch vụ này",
            (ServiceNotFound, Lang::En) => {
                "This service does not exist or belongs to another account."
            }
            (ServiceNotFound, Lang::Vi) => {
                "Dịch vụ này không tồn tại hoặc thuộc về tài khoản khác."
            }
            (Username, Lang::En) => "Username",
            (Username, Lang::Vi) => "Tên đăng nhập",
            (ServiceInvoices, Lang::En) => "Invoices for this service",
            (ServiceInvoices, Lang::Vi) => "Hóa đơn của dịch vụ",
            (NoServiceInvoices, Lang::En) => "No invoices for this service.",
            (NoServiceInvoices, Lang::Vi) => "Chưa có hóa đơn cho dịch vụ này.",
            (CancelService, Lang::En) => "Request cancellation",
            (CancelService, Lang::Vi) => "Yêu cầu hủy dịch vụ",
            (CancelReason, Lang::En) => "Reason",
            (CancelReason, Lang::Vi) => "Lý do",
            (CancelWhen, Lang::En) => "When",
            (CancelWhen, Lang::Vi) => "Thời điểm",
            (CancelEndOfPeriod, Lang::En) => "At the end of the paid period",
            (CancelEndOfPeriod, Lang::Vi) => "Khi hết kỳ đã thanh toán",
            (CancelImmediate, Lang::En) => "Immediately",
            (CancelImmediate, Lang::Vi) => "Ngay lập tức",
            (CancelConfirm, Lang::En) => {
                "Ask to cancel {name} {when}? The provider stops the service and its data may be deleted."
            }
            (CancelConfirm, Lang::Vi) => {
                "Yêu cầu hủy {name} {when}? Nhà cung cấp sẽ dừng dịch vụ và dữ liệu có thể bị xóa."
            }
            (CancelRequested, Lang::En) => "Cancellation requested: {when}.",
            (CancelRequested, Lang::Vi) => "Đã gửi yêu cầu hủy: {when}.",
            (CancelReasonRequired, Lang::En) => "Please say why you are cancelling.",
            (CancelReasonRequired, Lang::Vi) => "Vui lòng cho biết lý do hủy.",
            (UpgradeLink, Lang::En) => "Upgrade or downgrade",
            (UpgradeLink, Lang::Vi) => "Nâng cấp hoặc hạ cấp",
            (DomainTitle, Lang::En) => "Domain",
            (DomainTitle, Lang::Vi) => "Tên miền",
            (DomainExpiresOn, Lang::En) => "Expires on {date}",
            (DomainExpiresOn, Lang::Vi) => "Hết hạn ngày {date}",
            (Nameservers, Lang::En) => "Name servers",
            (Nameservers, Lang::Vi) => "Máy chủ tên miền (nameserver)",
            (NameserverN, Lang::En) => "Name server {n}",
            (NameserverN, Lang::Vi) => "Nameserver {n}",
            (NameserversLead, Lang::En) => {
                "Where the domain's DNS is answered. Two are required, up to four."
            }
            (NameserversLead, Lang::Vi) => {
                "Nơi phân giải DNS của tên miền. Cần ít nhất hai, tối đa bốn."
            }
            (SaveNameservers, Lang::En) => "Save name servers",
            (SaveNameservers, Lang::Vi) => "Lưu nameserver",
            (NameserversSaved, Lang::En) => "Name servers saved.",
            (NameserversSaved, Lang::Vi) => "Đã lưu nameserver.",
            (NameserversTooFew, Lang::En) => "Enter at least two name servers.",
            (NameserversTooFew, Lang::Vi) => "Hãy nhập ít nhất hai nameserver.",
            (NameserverRepeated, Lang::En) => "This name server is already listed.",
            (NameserverRepeated, Lang::Vi) => "Nameserver này đã có trong danh sách.",
            (TransferLock, Lang::En) => "Transfer lock",
            (TransferLock, Lang::Vi) => "Khóa chuyển tên miền",
            (TransferLockLead, Lang::En) => {
                "While locked, the domain cannot be moved to another registrar."
            }
            (TransferLockLead, Lang::Vi) => {
                "Khi đang khóa, tên miền không thể chuyển sang nhà đăng ký khác."
            }
            (WhoisPrivacy, Lang::En) => "WHOIS privacy",
            (WhoisPrivacy, Lang::Vi) => "Ẩn thông tin WHOIS",
            (WhoisPrivacyLead, Lang::En) => {
                "Hides the registrant's name, address and phone from public WHOIS."
            }
            (WhoisPrivacyLead, Lang::Vi) => {
                "Ẩn tên, địa chỉ và số điện thoại của chủ thể khỏi WHOIS công khai."
            }
            (SettingOn, Lang::En) => "On",
            (SettingOn, Lang::Vi) => "Bật",
            (SettingOff, Lang::En) => "Off",
            (SettingOff, Lang::Vi) => "Tắt",
            (SettingSaved, Lang::En) => "{setting} is now {state}.",
            (SettingSaved, Lang::Vi) => "{setting} hiện đang {state}.",
            (TransferCode, Lang::En) => "Transfer code",
            (TransferCode, Lang::Vi) => "Mã chuyển tên miền",
            (TransferCodeLead, Lang::En) => {
                "The next registrar asks for this code. Unlock the domain first: a locked domain cannot leave."
            }
            (TransferCodeLead, Lang::Vi) => {
                "Nhà đăng ký mới sẽ yêu cầu mã này. Hãy mở khóa tên miền trước: tên miền đang khóa không thể chuyển đi."
            }
            (ShowTransferCode, Lang::En) => "Show the transfer code",
            (ShowTransferCode, Lang::Vi) => "Hiện mã chuyển tên miền",
            (TransferCodeNone, Lang::En) => {
                "This domain's registrar gives no transfer code here. Ask support for it when you move the domain."
            }
            (TransferCodeNone, Lang::Vi) => {
                "Nhà đăng ký của tên miền này không cung cấp mã chuyển ở đây. Hãy liên hệ bộ phận hỗ trợ để lấy mã khi bạn chuyển tên miền."
            }
            (RegistrantContact, Lang::En) => "Registrant contact",
            (RegistrantContact, Lang::Vi) => "Thông tin chủ thể",
            (ContactLead, Lang::En) => {
                "Registrars require these to be true and current; the email receives renewal and transfer notices."
            }
            (ContactLead, Lang::Vi) => {
                "Nhà đăng ký yêu cầu thông tin chính xác và cập nhật; email sẽ nhận thông báo gia hạn và chuyển tên miền."
            }
            (SaveContact, Lang::En) => "Save contact",
            (SaveContact, Lang::Vi) => "Lưu thông tin",
            (ContactSaved, Lang::En) => "Contact saved.",
            (ContactSaved, Lang::Vi) => "Đã lưu thông tin chủ thể.",
            (AddonsAndPlans, Lang::En) => "Add-ons and plans",
            (AddonsAndPlans, Lang::Vi) => "Dịch vụ bổ sung và gói",
            (NoAddons, Lang::En) => "No add-ons on this service.",
            (NoAddons, Lang::Vi) => "Dịch vụ này không có dịch vụ bổ sung.",
            (CanMoveTo, Lang::En) => "Plans this service can move to",
            (CanMoveTo, Lang::Vi) => "Các gói dịch vụ này có thể chuyển sang",
            (NoOtherPlans, Lang::En) => "No other plan is offered for this service.",
            (NoOtherPlans, Lang::Vi) => "Không có gói nào khác cho dịch vụ này.",
            (AskSupportToMove, Lang::En) => {
                "To move to one of them, contact support: the billing system takes the request there."
            }
            (AskSupportToMove, Lang::Vi) => {
                "Để chuyển sang một trong các gói này, hãy liên hệ bộ phận hỗ trợ: yêu cầu được xử lý tại đó."
            }
            (RenewTitle, Lang::En) => "Renewal",
            (RenewTitle, Lang::Vi) => "Gia hạn",
            (RenewLead, Lang::En) => {
                "Get the invoice for the next period now, instead of waiting for it. If your account credit covers it, it is paid from the credit at once."
            }
            (RenewLead, Lang::Vi) => {
                "Nhận hóa đơn cho kỳ tiếp theo ngay bây giờ, không cần chờ. Nếu số dư tài khoản đủ, hóa đơn được thanh toán ngay từ số dư."
            }
            (RenewNow, Lang::En) => "Renew now",
            (RenewNow, Lang::Vi) => "Gia hạn ngay",
            (RenewPaidFromCredit, Lang::En) => {
                "Renewed: invoice {number} for {amount} was paid from your account credit."
            }
            (RenewPaidFromCredit, Lang::Vi) => {
                "Đã gia hạn: hóa đơn {number} trị giá {amount} đã được thanh toán từ số dư tài khoản."
            }
            (RenewAwaitingPayment, Lang::En) => {
                "Renewal invoice {number} is waiting for payment: {amount} to pay."
            }
            (RenewAwaitingPayment, Lang::Vi) => {
                "Hóa đơn gia hạn {number} đang chờ thanh toán: còn {amount}."
            }
            (RenewIssued, Lang::En) => "The renewal invoice is ready.",
            (RenewIssued, Lang::Vi) => "Hóa đơn gia hạn đã sẵn sàng.",
            (OpenTheInvoice, Lang::En) => "Open the invoice",
            (OpenTheInvoice, Lang::Vi) => "Mở hóa đơn",
            (RenewConfirm, Lang::En) => {
                "Renew {name} now? The billing system issues the invoice for the next period ({price}), or gives back the unpaid one already issued for this service. Your account credit ({credit}) pays it at once if it covers the amount; otherwise you pay it on the invoice."
            }
            (RenewConfirm, Lang::Vi) => {
                "Gia hạn {name} ngay? Hệ thống thanh toán sẽ tạo hóa đơn cho kỳ tiếp theo ({price}), hoặc trả lại hóa đơn chưa thanh toán đã tạo cho dịch vụ này. Số dư tài khoản của bạn ({credit}) sẽ thanh toán ngay nếu đủ; nếu không, bạn thanh toán trên hóa đơn."
            }
            (Configuration, Lang::En) => "Configuration",
            (Configuration, Lang::Vi) => "Cấu hình",
            (Addresses, Lang::En) => "IP addresses",
            (Addresses, Lang::Vi) => "Địa chỉ IP",
            (ReverseDns, Lang::En) => "Reverse DNS",
            (ReverseDns, Lang::Vi) => "DNS ngược",
            (ReverseDnsOf, Lang::En) => "Reverse DNS of {ip}",
            (ReverseDnsOf, Lang::Vi) => "DNS ngược của {ip}",
            (SaveReverseDns, Lang::En) => "Save reverse DNS",
            (SaveReverseDns, Lang::Vi) => "Lưu DNS ngược",
            (ReverseDnsSaved, Lang::En) => "Reverse DNS saved.",
            (ReverseDnsSaved, Lang::Vi) => "Đã lưu DNS ngược.",
            (ReverseDnsInvalid, Lang::En) => {
                "Not a host name: use letters, digits and hyphens, with at least one dot (mail.example.com)."
            }
            (ReverseDnsInvalid, Lang::Vi) => {
                "Không phải tên máy chủ hợp lệ: dùng chữ, số và dấu gạch ngang, có ít nhất một dấu chấm (mail.example.com)."
            }
            (ReverseDnsUnchanged, Lang::En) => "Nothing to save: no name was changed.",
            (ReverseDnsUnchanged, Lang::Vi) => "Không có gì để lưu: chưa đổi tên nào.",
            (NoAddresses, Lang::En) => "This server has no IP addresses yet.",
            (NoAddresses, Lang::Vi) => "Máy chủ này chưa có địa chỉ IP.",
            (DnsZones, Lang::En) => "DNS zones",
            (DnsZones, Lang::Vi) => "Vùng DNS",
            (NoDnsZones, Lang::En) => "This service holds no DNS zone yet.",
            (NoDnsZones, Lang::Vi) => "Dịch vụ này chưa có vùng DNS nào.",
            (AllDnsZones, Lang::En) => "Create or delete zones",
            (AllDnsZones, Lang::Vi) => "Tạo hoặc xóa vùng DNS",
            (PanelBackups, Lang::En) => "Control panel backups",
            (PanelBackups, Lang::Vi) => "Bản sao lưu trên bảng điều khiển",
            (PanelBackupsLead, Lang::En) => {
                "cPanel keeps these backups of the account. To restore one, open cPanel and choose Backup."
            }
            (PanelBackupsLead, Lang::Vi) => {
                "cPanel lưu các bản sao lưu này của tài khoản. Để khôi phục, hãy mở cPanel và chọn Backup."
            }
            (NoPanelBackups, Lang::En) => "cPanel has no backups of this account yet.",
            (NoPanelBackups, Lang::Vi) => "cPanel chưa có bản sao lưu nào của tài khoản này.",
            (BackupTaken, Lang::En) => "Taken",
            (BackupTaken, Lang::Vi) => "Thời điểm",
            (BackupFile, Lang::En) => "Backup",
            (BackupFile, Lang::Vi) => "Bản sao lưu",
            (LicenceTitle, Lang::En) => "Licence",
            (LicenceTitle, Lang::Vi) => "Giấy phép",
            (LicenceKey, Lang::En) => "Licence key",
            (LicenceKey, Lang::Vi) => "Khóa giấy phép",
            (LicenceLead, Lang::En) => {
                "The licence remembers where the software runs: the addresses, host names, paths and versions below. Where it checks one, it refuses the others. After moving the software, reset the licence: the next check fills the lists again."
            }
            (LicenceLead, Lang::Vi) => {
                "Giấy phép ghi nhớ nơi phần mềm chạy: các địa chỉ, tên máy chủ, đường dẫn và phiên bản bên dưới. Mục nào được kiểm tra thì giấy phép từ chối các giá trị khác. Sau khi chuyển phần mềm, hãy đặt lại giấy phép: lần kiểm tra tiếp theo sẽ ghi lại các danh sách."
            }
            (BindingIps, Lang::En) => "IP addresses",
            (BindingIps, Lang::Vi) => "Địa chỉ IP",
            (BindingHosts, Lang::En) => "Host names",
            (BindingHosts, Lang::Vi) => "Tên máy chủ",
            (BindingPaths, Lang::En) => "Paths",
            (BindingPaths, Lang::Vi) => "Đường dẫn",
            (BindingVersions, Lang::En) => "Versions",
            (BindingVersions, Lang::Vi) => "Phiên bản",
            (BindingChecked, Lang::En) => "Checked",
            (BindingChecked, Lang::Vi) => "Được kiểm tra",
            (BindingNotChecked, Lang::En) => "Not checked",
            (BindingNotChecked, Lang::Vi) => "Không kiểm tra",
            (BindingNone, Lang::En) => "none yet",
            (BindingNone, Lang::Vi) => "chưa có",
            (LicenceLastCheck, Lang::En) => "Last check",
            (LicenceLastCheck, Lang::Vi) => "Lần kiểm tra cuối",
            (LicenceNeverChecked, Lang::En) => "never",
            (LicenceNeverChecked, Lang::Vi) => "chưa bao giờ",
            (ResetLicence, Lang::En) => "Reset licence",
            (ResetLicence, Lang::Vi) => "Đặt lại giấy phép",
            (ResetLicenceConfirm, Lang::En) => {
                "Reset the licence of {name}? Its addresses, host names, paths and versions are forgotten; the next check from the software binds it again, wherever it runs then."
            }
            (ResetLicenceConfirm, Lang::Vi) => {
                "Đặt lại giấy phép của {name}? Các địa chỉ, tên máy chủ, đường dẫn và phiên bản sẽ bị xóa; lần kiểm tra tiếp theo từ phần mềm sẽ gắn lại giấy phép với nơi nó đang chạy."
            }
            (LicenceReset, Lang::En) => {
                "The licence was reset: it binds again at the software's next check."
            }
            (LicenceReset, Lang::Vi) => {
                "Đã đặt lại giấy phép: giấy phép sẽ gắn lại ở lần kiểm tra tiếp theo của phần mềm."
            }
            (LicenceUnbound, Lang::En) => {
                "The licence is not bound to anything yet: there is nothing to reset."
            }
            (LicenceUnbound, Lang::Vi) => "Giấy phép chưa gắn với nơi nào: không có gì để đặt lại.",
            (Notices, Lang::En) => "Notices about this service",
            (Notices, Lang::Vi) => "Thông báo về dịch vụ này",
        }
    }
}
