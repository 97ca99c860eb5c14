//! A record as the portal stores it: owner name relative to the zone (`@` for the apex), type,
//! TTL, priority (MX and SRV) and content in zone-file presentation form without the priority.
//! Records the app cannot parse keep their content verbatim.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Record types; the editor has structured fields for all but `Other`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordType {
    /// IPv4 address.
    A,
    /// IPv6 address.
    Aaaa,
    /// Alias.
    Cname,
    /// Mail exchanger.
    Mx,
    /// Text.
    Txt,
    /// Service locator.
    Srv,
    /// Certification authority authorisation.
    Caa,
    /// Name server.
    Ns,
    /// Reverse pointer.
    Ptr,
    /// Anything else (kept as the portal sent it).
    Other(String),
}

impl RecordType {
    /// The types the editor can create, in menu order.
    pub const EDITABLE: [RecordType; 9] = [
        RecordType::A,
        RecordType::Aaaa,
        RecordType::Cname,
        RecordType::Mx,
        RecordType::Txt,
        RecordType::Srv,
        RecordType::Caa,
        RecordType::Ns,
        RecordType::Ptr,
    ];

    /// From the mnemonic (any case).
    pub fn parse(raw: &str) -> RecordType {
        match raw.trim().to_ascii_uppercase().as_str() {
            "A" => RecordType::A,
            "AAAA" => RecordType::Aaaa,
            "CNAME" => RecordType::Cname,
            "MX" => RecordType::Mx,
            "TXT" => RecordType::Txt,
            "SRV" => RecordType::Srv,
            "CAA" => RecordType::Caa,
            "NS" => RecordType::Ns,
            "PTR" => RecordType::Ptr,
            other => RecordType::Other(other.to_string()),
        }
    }

    /// The mnemonic.
    pub fn as_str(&self) -> &str {
        match self {
            RecordType::A => "A",
            RecordType::Aaaa => "AAAA",
            RecordType::Cname => "CNAME",
            RecordType::Mx => "MX",
            RecordType::Txt => "TXT",
            RecordType::Srv => "SRV",
            RecordType::Caa => "CAA",
            RecordType::Ns => "NS",
            RecordType::Ptr => "PTR",
            RecordType::Other(s) => s,
        }
    }

    /// MX and SRV carry a priority in its own field.
    pub fn has_priority(&self) -> bool {
        matches!(self, RecordType::Mx | RecordType::Srv)
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The portal's id; `None` for a record not yet created.
    pub id: Option<String>,
    /// Owner relative to the zone origin: `@`, `www`, `_dmarc`, `*.dev`.
    pub name: String,
    /// Type.
    pub rtype: RecordType,
    /// Time to live, seconds.
    pub ttl: u32,
    /// MX preference or SRV priority; 0 otherwise.
    pub priority: u16,
    /// Presentation-form data without the priority (`203.0.113.1`, `"v=spf1 ~all"`,
    /// `60 5060 sip.example.com.`).
    pub content: String,
}

impl Record {
    /// Whether two records hold the same data (ids and TTL aside): names and hostnames compare
    /// without regard to case.
    pub fn same_data(&self, other: &Record) -> bool {
        self.rtype == other.rtype
            && self.name.eq_ignore_ascii_case(&other.name)
            && self.priority == other.priority
            && content_key(&self.rtype, &self.content) == content_key(&other.rtype, &other.content)
    }

    /// The owner as shown: `@` for the apex, otherwise the relative name.
    pub fn owner(&self) -> &str {
        if self.name.is_empty() {
            "@"
        } else {
            &self.name
        }
    }
}

/// Content compared as DNS compares it: case-insensitive for name-like data, exact for text.
fn content_key(rtype: &RecordType, content: &str) -> String {
    match rtype {
        RecordType::Txt | RecordType::Caa | RecordType::Other(_) => content.trim().to_string(),
        _ => content.trim().to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_round_trip_and_unknown_ones_are_kept() {
        for t in RecordType::EDITABLE {
            assert_eq!(RecordType::parse(t.as_str()), t);
        }
        assert_eq!(RecordType::parse("aaaa"), RecordType::Aaaa);
        assert_eq!(
            RecordType::parse("SSHFP"),
            RecordType::Other("SSHFP".into())
        );
    }

    #[test]
    fn same_data_ignores_ids_ttl_and_name_case() {
        let a = Record {
            id: Some("1".into()),
            name: "WWW".into(),
            rtype: RecordType::Cname,
            ttl: 300,
            priority: 0,
            content: "Example.com.".into(),
        };
        let b = Record {
            id: None,
            name: "www".into(),
            ttl: 3600,
            content: "example.com.".into(),
            ..a.clone()
        };
        assert!(a.same_data(&b));
        let txt = |c: &str| Record {
            rtype: RecordType::Txt,
            content: c.into(),
            ..a.clone()
        };
        assert!(
            !txt("\"A\"").same_data(&txt("\"a\"")),
            "text is case-sensitive"
        );
    }
}
