//! The account's settings (HostBill `GET/POST /clientarea/settings`, seed 002: `configs` with
//! `DefaultPaymentModule`, `CreditAutoApply`, `ClientNotifications`, `DefaultNameservers`, among
//! others) and the e-mail or phone verification (`/verification/verify`, `/resend`).

/// The settings this client area edits; what the portal did not answer stays `None` and is not
/// sent back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountSettings {
    /// The payment method new invoices default to (a gateway id).
    pub payment_method: Option<String>,
    /// Whether account credit pays new invoices by itself.
    pub credit_auto_apply: Option<bool>,
    /// Whether the portal sends notification e-mails.
    pub notifications: Option<bool>,
    /// Name servers new domain orders start with (none: the provider's).
    pub nameservers: Option<Vec<String>>,
}

/// What is verified: the e-mail address or the phone (by SMS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyChannel {
    /// `email`.
    Email,
    /// `sms`.
    Sms,
}

impl VerifyChannel {
    /// The word the portal takes (`type`).
    pub fn code(self) -> &'static str {
        match self {
            VerifyChannel::Email => "email",
            VerifyChannel::Sms => "sms",
        }
    }
}

/// A verification code as typed, cleaned (spaces and dashes a customer copies along are
/// dropped), or `None` when it cannot be one (empty, or not letters and digits).
pub fn verification_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (!code.is_empty() && code.len() <= 32 && code.chars().all(|c| c.is_ascii_alphanumeric()))
        .then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_cleaned_of_what_is_copied_along() {
        assert_eq!(verification_code(" 123-456 "), Some("123456".into()));
        assert_eq!(verification_code("AB12"), Some("AB12".into()));
        assert_eq!(verification_code(""), None);
        assert_eq!(verification_code("12;drop"), None);
    }
}
