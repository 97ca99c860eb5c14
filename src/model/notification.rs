//! Portal notifications: the new ones on the dashboard, all of them on their page, and those
//! about one service on its page.

/// A notice from the provider.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// Portal id, used to acknowledge it.
    pub id: String,
    /// Short title.
    pub subject: String,
    /// Plain-text body (never rendered as HTML).
    pub message: String,
    /// When it was posted, as the portal wrote it.
    pub date: String,
    /// What it is about (`Service` 303, `Invoice` 2000, `Ticket` 736633), when the portal says.
    pub about: Option<(String, String)>,
    /// Whether the customer has marked it as read (`false` when the portal does not say: the
    /// list of new ones holds only unread ones).
    pub read: bool,
}

impl Notification {
    /// When it was posted, in the customer's language (`format_date`); the portal's own text
    /// when it is no date.
    pub fn posted_on(&self, lang: crate::i18n::Lang) -> String {
        let day = self.date.get(..10).unwrap_or_default();
        super::Date::parse(day)
            .map(|d| crate::i18n::format_date(lang, d))
            .unwrap_or_else(|| day.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::Notification;
    use crate::i18n::Lang;

    fn posted(date: &str) -> Notification {
        Notification {
            id: "1".into(),
            subject: String::new(),
            message: String::new(),
            date: date.into(),
            about: None,
            read: false,
        }
    }

    #[test]
    fn the_posting_day_reads_in_the_customers_language_or_as_the_portal_wrote_it() {
        assert_eq!(
            posted("2026-12-04 08:00:00").posted_on(Lang::En),
            "4 Dec 2026"
        );
        assert_eq!(posted("2026-12-04").posted_on(Lang::Vi), "04/12/2026");
        assert_eq!(
            posted("not a date at all").posted_on(Lang::En),
            "not a date"
        );
    }
}
