//! A shared-hosting account (BoxBilling's `client/order/service` of a hosting order, as
//! FOSSBilling 0.6.22 answers it: real-answers order_service_1) and the rules its changes are
//! checked by before anything is sent.

/// The hosting account of one order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostingAccount {
    /// The control panel and FTP user name.
    pub username: String,
    /// The domain the account serves (`sld` + `tld`).
    pub domain: Option<String>,
    /// The account's address.
    pub ip: Option<String>,
    /// The server it lives on.
    pub server: Option<HostingServer>,
    /// Its hosting plan.
    pub plan: Option<HostingPlan>,
}

/// The server an account lives on: what a customer needs to point a domain at it and sign in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostingServer {
    /// The server's name.
    pub name: String,
    /// Its host name.
    pub hostname: Option<String>,
    /// The name servers to give the domain's registrar (`ns1` to `ns4`, the ones set).
    pub nameservers: Vec<String>,
    /// The control panel's address (`cpanel_url`), http or https only.
    pub panel_url: Option<String>,
}

/// A hosting plan and what it allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostingPlan {
    /// The plan's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Limits, in the order a customer reads them; a limit the portal leaves out is not shown.
    pub limits: Vec<(HostingLimit, String)>,
}

/// One limit of a plan (FOSSBilling's `service_hosting_hp` columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostingLimit {
    /// `quota`, in megabytes.
    DiskMb,
    /// `bandwidth`, in megabytes a month.
    BandwidthMb,
    /// `max_ftp`.
    FtpAccounts,
    /// `max_sql`.
    Databases,
    /// `max_pop`.
    Mailboxes,
    /// `max_sub`.
    Subdomains,
    /// `max_park`.
    ParkedDomains,
    /// `max_addon`.
    AddonDomains,
}

/// Why a change to the hosting account is refused before sending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostingProblem {
    /// A user name is a lowercase letter then lowercase letters or digits, 16 at most (what
    /// cPanel, the usual server behind it, accepts).
    UsernameInvalid,
    /// The name typed is the one the account has.
    Unchanged,
    /// Not a domain name with at least one dot.
    DomainInvalid,
}

/// The user name as it will be sent (FOSSBilling lowercases it), or why not.
pub fn new_username(typed: &str, current: &str) -> Result<String, HostingProblem> {
    let name = typed.trim().to_ascii_lowercase();
    let mut bytes = name.bytes();
    let valid = name.len() <= 16
        && bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if !valid {
        Err(HostingProblem::UsernameInvalid)
    } else if name == current {
        Err(HostingProblem::Unchanged)
    } else {
        Ok(name)
    }
}

/// A domain typed as one name split as FOSSBilling keeps it: the first label (`sld`) and the
/// rest with its dot (`tld`: `.com`, `.co.uk`), lowercased, or why not.
pub fn new_domain(typed: &str, current: Option<&str>) -> Result<(String, String), HostingProblem> {
    let name = typed.trim().trim_end_matches('.').to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let Some((sld, tld)) = name.split_once('.') else {
        return Err(HostingProblem::DomainInvalid);
    };
    let top = tld.rsplit('.').next().unwrap_or_default();
    if name.len() > 253
        || !name.split('.').all(label_ok)
        || top.len() < 2
        || !top.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return Err(HostingProblem::DomainInvalid);
    }
    if current.is_some_and(|c| c.eq_ignore_ascii_case(&name)) {
        return Err(HostingProblem::Unchanged);
    }
    Ok((sld.to_string(), format!(".{tld}")))
}

/// A size in megabytes as a customer reads it: whole gigabytes or terabytes when exact.
pub fn size_words(mb: u64) -> String {
    match mb {
        0 => "0 MB".into(),
        m if m % (1024 * 1024) == 0 => format!("{} TB", m / (1024 * 1024)),
        m if m % 1024 == 0 => format!("{} GB", m / 1024),
        m => format!("{m} MB"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_name_is_lowercased_and_checked_like_cpanel() {
        assert_eq!(new_username(" Alex2 ", "alexsho0"), Ok("alex2".into()));
        assert_eq!(
            new_username("2alex", ""),
            Err(HostingProblem::UsernameInvalid)
        );
        assert_eq!(
            new_username("alex_s", ""),
            Err(HostingProblem::UsernameInvalid)
        );
        assert_eq!(new_username("", ""), Err(HostingProblem::UsernameInvalid));
        assert_eq!(
            new_username("abcdefghijklmnopq", ""),
            Err(HostingProblem::UsernameInvalid)
        );
        assert_eq!(
            new_username("abcdefghijklmnop", ""),
            Ok("abcdefghijklmnop".into())
        );
        assert_eq!(
            new_username("AlexSho0", "alexsho0"),
            Err(HostingProblem::Unchanged)
        );
    }

    #[test]
    fn a_domain_is_split_at_its_first_dot_as_foss_billing_keeps_it() {
        assert_eq!(
            new_domain("Alex-Shop.com.", None),
            Ok(("alex-shop".into(), ".com".into()))
        );
        assert_eq!(
            new_domain("shop.co.uk", None),
            Ok(("shop".into(), ".co.uk".into()))
        );
        assert_eq!(new_domain("shop", None), Err(HostingProblem::DomainInvalid));
        assert_eq!(
            new_domain("-shop.com", None),
            Err(HostingProblem::DomainInvalid)
        );
        assert_eq!(
            new_domain("shop.c0m", None),
            Err(HostingProblem::DomainInvalid)
        );
        assert_eq!(
            new_domain("my shop.com", None),
            Err(HostingProblem::DomainInvalid)
        );
        assert_eq!(
            new_domain("alex-shop.com", Some("Alex-Shop.com")),
            Err(HostingProblem::Unchanged)
        );
    }

    #[test]
    fn sizes_read_in_the_largest_exact_unit() {
        assert_eq!(size_words(1_048_576), "1 TB");
        assert_eq!(size_words(10_240), "10 GB");
        assert_eq!(size_words(500), "500 MB");
    }
}

/// A backup of a hosting account that its control panel keeps (HostBill's cPanel module,
/// `GET /service/cpanel2/@id/backup`): restored from the panel itself, which the client API
/// offers no call for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountBackup {
    /// What the panel calls it (its file name, or its date where that is all there is).
    pub name: String,
    /// When it was taken, as the panel says it.
    pub date: Option<String>,
}
