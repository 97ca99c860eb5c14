//! The security page's words, compiled into the account chunk (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the security page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecurityWord {
    Title,
    Link,
    KeysTitle,
    KeysIntro,
    NoKeys,
    KeyName,
    Fingerprint,
    KeyNameLabel,
    KeyNameProblem,
    KeyLabel,
    KeyHint,
    KeyEmpty,
    KeyPrivate,
    KeyNotAKey,
    KeyDsa,
    KeyRsaShort,
    KeyReads,
    AddKey,
    KeyAdded,
    Remove,
    RemoveKeyTitle,
    RemoveKeyText,
    RulesTitle,
    RulesIntro,
    NoRules,
    YourAddress,
    RuleLabel,
    RuleHint,
    RuleProblem,
    AddRule,
    RuleAdded,
    RemoveRuleTitle,
    RemoveRuleText,
    LockoutTitle,
    LockoutAdd,
    LockoutRemove,
    AddAnyway,
    RemoveAnyway,
}

impl AreaWords for SecurityWord {
    fn text(self, lang: Lang) -> &'static str {
        use SecurityWord::*;
        match (self, lang) {
            (Title, Lang::En) => "Security",
            (Title, Lang::Vi) => "Bảo mật",
            (Link, Lang::En) => "SSH keys and sign-in addresses",
            (Link, Lang::Vi) => "Khóa SSH và địa chỉ được đăng nhập",
            (KeysTitle, Lang::En) => "SSH keys",
            (KeysTitle, Lang::Vi) => "Khóa SSH",
            (KeysIntro, Lang::En) => {
                "Public keys your provider can install on new servers, so you sign in to them without a password. Paste the public key (the .pub file), never the private one."
            }
            (KeysIntro, Lang::Vi) => {
                "Các khóa công khai nhà cung cấp có thể cài lên máy chủ mới để bạn đăng nhập không cần mật khẩu. Hãy dán khóa công khai (tệp .pub), không bao giờ dán khóa bí mật."
            }
            (NoKeys, Lang::En) => "No SSH keys yet.",
            (NoKeys, Lang::Vi) => "Chưa có khóa SSH nào.",
            (KeyName, Lang::En) => "Name",
            (KeyName, Lang::Vi) => "Tên",
            (Fingerprint, Lang::En) => "Fingerprint",
            (Fingerprint, Lang::Vi) => "Dấu vân tay",
            (KeyNameLabel, Lang::En) => "Key name",
            (KeyNameLabel, Lang::Vi) => "Tên khóa",
            (KeyNameProblem, Lang::En) => {
                "Name the key (at most 64 characters), such as the computer it comes from."
            }
            (KeyNameProblem, Lang::Vi) => {
                "Hãy đặt tên cho khóa (tối đa 64 ký tự), ví dụ tên máy tính chứa khóa."
            }
            (KeyLabel, Lang::En) => "Public key",
            (KeyLabel, Lang::Vi) => "Khóa công khai",
            (KeyHint, Lang::En) => "Starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-…",
            (KeyHint, Lang::Vi) => "Bắt đầu bằng ssh-ed25519, ssh-rsa hoặc ecdsa-sha2-…",
            (KeyEmpty, Lang::En) => "Paste the public key.",
            (KeyEmpty, Lang::Vi) => "Hãy dán khóa công khai.",
            (KeyPrivate, Lang::En) => {
                "This is a private key: keep it on your computer and never paste it anywhere. Paste the .pub file instead."
            }
            (KeyPrivate, Lang::Vi) => {
                "Đây là khóa bí mật: hãy giữ nó trên máy của bạn và không dán vào bất cứ đâu. Hãy dán tệp .pub."
            }
            (KeyNotAKey, Lang::En) => {
                "This is not an OpenSSH public key: copy the whole line of the .pub file."
            }
            (KeyNotAKey, Lang::Vi) => {
                "Đây không phải khóa công khai OpenSSH: hãy sao chép cả dòng trong tệp .pub."
            }
            (KeyDsa, Lang::En) => {
                "DSA keys are no longer accepted by SSH servers: make an Ed25519 key (ssh-keygen -t ed25519)."
            }
            (KeyDsa, Lang::Vi) => {
                "Máy chủ SSH không còn chấp nhận khóa DSA: hãy tạo khóa Ed25519 (ssh-keygen -t ed25519)."
            }
            (KeyRsaShort, Lang::En) => {
                "This RSA key is shorter than 2048 bits and too weak: make an Ed25519 key (ssh-keygen -t ed25519)."
            }
            (KeyRsaShort, Lang::Vi) => {
                "Khóa RSA này ngắn hơn 2048 bit và quá yếu: hãy tạo khóa Ed25519 (ssh-keygen -t ed25519)."
            }
            (KeyReads, Lang::En) => "Check it against ssh-keygen -l on your computer:",
            (KeyReads, Lang::Vi) => "Đối chiếu với lệnh ssh-keygen -l trên máy của bạn:",
            (AddKey, Lang::En) => "Add SSH key",
            (AddKey, Lang::Vi) => "Thêm khóa SSH",
            (KeyAdded, Lang::En) => "The key was added.",
            (KeyAdded, Lang::Vi) => "Đã thêm khóa.",
            (Remove, Lang::En) => "Remove",
            (Remove, Lang::Vi) => "Xóa",
            (RemoveKeyTitle, Lang::En) => "Remove this SSH key?",
            (RemoveKeyTitle, Lang::Vi) => "Xóa khóa SSH này?",
            (RemoveKeyText, Lang::En) => {
                "The key “{name}” will no longer be offered for new servers. Servers it is already installed on keep it until you remove it there."
            }
            (RemoveKeyText, Lang::Vi) => {
                "Khóa “{name}” sẽ không còn được dùng cho máy chủ mới. Các máy chủ đã cài khóa vẫn giữ nó cho tới khi bạn xóa trên máy đó."
            }
            (RulesTitle, Lang::En) => "Sign-in addresses",
            (RulesTitle, Lang::Vi) => "Địa chỉ được đăng nhập",
            (RulesIntro, Lang::En) => {
                "While this list has rules, only the addresses they match can sign in to your account. Each rule is an address (192.0.2.7), a network (192.0.2.0/24 or 192.0.2.0/255.255.255.0) or all."
            }
            (RulesIntro, Lang::Vi) => {
                "Khi danh sách này có quy tắc, chỉ những địa chỉ khớp mới đăng nhập được vào tài khoản. Mỗi quy tắc là một địa chỉ (192.0.2.7), một dải mạng (192.0.2.0/24 hoặc 192.0.2.0/255.255.255.0) hoặc all."
            }
            (NoRules, Lang::En) => "No rules: you can sign in from any address.",
            (NoRules, Lang::Vi) => "Chưa có quy tắc: bạn đăng nhập được từ mọi địa chỉ.",
            (YourAddress, Lang::En) => "You are signed in from",
            (YourAddress, Lang::Vi) => "Bạn đang đăng nhập từ",
            (RuleLabel, Lang::En) => "Address or network",
            (RuleLabel, Lang::Vi) => "Địa chỉ hoặc dải mạng",
            (RuleHint, Lang::En) => "Such as 203.0.113.5, 203.0.113.0/24 or all",
            (RuleHint, Lang::Vi) => "Ví dụ 203.0.113.5, 203.0.113.0/24 hoặc all",
            (RuleProblem, Lang::En) => "Enter an address, a network with /prefix or /mask, or all.",
            (RuleProblem, Lang::Vi) => {
                "Hãy nhập một địa chỉ, một dải mạng với /tiền tố hoặc /mặt nạ, hoặc all."
            }
            (AddRule, Lang::En) => "Add rule",
            (AddRule, Lang::Vi) => "Thêm quy tắc",
            (RuleAdded, Lang::En) => "The rule was added.",
            (RuleAdded, Lang::Vi) => "Đã thêm quy tắc.",
            (RemoveRuleTitle, Lang::En) => "Remove this rule?",
            (RemoveRuleTitle, Lang::Vi) => "Xóa quy tắc này?",
            (RemoveRuleText, Lang::En) => {
                "Addresses matched by {rule} only will no longer be able to sign in, unless the list is left empty."
            }
            (RemoveRuleText, Lang::Vi) => {
                "Các địa chỉ chỉ khớp với {rule} sẽ không đăng nhập được nữa, trừ khi danh sách trở nên trống."
            }
            (LockoutTitle, Lang::En) => "You would be shut out",
            (LockoutTitle, Lang::Vi) => "Bạn sẽ bị chặn đăng nhập",
            (LockoutAdd, Lang::En) => {
                "You are signed in from {ip}, which no rule would match once {rule} is saved: your next sign-in from here would be refused. Add a rule for {ip} first, unless you mean it."
            }
            (LockoutAdd, Lang::Vi) => {
                "Bạn đang đăng nhập từ {ip}, địa chỉ không khớp quy tắc nào sau khi lưu {rule}: lần đăng nhập tới từ đây sẽ bị từ chối. Hãy thêm quy tắc cho {ip} trước, nếu bạn không cố ý."
            }
            (LockoutRemove, Lang::En) => {
                "You are signed in from {ip}, which no rule would match once {rule} is removed: your next sign-in from here would be refused."
            }
            (LockoutRemove, Lang::Vi) => {
                "Bạn đang đăng nhập từ {ip}, địa chỉ không khớp quy tắc nào sau khi xóa {rule}: lần đăng nhập tới từ đây sẽ bị từ chối."
            }
            (AddAnyway, Lang::En) => "Add it anyway",
            (AddAnyway, Lang::Vi) => "Vẫn thêm",
            (RemoveAnyway, Lang::En) => "Remove it anyway",
            (RemoveAnyway, Lang::Vi) => "Vẫn xóa",
        }
    }
}
