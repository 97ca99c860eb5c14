//! Ordering a domain name: the TLDs a domain product sells (each with its price per year for
//! registration, transfer and renewal, and the fewest years it is registered for), the order a
//! customer puts together (register or transfer, name, TLD, years), and the rules checked before
//! anything is sent. BoxBilling/FOSSBilling price domains this way (`Servicedomain`'s
//! `tldToApiArray`; the domain product's `pricing` is keyed by TLD).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most years offered for a registration (the cycles Atrium names go up to five years).
pub const MAX_YEARS: u32 = 5;

/// A TLD on sale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TldPrice {
    /// With its leading dot: `.com`.
    pub tld: String,
    /// Price of one year of registration; `None` when it cannot be registered here.
    pub register: Option<Decimal>,
    /// Price of a transfer (one year); `None` when it cannot be transferred here.
    pub transfer: Option<Decimal>,
    /// Price of a year of renewal.
    pub renew: Decimal,
    /// The fewest years it can be registered for.
    pub min_years: u32,
}

impl TldPrice {
    /// Whether `action` is offered for this TLD.
    pub fn offers(&self, action: DomainAction) -> bool {
        match action {
            DomainAction::Register => self.register.is_some(),
            DomainAction::Transfer => self.transfer.is_some(),
        }
    }

    /// The same TLD with its prices converted at `rate` (see [`super::money::convert`]).
    pub fn converted(self, rate: Decimal) -> Self {
        let convert = |a: Decimal| super::money::convert(a, rate);
        TldPrice {
            register: self.register.map(convert),
            transfer: self.transfer.map(convert),
            renew: convert(self.renew),
            ..self
        }
    }

    /// The years a registration can be bought for.
    pub fn years(&self) -> std::ops::RangeInclusive<u32> {
        self.min_years.max(1)..=MAX_YEARS.max(self.min_years)
    }
}

/// Register a name nobody holds, or move one the customer holds elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DomainAction {
    /// A new registration.
    Register,
    /// A transfer in (one year added).
    Transfer,
}

/// The domain part of a cart item for a domain product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainOrder {
    /// Register or transfer.
    pub action: DomainAction,
    /// The name without its TLD (`example` of `example.com`), lower case.
    pub sld: String,
    /// The TLD with its dot.
    pub tld: String,
    /// Years of registration (a transfer is one year).
    pub years: u32,
    /// A transfer's authorisation (EPP) code from the current registrar; empty for a
    /// registration. FOSSBilling's own order form asks for it with the transfer.
    #[serde(default)]
    pub transfer_code: String,
}

impl DomainOrder {
    /// The whole name: `example.com`.
    pub fn domain(&self) -> String {
        format!("{}{}", self.sld, self.tld)
    }

    /// The years charged: a transfer adds one.
    pub fn years_charged(&self) -> u32 {
        match self.action {
            DomainAction::Register => self.years,
            DomainAction::Transfer => 1,
        }
    }

    /// What it costs under `tlds` (`None` when its TLD or action is not sold).
    pub fn price(&self, tlds: &[TldPrice]) -> Option<Decimal> {
        let tld = tlds.iter().find(|t| t.tld == self.tld)?;
        let per_year = match self.action {
            DomainAction::Register => tld.register?,
            DomainAction::Transfer => tld.transfer?,
        };
        Some(per_year * Decimal::from(self.years_charged()))
    }
}

/// Why a domain order cannot be sent as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainOrderProblem {
    /// No name typed.
    NameMissing,
    /// The name is not a valid label (letters, digits and inner hyphens, at most 63).
    NameInvalid,
    /// The TLD is not sold, or not for this action.
    TldNotOffered,
    /// Fewer years than the TLD's minimum, or more than offered (the range).
    YearsOutOfRange(u32, u32),
    /// A transfer without its authorisation code.
    TransferCodeMissing,
}

/// The name typed, read the way registrars read it: trimmed, lower case, and split from its TLD
/// when the customer typed the whole domain and that TLD is sold (`Example.NET` gives `example`
/// and `.net`; the longest TLD wins, so `.com.vn` before `.vn`). Without a TLD sold, the whole
/// text is the name and `None` leaves the chosen TLD as it is.
pub fn split_typed(typed: &str, tlds: &[TldPrice]) -> (String, Option<String>) {
    let name = typed.trim().trim_end_matches('.').to_lowercase();
    let mut sold: Vec<&TldPrice> = tlds.iter().collect();
    sold.sort_by_key(|t| std::cmp::Reverse(t.tld.len()));
    for t in sold {
        if let Some(rest) = name.strip_suffix(&t.tld).filter(|r| !r.is_empty()) {
            return (rest.to_string(), Some(t.tld.clone()));
        }
    }
    (name, None)
}

/// Whether `sld` is one DNS label a registrar accepts: ASCII letters, digits and hyphens, not
/// starting or ending with a hyphen, 1 to 63 characters (FOSSBilling's `isSldValid`; names in
/// other scripts are sent in their `xn--` form).
pub fn sld_valid(sld: &str) -> bool {
    !sld.is_empty()
        && sld.len() <= 63
        && !sld.starts_with('-')
        && !sld.ends_with('-')
        && sld
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every problem with `order` under `tlds` (empty: fine to check and send).
pub fn problems(order: &DomainOrder, tlds: &[TldPrice]) -> Vec<DomainOrderProblem> {
    let mut out = Vec::new();
    if order.sld.is_empty() {
        out.push(DomainOrderProblem::NameMissing);
    } else if !sld_valid(&order.sld) {
        out.push(DomainOrderProblem::NameInvalid);
    }
    match tlds
        .iter()
        .find(|t| t.tld == order.tld && t.offers(order.action))
    {
        None => out.push(DomainOrderProblem::TldNotOffered),
        Some(t) if order.action == DomainAction::Register && !t.years().contains(&order.years) => {
            out.push(DomainOrderProblem::YearsOutOfRange(
                *t.years().start(),
                *t.years().end(),
            ))
        }
        Some(_) => {}
    }
    if order.action == DomainAction::Transfer && order.transfer_code.trim().is_empty() {
        out.push(DomainOrderProblem::TransferCodeMissing);
    }
    out
}

/// What the portal said about a name before it is put in the cart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Availability {
    /// It can be registered (or transferred) here.
    Available,
    /// It cannot, in the portal's words ("Domain is not available.").
    Refused(String),
}
