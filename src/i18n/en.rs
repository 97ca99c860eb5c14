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
    }
}
