//! A VPS order as the Kdata wrapper's `addorder` takes it, built by the order form (src/cart/vps_order.rs).

/// A VPS order as `addorder` takes it (form fields, empty ones left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VpsOrder {
    /// Package name ("VPS 01").
    pub product: String,
    /// WHMCS cycle word ("monthly").
    pub billing_cycle: String,
    /// Operating system name.
    pub os: String,
    /// Extra IPv4 addresses, 0 to 5 (the document allows 1 to 5; 0 sends nothing).
    pub extra_ips: u8,
    /// Server hostname.
    pub hostname: String,
    /// Root password.
    pub root_password: String,
    /// First nameserver prefix ("ns1").
    pub ns1_prefix: String,
    /// Second nameserver prefix.
    pub ns2_prefix: String,
}

/// The most extra IPs `addorder` takes.
pub const MAX_EXTRA_IPS: u8 = 5;
