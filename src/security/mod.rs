//! The account's security rules, pure and tested natively: SSH public keys (parsed, with the
//! fingerprint `ssh-keygen -l` prints) and the sign-in IP rules (HostBill's formats, and whether
//! a set of rules would shut out an address).

pub mod ip_rule;
pub mod ssh_key;
