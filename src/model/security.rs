//! The account's security settings: SSH keys for new servers and the addresses allowed to sign in.

/// An SSH key kept by the portal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SshKeyEntry {
    /// Portal id.
    pub id: String,
    /// The name given.
    pub name: String,
    /// `SHA256:...`, from the portal or computed from the key it returned.
    pub fingerprint: Option<String>,
}

/// A sign-in IP rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IpRuleEntry {
    /// Portal id.
    pub id: String,
    /// The rule as saved (`10.0.0.0/8`, `all`).
    pub rule: String,
}

/// `GET /security`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecurityOverview {
    /// The SSH keys.
    pub ssh_keys: Vec<SshKeyEntry>,
    /// The IP rules; none means any address may sign in.
    pub ip_rules: Vec<IpRuleEntry>,
    /// The address the portal sees this session coming from, when it says.
    pub current_ip: Option<String>,
}
