//! Sign-in IP rules in HostBill's formats (seed 002, "Add IP access"): `all`, a single address,
//! an address with a CIDR prefix (`10.0.0.0/8`) or with a dotted-quad mask
//! (`10.0.0.0/255.0.0.0`). IPv6 addresses and prefixes are read too. While an account has rules,
//! only an address one of them matches may sign in, so a rule set that matches none of the
//! customer's current address would shut them out.

use std::net::IpAddr;

/// A rule, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IpRule {
    /// `all`: every address.
    All,
    /// An address and how many leading bits must match.
    Net {
        /// The network's address.
        addr: IpAddr,
        /// Prefix length.
        prefix: u8,
    },
}

impl IpRule {
    /// Reads a rule as typed; `None` when it is none of the documented formats.
    pub fn parse(text: &str) -> Option<IpRule> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("all") {
            return Some(IpRule::All);
        }
        let (addr, mask) = match text.split_once('/') {
            Some((a, m)) => (a, Some(m)),
            None => (text, None),
        };
        let addr: IpAddr = addr.parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match mask {
            None => max,
            Some(m) if m.contains('.') && addr.is_ipv4() => {
                let bits = u32::from(m.parse::<std::net::Ipv4Addr>().ok()?);
                // A mask's ones must be contiguous from the left.
                if bits.leading_ones() + bits.trailing_zeros() != 32 {
                    return None;
                }
                bits.leading_ones() as u8
            }
            Some(m) => {
                let p: u8 = m.parse().ok()?;
                if p > max || m.starts_with('+') {
                    return None;
                }
                p
            }
        };
        Some(IpRule::Net { addr, prefix })
    }

    /// Whether `ip` is one the rule lets in.
    pub fn matches(&self, ip: IpAddr) -> bool {
        match (self, ip) {
            (IpRule::All, _) => true,
            (
                IpRule::Net {
                    addr: IpAddr::V4(net),
                    prefix,
                },
                IpAddr::V4(ip),
            ) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(*prefix)).unwrap_or(0);
                u32::from(*net) & mask == u32::from(ip) & mask
            }
            (
                IpRule::Net {
                    addr: IpAddr::V6(net),
                    prefix,
                },
                IpAddr::V6(ip),
            ) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(*prefix)).unwrap_or(0);
                u128::from(*net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// Whether the rules (as they would be) shut out `current`: there are rules, and none matches.
/// Rules that cannot be read are not counted as matching.
pub fn shuts_out<'a>(rules: impl IntoIterator<Item = &'a str>, current: IpAddr) -> bool {
    let mut any = false;
    for rule in rules {
        any = true;
        if IpRule::parse(rule).is_some_and(|r| r.matches(current)) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_documented_formats_are_read() {
        assert_eq!(IpRule::parse("all"), Some(IpRule::All));
        assert_eq!(
            IpRule::parse("10.10.10.10/32"),
            Some(IpRule::Net {
                addr: ip("10.10.10.10"),
                prefix: 32
            })
        );
        assert_eq!(
            IpRule::parse("10.0.0.0/255.255.0.0"),
            Some(IpRule::Net {
                addr: ip("10.0.0.0"),
                prefix: 16
            })
        );
        assert_eq!(
            IpRule::parse(" 192.0.2.7 "),
            Some(IpRule::Net {
                addr: ip("192.0.2.7"),
                prefix: 32
            })
        );
        assert_eq!(
            IpRule::parse("2001:db8::/32"),
            Some(IpRule::Net {
                addr: ip("2001:db8::"),
                prefix: 32
            })
        );
        for bad in [
            "",
            "10.0.0",
            "10.0.0.0/33",
            "10.0.0.0/255.0.255.0",
            "10.0.0.0/+8",
            "x/8",
            "2001:db8::/129",
            "10.0.0.256",
        ] {
            assert_eq!(IpRule::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn rules_match_their_networks_only() {
        let r = IpRule::parse("10.1.0.0/16").unwrap();
        assert!(r.matches(ip("10.1.200.3")));
        assert!(!r.matches(ip("10.2.0.1")));
        assert!(!r.matches(ip("::1")));
        assert!(
            IpRule::parse("0.0.0.0/0")
                .unwrap()
                .matches(ip("203.0.113.9"))
        );
        assert!(
            IpRule::parse("2001:db8::/32")
                .unwrap()
                .matches(ip("2001:db8:1::5"))
        );
    }

    #[test]
    fn a_rule_set_that_misses_the_current_address_shuts_it_out() {
        let here = ip("203.0.113.9");
        assert!(!shuts_out([], here), "no rules: every address may sign in");
        assert!(shuts_out(["10.0.0.0/8"], here));
        assert!(!shuts_out(["10.0.0.0/8", "203.0.113.0/24"], here));
        assert!(!shuts_out(["all"], here));
        assert!(shuts_out(["nonsense"], here));
    }
}
