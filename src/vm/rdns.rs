//! Reverse-DNS names: a PTR record holds a host name (at least two labels, letters, digits and
//! hyphens, IDN accepted and stored as punycode). An empty name clears the entry.

use crate::dns::names::{NameProblem, zone_name};

/// The name to send for what was typed, or why it is refused.
pub fn hostname(input: &str) -> Result<String, NameProblem> {
    let typed = input.trim();
    if typed.is_empty() {
        return Ok(String::new());
    }
    if typed.starts_with('*') {
        return Err(NameProblem::MisplacedWildcard);
    }
    zone_name(typed)
}

#[cfg(test)]
mod tests {
    use super::hostname;
    use crate::dns::names::NameProblem;

    #[test]
    fn ptr_names_are_host_names() {
        assert_eq!(
            hostname(" mail.example.com. ").as_deref(),
            Ok("mail.example.com")
        );
        assert_eq!(hostname("").as_deref(), Ok(""));
        assert_eq!(hostname("máy.vn").as_deref(), Ok("xn--my-mia.vn"));
        assert!(hostname("localhost").is_err());
        assert!(hostname("bad_name.example.com").is_err());
        assert!(hostname("not a name").is_err());
        assert_eq!(
            hostname("*.example.com"),
            Err(NameProblem::MisplacedWildcard)
        );
    }
}
