//! Message catalogues. Keys are an enum, so a missing translation is a compile error, and each
//! language is one `match` (no runtime parsing, nothing to download). English and Vietnamese.

mod en;
mod portal;
mod vi;

pub use portal::known_portal_message;

use crate::model::NumberStyle;

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
    /// Before the e-mail of the account whose session expired.
    SessionOf,
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
    /// The payment confirmation when the method has no fee.
    ConfirmPayNoFee,
    /// The pay button of the confirmation: "Pay {total}".
    PayAmount,
    /// Why account credit in another currency is not offered for an invoice.
    CreditCurrencyMismatch,
    /// The apply-credit confirmation's button: "Apply {amount}".
    ApplyAmount,
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
    /// How to accept or decline an estimate where the client API cannot.
    EstimateHowToAnswer,
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
    /// Above the resize form: {cpu}, {memory} fit in the service; no price change within them.
    VmResizeWithin,
    /// Link from the resize form to the plan change.
    VmResizeMore,
    /// The VM page's section links.
    OnThisPage,
    /// A VM's CPU, memory and disk in one cell's label.
    VmSize,
    /// A payment method without a fee.
    NoFee,
    /// The usage section's short name, in the section links.
    VmUsageShort,
    /// A backup row's link to ask support for a restore.
    VmRestoreViaSupport,
    /// The restore request's subject: {backup}, {server}.
    VmRestoreSubject,
    /// Under the backups: restore and on-demand backups are not offered by the portal.
    VmBackupsNotOffered,
    /// A TTL in the records table, by its largest whole unit.
    TtlNSeconds,
    TtlNMinutes,
    TtlNHours,
    TtlNDays,
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
    VirtualServers,
    VmNotFound,
    NoVms,
    VmTemplate,
    VmCpu,
    VmMemory,
    VmDisk,
    VmAddresses,
    VmCores,
    VmRunning,
    VmStopped,
    VmRescue,
    VmStarting,
    VmStopping,
    VmShuttingDown,
    VmRebooting,
    VmEnteringRescue,
    VmLeavingRescue,
    VmRebuilding,
    VmCreating,
    VmLocked,
    VmSuspended,
    VmPower,
    VmStart,
    VmStop,
    VmShutdown,
    VmReboot,
    VmReset,
    VmRescueAction,
    VmUnrescue,
    VmSending,
    VmConfirmStop,
    VmConfirmShutdown,
    VmConfirmReboot,
    VmConfirmReset,
    VmConfirmRescue,
    VmConfirmUnrescue,
    VmActionFailed,
    VmLastChecked,
    VmStatusUnavailable,
    VmRebuild,
    VmRebuildLead,
    VmRebuildNamed,
    VmRebuildWarning,
    VmChooseTemplate,
    VmRebuildStarted,
    VmUsage,
    VmCpuChart,
    VmNetworkChart,
    VmDiskChart,
    VmInbound,
    VmOutbound,
    VmRead,
    VmWrite,
    VmTime,
    VmShowTable,
    VmChartSummary,
    VmTraffic,
    VmTrafficUsed,
    VmNetwork,
    VmReverseDns,
    VmSaveRdns,
    VmRdnsSaved,
    VmRdnsInvalid,
    VmPrimary,
    VmAddAddress,
    VmNoSpareAddress,
    VmRemoveAddress,
    VmConfirmRemoveIp,
    VmStorage,
    VmGrowDisk,
    VmGrow,
    VmStopFirst,
    VmDiskGrown,
    VmDiskRange,
    VmIso,
    VmAttach,
    VmDetach,
    VmNoIso,
    VmBackups,
    VmNoBackups,
    VmBackupSize,
    VmConfirmDeleteBackup,
    VmAccess,
    VmResetPassword,
    VmConfirmResetPassword,
    VmNewPassword,
    Copy,
    Copied,
    VmResize,
    VmResizeSave,
    VmResized,
    VmDestroy,
    VmDestroyNamed,
    VmDestroyWarning,
    VmCreate,
    VmCreateSubmit,
    VmLabel,
    VmLabelInvalid,
    VmOverLimit,
    VmResources,
    VmResourceLine,
    VmServers,
    VmOpen,
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
    VmBackToService,
    OrderTitle,
    CycleOnce,
    CycleDaily,
    CycleWeekly,
    CycleMonthly,
    CycleQuarterly,
    CycleSemiAnnually,
    CycleAnnually,
    CycleBiennially,
    CycleTriennially,
    CycleFourYears,
    CycleFiveYears,
    SoldOut,
    StockLeft,
    Configure,
    ViewCart,
    NoProducts,
    DomainName,
    Addons,
    AddToCart,
    UpdateItem,
    AddedToCart,
    FormUnsupported,
    OptionRequired,
    OptionRange,
    UnknownChoice,
    ProductUnavailable,
    DomainMissing,
    CycleNotOffered,
    NoneChoice,
    OrderSummary,
    Discount,
    TotalDueToday,
    ThenRecurring,
    EstimatePending,
    /// Heading of the itemised price lines in the order summary.
    PriceBreakdown,
    /// A setup fee's line: "Setup fee: {name}".
    SetupFeeFor,
    /// Total due today beside the add-to-cart button on phones.
    TotalDueTodayShort,
    QuoteFailed,
    PromoCode,
    Apply,
    CartTitle,
    CartEmpty,
    BrowseCatalogue,
    Remove,
    PlaceOrder,
    PlacingOrder,
    OrderPlacedMsg,
    OrderLost,
    OrderNotPlaced,
    FixItemsFirst,
    ContinueShopping,
    Setup,
    UpgradeTitle,
    UpgradeLink,
    Package,
    KeepPackage,
    DueNow,
    NewMonthly,
    RequestUpgrade,
    UpgradeDone,
    PaymentFee,
    YourDetails,
    SaveDetails,
    DetailsSaved,
    ChangePassword,
    CurrentPassword,
    NewPassword,
    PasswordChanged,
    PasswordSameAsOld,
    PhoneWithCode,
    PhoneInvalid,
    AccountReadOnly,
    OpenNewTicket,
    NoTickets,
    TicketDepartment,
    ChooseDepartment,
    TicketMessage,
    SendTicket,
    SendingTicket,
    TicketSubjectRequired,
    TicketMessageRequired,
    DepartmentRequired,
    TicketNumbered,
    TicketNotFound,
    BackToSupport,
    StaffLabel,
    ReplyLabel,
    SendReply,
    ReplySent,
    /// Asks before a ticket is closed.
    ConfirmCloseTicket,
    /// Asks before a spare address is attached to a VM (it may be billed).
    ConfirmAddAddress,
    CloseTicket,
    ReopenTicket,
    TicketClosedNote,
    TicketClosedReopen,
    TicketClosedNew,
    TicketStatusOpen,
    TicketStatusAnswered,
    TicketStatusCustomerReply,
    TicketStatusOnHold,
    TicketStatusClosed,
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
    RegistrantContact,
    ContactLead,
    FirstName,
    LastName,
    CompanyOptional,
    AddressLine1,
    AddressLine2,
    City,
    StateRegion,
    Postcode,
    CountryCode,
    PhoneCountryCode,
    PhoneNumber,
    CountryCodeInvalid,
    DigitsOnly,
    SaveContact,
    ContactSaved,
    PanelPasswordTitle,
    PanelPasswordLead,
    NewPanelPassword,
    SetPanelPassword,
    PanelPasswordSet,
    TaxOnInvoice,
    OrderPaidFromCredit,
    OrderPlacedNothingToPay,
    ViewOrderedService,
    /// Add-ons and plans
    AddonsAndPlans,
    /// No add-ons on this service.
    NoAddons,
    /// Plans this service can move to
    CanMoveTo,
    /// No other plan is offered for this service.
    NoOtherPlans,
    /// To move to one of them, contact support: the billing system takes the request there.
    AskSupportToMove,
    /// Payments received
    PaymentsReceived,
    /// No payments yet.
    NoPayments,
    /// The two passwords differ.
    PasswordsDiffer,
    /// Hostname
    VmHostnameLabel,
    /// Hostname saved.
    VmHostnameSaved,
    /// New root password (8 to 64 characters)
    NewRootPassword,
    /// Repeat the password
    RepeatPassword,
    /// Set root password
    SetRootPassword,
    /// The root password was changed.
    RootPasswordSet,
    /// Pay this invoice
    PayThisInvoice,
    /// Payment happens on the billing site; you come back here once it is paid.
    PayElsewhereLead,
    /// Pay on the billing site
    PayOnBillingSite,
    /// Renewal
    RenewTitle,
    /// Get the invoice for the next period now, instead of waiting for it.
    RenewLead,
    /// Renew now
    RenewNow,
    /// Create the renewal invoice for {name}?
    RenewConfirm,
    /// Delete invoice
    DeleteInvoice,
    /// An unpaid invoice you no longer need can be deleted.
    DeleteInvoiceLead,
    /// Delete invoice #{n}? This cannot be undone.
    DeleteInvoiceConfirm,
    /// Accept a quote
    AcceptQuoteTitle,
    /// Quote number
    QuoteNumber,
    /// Accept quote
    AcceptQuote,
    /// Accept quote #{n}? It becomes an invoice to pay.
    AcceptQuoteConfirm,
    /// Quote accepted. Its invoice will reach you by e-mail.
    QuoteAccepted,
    /// Pick a package, a billing cycle and an operating system; the invoice opens right after.
    VpsOrderLead,
    /// Order a virtual server
    VpsOrderTitle,
    /// Extra IPv4 addresses (0 to 5)
    ExtraIps,
    /// Hostname (optional)
    VpsHostname,
    /// Root password (optional)
    RootPassword,
    /// Nameserver prefixes (optional)
    NsPrefixes,
    /// First nameserver
    FirstNameserver,
    /// Second nameserver
    SecondNameserver,
    /// {backend} works out the price: it is on the invoice that opens once the order is placed.
    VpsPriceOnInvoice,
    /// The answer was lost, so we cannot tell whether the order was placed. Check your e-mail for an order confirmation before ordering again.
    VpsOrderLost,
    /// Choose one of the offered values.
    PickFromList,
    /// From 0 to 5.
    ExtraIpsRange,
    /// Enter a host name like web1.example.com (letters, digits and hyphens).
    HostnameInvalid,
    /// One word of letters, digits and hyphens, like ns1.
    NsPrefixInvalid,
    /// 8 to 64 characters.
    RootPasswordLength,
    /// not offered here
    NotOfferedTitle,
    /// This client area runs on {backend}, which does not offer this page. Everything it does offer is in the menu.
    NotOfferedLead,
    /// {backend} does not list your invoices. Open one by its number: it is on the e-mail that came with it, and on your order confirmation.
    OpenInvoiceLead,
    /// {backend} does not list your services. Open one by its number: it is in your welcome e-mail and on its invoices.
    OpenServiceLead,
    /// Invoice number
    InvoiceNumber,
    /// Service number
    ServiceNumber,
    /// Open
    Open,
    /// Enter the number, digits only.
    NumberDigitsOnly,
    /// Find an invoice or a service
    FindCard,
    /// Configuration
    Configuration,
    /// As of when you signed in.
    CreditAsOfSignIn,
    /// This billing system does not offer that.
    ErrUnsupported,
    /// Bundled products
    Subproducts,
    /// I have read and accept the
    AcceptTerms,
    /// terms of service
    TermsOfService,
    /// Please accept the terms of service to place the order.
    TermsRequired,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => en::text(msg),
        Lang::Vi => vi_text().map_or_else(|| en::text(msg), |text| text(msg)),
    }
}

/// The Vietnamese catalogue, when it is here. In the split build it is a chunk of its own
/// (English is the first load's fallback; most visits never need Vietnamese), loaded by `load`
/// before the language is shown; elsewhere it is always here.
fn vi_text() -> Option<fn(Msg) -> &'static str> {
    #[cfg(feature = "split")]
    return vi_chunk::TEXT.get().copied();
    #[cfg(not(feature = "split"))]
    Some(vi::text)
}

#[cfg(feature = "split")]
mod vi_chunk {
    use super::Msg;
    use std::sync::OnceLock;

    /// Set once the chunk has arrived.
    pub static TEXT: OnceLock<fn(Msg) -> &'static str> = OnceLock::new();

    /// The Vietnamese catalogue's chunk (web/split-runtime.js knows it as `vi_catalogue`).
    #[leptos::lazy]
    pub fn vi_catalogue() -> fn(Msg) -> &'static str {
        super::vi::text
    }
}

/// Makes `lang`'s text available; call it (and wait) before showing a language. Until then `t`
/// answers in English.
pub async fn load(lang: Lang) {
    #[cfg(feature = "split")]
    if lang == Lang::Vi && vi_chunk::TEXT.get().is_none() {
        let text = vi_chunk::vi_catalogue().await;
        let _ = vi_chunk::TEXT.set(text);
    }
    #[cfg(not(feature = "split"))]
    let _ = lang;
}

/// A date as the language writes it: `20 Nov 2026`, `20/11/2026`.
pub fn format_date(lang: Lang, d: crate::model::Date) -> String {
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

/// `t` with `{n}` replaced, in the singular where the language has one: English says "1 day",
/// "Apply 1 change"; Vietnamese nouns do not inflect, so one wording serves every count.
pub fn t_n(lang: Lang, msg: Msg, n: i64) -> String {
    let text = match lang {
        Lang::En if n == 1 => en::singular(msg).unwrap_or_else(|| en::text(msg)),
        _ => t(lang, msg),
    };
    text.replace("{n}", &n.to_string())
}

/// A portal time (`2026-12-01 03:00:00`) as the language writes dates, with the time of day and,
/// when the reseller named it in config.json, the portal's time zone: "1 Dec 2026 03:00 UTC+07:00".
pub fn format_date_time(lang: Lang, raw: &str, zone: Option<&str>) -> String {
    let Some(d) = crate::model::Date::parse(raw) else {
        return raw.to_string();
    };
    let mut out = format_date(lang, d);
    if let Some(time) = raw
        .get(11..16)
        .filter(|t| t.as_bytes().get(2) == Some(&b':'))
    {
        out.push(' ');
        out.push_str(time);
        if let Some(zone) = zone {
            out.push(' ');
            out.push_str(zone);
        }
    }
    out
}

/// A TTL as people read it, by its largest whole unit: 3600 is "1 hour", 300 "5 minutes",
/// 90 "90 seconds".
pub fn format_ttl(lang: Lang, secs: u32) -> String {
    let secs = i64::from(secs);
    let (msg, n) = match secs {
        s if s >= 86_400 && s % 86_400 == 0 => (Msg::TtlNDays, s / 86_400),
        s if s >= 3600 && s % 3600 == 0 => (Msg::TtlNHours, s / 3600),
        s if s >= 60 && s % 60 == 0 => (Msg::TtlNMinutes, s / 60),
        s => (Msg::TtlNSeconds, s),
    };
    t_n(lang, msg, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_times_read_with_their_zone() {
        assert_eq!(
            format_date_time(Lang::En, "2026-12-01 03:00:00", Some("UTC+07:00")),
            "1 Dec 2026 03:00 UTC+07:00"
        );
        assert_eq!(
            format_date_time(Lang::Vi, "2026-12-01 03:00:00", None),
            "01/12/2026 03:00"
        );
        assert_eq!(format_date_time(Lang::En, "soon", None), "soon");
    }

    #[test]
    fn ttls_read_in_their_largest_whole_unit() {
        assert_eq!(format_ttl(Lang::En, 3600), "1 hour");
        assert_eq!(format_ttl(Lang::En, 300), "5 minutes");
        assert_eq!(format_ttl(Lang::En, 90), "90 seconds");
        assert_eq!(format_ttl(Lang::En, 172_800), "2 days");
        assert_eq!(format_ttl(Lang::Vi, 3600), "1 giờ");
    }

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
        assert_eq!(t_n(Lang::En, Msg::DaysLeft, 1), "in 1 day");
        assert_eq!(t_n(Lang::En, Msg::DnsApply, 1), "Apply 1 change");
        assert_eq!(
            t_n(Lang::Vi, Msg::DnsApply, 1),
            t_n(Lang::Vi, Msg::DnsApply, 1)
        );
    }
}
