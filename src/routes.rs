//! Every page's address, in one typed table. Pages link with `Page::Invoice(id).href()`, never
//! with a path written by hand, so renaming a route is one edit here and a link to a page that
//! does not exist cannot be written. The router (src/app.rs) matches the same patterns; a test
//! below reads src/app.rs and fails when the two disagree.

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

/// A page under `/account/` (one router entry, `/account/*page`, for all of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccountSub {
    /// `/account/security`.
    Security,
    /// `/account/emails`.
    Emails,
    /// `/account/emails/:id` (decoded).
    Email(String),
    /// `/account/settings`.
    Settings,
    /// `/account/activity`.
    Activity,
    /// `/account/contacts`.
    Contacts,
    /// `/account/contacts/new`.
    NewContact,
    /// `/account/contacts/:id` (decoded).
    Contact(String),
}

impl AccountSub {
    /// The page at `path`, if there is one.
    pub fn of_path(path: &str) -> Option<AccountSub> {
        let rest = path.strip_prefix("/account/")?.trim_end_matches('/');
        match rest.split('/').collect::<Vec<_>>().as_slice() {
            ["security"] => Some(AccountSub::Security),
            ["emails"] => Some(AccountSub::Emails),
            ["emails", id] if !id.is_empty() => {
                Some(AccountSub::Email(crate::percent::decode_component(id)))
            }
            ["settings"] => Some(AccountSub::Settings),
            ["activity"] => Some(AccountSub::Activity),
            ["contacts"] => Some(AccountSub::Contacts),
            ["contacts", "new"] => Some(AccountSub::NewContact),
            ["contacts", id] if !id.is_empty() => {
                Some(AccountSub::Contact(crate::percent::decode_component(id)))
            }
            _ => None,
        }
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
    const ALL: [Page<'static>; 36] = [
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

    /// The router's patterns, as written in src/app.rs (`path!("/invoices/:id")`).
    fn router_patterns() -> Vec<String> {
        include_str!("app.rs")
            .split("path!(\"")
            .skip(1)
            .filter_map(|rest| rest.split_once("\")").map(|(p, _)| p.to_string()))
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn matches(pattern: &str, href: &str) -> bool {
        let (p, h): (Vec<_>, Vec<_>) = (pattern.split('/').collect(), href.split('/').collect());
        // `*rest` takes one segment or more (the area's chunk tells them apart).
        if p.last().is_some_and(|l| l.starts_with('*')) {
            return h.len() >= p.len() && p[..p.len() - 1] == h[..p.len() - 1];
        }
        p.len() == h.len()
            && p.iter().zip(&h).all(|(p, h)| {
                if p.starts_with(':') {
                    !h.is_empty()
                } else {
                    p == h
                }
            })
    }

    #[test]
    fn every_page_is_routed_and_every_route_is_a_page() {
        let patterns = router_patterns();
        assert!(patterns.len() >= 20, "{patterns:?}");
        for page in ALL {
            let href = page.href();
            // The dashboard is the shell's empty path.
            let found = href == "/" || patterns.iter().any(|p| matches(p, &href));
            assert!(found, "{page:?} -> {href} matches no route in src/app.rs");
        }
        for pattern in &patterns {
            let reached = ALL.iter().any(|page| matches(pattern, &page.href()));
            assert!(reached, "route {pattern} has no Page");
        }
    }

    #[test]
    fn the_account_pages_are_told_apart_by_their_path() {
        for page in [
            Page::Security,
            Page::Emails,
            Page::Email("a b/7"),
            Page::Settings,
            Page::Activity,
            Page::Contacts,
            Page::NewContact,
            Page::Contact("49"),
        ] {
            assert!(AccountSub::of_path(&page.href()).is_some(), "{page:?}");
        }
        assert_eq!(
            AccountSub::of_path(&Page::Email("a b/7").href()),
            Some(AccountSub::Email("a b/7".into()))
        );
        assert_eq!(
            AccountSub::of_path(&Page::Contact("49").href()),
            Some(AccountSub::Contact("49".into()))
        );
        assert_eq!(
            AccountSub::of_path(&Page::NewContact.href()),
            Some(AccountSub::NewContact)
        );
        assert_eq!(AccountSub::of_path("/account/nothing"), None);
        assert_eq!(AccountSub::of_path("/account/emails/7/x"), None);
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
