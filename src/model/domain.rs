//! A registered domain's settings at the registrar, as a client area shows them: name servers,
//! the transfer lock, WHOIS privacy and the registrant contact (BoxBilling's domain orders).

use crate::model::Date;

/// The registrant contact, in the fields registrars ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DomainContact {
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// E-mail address.
    pub email: String,
    /// Company (optional).
    pub company: String,
    /// Street address.
    pub address1: String,
    /// Second address line (optional).
    pub address2: String,
    /// City.
    pub city: String,
    /// State or province.
    pub state: String,
    /// Postal code.
    pub postcode: String,
    /// ISO 3166 country code.
    pub country: String,
    /// Telephone country calling code, digits only ("84").
    pub phone_cc: String,
    /// Telephone number without the country code.
    pub phone: String,
}

/// A domain's registrar settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainDetail {
    /// The domain name (`example.com`).
    pub name: String,
    /// Name servers in order, without the empty ones.
    pub nameservers: Vec<String>,
    /// The registrar lock (transfers refused while on).
    pub locked: bool,
    /// WHOIS privacy protection.
    pub privacy: bool,
    /// Registrant contact.
    pub contact: DomainContact,
    /// Registration date.
    pub registered: Option<Date>,
    /// Expiry date.
    pub expires: Option<Date>,
}

/// A DNSSEC key of a domain (its DS record's fields), as a registrar lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnssecKey {
    /// The portal's id of the key, used to remove it.
    pub id: String,
    /// The key tag.
    pub key_tag: String,
    /// The algorithm number (13: ECDSA P-256 with SHA-256).
    pub algorithm: String,
    /// The digest type number (2: SHA-256).
    pub digest_type: String,
    /// The digest, hexadecimal.
    pub digest: String,
}
