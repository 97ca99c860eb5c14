//! BIND zone files: export of a zone's records, and import of a pasted or uploaded file, parsed in
//! the browser with each line's problem reported, then compared with the live zone so that only
//! real differences are staged. Exporting then importing the same zone stages nothing.
//!
//! The file is cut into entries here (comments, parentheses, `$ORIGIN`, `$TTL`, a blank owner
//! meaning "the previous one"), so that errors can be reported per line; each entry's record
//! data is then read by hickory-proto's zone parser.

use super::changeset::Change;
use super::names::fqdn;
use super::rdata::{quote_txt, unquote_all};
use super::record::{Record, RecordType};
use hickory_proto::rr::{Name, RData};
use hickory_proto::serialize::txt::Parser;

/// The zone as a BIND zone file. `origin` is the zone's ASCII name.
pub fn export(origin: &str, records: &[Record]) -> String {
    let origin = origin.trim_end_matches('.');
    let mut out = format!("$ORIGIN {origin}.\n");
    let mut sorted: Vec<&Record> = records.iter().collect();
    sorted.sort_by(|a, b| {
        (
            a.name != "@",
            a.name.to_ascii_lowercase(),
            a.rtype.as_str(),
            a.priority,
        )
            .cmp(&(
                b.name != "@",
                b.name.to_ascii_lowercase(),
                b.rtype.as_str(),
                b.priority,
            ))
    });
    for r in sorted {
        let data = if r.rtype.has_priority() {
            format!("{} {}", r.priority, r.content)
        } else {
            r.content.clone()
        };
        out.push_str(&format!(
            "{}\t{}\tIN\t{}\t{}\n",
            r.owner(),
            r.ttl,
            r.rtype,
            data
        ));
    }
    out
}

/// A line the importer could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line where the entry starts.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// What an import found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Records read.
    pub records: Vec<Record>,
    /// Entries that could not be read.
    pub errors: Vec<LineError>,
    /// SOA records skipped (the portal manages the SOA).
    pub skipped_soa: usize,
}

/// One logical entry: its first line and its text with comments and parentheses removed.
struct Entry {
    line: usize,
    text: String,
    continues_owner: bool,
}

/// Cuts the file into entries.
fn entries(file: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut depth = 0i32;
    let mut continues = false;
    for (i, raw) in file.lines().enumerate() {
        let mut line = String::new();
        let mut quoted = false;
        let mut escaped = false;
        for c in raw.chars() {
            if escaped {
                line.push(c);
                escaped = false;
                continue;
            }
            match c {
                '\\' => {
                    escaped = true;
                    line.push(c);
                }
                '"' => {
                    quoted = !quoted;
                    line.push(c);
                }
                ';' if !quoted => break,
                '(' if !quoted => {
                    depth += 1;
                    line.push(' ');
                }
                ')' if !quoted => {
                    depth -= 1;
                    line.push(' ');
                }
                _ => line.push(c),
            }
        }
        if current.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            start = i + 1;
            continues = line.starts_with([' ', '\t']);
        }
        current.push(' ');
        current.push_str(&line);
        if depth <= 0 {
            out.push(Entry {
                line: start,
                text: current.trim().to_string(),
                continues_owner: continues,
            });
            current.clear();
            depth = 0;
        }
    }
    if !current.trim().is_empty() {
        out.push(Entry {
            line: start,
            text: current.trim().to_string(),
            continues_owner: continues,
        });
    }
    out
}

/// Reads a zone file for the zone `origin`.
pub fn import(file: &str, origin: &str) -> Imported {
    let zone = origin.trim_end_matches('.').to_ascii_lowercase();
    let mut current_origin = format!("{zone}.");
    let mut default_ttl: u32 = 3600;
    let mut last_owner: Option<String> = None;
    let mut result = Imported::default();
    for entry in entries(file) {
        let fail = |message: String| LineError {
            line: entry.line,
            message,
        };
        let mut words = entry.text.split_whitespace();
        let first = words.next().unwrap_or_default();
        match first.to_ascii_uppercase().as_str() {
            "$ORIGIN" => {
                match words.next() {
                    Some(o) if o.ends_with('.') => current_origin = o.to_string(),
                    Some(o) => current_origin = format!("{o}.{current_origin}"),
                    None => result.errors.push(fail("$ORIGIN needs a name".into())),
                }
                continue;
            }
            "$TTL" => {
                match words.next().map(Parser::parse_time) {
                    Some(Ok(t)) => default_ttl = t,
                    _ => result.errors.push(fail("$TTL needs a time".into())),
                }
                continue;
            }
            "$INCLUDE" | "$GENERATE" => {
                result
                    .errors
                    .push(fail(format!("{first} is not supported here")));
                continue;
            }
            _ => {}
        }
        let (owner, rest) = if entry.continues_owner {
            match &last_owner {
                Some(o) => (o.clone(), entry.text.clone()),
                None => {
                    result
                        .errors
                        .push(fail("the first record needs an owner name".into()));
                    continue;
                }
            }
        } else {
            let rest = entry.text[first.len()..].trim().to_string();
            let owner = if first == "@" {
                current_origin.clone()
            } else if first.ends_with('.') {
                first.to_string()
            } else {
                format!("{first}.{current_origin}")
            };
            (owner, rest)
        };
        last_owner = Some(owner.clone());
        let text = format!("$ORIGIN {current_origin}\n$TTL {default_ttl}\n{owner} {rest}\n");
        let origin_name = Name::from_ascii(&current_origin).ok();
        let parsed = match Parser::new(text, None, origin_name).parse() {
            Ok((_, sets)) => sets,
            Err(e) => {
                result.errors.push(fail(e.to_string()));
                continue;
            }
        };
        for set in parsed.values() {
            for rec in set.records_without_rrsigs() {
                match convert(rec, &rest, &zone) {
                    Ok(Some(r)) => result.records.push(r),
                    Ok(None) => result.skipped_soa += 1,
                    Err(message) => result.errors.push(fail(message)),
                }
            }
        }
    }
    result
}

/// The owner of an absolute name relative to the zone, or `None` outside it.
fn relative(name: &Name, zone: &str) -> Option<String> {
    let abs = name.to_ascii().to_ascii_lowercase();
    let abs = abs.trim_end_matches('.');
    if abs == zone {
        Some("@".into())
    } else {
        abs.strip_suffix(&format!(".{zone}")).map(str::to_string)
    }
}

fn host(name: &Name) -> String {
    let s = name.to_ascii();
    if s.ends_with('.') { s } else { format!("{s}.") }
}

fn convert(
    rec: &hickory_proto::rr::Record,
    rest: &str,
    zone: &str,
) -> Result<Option<Record>, String> {
    let name = relative(rec.name(), zone)
        .ok_or_else(|| format!("{} is outside the zone {zone}", rec.name()))?;
    let (rtype, priority, content) = match rec.data() {
        RData::SOA(_) => return Ok(None),
        RData::A(a) => (RecordType::A, 0, a.to_string()),
        RData::AAAA(a) => (RecordType::Aaaa, 0, a.to_string()),
        RData::CNAME(n) => (RecordType::Cname, 0, host(n)),
        RData::NS(n) => (RecordType::Ns, 0, host(n)),
        RData::PTR(n) => (RecordType::Ptr, 0, host(n)),
        RData::MX(mx) => (RecordType::Mx, mx.preference(), host(mx.exchange())),
        RData::SRV(srv) => (
            RecordType::Srv,
            srv.priority(),
            format!("{} {} {}", srv.weight(), srv.port(), host(srv.target())),
        ),
        RData::TXT(txt) => {
            let strings: Vec<String> = txt
                .txt_data()
                .iter()
                .map(|b| quote_txt(&String::from_utf8_lossy(b)))
                .collect();
            (RecordType::Txt, 0, strings.join(" "))
        }
        other => {
            // CAA and types without structured fields: the file's own text after the type.
            let rtype = RecordType::parse(&other.record_type().to_string());
            let data = after_type(rest, rtype.as_str()).unwrap_or_default();
            let data = match rtype {
                RecordType::Caa => canonical_caa(&data),
                _ => data,
            };
            (rtype, 0, data)
        }
    };
    Ok(Some(Record {
        id: None,
        name,
        rtype,
        ttl: rec.ttl(),
        priority,
        content,
    }))
}

/// The text after the type mnemonic in an entry (`3600 IN CAA 0 issue "x"` -> `0 issue "x"`).
fn after_type(rest: &str, mnemonic: &str) -> Option<String> {
    let mut offset = 0;
    for word in rest.split_whitespace() {
        let at = rest[offset..].find(word)? + offset;
        offset = at + word.len();
        if word.eq_ignore_ascii_case(mnemonic) {
            return Some(
                rest[offset..]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
    }
    None
}

/// `0 issue letsencrypt.org` and `0 issue "letsencrypt.org"` both become the quoted form.
fn canonical_caa(data: &str) -> String {
    let mut parts = data.splitn(3, ' ');
    let (flags, tag, value) = (
        parts.next().unwrap_or("0"),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or("").trim(),
    );
    let value = unquote_all(value).unwrap_or_else(|| value.to_string());
    format!(
        "{flags} {} \"{}\"",
        tag.to_ascii_lowercase(),
        value.replace('"', "\\\"")
    )
}

/// A record with its host names made absolute, for comparing records written differently
/// (`mail` and `mail.example.com.` are the same target in zone `example.com`).
pub fn normalized(r: &Record, origin: &str) -> Record {
    let abs = |h: &str| {
        if h.ends_with('.') || h.is_empty() {
            h.to_ascii_lowercase()
        } else {
            format!("{}.", fqdn(h, origin)).to_ascii_lowercase()
        }
    };
    let content = match r.rtype {
        RecordType::Cname | RecordType::Ns | RecordType::Ptr | RecordType::Mx => {
            abs(r.content.trim())
        }
        RecordType::Srv => {
            let w: Vec<&str> = r.content.split_whitespace().collect();
            match w.as_slice() {
                [weight, port, target] => format!("{weight} {port} {}", abs(target)),
                _ => r.content.clone(),
            }
        }
        RecordType::Txt => match unquote_all(&r.content) {
            Some(_) => txt_canonical(&r.content),
            None => r.content.clone(),
        },
        RecordType::Caa => {
            canonical_caa(&r.content.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        _ => r.content.trim().to_string(),
    };
    Record {
        name: if r.name.is_empty() {
            "@".into()
        } else {
            r.name.to_ascii_lowercase()
        },
        content,
        ..r.clone()
    }
}

/// TXT content with each string re-quoted the one canonical way (boundaries kept).
fn txt_canonical(content: &str) -> String {
    let mut out = Vec::new();
    let mut rest = content.trim();
    while let Some(start) = rest.find('"') {
        let bytes = rest.as_bytes();
        let mut end = start + 1;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let one = &rest[start..(end + 1).min(rest.len())];
        out.push(
            unquote_all(one)
                .map(|t| quote_txt(&t))
                .unwrap_or_else(|| one.to_string()),
        );
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.join(" ")
}

/// The changes that turn `live` into the imported records: additions, TTL edits and, when
/// `replace` is set, deletions of live records the file does not have.
pub fn diff(live: &[Record], imported: &[Record], origin: &str, replace: bool) -> Vec<Change> {
    let live_n: Vec<Record> = live.iter().map(|r| normalized(r, origin)).collect();
    let mut matched = vec![false; live.len()];
    let mut changes = Vec::new();
    for rec in imported {
        let n = normalized(rec, origin);
        let found = live_n
            .iter()
            .enumerate()
            .position(|(i, l)| !matched[i] && l.same_data(&n));
        match found {
            Some(i) => {
                matched[i] = true;
                if live[i].ttl != rec.ttl {
                    changes.push(Change::Edit {
                        before: live[i].clone(),
                        after: Record {
                            ttl: rec.ttl,
                            ..live[i].clone()
                        },
                    });
                }
            }
            None => changes.push(Change::Add(rec.clone())),
        }
    }
    if replace {
        changes.extend(
            live.iter()
                .zip(&matched)
                .filter(|(_, m)| !**m)
                .map(|(r, _)| Change::Delete(r.clone())),
        );
    }
    changes
}

#[cfg(test)]
#[path = "zonefile_tests.rs"]
mod tests;
