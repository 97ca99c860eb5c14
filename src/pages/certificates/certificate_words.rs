//! The SSL certificate pages' words, compiled into the certificates chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the certificate pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CertificateWord {
    Title,
    Intro,
    OrderOne,
    Empty,
    Certificate,
    Domain,
    Expires,
    ExpiresIn,
    Expired,
    NotIssued,
    AllCertificates,
    Validity,
    AuthorityStatus,
    ApproverEmail,
    ServerSoftware,
    Csr,
    Contacts,
    RoleAdmin,
    RoleTech,
    Organization,
    OrgName,
    OrgUnit,
    OrgAddress,
    OrgLocality,
    OrgState,
    OrgPostcode,
    OrgCountry,
    Download,
    Downloading,
    NotYetDownloadable,
    Billing,
    Ordered,
    FirstPayment,
    NextInvoice,
    OpenService,
    OrderTitle,
    OrderLead,
    Period,
    YearsN,
    PriceRenews,
    CsrHelp,
    CsrFor,
    KeyRsa,
    KeyEc,
    KeyOther,
    CsrEmpty,
    CsrPrivateKey,
    CsrCertificate,
    CsrNotPem,
    CsrDamaged,
    CsrNoDomain,
    CsrBadDomain,
    CsrWeakKey,
    ApproverHelp,
    ApproverNeedsCsr,
    ChooseOne,
    ChooseProduct,
    ChooseApprover,
    ChooseSoftware,
    ChoosePayment,
    Review,
    ConfirmTitle,
    ConfirmText,
    PlaceOrder,
    NoProducts,
    NoPaymentMethods,
    FixFields,
}

impl AreaWords for CertificateWord {
    fn text(self, lang: Lang) -> &'static str {
        use CertificateWord::*;
        match (self, lang) {
            (Title, Lang::En) => "SSL certificates",
            (Title, Lang::Vi) => "Chứng chỉ SSL",
            (Intro, Lang::En) => {
                "Certificates for your sites: their state, when they expire, and their files."
            }
            (Intro, Lang::Vi) => {
                "Chứng chỉ cho các trang web của bạn: trạng thái, ngày hết hạn và tệp chứng chỉ."
            }
            (OrderOne, Lang::En) => "Order a certificate",
            (OrderOne, Lang::Vi) => "Đặt mua chứng chỉ",
            (Empty, Lang::En) => "You have no SSL certificates yet.",
            (Empty, Lang::Vi) => "Bạn chưa có chứng chỉ SSL nào.",
            (Certificate, Lang::En) => "Certificate",
            (Certificate, Lang::Vi) => "Chứng chỉ",
            (Domain, Lang::En) => "Domain",
            (Domain, Lang::Vi) => "Tên miền",
            (Expires, Lang::En) => "Expires",
            (Expires, Lang::Vi) => "Hết hạn",
            (ExpiresIn, Lang::En) => "in {n} days",
            (ExpiresIn, Lang::Vi) => "còn {n} ngày",
            (Expired, Lang::En) => "expired",
            (Expired, Lang::Vi) => "đã hết hạn",
            (NotIssued, Lang::En) => "Not issued yet",
            (NotIssued, Lang::Vi) => "Chưa được cấp",
            (AllCertificates, Lang::En) => "All certificates",
            (AllCertificates, Lang::Vi) => "Tất cả chứng chỉ",
            (Validity, Lang::En) => "Validity",
            (Validity, Lang::Vi) => "Hiệu lực",
            (AuthorityStatus, Lang::En) => "Authority's status",
            (AuthorityStatus, Lang::Vi) => "Trạng thái tại nhà cấp",
            (ApproverEmail, Lang::En) => "Approver e-mail",
            (ApproverEmail, Lang::Vi) => "E-mail xác thực",
            (ServerSoftware, Lang::En) => "Server software",
            (ServerSoftware, Lang::Vi) => "Phần mềm máy chủ",
            (Csr, Lang::En) => "Signing request (CSR)",
            (Csr, Lang::Vi) => "Yêu cầu ký (CSR)",
            (Contacts, Lang::En) => "Contacts",
            (Contacts, Lang::Vi) => "Người liên hệ",
            (RoleAdmin, Lang::En) => "Administrative",
            (RoleAdmin, Lang::Vi) => "Quản trị",
            (RoleTech, Lang::En) => "Technical",
            (RoleTech, Lang::Vi) => "Kỹ thuật",
            (Organization, Lang::En) => "Organisation",
            (Organization, Lang::Vi) => "Tổ chức",
            (OrgName, Lang::En) => "Name",
            (OrgName, Lang::Vi) => "Tên",
            (OrgUnit, Lang::En) => "Unit",
            (OrgUnit, Lang::Vi) => "Bộ phận",
            (OrgAddress, Lang::En) => "Address",
            (OrgAddress, Lang::Vi) => "Địa chỉ",
            (OrgLocality, Lang::En) => "City",
            (OrgLocality, Lang::Vi) => "Thành phố",
            (OrgState, Lang::En) => "State or province",
            (OrgState, Lang::Vi) => "Tỉnh/bang",
            (OrgPostcode, Lang::En) => "Postal code",
            (OrgPostcode, Lang::Vi) => "Mã bưu chính",
            (OrgCountry, Lang::En) => "Country",
            (OrgCountry, Lang::Vi) => "Quốc gia",
            (Download, Lang::En) => "Download certificate (.crt)",
            (Download, Lang::Vi) => "Tải chứng chỉ (.crt)",
            (Downloading, Lang::En) => "Downloading…",
            (Downloading, Lang::Vi) => "Đang tải…",
            (NotYetDownloadable, Lang::En) => {
                "The file can be downloaded once the authority has issued the certificate."
            }
            (NotYetDownloadable, Lang::Vi) => {
                "Tệp chứng chỉ tải được khi nhà cấp đã cấp chứng chỉ."
            }
            (Billing, Lang::En) => "Billing",
            (Billing, Lang::Vi) => "Thanh toán",
            (Ordered, Lang::En) => "Ordered",
            (Ordered, Lang::Vi) => "Ngày đặt",
            (FirstPayment, Lang::En) => "First payment",
            (FirstPayment, Lang::Vi) => "Lần thanh toán đầu",
            (NextInvoice, Lang::En) => "Next invoice",
            (NextInvoice, Lang::Vi) => "Hóa đơn kế tiếp",
            (OpenService, Lang::En) => "Invoices and renewal of this certificate",
            (OpenService, Lang::Vi) => "Hóa đơn và gia hạn của chứng chỉ này",
            (OrderTitle, Lang::En) => "Order an SSL certificate",
            (OrderTitle, Lang::Vi) => "Đặt mua chứng chỉ SSL",
            (OrderLead, Lang::En) => {
                "Make the signing request (CSR) on the server the certificate will be installed on: its private key stays there and is never sent."
            }
            (OrderLead, Lang::Vi) => {
                "Hãy tạo yêu cầu ký (CSR) trên máy chủ sẽ cài chứng chỉ: khóa riêng ở lại đó và không bao giờ được gửi đi."
            }
            (Period, Lang::En) => "Validity",
            (Period, Lang::Vi) => "Thời hạn",
            (YearsN, Lang::En) => "{n} years",
            (YearsN, Lang::Vi) => "{n} năm",
            (PriceRenews, Lang::En) => "{price}, then {renew} to renew",
            (PriceRenews, Lang::Vi) => "{price}, gia hạn {renew}",
            (CsrHelp, Lang::En) => {
                "Paste the whole block, from -----BEGIN CERTIFICATE REQUEST----- to its END line."
            }
            (CsrHelp, Lang::Vi) => {
                "Dán toàn bộ khối, từ -----BEGIN CERTIFICATE REQUEST----- đến dòng END."
            }
            (CsrFor, Lang::En) => "This request is for {domain}",
            (CsrFor, Lang::Vi) => "Yêu cầu này dành cho {domain}",
            (KeyRsa, Lang::En) => "RSA key, {n} bits",
            (KeyRsa, Lang::Vi) => "Khóa RSA, {n} bit",
            (KeyEc, Lang::En) => "Elliptic-curve key, {curve}",
            (KeyEc, Lang::Vi) => "Khóa đường cong elliptic, {curve}",
            (KeyOther, Lang::En) => "Key algorithm {oid}",
            (KeyOther, Lang::Vi) => "Thuật toán khóa {oid}",
            (CsrEmpty, Lang::En) => "Paste the signing request.",
            (CsrEmpty, Lang::Vi) => "Hãy dán yêu cầu ký.",
            (CsrPrivateKey, Lang::En) => {
                "This is a private key. Never send it to anyone: paste the signing request (CSR) made with it instead."
            }
            (CsrPrivateKey, Lang::Vi) => {
                "Đây là khóa riêng. Đừng bao giờ gửi nó cho ai: hãy dán yêu cầu ký (CSR) được tạo từ khóa này."
            }
            (CsrCertificate, Lang::En) => "This is a certificate, not a signing request.",
            (CsrCertificate, Lang::Vi) => "Đây là một chứng chỉ, không phải yêu cầu ký.",
            (CsrNotPem, Lang::En) => {
                "This is not a signing request: one starts with -----BEGIN CERTIFICATE REQUEST-----."
            }
            (CsrNotPem, Lang::Vi) => {
                "Đây không phải yêu cầu ký: yêu cầu ký bắt đầu bằng -----BEGIN CERTIFICATE REQUEST-----."
            }
            (CsrDamaged, Lang::En) => {
                "This signing request is damaged (cut short or changed). Paste it again, whole."
            }
            (CsrDamaged, Lang::Vi) => {
                "Yêu cầu ký này bị hỏng (thiếu hoặc bị sửa). Hãy dán lại toàn bộ."
            }
            (CsrNoDomain, Lang::En) => {
                "This signing request names no domain. Make it again with the domain as its common name (CN)."
            }
            (CsrNoDomain, Lang::Vi) => {
                "Yêu cầu ký này không có tên miền. Hãy tạo lại với tên miền là common name (CN)."
            }
            (CsrBadDomain, Lang::En) => "“{name}” is not a domain a certificate can be issued for.",
            (CsrBadDomain, Lang::Vi) => "“{name}” không phải tên miền có thể cấp chứng chỉ.",
            (CsrWeakKey, Lang::En) => {
                "The key is {n} bits: certificate authorities need at least 2048. Make a new key and request."
            }
            (CsrWeakKey, Lang::Vi) => {
                "Khóa chỉ có {n} bit: nhà cấp chứng chỉ yêu cầu tối thiểu 2048. Hãy tạo khóa và yêu cầu mới."
            }
            (ApproverHelp, Lang::En) => {
                "The certificate authority writes to this address to confirm you control the domain; it accepts only these mailboxes."
            }
            (ApproverHelp, Lang::Vi) => {
                "Nhà cấp chứng chỉ gửi thư đến địa chỉ này để xác nhận bạn quản lý tên miền; chỉ các hộp thư này được chấp nhận."
            }
            (ApproverNeedsCsr, Lang::En) => {
                "Paste the signing request first: the addresses depend on its domain."
            }
            (ApproverNeedsCsr, Lang::Vi) => {
                "Hãy dán yêu cầu ký trước: các địa chỉ phụ thuộc vào tên miền của nó."
            }
            (ChooseOne, Lang::En) => "Choose one",
            (ChooseOne, Lang::Vi) => "Chọn một",
            (ChooseProduct, Lang::En) => "Choose a certificate.",
            (ChooseProduct, Lang::Vi) => "Hãy chọn một chứng chỉ.",
            (ChooseApprover, Lang::En) => "Choose the approver e-mail.",
            (ChooseApprover, Lang::Vi) => "Hãy chọn e-mail xác thực.",
            (ChooseSoftware, Lang::En) => "Choose the server software.",
            (ChooseSoftware, Lang::Vi) => "Hãy chọn phần mềm máy chủ.",
            (ChoosePayment, Lang::En) => "Choose how to pay.",
            (ChoosePayment, Lang::Vi) => "Hãy chọn cách thanh toán.",
            (Review, Lang::En) => "Review the order",
            (Review, Lang::Vi) => "Xem lại đơn hàng",
            (ConfirmTitle, Lang::En) => "Order this certificate?",
            (ConfirmTitle, Lang::Vi) => "Đặt mua chứng chỉ này?",
            (ConfirmText, Lang::En) => {
                "{product} for {domain}, {years}: {price}. An invoice is made out, to be paid by {method}; the authority then writes to {email} to validate the domain."
            }
            (ConfirmText, Lang::Vi) => {
                "{product} cho {domain}, {years}: {price}. Một hóa đơn sẽ được lập, thanh toán qua {method}; sau đó nhà cấp gửi thư đến {email} để xác thực tên miền."
            }
            (PlaceOrder, Lang::En) => "Place the order",
            (PlaceOrder, Lang::Vi) => "Đặt hàng",
            (NoProducts, Lang::En) => "No certificates are on sale at the moment.",
            (NoProducts, Lang::Vi) => "Hiện không có chứng chỉ nào được bán.",
            (NoPaymentMethods, Lang::En) => "The portal offers no payment method for this order.",
            (NoPaymentMethods, Lang::Vi) => {
                "Cổng thanh toán không có phương thức thanh toán nào cho đơn hàng này."
            }
            (FixFields, Lang::En) => "Check the fields marked above.",
            (FixFields, Lang::Vi) => "Hãy kiểm tra các trường được đánh dấu ở trên.",
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        match (self, lang) {
            (CertificateWord::ExpiresIn, Lang::En) => Some("in 1 day"),
            (CertificateWord::YearsN, Lang::En) => Some("1 year"),
            _ => None,
        }
    }
}
