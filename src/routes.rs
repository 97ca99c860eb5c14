//! Every page's address, in one typed table, both ways. Pages link with
//! `Page::Invoice(id).href()`, never with a path written by hand, so renaming a route is one edit
//! here and a link to a page that does not exist cannot be written; the signed-in shell reads the
//! address back with `Page::parse` to choose the page (`AreaOutlet` in src/areas.rs), so the
//! router itself has one route for all of them (src/app.rs). A test reads every page back from
//! its address.

use crate::percent::encode_component;

/// A page of the client area, with what its address needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page<'a> {
    /// `/`: the dashboard.
    Dashboard,
    /// `/login`.
    Login,
    /// `/login/forgot`: the forgotten-password form.
    Forgot,
    /// `/login/reset`: where a reset e-mail's link lands (`?activate=<code>`).
    ResetPassword,
    /// `/invoices`.
    Invoices,
    /// `/invoices/pay-all`.
    PayAll,
    /// `/invoices/:id` (an invoice's id, or its hash on BoxBilling).
    Invoice(&'a str),
    /// `/funds`: adding funds.
    Funds,
    /// `/estimates`.
    Estimates,
    /// `/estimates/:id`.
    Estimate(&'a str),
    /// `/services`.
    Services,
    /// `/services/:id`.
    Service(&'a str),
    /// `/services/:id/upgrade`.
    Upgrade(&'a str),
    /// `/services/:id/vms/:vmid`: a virtual server's console.
    Vm {
        /// The service the VM belongs to.
        service: &'a str,
        /// The VM's id.
        vm: &'a str,
    },
    /// `/affiliate`: the affiliate programme.
    Affiliate,
    /// `/news`: the provider's news and downloads.
    News,
    /// `/certificates`: SSL certificates.
    Certificates,
    /// `/certificates/order`: ordering one.
    OrderCertificate,
    /// `/certificates/:id`.
    Certificate(&'a str),
    /// `/dns`: the zones.
    Zones,
    /// `/dns/:service/:zone`: a zone's editor.
    Zone {
        /// The DNS service holding the zone.
        service: &'a str,
        /// The zone's id.
        zone: &'a str,
    },
    /// `/order`: the catalogue.
    Order,
    /// `/order/:product`: a product's options.
    Configure(&'a str),
    /// `/notifications`: every notification.
    Notifications,
    /// `/domains`: finding a domain name to register.
    DomainSearch,
    /// `/cart`.
    Cart,
    /// `/support`: the tickets.
    Support,
    /// `/support/new`.
    NewTicket,
    /// `/support/:number`.
    Ticket(&'a str),
    /// `/account`.
    Account,
    /// `/account/security`: SSH keys and sign-in addresses.
    Security,
    /// `/account/emails`: the e-mails the portal sent.
    Emails,
    /// `/account/emails/:id`.
    Email(&'a str),
    /// `/account/settings`: preferences and verification.
    Settings,
    /// `/account/activity`: sign-ins, changes and history.
    Activity,
    /// `/account/contacts`: contacts and sub-accounts.
    Contacts,
    /// `/account/contacts/new`.
    NewContact,
    /// `/account/contacts/:id`.
    Contact(&'a str),
}

impl<'a> Page<'a> {
    /// The page at `path`, the inverse of [`Page::href`]. Path parameters come back as the
    /// address has them, still percent-encoded (`decode_component` gives the value): the
    /// router has one route for every signed-in page and the shell tells them apart here.
    pub fn parse(path: &'a str) -> Option<Page<'a>> {
        let path = match path.strip_suffix('/') {
            Some(trimmed) if !trimmed.is_empty() => trimmed,
            _ => path,
        };
        let segments: Vec<&'a str> = path.strip_prefix('/')?.split('/').collect();
        let page = match segments.as_slice() {
            [""] => Page::Dashboard,
            ["login"] => Page::Login,
            ["login", "forgot"] => Page::Forgot,
            ["login", "reset"] => Page::ResetPassword,
            ["invoices"] => Page::Invoices,
            ["invoices", "pay-all"] => Page::PayAll,
            ["invoices", id] => Page::Invoice(id),
            ["funds"] => Page::Funds,
            ["estimates"] => Page::Estimates,
            ["estimates", id] => Page::Estimate(id),
            ["services"] => Page::Services,
            ["services", id] => Page::Service(id),
            ["services", id, "upgrade"] => Page::Upgrade(id),
            ["services", service, "vms", vm] => Page::Vm { service, vm },
            ["affiliate"] => Page::Affiliate,
            ["news"] => Page::News,
            ["certificates"] => Page::Certificates,
            ["certificates", "order"] => Page::OrderCertificate,
            ["certificates", id] => Page::Certificate(id),
            ["dns"] => Page::Zones,
            ["dns", service, zone] => Page::Zone { service, zone },
            ["order"] => Page::Order,
            ["order", product] => Page::Configure(product),
            ["cart"] => Page::Cart,
            ["domains"] => Page::DomainSearch,
            ["notifications"] => Page::Notifications,
            ["support"] => Page::Support,
            ["support", "new"] => Page::NewTicket,
            ["support", number] => Page::Ticket(number),
            ["account"] => Page::Account,
            ["account", "security"] => Page::Security,
            ["account", "emails"] => Page::Emails,
            ["account", "emails", id] => Page::Email(id),
            ["account", "settings"] => Page::Settings,
            ["account", "activity"] => Page::Activity,
            ["account", "contacts"] => Page::Contacts,
            ["account", "contacts", "new"] => Page::NewContact,
            ["account", "contacts", id] => Page::Contact(id),
            _ => return None,
        };
        // A parameter is never empty (`/invoices//x` is no page).
        let parameters: &[&str] = match page {
            Page::Invoice(a)
            | Page::Estimate(a)
            | Page::Service(a)
            | Page::Upgrade(a)
            | Page::Certificate(a)
            | Page::Configure(a)
            | Page::Ticket(a)
            | Page::Email(a)
            | Page::Contact(a) => &[a],
            Page::Vm { service, vm } => &[service, vm],
            Page::Zone { service, zone } => &[service, zone],
            _ => &[],
        };
        (!parameters.iter().any(|p| p.is_empty())).then_some(page)
    }
}

impl Page<'_> {
    /// The page's address; path parameters are percent-encoded.
    pub fn href(self) -> String {
        let e = encode_component;
        match self {
            Page::Dashboard => "/".into(),
            Page::Login => "/login".into(),
            Page::Forgot => "/login/forgot".into(),
            Page::ResetPassword => "/login/reset".into(),
            Page::Invoices => "/invoices".into(),
            Page::PayAll => "/invoices/pay-all".into(),
            Page::Invoice(id) => format!("/invoices/{}", e(id)),
            Page::Funds => "/funds".into(),
            Page::Estimates => "/estimates".into(),
            Page::Estimate(id) => format!("/estimates/{}", e(id)),
            Page::Services => "/services".into(),
            Page::Service(id) => format!("/services/{}", e(id)),
            Page::Upgrade(id) => format!("/services/{}/upgrade", e(id)),
            Page::Vm { service, vm } => format!("/services/{}/vms/{}", e(service), e(vm)),
            Page::Affiliate => "/affiliate".into(),
            Page::News => "/news".into(),
            Page::Certificates => "/certificates".into(),
            Page::OrderCertificate => "/certificates/order".into(),
            Page::Certificate(id) => format!("/certificates/{}", e(id)),
            Page::Zones => "/dns".into(),
            Page::Zone { service, zone } => format!("/dns/{}/{}", e(service), e(zone)),
            Page::Order => "/order".into(),
            Page::Configure(product) => format!("/order/{}", e(product)),
            Page::Cart => "/cart".into(),
            Page::DomainSearch => "/domains".into(),
            Page::Notifications => "/notifications".into(),
            Page::Support => "/support".into(),
            Page::NewTicket => "/support/new".into(),
            Page::Ticket(number) => format!("/support/{}", e(number)),
            Page::Account => "/account".into(),
            Page::Security => "/account/security".into(),
            Page::Emails => "/account/emails".into(),
            Page::Email(id) => format!("/account/emails/{}", e(id)),
            Page::Settings => "/account/settings".into(),
            Page::Activity => "/account/activity".into(),
            Page::Contacts => "/account/contacts".into(),
            Page::NewContact => "/account/contacts/new".into(),
            Page::Contact(id) => format!("/account/contacts/{}", e(id)),
        }
    }

    /// The address with a query; each value is percent-encoded (`?status=unpaid&page=2`).
    pub fn with_query(self, pairs: &[(&str, &str)]) -> String {
        let mut href = self.href();
        for (i, (key, value)) in pairs.iter().enumerate() {
            href.push(if i == 0 { '?' } else { '&' });
            href.push_str(key);
            href.push('=');
            href.push_str(&encode_component(value));
        }
        href
    }

    /// The invoice an order produced, naming the order (`?order=`) when the portal gave its number,
    /// for the invoice page to say which order it pays.
    pub fn invoice_of_order(invoice: &str, order: Option<&str>) -> String {
        match order {
            Some(number) => Page::Invoice(invoice).with_query(&[("order", number)]),
            None => Page::Invoice(invoice).href(),
        }
    }

    /// The address followed by a query string built elsewhere (empty, or starting with `?`).
    pub fn with_query_string(self, query: &str) -> String {
        debug_assert!(query.is_empty() || query.starts_with('?'));
        self.href() + query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every page, with sample parameters.
    const ALL: [Page<'static>; 38] = [
        Page::Dashboard,
        Page::Login,
        Page::Forgot,
        Page::ResetPassword,
        Page::Invoices,
        Page::PayAll,
        Page::Invoice("7"),
        Page::Funds,
        Page::Estimates,
        Page::Estimate("7"),
        Page::Services,
        Page::Service("7"),
        Page::Upgrade("7"),
        Page::Vm {
            service: "7",
            vm: "8",
        },
        Page::Affiliate,
        Page::News,
        Page::Certificates,
        Page::OrderCertificate,
        Page::Certificate("7"),
        Page::Zones,
        Page::Zone {
            service: "7",
            zone: "8",
        },
        Page::Order,
        Page::Configure("7"),
        Page::Cart,
        Page::DomainSearch,
        Page::Notifications,
        Page::Support,
        Page::NewTicket,
        Page::Ticket("7"),
        Page::Account,
        Page::Security,
        Page::Emails,
        Page::Email("7"),
        Page::Settings,
        Page::Activity,
        Page::Contacts,
        Page::NewContact,
        Page::Contact("7"),
    ];

    #[test]
    fn every_page_is_read_back_from_its_address() {
        for page in ALL {
            let href = page.href();
            assert_eq!(Page::parse(&href), Some(page), "{href}");
            assert_eq!(Page::parse(&format!("{href}/")), Some(page), "{href}/");
        }
    }

    #[test]
    fn parameters_come_back_encoded_and_empty_ones_are_no_page() {
        let href = Page::Email("a b/7").href();
        assert_eq!(Page::parse(&href), Some(Page::Email("a%20b%2F7")));
        assert_eq!(crate::percent::decode_component("a%20b%2F7"), "a b/7");
        for path in [
            "",
            "invoices",
            "/nothing",
            "/invoices//x",
            "/account/nothing",
            "/account/emails/7/x",
            "/services/7/vms/",
            "/services/7/vms//",
            "/dns/3",
        ] {
            assert_eq!(Page::parse(path), None, "{path}");
        }
        // The fixed words of a path win over a parameter that spells them.
        assert_eq!(Page::parse("/invoices/pay-all"), Some(Page::PayAll));
        assert_eq!(Page::parse("/support/new"), Some(Page::NewTicket));
    }

    #[test]
    fn parameters_and_queries_are_encoded() {
        assert_eq!(
            Page::Zone {
                service: "3",
                zone: "a b/c"
            }
            .href(),
            "/dns/3/a%20b%2Fc"
        );
        assert_eq!(
            Page::Invoices.with_query(&[("status", "unpaid"), ("q", "a&b")]),
            "/invoices?status=unpaid&q=a%26b"
        );
        assert_eq!(Page::Invoices.with_query(&[]), "/invoices");
        assert_eq!(
            Page::invoice_of_order("7", Some("A 1")),
            "/invoices/7?order=A%201"
        );
        assert_eq!(Page::invoice_of_order("7", None), "/invoices/7");
        assert_eq!(
            Page::Invoices.with_query_string("?page=2"),
            "/invoices?page=2"
        );
    }
}
