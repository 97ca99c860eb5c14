//! Checks on a Kdata VPS order before it is sent (its `addorder` takes names, not ids, and
//! quotes no price, so a typo would only come back as "Product not exists"): the package, cycle
//! and OS must be ones the reseller configured, extra IPs 0 to 5, the hostname a host name, the
//! nameserver prefixes single DNS labels, a root password (when given) 8 to 64 characters.

use crate::config::VpsOrderConfig;
use crate::model::{MAX_EXTRA_IPS, VpsOrder};

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VpsProblem {
    /// Package not among the configured ones.
    Package,
    /// Cycle not among the configured ones.
    Cycle,
    /// OS not among the configured ones.
    Os,
    /// More than 5 extra IPs.
    ExtraIps,
    /// Not a host name ("web1.example.vn").
    Hostname,
    /// Not a single DNS label ("ns1").
    NsPrefix,
    /// Root password shorter than 8 or longer than 64 characters.
    RootPassword,
}

fn is_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Every problem of `order` under the configured choices (empty: fine to send). The hostname
/// is sent as typed when valid (IDN is refused: WHMCS's VPS modules want ASCII).
pub fn problems(order: &VpsOrder, choices: &VpsOrderConfig) -> Vec<VpsProblem> {
    let mut out = Vec::new();
    if !choices.packages.contains(&order.product) {
        out.push(VpsProblem::Package);
    }
    if !choices.cycles.contains(&order.billing_cycle) {
        out.push(VpsProblem::Cycle);
    }
    if !choices.os.contains(&order.os) {
        out.push(VpsProblem::Os);
    }
    if order.extra_ips > MAX_EXTRA_IPS {
        out.push(VpsProblem::ExtraIps);
    }
    let host = order.hostname.trim();
    if !host.is_empty() && (!host.contains('.') || !host.split('.').all(is_label)) {
        out.push(VpsProblem::Hostname);
    }
    for ns in [&order.ns1_prefix, &order.ns2_prefix] {
        if !ns.trim().is_empty() && !is_label(ns.trim()) {
            out.push(VpsProblem::NsPrefix);
            break;
        }
    }
    let pw = order.root_password.chars().count();
    if pw > 0 && !(8..=64).contains(&pw) {
        out.push(VpsProblem::RootPassword);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> VpsOrderConfig {
        VpsOrderConfig {
            packages: vec!["VPS 01".into()],
            os: vec!["centos 6.x".into()],
            cycles: vec!["monthly".into(), "annually".into()],
        }
    }

    fn good() -> VpsOrder {
        VpsOrder {
            product: "VPS 01".into(),
            billing_cycle: "monthly".into(),
            os: "centos 6.x".into(),
            extra_ips: 3,
            hostname: "web1.example.vn".into(),
            root_password: "s3cret-enough".into(),
            ns1_prefix: "ns1".into(),
            ns2_prefix: String::new(),
        }
    }

    #[test]
    fn a_configured_order_passes() {
        assert_eq!(problems(&good(), &choices()), vec![]);
        let bare = VpsOrder {
            hostname: String::new(),
            root_password: String::new(),
            ns1_prefix: String::new(),
            extra_ips: 0,
            ..good()
        };
        assert_eq!(problems(&bare, &choices()), vec![]);
    }

    #[test]
    fn every_field_is_checked() {
        let bad = VpsOrder {
            product: "VPS 99".into(),
            billing_cycle: "weekly".into(),
            os: "plan9".into(),
            extra_ips: 6,
            hostname: "localhost".into(),
            root_password: "short".into(),
            ns1_prefix: "ns 1".into(),
            ns2_prefix: String::new(),
        };
        assert_eq!(
            problems(&bad, &choices()),
            vec![
                VpsProblem::Package,
                VpsProblem::Cycle,
                VpsProblem::Os,
                VpsProblem::ExtraIps,
                VpsProblem::Hostname,
                VpsProblem::NsPrefix,
                VpsProblem::RootPassword
            ]
        );
        let idn = VpsOrder {
            hostname: "máy.vn".into(),
            ..good()
        };
        assert_eq!(problems(&idn, &choices()), vec![VpsProblem::Hostname]);
    }
}
