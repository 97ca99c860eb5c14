//! An ISO image added by URL (`POST /service/@id/images`): what the form must hold before it is
//! sent. The portal downloads the file itself, so the address must be one it can reach and
//! name a file, not a page: an absolute `https://` or `http://` URL whose path ends in `.iso`.

/// The operating system families the form offers (HostBill's `os` field).
pub const OS_FAMILIES: [&str; 3] = ["linux", "windows", "other"];

/// An image to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewIsoImage {
    /// The label shown in the list (1 to 64 characters).
    pub label: String,
    /// Where the portal downloads it from.
    pub url: String,
    /// One of [`OS_FAMILIES`].
    pub os: String,
    /// Least memory it boots with, in MB, when said.
    pub min_memory_mb: Option<u32>,
}

/// What is wrong with the form, field by field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IsoProblem {
    /// No label, or longer than 64 characters.
    Label,
    /// Not an absolute http(s) URL ending in `.iso`.
    Url,
    /// Not a whole number of MB between 64 and 1,048,576.
    Memory,
}

/// Checks the typed fields; the image to send, or every problem found.
pub fn check_iso(
    label: &str,
    url: &str,
    os: &str,
    memory: &str,
) -> Result<NewIsoImage, Vec<IsoProblem>> {
    let mut problems = Vec::new();
    let label = label.trim();
    if label.is_empty() || label.chars().count() > 64 {
        problems.push(IsoProblem::Label);
    }
    let url = url.trim();
    if !iso_url(url) {
        problems.push(IsoProblem::Url);
    }
    let memory = memory.trim();
    let min_memory_mb = match memory {
        "" => None,
        m => match m.parse::<u32>() {
            Ok(n) if (64..=1_048_576).contains(&n) => Some(n),
            _ => {
                problems.push(IsoProblem::Memory);
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewIsoImage {
        label: label.to_string(),
        url: url.to_string(),
        os: if OS_FAMILIES.contains(&os) {
            os
        } else {
            "other"
        }
        .to_string(),
        min_memory_mb,
    })
}

/// An absolute http(s) URL with a host and a path ending in `.iso` (a query may follow).
fn iso_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    host_ok
        && !url.chars().any(char::is_whitespace)
        && path.len() > 4
        && path.to_ascii_lowercase().ends_with(".iso")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_image_is_accepted_as_typed() {
        let iso = check_iso(
            " Alpine 3.20 ",
            "https://dl.example.com/alpine/alpine-virt-3.20.iso",
            "linux",
            "256",
        )
        .unwrap();
        assert_eq!(iso.label, "Alpine 3.20");
        assert_eq!(iso.min_memory_mb, Some(256));
        assert_eq!(iso.os, "linux");
        let iso = check_iso("x", "http://10.0.0.1:8080/a.ISO?sig=1", "beos", "").unwrap();
        assert_eq!((iso.os.as_str(), iso.min_memory_mb), ("other", None));
    }

    #[test]
    fn pages_files_of_other_kinds_and_odd_urls_are_refused() {
        for url in [
            "",
            "dl.example.com/a.iso",
            "ftp://dl.example.com/a.iso",
            "https://dl.example.com/",
            "https://dl.example.com/a.img",
            "https:///a.iso",
            "https://user:pw@dl.example.com/a.iso",
            "https://dl.example.com/a b.iso",
            "https://dl.example.com/.iso",
        ] {
            assert_eq!(
                check_iso("x", url, "linux", ""),
                Err(vec![IsoProblem::Url]),
                "{url}"
            );
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        assert_eq!(
            check_iso("", "nope", "linux", "12"),
            Err(vec![IsoProblem::Label, IsoProblem::Url, IsoProblem::Memory])
        );
        assert_eq!(
            check_iso(&"a".repeat(65), "https://h/a.iso", "linux", "abc"),
            Err(vec![IsoProblem::Label, IsoProblem::Memory])
        );
    }
}
