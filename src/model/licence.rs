//! A software licence sold through BoxBilling (`client/order/service` of a licence order, in
//! FOSSBilling's `Servicelicense\Service::toApiArray` shape): its key and what it is bound to.
//! The licence remembers the addresses, host names, paths and versions it was used from and
//! refuses others where its validation rules say so; resetting empties the lists, and the next
//! use fills them again.

/// A licence and its bindings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Licence {
    /// The key the software is given.
    pub key: String,
    /// The bindings, each with whether the licence checks it (`validate_ip`, ...).
    pub bindings: Vec<LicenceBinding>,
    /// When the software last checked in (`pinged_at`), as the portal says it.
    pub last_check: Option<String>,
}

/// One kind of binding: what the licence remembers of where it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicenceBinding {
    /// Which kind.
    pub kind: BindingKind,
    /// Whether the licence refuses values not in `values`.
    pub checked: bool,
    /// The values it is bound to.
    pub values: Vec<String>,
}

/// The kinds of binding FOSSBilling keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    /// IP addresses (`ips`).
    Ips,
    /// Host names (`hosts`).
    Hosts,
    /// Installation paths (`paths`).
    Paths,
    /// Software versions (`versions`).
    Versions,
}

impl Licence {
    /// Whether resetting would change anything.
    pub fn is_bound(&self) -> bool {
        self.bindings.iter().any(|b| !b.values.is_empty())
    }
}
