//! Portal error messages Atrium knows, so they can be shown in the user's language. The portal's
//! own words are shown as they are when no translation exists.

use super::Msg;

/// The translation key of a portal message, matched without regard to case or punctuation.
pub fn known_portal_message(raw: &str) -> Option<Msg> {
    let m = raw.trim().trim_end_matches('.').to_ascii_lowercase();
    let table: [(&str, Msg); 8] = [
        ("invoice not in unpaid status", Msg::PortalNotUnpaid),
        (
            "amount exceeds customer credit balance",
            Msg::PortalCreditExceeded,
        ),
        ("amount exceeds invoice balance", Msg::PortalInvoiceExceeded),
        ("invalid voucher code", Msg::PortalVoucherInvalid),
        ("voucher has already been used", Msg::PortalVoucherUsed),
        (
            "voucher is not valid for your account currency",
            Msg::PortalVoucherCurrency,
        ),
        (
            "invoices in different currencies cannot be paid together",
            Msg::PortalMixedCurrencies,
        ),
        ("permission denied", Msg::PortalPermissionDenied),
    ];
    table
        .into_iter()
        .find(|(text, _)| m == *text || (m.starts_with(text) && *text == "permission denied"))
        .map(|(_, msg)| msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_messages_match_loosely_and_others_do_not() {
        assert_eq!(
            known_portal_message("Invoice Not in Unpaid Status"),
            Some(Msg::PortalNotUnpaid)
        );
        assert_eq!(
            known_portal_message(" amount exceeds customer credit balance. "),
            Some(Msg::PortalCreditExceeded)
        );
        assert_eq!(
            known_portal_message("Permission denied: invoice 12"),
            Some(Msg::PortalPermissionDenied)
        );
        assert_eq!(known_portal_message("Something else"), None);
    }
}
