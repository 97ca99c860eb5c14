//! SSL certificates the customer holds or can order (HostBill `/certificate`, seed 002).

use crate::model::{Date, ServiceStatus};
use rust_decimal::Decimal;

/// One certificate of the list (`GET /certificate`).
#[derive(Clone, Debug, PartialEq)]
pub struct Certificate {
    /// The service id (a certificate is a service: its billing is on the service's page).
    pub id: String,
    /// The product ("Comodo InstantSSL").
    pub name: String,
    /// The domain it is for.
    pub domain: Option<String>,
    /// The service's status (Pending until the order is paid and set up).
    pub status: ServiceStatus,
    /// The authority's status of the certificate itself ("Awaiting validation", "Issued"), when
    /// the portal has one.
    pub cert_status: Option<String>,
    /// When the certificate stops being valid.
    pub expires: Option<Date>,
    /// The address the authority writes to for domain validation.
    pub approver_email: Option<String>,
    /// Recurring price, in the account currency.
    pub price: Decimal,
    /// Billing cycle as the portal words it.
    pub cycle: String,
    /// Next due date.
    pub next_due: Option<Date>,
}

/// A person named on the certificate order (administrative, billing or technical contact).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateContact {
    /// `admin`, `billing` or `tech`.
    pub role: String,
    /// First and last name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
}

/// One certificate in full (`GET /certificate/@id`).
#[derive(Clone, Debug, PartialEq)]
pub struct CertificateDetail {
    /// The list's facts.
    pub summary: Certificate,
    /// When it was ordered.
    pub created: Option<Date>,
    /// The first payment.
    pub first_payment: Option<Decimal>,
    /// When the next renewal invoice is issued.
    pub next_invoice: Option<Date>,
    /// The signing request it was ordered with.
    pub csr: Option<String>,
    /// The contacts given with the order.
    pub contacts: Vec<CertificateContact>,
    /// The organisation's details, as (field, value), for organisation-validated certificates.
    pub organization: Vec<(String, String)>,
    /// The server software id chosen at order time.
    pub software: Option<String>,
}

/// One length of validity a certificate is sold for, and its prices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificatePeriod {
    /// Years of validity.
    pub years: u32,
    /// Price of the first term.
    pub price: Decimal,
    /// Price of each renewal.
    pub renew: Decimal,
}

/// A certificate product on sale (`GET /certificate/order`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateProduct {
    /// Product id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The portal's description (plain text).
    pub description: String,
    /// The terms it is sold for, shortest first.
    pub periods: Vec<CertificatePeriod>,
}

/// The server software a certificate is installed on (`GET /certificate/order/@product_id/software`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerSoftware {
    /// Its id, sent with the order.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A certificate order, checked (`POST /certificate/order`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateOrder {
    /// The product.
    pub product_id: String,
    /// The signing request, as pasted (trimmed).
    pub csr: String,
    /// Years of validity, one of the product's periods.
    pub years: u32,
    /// The payment method's id.
    pub pay_method: String,
    /// One of [`crate::model::csr::approver_emails`] for the request's domain.
    pub approver_email: String,
    /// The server software's id, when the product lists some.
    pub software: Option<String>,
}
