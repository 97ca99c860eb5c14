//! The logged-in client and their account balance.

use super::Money;

/// The customer's registration details.
#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    /// Portal id.
    pub id: String,
    /// Login e-mail.
    pub email: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Company, if any.
    pub company: Option<String>,
}

impl Client {
    /// "Joe Doe", or the e-mail when the portal has no name.
    pub fn display_name(&self) -> String {
        let name = format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_string();
        if name.is_empty() {
            self.email.clone()
        } else {
            name
        }
    }
}

/// What the customer owes and holds (HostBill `GET /balance`).
#[derive(Clone, Debug, PartialEq)]
pub struct Balance {
    /// Unpaid invoices total, in the account currency.
    pub outstanding: Money,
    /// Account credit available to pay invoices.
    pub credit: Money,
}

/// The registration details the customer can read and change on the account page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountProfile {
    /// Login e-mail.
    pub email: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
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
    /// Telephone, as the portal keeps it (`+84.901234567` on HostBill).
    pub phone: String,
}
