//! Finding a service in the list. What is typed is matched here at once (every word in the
//! product name, the domain or host name, or the service's number); where the portal can search
//! (HostBill's `GET /clientarea/search/@query`), the services it names are added: it also knows
//! what the list does not show (IP addresses, panel user names, the customer's labels).

use super::service::ServiceSummary;

/// The shortest search sent to the portal: one letter would match nearly everything.
pub const MIN_PORTAL_QUERY: usize = 2;
/// The longest search kept: a domain name is at most 253 characters, a search rarely a tenth.
pub const MAX_QUERY: usize = 100;

/// What is typed, as searched: trimmed, runs of spaces as one, at most [`MAX_QUERY`] characters.
pub fn normalized(typed: &str) -> String {
    typed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_QUERY)
        .collect()
}

/// The search sent to the portal, when there is one worth sending.
pub fn portal_query(typed: &str) -> Option<String> {
    let q = normalized(typed);
    (q.chars().count() >= MIN_PORTAL_QUERY).then_some(q)
}

/// The words of what was typed, lowercased: each must be found in a service.
fn words(typed: &str) -> Vec<String> {
    normalized(typed)
        .to_lowercase()
        .split(' ')
        .map(String::from)
        .collect()
}

fn has_words(s: &ServiceSummary, words: &[String]) -> bool {
    let haystack = format!(
        "{} {} #{}",
        s.name,
        s.domain.as_deref().unwrap_or_default(),
        s.id
    )
    .to_lowercase();
    words.iter().all(|word| haystack.contains(word.as_str()))
}

/// Whether a service matches what was typed: every word of it is found, whatever the case, in
/// the product name, the domain or the service's number. Nothing typed matches everything.
pub fn matches(s: &ServiceSummary, typed: &str) -> bool {
    has_words(s, &words(typed))
}

/// The services shown for a search: those matched here, then those the portal named (in the
/// list's order either way, each once). `portal` is `None` while its answer is awaited or when
/// it cannot search.
pub fn found<'a>(
    services: &'a [ServiceSummary],
    typed: &str,
    portal: Option<&[String]>,
) -> Vec<&'a ServiceSummary> {
    let words = words(typed);
    services
        .iter()
        .filter(|s| has_words(s, &words) || portal.is_some_and(|ids| ids.contains(&s.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ServiceStatus;
    use rust_decimal::Decimal;

    fn service(id: &str, name: &str, domain: Option<&str>) -> ServiceSummary {
        ServiceSummary {
            id: id.into(),
            name: name.into(),
            domain: domain.map(String::from),
            price: Decimal::ZERO,
            cycle: "Monthly".into(),
            next_due: None,
            status: ServiceStatus::Active,
        }
    }

    #[test]
    fn what_is_typed_is_trimmed_and_bounded() {
        assert_eq!(normalized("  shop   nguyen \t"), "shop nguyen");
        assert_eq!(normalized(&"x".repeat(300)).len(), MAX_QUERY);
        assert_eq!(portal_query(" a "), None);
        assert_eq!(portal_query(" ab "), Some("ab".into()));
        assert_eq!(portal_query("Đà Nẵng"), Some("Đà Nẵng".into()));
    }

    #[test]
    fn every_word_must_be_found_whatever_the_case() {
        let s = service("303", "Cloud M", Some("App.NguyenStudio.vn"));
        assert!(matches(&s, ""));
        assert!(matches(&s, "cloud"));
        assert!(matches(&s, "nguyenstudio CLOUD"));
        assert!(matches(&s, "#303"));
        assert!(!matches(&s, "cloud shop"));
        let vi = service("9", "Máy chủ Đám mây", None);
        assert!(matches(&vi, "đám MÂY"));
    }

    #[test]
    fn the_portal_adds_services_the_list_cannot_match_each_once_in_list_order() {
        let list = [
            service("301", "Starter Hosting", Some("nguyenstudio.vn")),
            service("303", "Cloud M", Some("app")),
            service("308", "Dedicated", Some("db1")),
        ];
        let ids =
            |found: Vec<&ServiceSummary>| found.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(found(&list, "app", None)), ["303"]);
        // The portal matched an address of 308, and 303 again: 303 once, 308 after it.
        let portal = ["308".to_string(), "303".to_string()];
        assert_eq!(ids(found(&list, "app", Some(&portal))), ["303", "308"]);
        // A service the portal names but the list does not hold is not invented.
        let unknown = ["999".to_string()];
        assert_eq!(
            ids(found(&list, "zzz", Some(&unknown))),
            Vec::<String>::new()
        );
    }
}
