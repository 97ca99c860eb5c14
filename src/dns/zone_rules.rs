//! Rules about a zone as a whole, checked against the zone as it will be after the staged
//! changes: a CNAME stands alone at its name (RFC 1034 3.6.2) and never at the apex; MX and NS
//! records do not point at a name that is a CNAME in this zone (RFC 2181 10.3).

use super::names::fqdn;
use super::record::{Record, RecordType};

/// A zone-wide conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// A CNAME and other data at the same name (carries the name).
    CnameNotAlone(String),
    /// A CNAME at the zone apex.
    CnameAtApex,
    /// An MX or NS target that is an alias in this zone (carries the target).
    TargetIsAlias(String),
}

fn same_owner(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        if s.is_empty() {
            "@".to_string()
        } else {
            s.to_ascii_lowercase()
        }
    };
    norm(a) == norm(b)
}

/// Conflicts that `candidate` would bring into `zone` (which does not contain it; when editing,
/// pass the zone without the record being edited).
pub fn conflicts(zone: &[Record], candidate: &Record, origin: &str) -> Vec<Conflict> {
    let mut out = Vec::new();
    let at_name = || zone.iter().filter(|r| same_owner(&r.name, &candidate.name));
    if candidate.rtype == RecordType::Cname {
        if candidate.name == "@" || candidate.name.is_empty() {
            out.push(Conflict::CnameAtApex);
        }
        if at_name().next().is_some() {
            out.push(Conflict::CnameNotAlone(fqdn(&candidate.name, origin)));
        }
    } else if at_name().any(|r| r.rtype == RecordType::Cname) {
        out.push(Conflict::CnameNotAlone(fqdn(&candidate.name, origin)));
    }
    if matches!(candidate.rtype, RecordType::Mx | RecordType::Ns) {
        let target = candidate.content.trim();
        if let Some(owner) = owner_of(target, origin)
            && zone
                .iter()
                .any(|r| r.rtype == RecordType::Cname && same_owner(&r.name, &owner))
        {
            out.push(Conflict::TargetIsAlias(target.to_string()));
        }
    }
    if candidate.rtype == RecordType::Cname {
        // The new alias must not be the target of an existing MX or NS.
        let alias = fqdn(&candidate.name, origin).to_ascii_lowercase();
        for r in zone
            .iter()
            .filter(|r| matches!(r.rtype, RecordType::Mx | RecordType::Ns))
        {
            if owner_of(r.content.trim(), origin)
                .is_some_and(|o| fqdn(&o, origin).eq_ignore_ascii_case(&alias))
            {
                out.push(Conflict::TargetIsAlias(r.content.trim().to_string()));
            }
        }
    }
    out
}

/// The owner (relative) of a host name if it lies in the zone.
fn owner_of(host: &str, origin: &str) -> Option<String> {
    let origin = origin.trim_end_matches('.').to_ascii_lowercase();
    let lower = host.to_ascii_lowercase();
    match lower.strip_suffix('.') {
        Some(abs) if abs == origin => Some("@".into()),
        Some(abs) => abs.strip_suffix(&format!(".{origin}")).map(str::to_string),
        None => Some(lower),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(name: &str, rtype: RecordType, content: &str) -> Record {
        Record {
            id: None,
            name: name.into(),
            rtype,
            ttl: 300,
            priority: 10,
            content: content.into(),
        }
    }

    #[test]
    fn a_cname_stands_alone() {
        let zone = [rec("www", RecordType::A, "192.0.2.1")];
        assert_eq!(
            conflicts(&zone, &rec("www", RecordType::Cname, "x."), "example.com"),
            [Conflict::CnameNotAlone("www.example.com".into())]
        );
        let zone = [rec("www", RecordType::Cname, "x.")];
        assert_eq!(
            conflicts(&zone, &rec("WWW", RecordType::Txt, "\"a\""), "example.com").len(),
            1
        );
        assert_eq!(
            conflicts(&[], &rec("@", RecordType::Cname, "x."), "example.com"),
            [Conflict::CnameAtApex]
        );
        assert!(
            conflicts(
                &zone,
                &rec("api", RecordType::A, "192.0.2.1"),
                "example.com"
            )
            .is_empty()
        );
    }

    #[test]
    fn mail_and_name_servers_do_not_point_at_aliases() {
        let zone = [rec("mail", RecordType::Cname, "host.other.net.")];
        for target in ["mail", "mail.example.com."] {
            assert_eq!(
                conflicts(&zone, &rec("@", RecordType::Mx, target), "example.com"),
                [Conflict::TargetIsAlias(target.into())]
            );
        }
        let zone = [rec("@", RecordType::Mx, "mx.example.com.")];
        assert_eq!(
            conflicts(
                &zone,
                &rec("mx", RecordType::Cname, "x.other.net."),
                "example.com"
            ),
            [Conflict::TargetIsAlias("mx.example.com.".into())]
        );
    }
}
