//! Every portal call the client sends, by its documented path. The client builds each request's
//! path from one of these templates (`@name` segments filled in order, percent-encoded), never
//! from a string of its own, so a call cannot be invented without adding it here, and
//! tests/api_coverage.rs checks each entry against the list of documented calls
//! (tests/documented_calls.md, itself checked against the seeds).

use crate::percent::encode_component;

/// A documented call's path template, such as `/service/@id/vms/@vmid`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Path(pub &'static str);

impl Path {
    /// The path with its `@name` segments replaced, in order, by `params` (percent-encoded).
    /// A template's parameters and the values given must agree in number.
    pub fn fill(self, params: &[&str]) -> String {
        let mut values = params.iter();
        let path = self
            .0
            .split('/')
            .map(|segment| match segment.strip_prefix('@') {
                Some(_) => encode_component(values.next().copied().unwrap_or_default()),
                None => segment.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/");
        debug_assert!(
            values.next().is_none() && self.params() == params.len(),
            "{} takes {} parameters, {} given",
            self.0,
            self.params(),
            params.len()
        );
        path
    }

    /// How many `@name` segments the template has.
    pub fn params(self) -> usize {
        self.0.split('/').filter(|s| s.starts_with('@')).count()
    }
}

/// A template without parameters is its path.
impl From<Path> for String {
    fn from(path: Path) -> String {
        debug_assert_eq!(path.params(), 0, "{} needs parameters", path.0);
        path.0.to_string()
    }
}

macro_rules! calls {
    ($($(#[$doc:meta])* $name:ident = $path:literal;)*) => {
        $($(#[$doc])* pub const $name: Path = Path($path);)*
        /// Every template, by name (read by tests/api_coverage.rs).
        pub const ALL: &[(&str, Path)] = &[$((stringify!($name), $name),)*];
    };
}

calls! {
    // HostBill: seeds 002 and 004.
    /// Sign-in (also Kdata's).
    LOGIN = "/login";
    /// Sign-out.
    LOGOUT = "/logout";
    /// A new token pair for a refresh token.
    TOKEN = "/token";
    /// Revoking the refresh token.
    REVOKE = "/revoke";
    /// The account's details.
    DETAILS = "/details";
    /// Sign-ins and changes of the account.
    LOGS = "/logs";
    /// The account's history.
    HISTORIES = "/clientarea/histories";
    /// The account's settings.
    CLIENT_SETTINGS = "/clientarea/settings";
    /// Checking a verification code.
    VERIFY = "/verification/verify";
    /// Sending a verification code again.
    VERIFY_RESEND = "/verification/resend";
    /// Contacts: the list, and adding one.
    CONTACTS = "/contact";
    /// One contact.
    CONTACT = "/contact/@id";
    /// The privileges a contact may be given.
    CONTACT_PRIVILEGES = "/contact/privileges";
    /// The account's affiliate record.
    AFFILIATE = "/affiliate";
    /// Joining the affiliate programme.
    AFFILIATE_ACTIVATE = "/affiliate/active";
    /// Referral figures.
    AFFILIATE_SUMMARY = "/affiliates/summary";
    /// Commissions earned.
    AFFILIATE_COMMISSIONS = "/affiliate/commission";
    /// Commissions paid out.
    AFFILIATE_PAYOUTS = "/affiliate/payouts";
    /// The affiliate's discount vouchers.
    AFFILIATE_VOUCHERS = "/affiliate/vouchers";
    /// Making a voucher.
    AFFILIATE_ADD_VOUCHER = "/affiliate/addvoucher";
    /// Removing a voucher.
    AFFILIATE_REMOVE_VOUCHER = "/affiliate/removevoucher";
    /// Commission plans.
    AFFILIATE_PLANS = "/affiliate/plans";
    /// One commission plan.
    AFFILIATE_PLAN = "/affiliate/plans/@id";
    /// Campaigns: tracked links.
    AFFILIATE_CAMPAIGNS = "/affiliates/campaigns";
    /// Files offered for download (public).
    DOWNLOADS = "/downloads";
    /// One file to download (public).
    DOWNLOAD = "/download/@id";
    /// Recent blog posts (public).
    POSTS_RECENT = "/post/recent";
    /// Posts about offers (public).
    POSTS_SALE = "/post/sale";
    /// The extensions a domain search tries a name under.
    DOMAIN_SUGGESTION = "/domain/suggestion";
    /// The extensions on sale.
    DOMAIN_SALE = "/domain/sale";
    /// A name's availability under several extensions at once.
    DOMAIN_BULKSEARCH = "/domain/bulksearch";
    /// A domain's automatic renewal.
    DOMAIN_AUTORENEW = "/domain/@id/autorenew";
    /// Removing one of a domain's DNSSEC keys.
    DOMAIN_DNSSEC_KEY = "/domain/@id/dnssec/@key";
    /// SSL certificates: the list.
    CERTIFICATES = "/certificate";
    /// One SSL certificate.
    CERTIFICATE = "/certificate/@id";
    /// An SSL certificate's file (X.509).
    CERTIFICATE_FILE = "/certificate/@id/crt";
    /// SSL certificates on sale, and ordering one.
    CERTIFICATE_ORDER = "/certificate/order";
    /// The server software a certificate product asks about.
    CERTIFICATE_SOFTWARE = "/certificate/order/@product_id/software";
    /// Changing the password.
    PASSWORD_CHANGE = "/password/change";
    /// A reset link sent to the account's e-mail.
    PASSWORD_RESET = "/passwordreset";
    /// A new password set with the reset link's code.
    PASSWORD_PASSRESET = "/password/passreset";
    /// The account's balance.
    BALANCE = "/balance";
    /// The invoices.
    INVOICE_LIST = "/invoice";
    /// The invoices, with `page`, `perpage` and `filter[...]`.
    INVOICES = "/invoices";
    /// The unpaid invoices, with `page` (from 0) and `perpage`.
    INVOICES_DUE = "/invoices/due";
    /// One invoice.
    INVOICE = "/invoice/@id";
    /// Credit applied to an invoice.
    INVOICE_CREDIT = "/invoice/@id/credit";
    /// An invoice's PDF.
    INVOICE_PDF = "/invoice/@id/pdf";
    /// Payment methods and their fees.
    PAYMENT_FEES = "/payment/fees";
    /// The payment modules an account may choose as its default.
    PAYMENT_MODULES = "/payment";
    /// A payment link for an invoice through a gateway.
    INVOICE_PAY = "/billing/@invoice_id/pay/@gateway_id";
    /// Adding funds.
    ADD_FUNDS = "/billing/addfunds";
    /// Paying every due invoice at once.
    PAY_ALL = "/invoices/payall";
    /// The credit log.
    CREDIT_LOGS = "/billing/creditlogs";
    /// Redeeming a credit voucher.
    CREDIT_VOUCHER = "/billing/creditvoucher";
    /// The estimates.
    ESTIMATES = "/estimates";
    /// One estimate.
    ESTIMATE = "/estimates/@id";
    /// An estimate's PDF.
    ESTIMATE_PDF = "/estimate/@id/pdf";
    /// The tickets.
    TICKETS = "/tickets";
    /// One ticket (and a reply to it).
    TICKET = "/tickets/@number";
    /// Reopening a ticket.
    TICKET_OPEN = "/tickets/@number/open";
    /// Closing a ticket.
    TICKET_CLOSE = "/tickets/@number/close";
    /// A ticket message's attached file.
    TICKET_ATTACHMENT = "/ticket/attachment/@file";
    /// The support departments.
    TICKET_DEPARTMENTS = "/ticket/departments";
    /// Every notification, or those about one thing (`rel_type`, `rel_id`).
    NOTIFICATIONS = "/notifications";
    /// Notifications not yet seen.
    NOTIFICATIONS_NEW = "/notifications/new";
    /// Marking a notification seen.
    NOTIFICATION_ACK = "/notifications/@id/ack";
    /// The services.
    SERVICES = "/service";
    /// The services of a category (`0`: all), with the portal's filters (`filter[hide_terminated]`).
    SERVICES_IN_CATEGORY = "/services/@cid";
    /// The client area's search: the services matching a query.
    CLIENTAREA_SEARCH = "/clientarea/search/@query";
    /// One service.
    SERVICE = "/service/@id";
    /// What a service's module supports.
    SERVICE_METHODS = "/service/@id/methods";
    /// A service's label.
    SERVICE_LABEL = "/service/@id/label";
    /// A server's IP addresses (a service that is not a cloud VM).
    SERVICE_IPS = "/service/@id/ip";
    /// Their reverse DNS names, and changing them.
    SERVICE_RDNS = "/service/@id/rdns";
    /// The backups a cPanel hosting account's panel keeps.
    CPANEL_BACKUPS = "/service/cpanel2/@id/backup";
    /// A cancellation request.
    SERVICE_CANCEL = "/service/@id/cancel";
    /// Renewing now: the next period's invoice.
    SERVICE_RENEW = "/service/@id/manualrenew";
    /// Upgrade options, and ordering one.
    SERVICE_UPGRADE = "/service/@id/upgrade";
    /// The catalogue's categories.
    CATEGORIES = "/category";
    /// A category's products.
    CATEGORY_PRODUCTS = "/category/@category_id/product";
    /// A product's configuration.
    ORDER_PRODUCT = "/order/@product_id";
    /// A price quote.
    QUOTE = "/quote";
    /// Placing an order.
    ORDER = "/order";
    /// Every DNS zone.
    DNS_ZONES = "/dns";
    /// A DNS service's zones (and adding one).
    SERVICE_DNS = "/service/@service_id/dns";
    /// One zone.
    DNS_ZONE = "/service/@service_id/dns/@zone_id";
    /// Adding a record.
    DNS_RECORDS = "/service/@service_id/dns/@zone_id/records";
    /// One record.
    DNS_RECORD = "/service/@service_id/dns/@zone_id/records/@record_id";
    /// A cloud service's VMs (and creating one).
    SERVICE_VMS = "/service/@id/vms";
    /// One VM.
    VM = "/service/@id/vms/@vmid";
    /// Power: start.
    VM_START = "/service/@id/vms/@vmid/start";
    /// Power: hard stop.
    VM_STOP = "/service/@id/vms/@vmid/stop";
    /// Power: ACPI shutdown.
    VM_SHUTDOWN = "/service/@id/vms/@vmid/shutdown";
    /// Power: reboot.
    VM_REBOOT = "/service/@id/vms/@vmid/reboot";
    /// Power: reset.
    VM_RESET = "/service/@id/vms/@vmid/reset";
    /// Rescue mode on.
    VM_RESCUE = "/service/@id/vms/@vmid/rescue";
    /// Rescue mode off.
    VM_UNRESCUE = "/service/@id/vms/@vmid/unrescue";
    /// Reinstalling from a template.
    VM_REBUILD = "/service/@id/vms/@vmid/rebuild";
    /// A new root password.
    VM_RESET_PASSWORD = "/service/@id/vms/@vmid/resetpwd";
    /// The templates a new VM can use.
    TEMPLATES = "/service/@id/templates";
    /// The templates a VM can be rebuilt from.
    VM_TEMPLATES = "/service/@id/templates/@vmid";
    /// What the service has left for VMs.
    RESOURCES = "/service/@id/resources";
    /// A VM's network interfaces.
    VM_INTERFACES = "/service/@id/vms/@vmid/interfaces";
    /// Addresses that can be assigned on an interface.
    VM_INTERFACE_IPS = "/service/@id/vms/@vmid/interfaces/@iface/ips";
    /// A VM's addresses (and assigning one).
    VM_IPS = "/service/@id/vms/@vmid/ips";
    /// One of a VM's addresses.
    VM_IP = "/service/@id/vms/@vmid/ips/@ipid";
    /// A VM's reverse DNS.
    VM_RDNS = "/service/@id/vms/@vmid/rdns";
    /// Writing a VM's network configuration again (it is stopped, and started again if asked).
    VM_REBUILD_NETWORK = "/service/@id/vms/@vmid/rebuild_network";
    /// A VM's usage.
    VM_USAGE = "/service/@id/vms/@vmid/usage";
    /// A VM's traffic.
    VM_TRAFFIC = "/service/@id/vms/@vmid/traffic";
    /// A VM's backups.
    VM_BACKUPS = "/service/@id/vms/@vmid/backup";
    /// One backup.
    VM_BACKUP = "/service/@id/vms/@vmid/backup/@backupid";
    /// A VM's disks.
    VM_STORAGE = "/service/@id/vms/@vmid/storage";
    /// One disk.
    VM_DISK = "/service/@id/vms/@vmid/storage/@diskid";
    /// The service's ISO images (and uploading one by URL).
    SERVICE_IMAGES = "/service/@id/images";
    /// SSH keys, sign-in IP rules and the address in use.
    SECURITY = "/security";
    /// Adding a sign-in IP rule.
    SECURITY_IP_ACCESS = "/security/ipaccess";
    /// Removing one.
    SECURITY_IP_RULE = "/security/ipaccess/@id";
    /// Adding an SSH key.
    SECURITY_SSH_KEYS = "/security/sshkey";
    /// Removing one (seed 002 documents it as a POST).
    SECURITY_SSH_KEY = "/security/sshkey/@id";
    /// E-mails sent to the customer.
    EMAILS = "/clientarea/history/emails";
    /// One of them.
    EMAIL = "/clientarea/history/emails/@id";

    // BoxBilling / FOSSBilling: seed 003 (client API).
    /// Checkout of the cart.
    BB_CART_CHECKOUT = "/client/cart/checkout";
    /// The balance's movements.
    BB_BALANCE_LIST = "/client/client/balance_get_list";
    /// Invoices.
    BB_INVOICE_LIST = "/client/invoice/get_list";
    /// One invoice.
    BB_INVOICE = "/client/invoice/get";
    /// An invoice for adding funds.
    BB_FUNDS_INVOICE = "/client/invoice/funds_invoice";
    /// An order's renewal invoice.
    BB_RENEWAL_INVOICE = "/client/invoice/renewal_invoice";
    /// Deleting an unpaid invoice.
    BB_INVOICE_DELETE = "/client/invoice/delete";
    /// Payments received.
    BB_TRANSACTIONS = "/client/invoice/transaction_get_list";
    /// Orders.
    BB_ORDER_LIST = "/client/order/get_list";
    /// One order.
    BB_ORDER = "/client/order/get";
    /// An order's add-ons.
    BB_ORDER_ADDONS = "/client/order/addons";
    /// An order's service.
    BB_ORDER_SERVICE = "/client/order/service";
    /// What an order can be upgraded to.
    BB_ORDER_UPGRADABLES = "/client/order/upgradables";
    /// Deleting an order awaiting or failing setup.
    BB_ORDER_DELETE = "/client/order/delete";
    /// The profile.
    BB_PROFILE = "/client/profile/get";
    /// Saving the profile.
    BB_PROFILE_UPDATE = "/client/profile/update";
    /// The API key.
    BB_API_KEY = "/client/profile/api_key_get";
    /// A new API key.
    BB_API_KEY_RESET = "/client/profile/api_key_reset";
    /// Changing the password.
    BB_CHANGE_PASSWORD = "/client/profile/change_password";
    /// Signing out.
    BB_LOGOUT = "/client/profile/logout";
    /// E-mails sent to the customer.
    BB_EMAIL_LIST = "/client/email/get_list";
    /// One of them.
    BB_EMAIL = "/client/email/get";
    /// Sending one again.
    BB_EMAIL_RESEND = "/client/email/resend";
    /// Deleting one from the history.
    BB_EMAIL_DELETE = "/client/email/delete";
    /// Name servers.
    BB_DOMAIN_NAMESERVERS = "/client/servicedomain/update_nameservers";
    /// Registrar lock on.
    BB_DOMAIN_LOCK = "/client/servicedomain/lock";
    /// Registrar lock off.
    BB_DOMAIN_UNLOCK = "/client/servicedomain/unlock";
    /// WHOIS privacy on.
    BB_DOMAIN_PRIVACY_ON = "/client/servicedomain/enable_privacy_protection";
    /// WHOIS privacy off.
    BB_DOMAIN_PRIVACY_OFF = "/client/servicedomain/disable_privacy_protection";
    /// The transfer code.
    BB_DOMAIN_TRANSFER_CODE = "/client/servicedomain/get_transfer_code";
    /// The domain's contacts.
    BB_DOMAIN_CONTACTS = "/client/servicedomain/update_contacts";
    /// A hosting account's control panel password.
    BB_HOSTING_PASSWORD = "/client/servicehosting/change_password";
    /// A hosting account's user name.
    BB_HOSTING_USERNAME = "/client/servicehosting/change_username";
    /// A hosting account's domain.
    BB_HOSTING_DOMAIN = "/client/servicehosting/change_domain";
    /// The hosting plans, by id.
    BB_HOSTING_PLANS = "/client/servicehosting/hp_get_pairs";
    /// Emptying a licence's bindings.
    BB_LICENCE_RESET = "/client/servicelicense/reset";
    /// A VM's details.
    BB_VM_INFO = "/client/servicesolusvm/info";
    /// A VM's state.
    BB_VM_STATUS = "/client/servicesolusvm/status";
    /// Power: boot.
    BB_VM_BOOT = "/client/servicesolusvm/boot";
    /// Power: shutdown.
    BB_VM_SHUTDOWN = "/client/servicesolusvm/shutdown";
    /// Power: reboot.
    BB_VM_REBOOT = "/client/servicesolusvm/reboot";
    /// The VM's host name.
    BB_VM_HOSTNAME = "/client/servicesolusvm/set_hostname";
    /// The VM's root password.
    BB_VM_ROOT_PASSWORD = "/client/servicesolusvm/set_root_password";
    /// The control panel's password.
    BB_VM_PANEL_PASSWORD = "/client/servicesolusvm/change_password";
    /// Reinstalling the VM.
    BB_VM_REBUILD = "/client/servicesolusvm/rebuild";
    /// Support desks.
    BB_HELPDESKS = "/client/support/helpdesk_get_pairs";
    /// Tickets.
    BB_TICKET_LIST = "/client/support/ticket_get_list";
    /// One ticket.
    BB_TICKET = "/client/support/ticket_get";
    /// A new ticket.
    BB_TICKET_CREATE = "/client/support/ticket_create";
    /// A reply.
    BB_TICKET_REPLY = "/client/support/ticket_reply";
    /// Closing a ticket.
    BB_TICKET_CLOSE = "/client/support/ticket_close";

    // FOSSBilling's guest API (0.6.22; see tests/documented_calls.md for where each is
    // documented: FOSSBilling's own api/guest modules, answers in ../shared/real-answers).
    /// Sign-in with e-mail and password.
    BB_GUEST_LOGIN = "/guest/client/login";
    /// The catalogue.
    BB_PRODUCTS = "/guest/product/get_list";
    /// Category names.
    BB_CATEGORY_PAIRS = "/guest/product/category_get_pairs";
    /// A currency's rate.
    BB_CURRENCY = "/guest/currency/get";
    /// Emptying the cart.
    BB_CART_RESET = "/guest/cart/reset";
    /// Adding to the cart.
    BB_CART_ADD = "/guest/cart/add_item";
    /// A promo code.
    BB_CART_PROMO = "/guest/cart/apply_promo";
    /// The cart.
    BB_CART = "/guest/cart/get";
    /// Whether a domain can be registered.
    BB_DOMAIN_CHECK = "/guest/servicedomain/check";
    /// Whether a domain can be transferred.
    BB_DOMAIN_TRANSFERABLE = "/guest/servicedomain/can_be_transferred";

    // Kdata (seeds 000 and 001); its sign-in is LOGIN.
    /// Placing an order.
    KDATA_ADD_ORDER = "/api/v1/addorder";
    /// A service.
    KDATA_PRODUCT = "/api/v1/getproduct";
    /// Credit applied to an invoice.
    KDATA_APPLY_CREDIT = "/api/v1/applycredit";
    /// An invoice.
    KDATA_INVOICE = "/api/v1/getinvoice";
    /// An invoice's services.
    KDATA_INVOICE_PRODUCTS = "/api/v1/getinvoiceproduct";
    /// A cancellation request.
    KDATA_CANCEL = "/api/v1/cancelrequest";
    /// Accepting a quote.
    KDATA_ACCEPT_QUOTE = "/api/v1/acceptQuote";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_filled_in_order_and_encoded() {
        assert_eq!(
            VM_IP.fill(&["3", "a/b", "7 8"]),
            "/service/3/vms/a%2Fb/ips/7%208"
        );
        assert_eq!(VM_IP.params(), 3);
        assert_eq!(String::from(BALANCE), "/balance");
    }

    #[test]
    fn names_and_paths_are_unique() {
        for (i, (name, path)) in ALL.iter().enumerate() {
            for (other, other_path) in &ALL[i + 1..] {
                assert_ne!(name, other);
                assert_ne!(path, other_path, "{name} and {other}");
            }
        }
    }
}
