//! The words of a HostBill domain's renewal and DNSSEC sections (English and Vietnamese), in the
//! services chunk.

use crate::i18n::{AreaWords, Lang};

/// A text of the sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RenewalWord {
    AutoRenew,
    AutoRenewLead,
    AutoRenewOn,
    AutoRenewOff,
    AutoRenewUnknown,
    TurnOffTitle,
    TurnOffConfirm,
    TurnOff,
    NowOn,
    NowOff,
    DnssecTitle,
    DnssecLead,
    DnssecNone,
    KeyTag,
    Algorithm,
    DigestType,
    Digest,
    RemoveKey,
    RemoveKeyFor,
    RemoveKeyConfirm,
    KeyRemoved,
}

impl AreaWords for RenewalWord {
    fn text(self, lang: Lang) -> &'static str {
        use RenewalWord::*;
        match (self, lang) {
            (AutoRenew, Lang::En) => "Automatic renewal",
            (AutoRenew, Lang::Vi) => "Tự động gia hạn",
            (AutoRenewLead, Lang::En) => {
                "When on, the domain is renewed before it expires and the renewal is invoiced to you."
            }
            (AutoRenewLead, Lang::Vi) => {
                "Khi bật, tên miền được gia hạn trước khi hết hạn và phí gia hạn được lập hóa đơn cho bạn."
            }
            (AutoRenewOn, Lang::En) => "On",
            (AutoRenewOn, Lang::Vi) => "Bật",
            (AutoRenewOff, Lang::En) => "Off",
            (AutoRenewOff, Lang::Vi) => "Tắt",
            (AutoRenewUnknown, Lang::En) => {
                "The portal does not say whether automatic renewal is on for this domain."
            }
            (AutoRenewUnknown, Lang::Vi) => {
                "Cổng thanh toán không cho biết tên miền này có đang tự động gia hạn hay không."
            }
            (TurnOffTitle, Lang::En) => "Turn off automatic renewal?",
            (TurnOffTitle, Lang::Vi) => "Tắt tự động gia hạn?",
            (TurnOffConfirm, Lang::En) => {
                "{name} will not be renewed by itself. If you do not renew it before it expires, it stops working and can be registered by someone else."
            }
            (TurnOffConfirm, Lang::Vi) => {
                "{name} sẽ không tự gia hạn. Nếu bạn không gia hạn trước khi hết hạn, tên miền sẽ ngừng hoạt động và người khác có thể đăng ký nó."
            }
            (TurnOff, Lang::En) => "Turn off",
            (TurnOff, Lang::Vi) => "Tắt",
            (NowOn, Lang::En) => "Automatic renewal is on.",
            (NowOn, Lang::Vi) => "Đã bật tự động gia hạn.",
            (NowOff, Lang::En) => "Automatic renewal is off.",
            (NowOff, Lang::Vi) => "Đã tắt tự động gia hạn.",
            (DnssecTitle, Lang::En) => "DNSSEC keys",
            (DnssecTitle, Lang::Vi) => "Khóa DNSSEC",
            (DnssecLead, Lang::En) => {
                "The DS records the registry publishes for this domain. Remove one only after its key is no longer used to sign the zone, or validating resolvers will stop answering for the domain."
            }
            (DnssecLead, Lang::Vi) => {
                "Các bản ghi DS mà cơ quan đăng ký công bố cho tên miền này. Chỉ xóa một khóa khi nó không còn dùng để ký vùng, nếu không các máy chủ phân giải có kiểm tra sẽ ngừng trả lời cho tên miền."
            }
            (DnssecNone, Lang::En) => "No DNSSEC keys: the domain is not signed.",
            (DnssecNone, Lang::Vi) => "Không có khóa DNSSEC: tên miền chưa được ký.",
            (KeyTag, Lang::En) => "Key tag",
            (KeyTag, Lang::Vi) => "Mã thẻ khóa",
            (Algorithm, Lang::En) => "Algorithm",
            (Algorithm, Lang::Vi) => "Thuật toán",
            (DigestType, Lang::En) => "Digest type",
            (DigestType, Lang::Vi) => "Kiểu băm",
            (Digest, Lang::En) => "Digest",
            (Digest, Lang::Vi) => "Giá trị băm",
            (RemoveKey, Lang::En) => "Remove",
            (RemoveKey, Lang::Vi) => "Xóa",
            (RemoveKeyFor, Lang::En) => "Remove DNSSEC key {tag} ({digest_type})",
            (RemoveKeyFor, Lang::Vi) => "Xóa khóa DNSSEC {tag} ({digest_type})",
            (RemoveKeyConfirm, Lang::En) => {
                "Remove the DS record of key {tag} ({digest_type}) from {name}? If the zone is still signed with this key, validating resolvers will stop answering for {name}."
            }
            (RemoveKeyConfirm, Lang::Vi) => {
                "Xóa bản ghi DS của khóa {tag} ({digest_type}) khỏi {name}? Nếu vùng vẫn được ký bằng khóa này, các máy chủ phân giải có kiểm tra sẽ ngừng trả lời cho {name}."
            }
            (KeyRemoved, Lang::En) => "The DNSSEC key {tag} was removed.",
            (KeyRemoved, Lang::Vi) => "Đã xóa khóa DNSSEC {tag}.",
        }
    }
}

/// An algorithm number with its name (RFC 8624's list of those in use).
pub fn algorithm_name(number: &str) -> String {
    let name = match number {
        "5" => "RSA/SHA-1",
        "7" => "RSASHA1-NSEC3-SHA1",
        "8" => "RSA/SHA-256",
        "10" => "RSA/SHA-512",
        "13" => "ECDSA P-256/SHA-256",
        "14" => "ECDSA P-384/SHA-384",
        "15" => "Ed25519",
        "16" => "Ed448",
        _ => return number.to_string(),
    };
    format!("{number} · {name}")
}

/// A digest type number with its name (RFC 4034, 4509, 6605).
pub fn digest_name(number: &str) -> String {
    let name = match number {
        "1" => "SHA-1",
        "2" => "SHA-256",
        "4" => "SHA-384",
        _ => return number.to_string(),
    };
    format!("{number} · {name}")
}
