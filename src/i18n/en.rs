//! English.

use super::Msg;

/// English text.
pub fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        SignIn => "Sign in",
        SignInTitle => "Sign in to your account",
        SignInLead => "Manage invoices, services and DNS in one place.",
        Email => "Email address",
        Password => "Password",
        RememberMe => "Keep me signed in on this device",
        SigningIn => "Signing in…",
        ForgotPassword => "Forgot your password?",
        ForgotTitle => "Reset your password",
        ForgotLead => {
            "Enter the email address of your account and we will send you a link to choose a new password."
        }
        SendResetLink => "Send reset link",
        ResetLinkSent => {
            "If that address has an account, a reset link is on its way. Check your inbox."
        }
        BackToSignIn => "Back to sign in",
        WrongCredentials => "The email address or password is incorrect.",
        FieldRequired => "This field is required.",
        InvalidEmail => "Enter a valid email address.",
        Dashboard => "Dashboard",
        Invoices => "Invoices",
        Services => "Services",
        Dns => "DNS",
        Cart => "Order",
        Account => "Account",
        SignOut => "Sign out",
        Language => "Language",
        Theme => "Theme",
        ThemeSystem => "System",
        ThemeLight => "Light",
        ThemeDark => "Dark",
        Menu => "Menu",
        SkipToContent => "Skip to content",
        Welcome => "Welcome back",
        BalanceCard => "Balance",
        AccountCredit => "Account credit",
        Outstanding => "Outstanding",
        AddFunds => "Add funds",
        UnpaidInvoicesCard => "Unpaid invoices",
        UnpaidCount => "Unpaid",
        NextDue => "Next due",
        Overdue => "Overdue",
        NothingDue => "You have no unpaid invoices.",
        ViewInvoices => "View invoices",
        ServicesCard => "Services",
        ActiveServices => "Active",
        SuspendedServices => "Suspended",
        ViewServices => "View services",
        TicketsCard => "Support tickets",
        OpenTickets => "Open",
        AwaitingYourReply => "Awaiting your reply",
        ViewTickets => "View tickets",
        NotificationsCard => "Notifications",
        NoNotifications => "No new notifications.",
        MarkRead => "Mark as read",
        Loading => "Loading…",
        Retry => "Try again",
        ErrNetwork => "We could not reach the billing portal. Check your connection.",
        ErrTimeout => "The billing portal took too long to answer.",
        ErrServer => "The billing portal had a problem. Please try again in a moment.",
        ErrRateLimited => "Too many requests. Please wait a moment and try again.",
        ErrDecode => "The billing portal sent an answer we could not read.",
        ErrSessionEnded => "Your session has ended. Please sign in again.",
        ErrPortal => "The billing portal refused the request.",
        ContactSupport => "Contact support",
        SignInAgain => "Sign in again",
        SessionExpiredBanner => {
            "Your session expired. Sign in again to continue; nothing you typed is lost."
        }
        SessionOf => "Account:",
        ConnectionProblemBanner => "Connection problems: we will keep retrying.",
        OfflineBanner => {
            "You are offline. What you see may be out of date; changes will wait until you are back online."
        }
        NotFoundTitle => "Page not found",
        NotFoundLead => "The page you asked for does not exist or has moved.",
        GoToDashboard => "Go to the dashboard",
        AreaNotYetTitle => "Coming soon",
        AreaNotYetLead => "This part of the client area is not available in this version yet.",
        AreaUnavailableTitle => "Not available",
        AreaUnavailableLead => "Your provider's billing system does not offer this feature.",
        DaysLeft => "in {n} days",
        DueToday => "due today",
        DaysOverdue => "{n} days overdue",
        ConfigErrorTitle => "This client area is misconfigured",
        ConfigErrorLead => "The site's config.json has problems. The site owner needs to fix:",
        CrashTitle => "Something went wrong",
        CrashLead => {
            "An unexpected error stopped this page. Reloading usually helps; your data is safe."
        }
        Reload => "Reload",
        Support => "Support",
        InvoiceTitle => "Invoice",
        BackToInvoices => "Invoices",
        StatusUnpaid => "Unpaid",
        StatusPaid => "Paid",
        StatusCancelled => "Cancelled",
        StatusRefunded => "Refunded",
        StatusCollections => "Collections",
        StatusDraft => "Draft",
        IssuedOn => "Issued",
        DueOn => "Due",
        PaidOn => "Paid on",
        BilledTo => "Billed to",
        Description => "Description",
        Quantity => "Qty",
        UnitPrice => "Unit price",
        Amount => "Amount",
        Subtotal => "Subtotal",
        Tax => "Tax",
        CreditApplied => "Credit applied",
        Total => "Total",
        BalanceDue => "Balance due",
        Print => "Print",
        ApplyCredit => "Apply credit",
        CreditAvailable => "Credit available",
        AmountToApply => "Amount to apply",
        ConfirmApplyCredit => "Apply {amount} of account credit to invoice #{number} ({currency})?",
        Confirm => "Confirm",
        Cancel => "Cancel",
        Applying => "Applying…",
        CreditWasApplied => "Credit applied.",
        CheckingOutcome => {
            "The portal did not answer in time. Checking whether the credit was applied…"
        }
        OutcomeNotApplied => "The credit was not applied. You can try again.",
        InvoiceNotFound => "This invoice does not exist or belongs to another account.",
        CreditNotPositive => "Enter an amount above zero.",
        CreditTooManyDecimals => "Too many decimal places for this currency.",
        CreditMoreThanDue => "That is more than the balance due.",
        CreditMoreThanAvailable => "That is more than your available credit.",
        CreditOtherCurrency => "Your credit is held in another currency than this invoice.",
        InvalidAmount => "Enter an amount like 12.50.",
        NoCreditAvailable => "You have no account credit to apply.",
        TabAll => "All",
        SearchByNumber => "Search by number",
        SortBy => "Sort by",
        SortNewest => "Descending",
        SortOldest => "Ascending",
        SortDate => "Date",
        SortDue => "Due date",
        SortNumber => "Number",
        SortTotal => "Total",
        SortStatus => "Status",
        Number => "Number",
        Status => "Status",
        NoInvoicesMatch => "No invoices match.",
        PageOf => "Page {page} of {pages}",
        PreviousPage => "Previous page",
        NextPage => "Next page",
        InvoiceCount => "{n} invoices",
        PayInvoice => "Pay this invoice",
        PaymentMethod => "Payment method",
        Fee => "fee",
        TotalToPay => "Total to pay",
        ConfirmPay => {
            "Pay {total} for invoice #{number} ({currency}) with {method}? This includes a fee of {fee}."
        }
        ConfirmPayNoFee => "Pay {total} for invoice #{number} ({currency}) with {method}?",
        PayAmount => "Pay {total}",
        CreditCurrencyMismatch => {
            "Your account credit is in {credit} and this invoice in {invoice}: credit can only pay invoices in its own currency."
        }
        ApplyAmount => "Apply {amount}",
        OpeningGateway => "Opening the payment page…",
        BadPaymentLink => {
            "The portal sent a payment link that cannot be opened safely. Please contact support."
        }
        ContinueToPayment => "Continue to payment",
        AddFundsLead => {
            "Top up your account credit: we create an invoice for the amount, which you then pay. Credit pays future invoices automatically or on request."
        }
        CreateTopUp => "Create top-up invoice",
        Creating => "Creating…",
        TopUpUnknownOutcome => {
            "We could not confirm whether the top-up invoice was created. Check your unpaid invoices before trying again."
        }
        Estimates => "Estimates",
        EstimateTitle => "Estimate",
        NoEstimates => "You have no estimates.",
        ValidUntil => "Valid until",
        Expired => "Expired",
        BackToEstimates => "Back to estimates",
        EstimateNotFound => "This estimate does not exist or belongs to another account.",
        StatusSent => "Sent to you",
        EstimateHowToAnswer => {
            "To accept or decline this estimate, answer the e-mail it came with or contact support: this client area cannot do it for you."
        }
        StatusAccepted => "Accepted",
        StatusDeclined => "Declined",
        StatusInvoiced => "Invoiced",
        Subject => "Subject",
        AcceptEstimate => "Accept estimate",
        DownloadPdf => "Download PDF",
        Downloading => "Downloading…",
        PayAll => "Pay several invoices",
        PayAllLead => {
            "Choose the unpaid invoices to pay together. They are gathered into one invoice, which you pay once; each of them is then marked paid. Invoices in different currencies are paid separately."
        }
        PayAllNone => "You have no unpaid invoices.",
        PayAllSubmit => "Gather {n} invoices into one",
        PayAllConfirm => "Gather {n} invoices totalling {total} into one invoice to pay?",
        Gathering => "Gathering…",
        PayAllUnknownOutcome => {
            "We could not confirm whether the invoices were gathered. Check your unpaid invoices before trying again."
        }
        SelectAtLeastOne => "Select at least one invoice.",
        SelectedTotal => "Selected total",
        DateFrom => "Issued from",
        DateTo => "Issued until",
        ClearFilters => "Clear filters",
        DateRangeReversed => "The start date is after the end date.",
        BalanceAndFunds => "Balance and funds",
        CreditHistory => "Credit history",
        NoCreditHistory => "No credit movements yet.",
        Change => "Change",
        BalanceAfter => "Balance after",
        Date => "Date",
        RedeemVoucher => "Redeem a voucher",
        VoucherCode => "Voucher code",
        Redeem => "Redeem",
        Redeeming => "Redeeming…",
        VoucherAdded => "{amount} was added to your credit.",
        VoucherUnknownOutcome => {
            "We could not confirm whether the voucher was redeemed. Check your credit history before trying again."
        }
        PortalNotUnpaid => "This invoice is no longer unpaid.",
        PortalCreditExceeded => "The amount is more than your available credit.",
        PortalInvoiceExceeded => "The amount is more than the invoice's balance due.",
        PortalVoucherInvalid => "This voucher code is not valid.",
        PortalVoucherUsed => "This voucher has already been used.",
        PortalVoucherCurrency => "This voucher is for another currency than your account's.",
        PortalMixedCurrencies => "Invoices in different currencies cannot be paid together.",
        PortalPermissionDenied => "You do not have permission to do this.",
        Select => "Select",
        Currency => "Currency",
        OverdueLink => "View the {n} overdue invoices",
        Actions => "Actions",
        Delete => "Delete",
        Edit => "Edit",
        Service => "Service",
        NoFee => "no fee",
        TtlNSeconds => "{n} seconds",
        TtlNMinutes => "{n} minutes",
        TtlNHours => "{n} hours",
        TtlNDays => "{n} days",
        TypeToConfirm => "Type {name} to confirm",
        BillingCycle => "Billing cycle",
        Domain => "Domain",
        LabelSaved => "Label saved.",
        LabelTooLong => "A label can be at most 64 characters.",
        NoServicesMatch => "No services match.",
        OrderedOn => "Ordered on",
        Price => "Price",
        Product => "Product",
        Reveal => "Show",
        Save => "Save",
        ServiceLabel => "Label",
        ServiceLabelHint => "Your own name for this service",
        ServiceNotFound => "This service does not exist or belongs to another account.",
        StatusActive => "Active",
        StatusPending => "Pending",
        StatusSuspended => "Suspended",
        StatusTerminated => "Terminated",
        Username => "Username",
        VirtualServers => "Virtual servers",
        VmTemplate => "Operating system",
        VmRunning => "Running",
        VmStopped => "Stopped",
        VmRescue => "Rescue mode",
        VmStarting => "Starting…",
        VmStopping => "Stopping…",
        VmShuttingDown => "Shutting down…",
        VmRebooting => "Rebooting…",
        VmEnteringRescue => "Entering rescue…",
        VmLeavingRescue => "Leaving rescue…",
        VmRebuilding => "Rebuilding…",
        VmCreating => "Creating…",
        VmLocked => "Busy with another task",
        VmSuspended => "Suspended",
        Copy => "Copy",
        VmOpen => "Manage",
        ServiceInvoices => "Invoices for this service",
        NoServiceInvoices => "No invoices for this service.",
        CancelService => "Request cancellation",
        CancelReason => "Reason",
        CancelWhen => "When",
        CancelEndOfPeriod => "At the end of the paid period",
        CancelImmediate => "Immediately",
        CancelConfirm => {
            "Ask to cancel {name} {when}? The provider stops the service and its data may be deleted."
        }
        CancelRequested => "Cancellation requested: {when}.",
        CancelReasonRequired => "Please say why you are cancelling.",
        OrderTitle => "Order a new service",
        CycleOnce => "one-time",
        CycleDaily => "daily",
        CycleWeekly => "weekly",
        CycleMonthly => "monthly",
        CycleQuarterly => "every 3 months",
        CycleSemiAnnually => "every 6 months",
        CycleAnnually => "yearly",
        CycleBiennially => "every 2 years",
        CycleTriennially => "every 3 years",
        CycleFourYears => "every 4 years",
        CycleFiveYears => "every 5 years",
        SoldOut => "Sold out",
        StockLeft => "{n} left",
        Configure => "Configure",
        ViewCart => "Cart ({n})",
        NoProducts => "No products in this category.",
        DomainName => "Domain name",
        Addons => "Add-ons",
        AddToCart => "Add to cart",
        UpdateItem => "Update item",
        AddedToCart => "Added to your cart.",
        FormUnsupported => "This option cannot be set here; the provider's default applies.",
        OptionRequired => "Please answer this option.",
        OptionRange => "Choose a number from {min} to {max}.",
        UnknownChoice => "Choose one of the options.",
        ProductUnavailable => "This product is sold out.",
        DomainMissing => "This product needs a domain name.",
        CycleNotOffered => "Choose a billing cycle this product offers.",
        DomainWhatToDo => "What would you like to do?",
        DomainRegisterChoice => "Register a new domain",
        DomainTransferChoice => "Transfer a domain I own",
        DomainExtension => "Extension",
        DomainYears => "Registration period",
        YearsCount => "{n} years",
        PricePerYear => "{price} a year",
        DomainTransferPrice => "Transfer, one year added: {price}",
        DomainCheck => "Check availability",
        DomainChecking => "Checking {domain}…",
        DomainAvailable => "{domain} is available.",
        DomainTransferable => "{domain} can be transferred.",
        DomainNameInvalid => {
            "Use letters, digits and hyphens (not first or last), at most 63, without the extension."
        }
        DomainTldNotOffered => "Choose an extension offered for this.",
        DomainYearsRange => "Choose from {min} to {max} years.",
        DomainCheckFirst => "Checked again before it goes in your cart.",
        DomainTransferCode => "Transfer (EPP) code",
        DomainTransferCodeHint => {
            "Your current registrar gives it; the transfer cannot start without it."
        }
        DomainTransferCodeMissing => "Enter the transfer code from your current registrar.",
        DomainPricesFrom => "Register from {price} a year",
        NoneChoice => "None",
        OrderSummary => "Order summary",
        Discount => "Discount",
        TotalDueToday => "Total due today",
        ThenRecurring => "Then {price} {cycle}",
        EstimatePending => "Estimate — the provider's price is on its way",
        PriceBreakdown => "What you are ordering",
        SetupFeeFor => "Setup fee: {name}",
        TotalDueTodayShort => "Due today",
        QuoteFailed => "The price could not be fetched. Your choices are kept.",
        PromoCode => "Promo code",
        Apply => "Apply",
        CartTitle => "Your cart",
        CartEmpty => "Your cart is empty.",
        BrowseCatalogue => "Browse the catalogue",
        Remove => "Remove",
        PlaceOrder => "Place order",
        PlacingOrder => "Placing order…",
        OrderPlacedMsg => "Order {n} placed.",
        OrderLost => "The answer was lost on the way. Checking whether the order was placed…",
        OrderNotPlaced => "The order was not placed. You can try again.",
        FixItemsFirst => "Fix the items marked above first.",
        ContinueShopping => "Continue shopping",
        Setup => "Setup fee",
        UpgradeTitle => "Change plan",
        UpgradeLink => "Upgrade or downgrade",
        Package => "Package",
        KeepPackage => "Keep the current package",
        DueNow => "Due now",
        NewMonthly => "New price: {price} monthly",
        RequestUpgrade => "Request this change",
        UpgradeDone => "Change requested.",
        PaymentFee => "Payment fee",
        Subproducts => "Bundled products",
        AcceptTerms => "I have read and accept the",
        TermsOfService => "terms of service",
        TermsRequired => "Please accept the terms of service to place the order.",
        ErrUnsupported => "This billing system does not offer that.",
        CreditAsOfSignIn => "As of when you signed in.",
        Configuration => "Configuration",
        NotOfferedTitle => "not offered here",
        NotOfferedLead => {
            "This client area runs on {backend}, which does not offer this page. Everything it does offer is in the menu."
        }
        OpenInvoiceLead => {
            "{backend} does not list your invoices. Open one by its number: it is on the e-mail that came with it, and on your order confirmation."
        }
        OpenServiceLead => {
            "{backend} does not list your services. Open one by its number: it is in your welcome e-mail and on its invoices."
        }
        InvoiceNumber => "Invoice number",
        ServiceNumber => "Service number",
        Open => "Open",
        NumberDigitsOnly => "Enter the number, digits only.",
        FindCard => "Find an invoice or a service",
        VpsOrderTitle => "Order a virtual server",
        ExtraIps => "Extra IPv4 addresses (0 to 5)",
        VpsHostname => "Hostname (optional)",
        RootPassword => "Root password (optional)",
        NsPrefixes => "Nameserver prefixes (optional)",
        FirstNameserver => "First nameserver",
        SecondNameserver => "Second nameserver",
        VpsPriceOnInvoice => {
            "{backend} works out the price: it is on the invoice that opens once the order is placed."
        }
        VpsOrderLost => {
            "The answer was lost, so we cannot tell whether the order was placed. Check your e-mail for an order confirmation before ordering again."
        }
        PickFromList => "Choose one of the offered values.",
        ExtraIpsRange => "From 0 to 5.",
        HostnameInvalid => "Enter a host name like web1.example.com (letters, digits and hyphens).",
        NsPrefixInvalid => "One word of letters, digits and hyphens, like ns1.",
        RootPasswordLength => "8 to 64 characters.",
        VpsOrderLead => {
            "Pick a package, a billing cycle and an operating system; the invoice opens right after."
        }
        AcceptQuoteTitle => "Accept a quote",
        QuoteNumber => "Quote number",
        AcceptQuote => "Accept quote",
        AcceptQuoteConfirm => "Accept quote #{n}? It becomes an invoice to pay.",
        QuoteAccepted => "Quote accepted. Its invoice will reach you by e-mail.",
        RenewTitle => "Renewal",
        RenewLead => {
            "Get the invoice for the next period now, instead of waiting for it. If your account credit covers it, it is paid from the credit at once."
        }
        RenewPaidFromCredit => {
            "Renewed: invoice {number} for {amount} was paid from your account credit."
        }
        RenewAwaitingPayment => "Renewal invoice {number} is waiting for payment: {amount} to pay.",
        RenewIssued => "The renewal invoice is ready.",
        OpenTheInvoice => "Open the invoice",
        RenewNow => "Renew now",
        RenewConfirm => {
            "Renew {name} now? The billing system issues the invoice for the next period ({price}), or gives back the unpaid one already issued for this service. Your account credit ({credit}) pays it at once if it covers the amount; otherwise you pay it on the invoice."
        }
        DeleteInvoice => "Delete invoice",
        DeleteInvoiceLead => "An unpaid invoice you no longer need can be deleted.",
        DeleteInvoiceConfirm => "Delete invoice #{n}? This cannot be undone.",
        PayThisInvoice => "Pay this invoice",
        PayElsewhereLead => {
            "Payment happens on the billing site; you come back here once it is paid."
        }
        PayOnBillingSite => "Pay on the billing site",
        PasswordsDiffer => "The two passwords differ.",
        RepeatPassword => "Repeat the password",
        PaymentsReceived => "Payments received",
        NoPayments => {
            "No payments recorded yet. Only payments the billing system has processed are listed: one still being checked by the payment provider appears once it is processed."
        }
        AddonsAndPlans => "Add-ons and plans",
        NoAddons => "No add-ons on this service.",
        CanMoveTo => "Plans this service can move to",
        NoOtherPlans => "No other plan is offered for this service.",
        AskSupportToMove => {
            "To move to one of them, contact support: the billing system takes the request there."
        }
        TaxOnInvoice => "Tax, where due, is added on the invoice.",
        OrderPaidFromCredit => "Order {n} is placed and paid from your account credit.",
        OrderPlacedNothingToPay => "Order {n} is placed; there is nothing to pay.",
        ViewOrderedService => "Open the new service",
        DomainTitle => "Domain",
        DomainExpiresOn => "Expires on {date}",
        Nameservers => "Name servers",
        NameserverN => "Name server {n}",
        NameserversLead => "Where the domain's DNS is answered. Two are required, up to four.",
        SaveNameservers => "Save name servers",
        NameserversSaved => "Name servers saved.",
        NameserversTooFew => "Enter at least two name servers.",
        NameserverRepeated => "This name server is already listed.",
        TransferLock => "Transfer lock",
        TransferLockLead => "While locked, the domain cannot be moved to another registrar.",
        WhoisPrivacy => "WHOIS privacy",
        WhoisPrivacyLead => "Hides the registrant's name, address and phone from public WHOIS.",
        SettingOn => "On",
        SettingOff => "Off",
        SettingSaved => "{setting} is now {state}.",
        TransferCode => "Transfer code",
        TransferCodeLead => {
            "The next registrar asks for this code. Unlock the domain first: a locked domain cannot leave."
        }
        TransferCodeNone => {
            "This domain's registrar gives no transfer code here. Ask support for it when you move the domain."
        }
        ShowTransferCode => "Show the transfer code",
        RegistrantContact => "Registrant contact",
        ContactLead => {
            "Registrars require these to be true and current; the email receives renewal and transfer notices."
        }
        FirstName => "First name",
        LastName => "Last name",
        CompanyOptional => "Company (optional)",
        AddressLine1 => "Address",
        AddressLine2 => "Address, line 2 (optional)",
        City => "City",
        StateRegion => "State or province",
        Postcode => "Postal code",
        CountryCode => "Country (two-letter code)",
        PhoneCountryCode => "Phone country code",
        PhoneNumber => "Phone number",
        CountryCodeInvalid => "Enter a two-letter country code like VN or US.",
        DigitsOnly => "Digits only.",
        SaveContact => "Save contact",
        ContactSaved => "Contact saved.",
        OpenNewTicket => "Open a ticket",
        NoTickets => "You have no support tickets.",
        TicketDepartment => "Department",
        ChooseDepartment => "Choose a department",
        TicketMessage => "Message",
        SendTicket => "Send ticket",
        SendingTicket => "Sending…",
        TicketSubjectRequired => "Give the ticket a subject (at most 200 characters).",
        TicketMessageRequired => "Write a message (at most 20,000 characters).",
        DepartmentRequired => "Choose a department.",
        TicketNumbered => "Ticket #{n}",
        TicketNotFound => "This ticket does not exist or belongs to another account.",
        BackToSupport => "Support tickets",
        StaffLabel => "Staff",
        ReplyLabel => "Your reply",
        SendReply => "Send reply",
        ReplySent => "Your reply was sent.",
        ConfirmCloseTicket => {
            "Close ticket #{number}? You can still read it; to ask more, open a new ticket or re-open it where that is offered."
        }
        CloseTicket => "Close ticket",
        ReopenTicket => "Re-open ticket",
        TicketClosedNote => "This ticket is closed.",
        TicketClosedReopen => "This ticket is closed. Re-open it to reply.",
        TicketClosedNew => "This ticket is closed. Open a new ticket to write again.",
        TicketStatusOpen => "Open",
        TicketStatusAnswered => "Answered",
        TicketStatusCustomerReply => "Awaiting staff",
        TicketStatusOnHold => "On hold",
        TicketStatusClosed => "Closed",
        YourDetails => "Your details",
        SaveDetails => "Save details",
        DetailsSaved => "Your details are saved.",
        ChangePassword => "Change password",
        CurrentPassword => "Current password",
        NewPassword => "New password (8 to 64 characters)",
        PasswordChanged => "Your password is changed. Use it the next time you sign in.",
        PasswordSameAsOld => "The new password must differ from the current one.",
        PhoneWithCode => "Phone (+country code.number, e.g. +84.901234567)",
        PhoneInvalid => "Enter the phone as +84.901234567 or digits only.",
        AccountReadOnly => {
            "Your billing system does not let these be changed here; contact support to change them."
        }
    }
}

/// The wording for a count of exactly one, for the messages with `{n}` that name a countable
/// thing ("1 days overdue" reads wrong). None: the plural wording reads right for one too.
pub fn singular(msg: Msg) -> Option<&'static str> {
    use Msg::*;
    Some(match msg {
        DaysLeft => "in {n} day",
        YearsCount => "{n} year",
        DaysOverdue => "{n} day overdue",
        InvoiceCount => "{n} invoice",
        OverdueLink => "View the {n} overdue invoice",
        TtlNSeconds => "{n} second",
        TtlNMinutes => "{n} minute",
        TtlNHours => "{n} hour",
        TtlNDays => "{n} day",
        _ => return None,
    })
}
