//! Owner names and host names: label and name lengths, wildcards, underscore labels, IDN
//! (Unicode in, punycode stored, both shown), and the two classic slips: an owner typed as a
//! full name without the trailing dot, and a target outside the zone without it. IDN conversion
//! and the length limits come from hickory-proto's `Name`.

use hickory_proto::rr::Name;

/// Why a name is refused; each carries what the customer needs to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing typed where a name is required.
    Empty,
    /// A label longer than 63 bytes (after IDN conversion).
    LabelTooLong,
    /// The whole name longer than 253 characters.
    NameTooLong,
    /// An empty label (`a..b`, a leading dot).
    EmptyLabel,
    /// A character DNS names cannot hold here.
    BadCharacter(char),
    /// A hyphen at the start or end of a label.
    HyphenAtEdge,
    /// `*` anywhere but as the whole first label.
    MisplacedWildcard,
    /// An underscore in a host name (allowed in owner names like `_dmarc`, not in targets).
    UnderscoreInHost,
    /// An absolute owner (trailing dot) outside this zone.
    OutsideZone,
    /// The owner was typed as a full name without the trailing dot: `www.example.com` in zone
    /// `example.com` would become `www.example.com.example.com`. Carries the relative name meant.
    DidYouMeanRelative(String),
    /// A target with dots but no trailing dot, outside the zone: it would be read relative to
    /// the zone. Carries the absolute form meant.
    DidYouMeanAbsolute(String),
}

/// Converts a label or name typed in Unicode to its ASCII (punycode) form; ASCII stays as it is.
pub fn to_ascii(name: &str) -> Result<String, NameProblem> {
    if name.is_ascii() {
        return Ok(name.to_string());
    }
    let parsed = Name::from_utf8(name).map_err(|_| NameProblem::BadCharacter(first_odd(name)))?;
    let mut ascii = parsed.to_ascii();
    if !name.ends_with('.') && ascii.ends_with('.') {
        ascii.pop();
    }
    Ok(ascii)
}

/// The Unicode form of an ASCII name (`xn--caf-dma.vn` -> `café.vn`), for display.
pub fn to_unicode(ascii: &str) -> String {
    if !ascii.contains("xn--") {
        return ascii.to_string();
    }
    match Name::from_ascii(ascii) {
        Ok(n) => {
            let mut s = n.to_utf8();
            if !ascii.ends_with('.') && s.ends_with('.') {
                s.pop();
            }
            s
        }
        Err(_) => ascii.to_string(),
    }
}

fn first_odd(name: &str) -> char {
    name.chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '*')))
        .unwrap_or('?')
}

/// What a label may contain: letters, digits, hyphens; underscores where `underscore` allows.
fn check_label(label: &str, underscore: bool) -> Result<(), NameProblem> {
    if label.is_empty() {
        return Err(NameProblem::EmptyLabel);
    }
    if label.len() > 63 {
        return Err(NameProblem::LabelTooLong);
    }
    for c in label.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' => {}
            '_' if underscore => {}
            '_' => return Err(NameProblem::UnderscoreInHost),
            '*' => return Err(NameProblem::MisplacedWildcard),
            other => return Err(NameProblem::BadCharacter(other)),
        }
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(NameProblem::HyphenAtEdge);
    }
    Ok(())
}

fn check_labels(ascii: &str, wildcard: bool, underscore: bool) -> Result<(), NameProblem> {
    for (i, label) in ascii.split('.').enumerate() {
        if label == "*" {
            if i == 0 && wildcard {
                continue;
            }
            return Err(NameProblem::MisplacedWildcard);
        }
        check_label(label, underscore)?;
    }
    Ok(())
}

/// An owner name as typed (`@`, empty, `www`, `_sip._tcp`, `*.dev`, `café`, or an absolute name
/// inside the zone), checked and returned relative to `origin` (`@` for the apex).
/// `origin` is the zone's ASCII name without a trailing dot.
pub fn owner(input: &str, origin: &str) -> Result<String, NameProblem> {
    let typed = input.trim();
    if typed.is_empty() || typed == "@" {
        return Ok("@".into());
    }
    let ascii = to_ascii(typed)?;
    let origin = origin.trim_end_matches('.').to_ascii_lowercase();
    let lower = ascii.to_ascii_lowercase();
    let relative = if let Some(abs) = lower.strip_suffix('.') {
        if abs == origin {
            return Ok("@".into());
        }
        match abs.strip_suffix(&format!(".{origin}")) {
            Some(_) => ascii[..abs.len() - origin.len() - 1].to_string(),
            None => return Err(NameProblem::OutsideZone),
        }
    } else {
        if lower == origin {
            return Err(NameProblem::DidYouMeanRelative("@".into()));
        }
        if let Some(rel) = lower.strip_suffix(&format!(".{origin}")) {
            return Err(NameProblem::DidYouMeanRelative(
                ascii[..rel.len()].to_string(),
            ));
        }
        ascii
    };
    check_labels(&relative, true, true)?;
    if relative.len() + 1 + origin.len() > 253 {
        return Err(NameProblem::NameTooLong);
    }
    Ok(relative)
}

/// A host name that a record points at (CNAME, MX, NS, PTR, SRV targets), as typed, returned in
/// the form stored: absolute names end with a dot; a single label stays relative to the zone.
/// `.` alone is allowed where `root_ok` (SRV "no service").
pub fn target(input: &str, origin: &str, root_ok: bool) -> Result<String, NameProblem> {
    let typed = input.trim();
    if typed.is_empty() {
        return Err(NameProblem::Empty);
    }
    if typed == "." {
        return if root_ok {
            Ok(".".into())
        } else {
            Err(NameProblem::EmptyLabel)
        };
    }
    if typed == "@" {
        return Ok(format!("{}.", origin.trim_end_matches('.')));
    }
    let ascii = to_ascii(typed)?;
    let origin = origin.trim_end_matches('.').to_ascii_lowercase();
    let (body, absolute) = match ascii.strip_suffix('.') {
        Some(b) => (b.to_string(), true),
        None => (ascii.clone(), false),
    };
    check_labels(&body, false, false)?;
    if body.len() > 253 {
        return Err(NameProblem::NameTooLong);
    }
    if absolute {
        return Ok(ascii);
    }
    let lower = body.to_ascii_lowercase();
    if lower == origin || lower.ends_with(&format!(".{origin}")) {
        // Clearly meant as a full name inside the zone: store it absolute.
        return Ok(format!("{body}."));
    }
    if body.contains('.') {
        return Err(NameProblem::DidYouMeanAbsolute(format!("{body}.")));
    }
    Ok(body)
}

/// The full name of an owner in a zone, for messages: `www` in `example.com` -> `www.example.com`.
pub fn fqdn(owner: &str, origin: &str) -> String {
    let origin = origin.trim_end_matches('.');
    if owner == "@" || owner.is_empty() {
        origin.to_string()
    } else {
        format!("{owner}.{origin}")
    }
}

/// The zone name a customer types when creating a zone: IDN accepted, stored as ASCII, at least
/// two labels, no wildcard or underscore.
pub fn zone_name(input: &str) -> Result<String, NameProblem> {
    let typed = input.trim().trim_end_matches('.');
    if typed.is_empty() {
        return Err(NameProblem::Empty);
    }
    let ascii = to_ascii(typed)?.to_ascii_lowercase();
    check_labels(&ascii, false, false)?;
    if !ascii.contains('.') {
        return Err(NameProblem::EmptyLabel);
    }
    if ascii.len() > 253 {
        return Err(NameProblem::NameTooLong);
    }
    Ok(ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    const Z: &str = "example.com";

    #[test]
    fn owners_are_made_relative_and_checked() {
        assert_eq!(owner("", Z).unwrap(), "@");
        assert_eq!(owner("@", Z).unwrap(), "@");
        assert_eq!(owner("www", Z).unwrap(), "www");
        assert_eq!(owner("_dmarc", Z).unwrap(), "_dmarc");
        assert_eq!(owner("_sip._tcp", Z).unwrap(), "_sip._tcp");
        assert_eq!(owner("*.dev", Z).unwrap(), "*.dev");
        assert_eq!(owner("www.example.com.", Z).unwrap(), "www");
        assert_eq!(owner("example.com.", Z).unwrap(), "@");
        assert_eq!(owner("café", Z).unwrap(), "xn--caf-dma");
        assert_eq!(
            owner("www.example.com", Z),
            Err(NameProblem::DidYouMeanRelative("www".into()))
        );
        assert_eq!(owner("a.other.org.", Z), Err(NameProblem::OutsideZone));
        assert_eq!(owner("dev.*", Z), Err(NameProblem::MisplacedWildcard));
        assert_eq!(owner("a..b", Z), Err(NameProblem::EmptyLabel));
        assert_eq!(owner("-a", Z), Err(NameProblem::HyphenAtEdge));
        assert_eq!(owner(&"a".repeat(64), Z), Err(NameProblem::LabelTooLong));
        assert_eq!(owner("a b", Z), Err(NameProblem::BadCharacter(' ')));
        let long = vec!["a".repeat(60); 5].join(".");
        assert_eq!(owner(&long, Z), Err(NameProblem::NameTooLong));
    }

    #[test]
    fn targets_get_their_trailing_dot_right() {
        assert_eq!(target("mail", Z, false).unwrap(), "mail");
        assert_eq!(
            target("mail.example.com", Z, false).unwrap(),
            "mail.example.com."
        );
        assert_eq!(target("mx.other.net.", Z, false).unwrap(), "mx.other.net.");
        assert_eq!(target("@", Z, false).unwrap(), "example.com.");
        assert_eq!(
            target("mx.other.net", Z, false),
            Err(NameProblem::DidYouMeanAbsolute("mx.other.net.".into()))
        );
        assert_eq!(target(".", Z, true).unwrap(), ".");
        assert!(target(".", Z, false).is_err());
        assert_eq!(
            target("_x.other.net.", Z, false),
            Err(NameProblem::UnderscoreInHost)
        );
        assert_eq!(
            target("*.other.net.", Z, false),
            Err(NameProblem::MisplacedWildcard)
        );
        assert_eq!(target("", Z, false), Err(NameProblem::Empty));
    }

    #[test]
    fn idn_round_trips() {
        assert_eq!(to_ascii("café.vn").unwrap(), "xn--caf-dma.vn");
        assert_eq!(to_unicode("xn--caf-dma.vn"), "café.vn");
        assert_eq!(zone_name("Café.VN.").unwrap(), "xn--caf-dma.vn");
        assert_eq!(zone_name("localhost"), Err(NameProblem::EmptyLabel));
    }
}
