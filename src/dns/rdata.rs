//! Type-aware record data: a record's content split into the fields a person edits (MX
//! preference and exchange; SRV priority, weight, port and target; CAA flags, tag and value;
//! TXT as plain text), checked field by field, then joined back into presentation form and
//! confirmed by hickory-proto's record-data parser, so what is sent is what a DNS server reads.

use super::names::{self, NameProblem};
use super::record::{Record, RecordType};
use hickory_proto::rr::RData;
use hickory_proto::rr::RecordType as HickoryType;
use hickory_proto::serialize::txt::RDataParser;
use std::net::{Ipv4Addr, Ipv6Addr};

/// TTL presets offered first; any value in [`TTL_RANGE`] may be typed.
pub const TTL_PRESETS: [u32; 6] = [60, 300, 3600, 14_400, 86_400, 604_800];
/// Accepted TTLs: one minute to the protocol's maximum (RFC 2181: 2^31 - 1).
pub const TTL_RANGE: (u32, u32) = (60, 2_147_483_647);

/// The editable fields of each type, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fields {
    /// A or AAAA.
    Address(String),
    /// CNAME, NS, PTR target.
    Host(String),
    /// MX.
    Mx {
        /// Preference (lower is tried first).
        preference: String,
        /// Mail server.
        exchange: String,
    },
    /// TXT, as plain text (quoting and 255-byte splitting are done for the customer).
    Txt(String),
    /// SRV.
    Srv {
        /// Priority.
        priority: String,
        /// Weight.
        weight: String,
        /// Port.
        port: String,
        /// Target host (`.` for "no service").
        target: String,
    },
    /// CAA.
    Caa {
        /// 0, or 128 (critical).
        flags: String,
        /// `issue`, `issuewild`, `iodef`.
        tag: String,
        /// The CA's domain, or a URL for iodef.
        value: String,
    },
    /// A type without structured fields: the content as the portal has it.
    Raw(String),
}

/// A record being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Owner as typed.
    pub name: String,
    /// Type.
    pub rtype: RecordType,
    /// TTL as typed.
    pub ttl: String,
    /// Data.
    pub fields: Fields,
}

/// Which input a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Owner name.
    Name,
    /// TTL.
    Ttl,
    /// The address, host, text or raw content.
    Value,
    /// MX preference or SRV priority.
    Priority,
    /// SRV weight.
    Weight,
    /// SRV port.
    Port,
    /// MX exchange or SRV target.
    Target,
    /// CAA flags.
    Flags,
    /// CAA tag.
    Tag,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A name rule.
    Name(NameProblem),
    /// Required and empty.
    Required,
    /// Not a whole number in range.
    OutOfRange(u64, u64),
    /// Not a dotted-quad IPv4 address (no leading zeros, four parts).
    NotIpv4,
    /// Not an IPv6 address.
    NotIpv6,
    /// CAA tag other than letters and digits.
    BadTag,
    /// The DNS parser refused the data (its message).
    Unparsable(String),
}

/// Problems of a draft, per field.
pub type Problems = Vec<(Field, Problem)>;

fn empty_fields(rtype: &RecordType) -> Fields {
    match rtype {
        RecordType::A | RecordType::Aaaa => Fields::Address(String::new()),
        RecordType::Cname | RecordType::Ns | RecordType::Ptr => Fields::Host(String::new()),
        RecordType::Mx => Fields::Mx {
            preference: "10".into(),
            exchange: String::new(),
        },
        RecordType::Txt => Fields::Txt(String::new()),
        RecordType::Srv => Fields::Srv {
            priority: "10".into(),
            weight: "10".into(),
            port: String::new(),
            target: String::new(),
        },
        RecordType::Caa => Fields::Caa {
            flags: "0".into(),
            tag: "issue".into(),
            value: String::new(),
        },
        RecordType::Other(_) => Fields::Raw(String::new()),
    }
}

impl Draft {
    /// A blank draft of a type.
    pub fn new(rtype: RecordType) -> Draft {
        Draft {
            name: String::new(),
            ttl: "3600".into(),
            fields: empty_fields(&rtype),
            rtype,
        }
    }

    /// The fields of an existing record; content the editor cannot split stays raw.
    pub fn from_record(r: &Record) -> Draft {
        let words: Vec<&str> = r.content.split_whitespace().collect();
        let fields = match (&r.rtype, words.as_slice()) {
            (RecordType::A | RecordType::Aaaa, [a]) => Fields::Address(a.to_string()),
            (RecordType::Cname | RecordType::Ns | RecordType::Ptr, [h]) => {
                Fields::Host(h.to_string())
            }
            (RecordType::Mx, [h]) => Fields::Mx {
                preference: r.priority.to_string(),
                exchange: h.to_string(),
            },
            (RecordType::Srv, [w, p, t]) => Fields::Srv {
                priority: r.priority.to_string(),
                weight: w.to_string(),
                port: p.to_string(),
                target: t.to_string(),
            },
            (RecordType::Caa, [f, tag, ..]) => {
                let value = r
                    .content
                    .splitn(3, char::is_whitespace)
                    .nth(2)
                    .map(|v| unquote_all(v.trim()).unwrap_or_else(|| v.trim().to_string()))
                    .unwrap_or_default();
                Fields::Caa {
                    flags: f.to_string(),
                    tag: tag.to_string(),
                    value,
                }
            }
            (RecordType::Txt, _) => match unquote_all(r.content.trim()) {
                Some(text) => Fields::Txt(text),
                None => Fields::Raw(r.content.clone()),
            },
            _ => Fields::Raw(r.content.clone()),
        };
        Draft {
            name: r.owner().to_string(),
            rtype: r.rtype.clone(),
            ttl: r.ttl.to_string(),
            fields,
        }
    }

    /// Changes the type, keeping the name and TTL and starting the data afresh.
    pub fn with_type(&self, rtype: RecordType) -> Draft {
        Draft {
            fields: empty_fields(&rtype),
            rtype,
            ..self.clone()
        }
    }

    /// Checks every field and builds the record (without an id), or lists the problems.
    pub fn to_record(&self, origin: &str) -> Result<Record, Problems> {
        let mut problems = Problems::new();
        let name = names::owner(&self.name, origin)
            .map_err(|p| problems.push((Field::Name, Problem::Name(p))))
            .unwrap_or_default();
        let ttl = number(&self.ttl, TTL_RANGE.0.into(), TTL_RANGE.1.into())
            .map_err(|p| problems.push((Field::Ttl, p)))
            .unwrap_or_default() as u32;
        let mut priority = 0u16;
        let content = match &self.fields {
            Fields::Address(a) if self.rtype == RecordType::A => {
                ipv4(a).map_err(|p| problems.push((Field::Value, p)))
            }
            Fields::Address(a) => ipv6(a).map_err(|p| problems.push((Field::Value, p))),
            Fields::Host(h) => names::target(h, origin, false)
                .map_err(|p| problems.push((Field::Value, Problem::Name(p)))),
            Fields::Mx {
                preference,
                exchange,
            } => {
                priority = u16_field(preference, Field::Priority, &mut problems);
                names::target(exchange, origin, true)
                    .map_err(|p| problems.push((Field::Target, Problem::Name(p))))
            }
            Fields::Txt(text) => Ok(quote_txt(text)),
            Fields::Srv {
                priority: prio,
                weight,
                port,
                target,
            } => {
                priority = u16_field(prio, Field::Priority, &mut problems);
                let w = u16_field(weight, Field::Weight, &mut problems);
                let p = u16_field(port, Field::Port, &mut problems);
                names::target(target, origin, true)
                    .map(|t| format!("{w} {p} {t}"))
                    .map_err(|e| problems.push((Field::Target, Problem::Name(e))))
            }
            Fields::Caa { flags, tag, value } => {
                let f = number(flags, 0, 255)
                    .map_err(|p| problems.push((Field::Flags, p)))
                    .unwrap_or_default();
                let tag = tag.trim().to_ascii_lowercase();
                if tag.is_empty()
                    || tag.len() > 15
                    || !tag.bytes().all(|b| b.is_ascii_alphanumeric())
                {
                    problems.push((Field::Tag, Problem::BadTag));
                }
                if value.trim().is_empty() {
                    problems.push((Field::Value, Problem::Required));
                }
                Ok(format!("{f} {tag} {}", quote_one(value.trim())))
            }
            Fields::Raw(raw) => {
                if raw.trim().is_empty() {
                    problems.push((Field::Value, Problem::Required));
                }
                Ok(raw.trim().to_string())
            }
        }
        .unwrap_or_default();
        if problems.is_empty()
            && let Err(msg) = confirm_with_parser(&self.rtype, priority, &content)
        {
            problems.push((Field::Value, Problem::Unparsable(msg)));
        }
        if problems.is_empty() {
            Ok(Record {
                id: None,
                name,
                rtype: self.rtype.clone(),
                ttl,
                priority,
                content,
            })
        } else {
            Err(problems)
        }
    }
}

fn number(raw: &str, min: u64, max: u64) -> Result<u64, Problem> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    match t.parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) && t.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(Problem::OutOfRange(min, max)),
    }
}

fn u16_field(raw: &str, field: Field, problems: &mut Problems) -> u16 {
    number(raw, 0, 65_535)
        .map_err(|p| problems.push((field, p)))
        .unwrap_or_default() as u16
}

/// Strict dotted quad: four decimal parts 0-255, no leading zeros, nothing else.
pub fn ipv4(raw: &str) -> Result<String, Problem> {
    let t = raw.trim();
    let parts: Vec<&str> = t.split('.').collect();
    let strict = parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        });
    match t.parse::<Ipv4Addr>() {
        Ok(a) if strict => Ok(a.to_string()),
        _ => Err(Problem::NotIpv4),
    }
}

/// Any IPv6 notation, stored in its canonical form (RFC 5952: lower case, longest zero run
/// compressed).
pub fn ipv6(raw: &str) -> Result<String, Problem> {
    raw.trim()
        .parse::<Ipv6Addr>()
        .map(|a| a.to_string())
        .map_err(|_| Problem::NotIpv6)
}

/// Asks hickory-proto to read the data exactly as a zone file would have it.
fn confirm_with_parser(rtype: &RecordType, priority: u16, content: &str) -> Result<(), String> {
    let (kind, text) = match rtype {
        RecordType::A => (HickoryType::A, content.to_string()),
        RecordType::Aaaa => (HickoryType::AAAA, content.to_string()),
        RecordType::Cname => (HickoryType::CNAME, content.to_string()),
        RecordType::Ns => (HickoryType::NS, content.to_string()),
        RecordType::Ptr => (HickoryType::PTR, content.to_string()),
        RecordType::Mx => (HickoryType::MX, format!("{priority} {content}")),
        RecordType::Srv => (HickoryType::SRV, format!("{priority} {content}")),
        RecordType::Txt => (HickoryType::TXT, content.to_string()),
        RecordType::Caa => (HickoryType::CAA, content.to_string()),
        // Unknown types are kept as the portal has them; nothing to confirm.
        RecordType::Other(_) => return Ok(()),
    };
    RData::try_from_str(kind, &text)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// One quoted character-string, escaping `"` and `\`.
fn quote_one(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// TXT text as quoted strings of at most 255 bytes each, split on character boundaries, so that
/// joining them gives the text back exactly.
pub fn quote_txt(text: &str) -> String {
    let mut parts = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if current.len() + c.len_utf8() > 255 {
            parts.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() || parts.is_empty() {
        parts.push(current);
    }
    parts
        .iter()
        .map(|p| quote_one(p))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of one or more quoted strings (`"a" "b"` -> `ab`), with `\"`, `\\` and `\DDD`
/// escapes; `None` when the content is not in that form.
pub fn unquote_all(content: &str) -> Option<String> {
    let mut bytes = Vec::new();
    let mut it = content.trim().chars().peekable();
    let mut any = false;
    while let Some(c) = it.next() {
        match c {
            ' ' | '\t' => continue,
            '"' => {
                any = true;
                loop {
                    match it.next()? {
                        '"' => break,
                        '\\' => {
                            let e = it.next()?;
                            if e.is_ascii_digit() {
                                let d2 = it.next()?;
                                let d3 = it.next()?;
                                let n: u32 = [e, d2, d3].iter().collect::<String>().parse().ok()?;
                                bytes.push(u8::try_from(n).ok()?);
                            } else {
                                let mut buf = [0u8; 4];
                                bytes.extend_from_slice(e.encode_utf8(&mut buf).as_bytes());
                            }
                        }
                        other => {
                            let mut buf = [0u8; 4];
                            bytes.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
                        }
                    }
                }
            }
            _ => return None,
        }
    }
    if any {
        String::from_utf8(bytes).ok()
    } else {
        None
    }
}

#[cfg(test)]
#[path = "rdata_tests.rs"]
mod tests;
