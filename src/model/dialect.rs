//! The billing systems Atrium speaks to, and what each one lets a customer do.

use serde::Deserialize;

/// The billing systems Atrium speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// HostBill's client REST API (JWT + rotating refresh token).
    Hostbill,
    /// The "Kdata" JWT wrapper over WHMCS (seeds 000/001): form-encoded POSTs under `/api/v1`,
    /// `{"result": "success" | "error"}` envelopes, a token without refresh.
    Kdata,
    /// BoxBilling's client API (seed 003): `client/<module>/<method>`, `{"result", "error"}`
    /// envelopes with HTTP 200 errors, the client's API key sent as HTTP Basic.
    Boxbilling,
}

/// What a backend can do; the UI hides what is missing and explains it when reached by URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Invoice detail and paying with credit.
    pub invoices: bool,
    /// A list of every invoice (Kdata only opens one by number, or a service's invoices).
    pub invoice_list: bool,
    /// Online payment through the portal's gateways (fees, pay links).
    pub pay_online: bool,
    /// A top-up ("add funds") invoice can be created.
    pub funds_invoice: bool,
    /// A renewal invoice can be asked for on a service (BoxBilling's `renewal_invoice`, HostBill's `manualrenew`).
    pub renewal_invoice: bool,
    /// A service's add-on orders and the plans it can move to are listed (BoxBilling).
    pub order_extras: bool,
    /// An unpaid invoice can be deleted by the customer (BoxBilling's `invoice/delete`,
    /// HostBill's `DELETE /invoice/@id`).
    pub delete_invoice: bool,
    /// The customer can pay an invoice with account credit.
    pub apply_credit: bool,
    /// Credit can be applied in part (an amount); otherwise as much as the invoice needs.
    pub credit_amount: bool,
    /// A service's invoices can be listed on its page.
    pub service_invoices: bool,
    /// A balance call: what is owed is known (Kdata only knows the credit, from sign-in).
    pub outstanding: bool,
    /// A cancellation can be asked for "immediately" as well as at the end of the period.
    pub cancel_immediately: bool,
    /// Estimates / quotes (list, detail).
    pub estimates: bool,
    /// The customer can accept an estimate (Kdata's `acceptQuote`; HostBill's client API cannot).
    pub accept_estimate: bool,
    /// Invoice and estimate PDFs.
    pub pdf: bool,
    /// Pay several unpaid invoices at once.
    pub pay_all: bool,
    /// Credit history and vouchers.
    pub credit_log: bool,
    /// The payments received (BoxBilling's transactions).
    pub transactions: bool,
    /// Service details.
    pub services: bool,
    /// A list of every service (Kdata only opens one by number).
    pub service_list: bool,
    /// Cloud VM control.
    pub vms: bool,
    /// DNS zone editing.
    pub dns: bool,
    /// Catalogue, cart, live quote and ordering (HostBill's product forms).
    pub cart: bool,
    /// A fixed VPS order form (Kdata's `addorder`: package, cycle, OS and options by name).
    pub vps_order: bool,
    /// Support tickets.
    pub tickets: bool,
    /// A closed ticket can be re-opened by the customer (HostBill's `PUT /tickets/@number/open`).
    pub ticket_reopen: bool,
    /// Portal notifications.
    pub notifications: bool,
    /// `POST /token` refresh (otherwise an expired session asks to log in again in place).
    pub refresh_tokens: bool,

    /// Forgotten-password e-mail.
    pub password_reset: bool,
    /// The customer changes their registration details and password on the account page.
    pub account_edit: bool,
    /// SSH keys and sign-in IP rules (HostBill's `/security`).
    pub security: bool,
    /// The account's API key, shown on request and reset (BoxBilling's
    /// `client/profile/api_key_*`, the key this session itself signs its calls with).
    pub api_key: bool,
    /// Contacts and sub-accounts with their privileges (HostBill's `/contact`).
    pub contacts: bool,
    /// SSL certificates: the list, their files and ordering one (HostBill's `/certificate`).
    pub certificates: bool,
    /// Finding a domain name under several extensions at once, with those on sale (HostBill's
    /// `/domain/bulksearch`, `/domain/suggestion`, `/domain/sale`).
    pub domain_search: bool,
    /// The portal searches the customer's services, also by what the list does not show
    /// (HostBill's `/clientarea/search/@query`); elsewhere the list is searched here only.
    pub service_search: bool,
    /// The affiliate programme (HostBill's `/affiliate`).
    pub affiliates: bool,
    /// The provider's news and downloads (HostBill's `/post/*`, `/downloads`).
    pub news: bool,
    /// Account settings and e-mail or phone verification (HostBill's `/clientarea/settings`).
    pub settings: bool,
    /// The account's sign-ins, changes and history (HostBill's `/logs`, `/clientarea/histories`).
    pub activity: bool,
    /// The e-mails the portal sent (HostBill's history, BoxBilling's `email`).
    pub email_history: bool,
    /// An e-mail can be sent again or deleted from the history (BoxBilling).
    pub email_actions: bool,
}

impl Dialect {
    /// The billing system's name, for explanations ("… does not offer this").
    pub fn product_name(self) -> &'static str {
        match self {
            Dialect::Hostbill => "HostBill",
            Dialect::Kdata => "WHMCS (Kdata API)",
            Dialect::Boxbilling => "BoxBilling",
        }
    }

    /// The capability list of this backend.
    pub fn capabilities(self) -> Capabilities {
        match self {
            Dialect::Hostbill => Capabilities {
                invoices: true,
                invoice_list: true,
                pay_online: true,
                funds_invoice: true,
                renewal_invoice: true,
                order_extras: false,
                delete_invoice: true,
                apply_credit: true,
                credit_amount: true,
                service_invoices: true,
                outstanding: true,
                cancel_immediately: true,
                estimates: true,
                accept_estimate: false,
                pdf: true,
                pay_all: true,
                credit_log: true,
                transactions: false,
                services: true,
                service_list: true,
                vms: true,
                dns: true,
                cart: true,
                vps_order: false,
                tickets: true,
                ticket_reopen: true,
                notifications: true,
                refresh_tokens: true,
                password_reset: true,
                account_edit: true,
                security: true,
                api_key: false,
                contacts: true,
                certificates: true,
                domain_search: true,
                service_search: true,
                affiliates: true,
                news: true,
                settings: true,
                activity: true,
                email_history: true,
                email_actions: false,
            },
            // The wrapper's client calls: login, addorder, getproduct, getinvoice,
            // getinvoiceproduct, applycredit, cancelrequest, acceptQuote. Nothing lists.
            Dialect::Kdata => Capabilities {
                invoices: true,
                invoice_list: false,
                pay_online: false,
                funds_invoice: false,
                renewal_invoice: false,
                order_extras: false,
                delete_invoice: false,
                apply_credit: true,
                credit_amount: false,
                service_invoices: true,
                outstanding: false,
                cancel_immediately: false,
                estimates: false,
                accept_estimate: true,
                pdf: false,
                pay_all: false,
                credit_log: false,
                transactions: false,
                services: true,
                service_list: false,
                vms: false,
                dns: false,
                cart: false,
                vps_order: true,
                tickets: false,
                ticket_reopen: false,
                notifications: false,
                refresh_tokens: false,
                password_reset: false,
                account_edit: false,
                security: false,
                api_key: false,
                contacts: false,
                certificates: false,
                domain_search: false,
                service_search: false,
                affiliates: false,
                news: false,
                settings: false,
                activity: false,
                email_history: false,
                email_actions: false,
            },
            // The client API's invoices, orders (services), the session cart's checkout (paid
            // from the balance when it covers the invoice), SolusVM power and tickets. No DNS
            // editor, no credit applied by the customer to an open invoice.
            Dialect::Boxbilling => Capabilities {
                invoices: true,
                invoice_list: true,
                pay_online: false,
                funds_invoice: true,
                renewal_invoice: true,
                order_extras: true,
                delete_invoice: true,
                apply_credit: false,
                credit_amount: false,
                service_invoices: false,
                outstanding: true,
                cancel_immediately: false,
                estimates: false,
                accept_estimate: false,
                pdf: false,
                pay_all: false,
                credit_log: false,
                transactions: true,
                services: true,
                service_list: true,
                vms: true,
                dns: false,
                cart: true,
                vps_order: false,
                tickets: true,
                ticket_reopen: false,
                notifications: false,
                refresh_tokens: false,
                password_reset: false,
                account_edit: true,
                security: false,
                api_key: true,
                contacts: false,
                certificates: false,
                domain_search: false,
                service_search: false,
                affiliates: false,
                news: false,
                settings: false,
                activity: false,
                email_history: true,
                email_actions: true,
            },
        }
    }
}
