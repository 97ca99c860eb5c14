//! Message catalogues. Keys are an enum, so a missing translation is a compile error, and each
//! language is one `match` (no runtime parsing, nothing to download). English and Vietnamese.

mod en;
mod portal;
mod vi;

pub use portal::known_portal_message;

use crate::api::model::NumberStyle;

/// A supported display language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Tiếng Việt.
    Vi,
}

impl Lang {
    /// From a BCP 47 tag's primary subtag (`vi-VN` -> Vi); unknown -> None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }
    /// The tag written to `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Vi => "Tiếng Việt",
        }
    }
    /// Number formatting of this language.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::English,
            Lang::Vi => NumberStyle::Vietnamese,
        }
    }
    /// Every language, in switcher order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];
}

/// Every user-visible message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    SignIn,
    SignInTitle,
    SignInLead,
    Email,
    Password,
    RememberMe,
    SigningIn,
    ForgotPassword,
    ForgotTitle,
    ForgotLead,
    SendResetLink,
    ResetLinkSent,
    BackToSignIn,
    WrongCredentials,
    FieldRequired,
    InvalidEmail,
    Dashboard,
    Invoices,
    Services,
    Dns,
    Cart,
    Account,
    SignOut,
    Language,
    Theme,
    ThemeSystem,
    ThemeLight,
    ThemeDark,
    Menu,
    SkipToContent,
    Welcome,
    BalanceCard,
    AccountCredit,
    Outstanding,
    AddFunds,
    UnpaidInvoicesCard,
    UnpaidCount,
    NextDue,
    Overdue,
    NothingDue,
    ViewInvoices,
    ServicesCard,
    ActiveServices,
    SuspendedServices,
    ViewServices,
    TicketsCard,
    OpenTickets,
    AwaitingYourReply,
    ViewTickets,
    NotificationsCard,
    NoNotifications,
    MarkRead,
    Loading,
    Retry,
    ErrNetwork,
    ErrTimeout,
    ErrServer,
    ErrRateLimited,
    ErrDecode,
    ErrSessionEnded,
    ErrPortal,
    ContactSupport,
    SignInAgain,
    SessionExpiredBanner,
    ConnectionProblemBanner,
    OfflineBanner,
    NotFoundTitle,
    NotFoundLead,
    GoToDashboard,
    AreaNotYetTitle,
    AreaNotYetLead,
    AreaUnavailableTitle,
    AreaUnavailableLead,
    DaysLeft,
    DueToday,
    DaysOverdue,
    ConfigErrorTitle,
    ConfigErrorLead,
    CrashTitle,
    CrashLead,
    Reload,
    Support,
    InvoiceTitle,
    BackToInvoices,
    StatusUnpaid,
    StatusPaid,
    StatusCancelled,
    StatusRefunded,
    StatusCollections,
    StatusDraft,
    IssuedOn,
    DueOn,
    PaidOn,
    BilledTo,
    Description,
    Quantity,
    UnitPrice,
    Amount,
    Subtotal,
    Tax,
    CreditApplied,
    Total,
    BalanceDue,
    Print,
    ApplyCredit,
    CreditAvailable,
    AmountToApply,
    ConfirmApplyCredit,
    Confirm,
    Cancel,
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
    InvalidAmount,
    NoCreditAvailable,
    TabAll,
    SearchByNumber,
    SortBy,
    SortNewest,
    SortOldest,
    SortDate,
    SortDue,
    SortNumber,
    SortTotal,
    SortStatus,
    Number,
    Status,
    NoInvoicesMatch,
    PageOf,
    PreviousPage,
    NextPage,
    InvoiceCount,
    PayInvoice,
    PaymentMethod,
    Fee,
    TotalToPay,
    ConfirmPay,
    OpeningGateway,
    BadPaymentLink,
    ContinueToPayment,
    AddFundsLead,
    CreateTopUp,
    Creating,
    TopUpUnknownOutcome,
    Estimates,
    EstimateTitle,
    NoEstimates,
    ValidUntil,
    Expired,
    BackToEstimates,
    EstimateNotFound,
    StatusSent,
    StatusAccepted,
    StatusDeclined,
    StatusInvoiced,
    Subject,
    AcceptEstimate,
    DownloadPdf,
    Downloading,
    PayAll,
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
    Date,
    RedeemVoucher,
    VoucherCode,
    Redeem,
    Redeeming,
    VoucherAdded,
    VoucherUnknownOutcome,
    PortalNotUnpaid,
    PortalCreditExceeded,
    PortalInvoiceExceeded,
    PortalVoucherInvalid,
    PortalVoucherUsed,
    PortalVoucherCurrency,
    PortalMixedCurrencies,
    PortalPermissionDenied,
    Select,
    Currency,
    OverdueLink,
    Actions,
    CreateZone,
    Delete,
    DeleteZone,
    DeleteZoneNamed,
    DeleteZoneWarning,
    DnsAddRecord,
    DnsAppliedAll,
    DnsAppliedPartly,
    DnsApply,
    DnsApplyStopped,
    DnsApplying,
    DnsBadCharacter,
    DnsBadTag,
    DnsBecomes,
    DnsCaaValue,
    DnsCnameAtApex,
    DnsCnameNotAlone,
    DnsContent,
    DnsCopied,
    DnsCopy,
    DnsDeleteSelected,
    DnsDidYouMeanAbsolute,
    DnsDidYouMeanRelative,
    DnsDiscard,
    DnsDiscardAll,
    DnsEditRecord,
    DnsEmptyLabel,
    DnsExport,
    DnsFilter,
    DnsFilterByType,
    DnsFlags,
    DnsHyphenAtEdge,
    DnsImportLabel,
    DnsImportPreview,
    DnsImportSummary,
    DnsIpv4,
    DnsIpv6,
    DnsLabelTooLong,
    DnsLineError,
    DnsMailServer,
    DnsName,
    DnsNameTooLong,
    DnsNoChanges,
    DnsNotIpv4,
    DnsNotIpv6,
    DnsOutOfRange,
    DnsOutsideZone,
    DnsPort,
    DnsPreference,
    DnsPriority,
    DnsRecords,
    DnsReplace,
    DnsRestore,
    DnsSelectedCount,
    DnsSetTtl,
    DnsShowing,
    DnsStage,
    DnsStageImport,
    DnsStagedAdd,
    DnsStagedChanges,
    DnsStagedDelete,
    DnsStagedEdit,
    DnsTag,
    DnsTarget,
    DnsTargetIsAlias,
    DnsText,
    DnsTtl,
    DnsTxtHint,
    DnsType,
    DnsUnderscoreInHost,
    DnsUnparsable,
    DnsUpload,
    DnsWeight,
    DnsWildcard,
    DnsZone,
    DnsZoneFile,
    DnsZoneNotFound,
    DnsZones,
    Edit,
    NoZones,
    Redo,
    SelectRecord,
    Service,
    StoredAs,
    Ttl1Day,
    Ttl1Hour,
    Ttl1Minute,
    Ttl1Week,
    Ttl4Hours,
    Ttl5Minutes,
    TtlCustom,
    TtlSeconds,
    TypeToConfirm,
    Undo,
    ZoneName,
    DnsLeaveWithChanges,
    BillingCycle,
    Domain,
    LabelSaved,
    LabelTooLong,
    NoServicesMatch,
    OrderedOn,
    Price,
    Product,
    Reveal,
    Save,
    ServiceLabel,
    ServiceLabelHint,
    ServiceNotFound,
    StatusActive,
    StatusPending,
    StatusSuspended,
    StatusTerminated,
    Username,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => en::text(msg),
        Lang::Vi => vi::text(msg),
    }
}

/// A date as the language writes it: `20 Nov 2026`, `20/11/2026`.
pub fn format_date(lang: Lang, d: crate::api::wire::Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::En => format!(
            "{} {} {}",
            d.day,
            MONTHS[usize::from(d.month.clamp(1, 12)) - 1],
            d.year
        ),
        Lang::Vi => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
    }
}

/// `t` with `{n}` replaced (plural-free wording on purpose).
pub fn t_n(lang: Lang, msg: Msg, n: i64) -> String {
    t(lang, msg).replace("{n}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn vietnamese_differs_from_english() {
        assert_ne!(t(Lang::Vi, Msg::SignIn), t(Lang::En, Msg::SignIn));
        assert_eq!(t_n(Lang::En, Msg::DaysLeft, 3), "in 3 days");
    }
}
