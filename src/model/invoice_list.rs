//! The invoice list's view state (status tab, search, sort, page) as it lives in the URL query,
//! and the filtering/sorting/paging over the portal's list. Pure, so it is tested natively.

use super::invoice::{InvoiceStatus, InvoiceSummary};
use crate::model::Date;
use std::cmp::Ordering;

/// Rows per page: small enough that no interaction renders more than a screenful or two.
pub const PAGE_SIZE: usize = 25;

/// Status tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusTab {
    /// Every invoice.
    #[default]
    All,
    /// Unpaid (overdue included).
    Unpaid,
    /// Unpaid and past due.
    Overdue,
    /// Paid.
    Paid,
    /// Cancelled.
    Cancelled,
}

/// Sort keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Issue date.
    #[default]
    Date,
    /// Due date.
    Due,
    /// Invoice number.
    Number,
    /// Total (within a currency; currencies grouped).
    Total,
    /// Status.
    Status,
}

/// The list's state, round-tripping through the URL query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    /// Tab.
    pub status: StatusTab,
    /// Search text (invoice number).
    pub search: String,
    /// Sort key.
    pub sort: SortKey,
    /// Ascending (default is newest / largest first).
    pub ascending: bool,
    /// 1-based page.
    pub page: usize,
    /// Issued on or after.
    pub from: Option<Date>,
    /// Issued on or before.
    pub to: Option<Date>,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            status: StatusTab::All,
            search: String::new(),
            sort: SortKey::Date,
            ascending: false,
            page: 1,
            from: None,
            to: None,
        }
    }
}

impl StatusTab {
    /// URL word.
    pub fn tag(self) -> &'static str {
        match self {
            StatusTab::All => "all",
            StatusTab::Unpaid => "unpaid",
            StatusTab::Overdue => "overdue",
            StatusTab::Paid => "paid",
            StatusTab::Cancelled => "cancelled",
        }
    }
    /// Every tab in display order.
    pub const ALL: [StatusTab; 5] = [
        StatusTab::All,
        StatusTab::Unpaid,
        StatusTab::Overdue,
        StatusTab::Paid,
        StatusTab::Cancelled,
    ];
    fn matches(self, i: &InvoiceSummary, today: Date) -> bool {
        match self {
            StatusTab::All => true,
            StatusTab::Unpaid => i.status == InvoiceStatus::Unpaid,
            StatusTab::Overdue => i.is_overdue(today),
            StatusTab::Paid => i.status == InvoiceStatus::Paid,
            StatusTab::Cancelled => i.status == InvoiceStatus::Cancelled,
        }
    }
}

impl SortKey {
    /// URL word.
    pub fn tag(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Due => "due",
            SortKey::Number => "number",
            SortKey::Total => "total",
            SortKey::Status => "status",
        }
    }
    /// Every key in display order.
    pub const ALL: [SortKey; 5] = [
        SortKey::Date,
        SortKey::Due,
        SortKey::Number,
        SortKey::Total,
        SortKey::Status,
    ];
}

impl ListQuery {
    /// Reads the query (unknown or malformed values fall back to defaults).
    pub fn from_pairs<'a>(get: impl Fn(&str) -> Option<&'a str>) -> ListQuery {
        let status = StatusTab::ALL
            .into_iter()
            .find(|t| Some(t.tag()) == get("status"))
            .unwrap_or_default();
        let sort = SortKey::ALL
            .into_iter()
            .find(|k| Some(k.tag()) == get("sort"))
            .unwrap_or_default();
        ListQuery {
            status,
            search: get("q").unwrap_or("").trim().chars().take(100).collect(),
            sort,
            ascending: get("dir") == Some("asc"),
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
            from: get("from").and_then(Date::parse),
            to: get("to").and_then(Date::parse),
        }
    }

    /// The date range runs backwards (nothing can match).
    pub fn range_reversed(&self) -> bool {
        matches!((self.from, self.to), (Some(f), Some(t)) if f > t)
    }

    /// Any filter beyond the defaults is set.
    pub fn is_filtered(&self) -> bool {
        self.status != StatusTab::All
            || !self.search.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }

    fn in_range(&self, i: &InvoiceSummary) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        i.date
            .is_some_and(|d| self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t))
    }

    /// The query string for this state (defaults left out, so links stay short).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.status != StatusTab::All {
            parts.push(format!("status={}", self.status.tag()));
        }
        if !self.search.is_empty() {
            parts.push(format!(
                "q={}",
                crate::percent::encode_component(&self.search)
            ));
        }
        if self.sort != SortKey::Date {
            parts.push(format!("sort={}", self.sort.tag()));
        }
        if self.ascending {
            parts.push("dir=asc".into());
        }
        if let Some(f) = self.from {
            parts.push(format!("from={}", f.iso()));
        }
        if let Some(t) = self.to {
            parts.push(format!("to={}", t.iso()));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn status_rank(s: &InvoiceStatus) -> u8 {
    match s {
        InvoiceStatus::Unpaid => 0,
        InvoiceStatus::Draft => 1,
        InvoiceStatus::Collections => 2,
        InvoiceStatus::Paid => 3,
        InvoiceStatus::Refunded => 4,
        InvoiceStatus::Cancelled => 5,
        InvoiceStatus::Other(_) => 6,
    }
}

/// A row with its number's digit groups computed once (sorting 10,000 rows compares ~140,000
/// times; parsing the number on each comparison would dominate).
struct Keyed<'a> {
    number: Vec<u64>,
    row: &'a InvoiceSummary,
}

fn compare(a: &Keyed<'_>, b: &Keyed<'_>, key: SortKey) -> Ordering {
    let (x, y) = (a.row, b.row);
    let by = match key {
        SortKey::Date => x.date.cmp(&y.date),
        SortKey::Due => x.due.cmp(&y.due),
        // Numbers like 2026/11/1040 sort by their digit groups, not as text.
        SortKey::Number => a.number.cmp(&b.number),
        SortKey::Total => x
            .total
            .currency
            .cmp(&y.total.currency)
            .then(x.total.amount.cmp(&y.total.amount)),
        SortKey::Status => status_rank(&x.status).cmp(&status_rank(&y.status)),
    };
    by.then_with(|| a.number.cmp(&b.number))
}

fn number_key(n: &str) -> Vec<u64> {
    n.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap_or(u64::MAX))
        .collect()
}

/// One page of the filtered, sorted list, with the number of matches and pages.
pub fn page_of(
    all: &[InvoiceSummary],
    q: &ListQuery,
    today: Date,
) -> (Vec<InvoiceSummary>, usize, usize) {
    let needle = q.search.to_lowercase();
    let mut rows: Vec<Keyed<'_>> = all
        .iter()
        .filter(|i| q.status.matches(i, today) && q.in_range(i))
        .filter(|i| {
            needle.is_empty() || i.number.to_lowercase().contains(&needle) || i.id == needle
        })
        .map(|row| Keyed {
            number: number_key(&row.number),
            row,
        })
        .collect();
    rows.sort_unstable_by(|a, b| {
        let o = compare(a, b, q.sort);
        if q.ascending { o } else { o.reverse() }
    });
    let matches = rows.len();
    let pages = matches.div_ceil(PAGE_SIZE).max(1);
    let page = q.page.clamp(1, pages);
    let shown = rows
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|k| k.row.clone())
        .collect();
    (shown, matches, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Money;
    use rust_decimal::Decimal;

    fn inv(n: u32, status: &str, due: &str, total: i64) -> InvoiceSummary {
        InvoiceSummary {
            id: n.to_string(),
            number: format!("2026/11/{n}"),
            date: Date::parse(&format!("2026-{:02}-01", (n % 12) + 1)),
            due: Date::parse(due),
            total: Money::new(Decimal::new(total, 2), "USD"),
            status: InvoiceStatus::parse(status),
            merged_into: None,
        }
    }

    #[test]
    fn query_round_trips_and_ignores_junk() {
        let q = ListQuery {
            status: StatusTab::Overdue,
            search: "2026/1".into(),
            sort: SortKey::Total,
            ascending: true,
            page: 3,
            from: Date::parse("2026-01-01"),
            to: Date::parse("2026-06-30"),
        };
        let s = q.to_query();
        assert_eq!(
            s,
            "?status=overdue&q=2026%2F1&sort=total&dir=asc&from=2026-01-01&to=2026-06-30&page=3"
        );
        let pairs: Vec<(String, String)> = vec![
            ("status".into(), "overdue".into()),
            ("q".into(), "2026/1".into()),
            ("sort".into(), "total".into()),
            ("dir".into(), "asc".into()),
            ("page".into(), "3".into()),
            ("from".into(), "2026-01-01".into()),
            ("to".into(), "2026-06-30".into()),
        ];
        let back =
            ListQuery::from_pairs(|k| pairs.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str()));
        assert_eq!(back, q);
        let junk = ListQuery::from_pairs(|k| match k {
            "status" => Some("<x>"),
            "page" => Some("-2"),
            "sort" => Some("evil"),
            "from" => Some("2026-13-45"),
            _ => None,
        });
        assert_eq!(
            junk,
            ListQuery {
                page: 1,
                ..Default::default()
            }
        );
        assert_eq!(ListQuery::default().to_query(), "");
    }

    #[test]
    fn filters_sorts_and_pages() {
        let today = Date::parse("2026-11-23").unwrap();
        let all: Vec<_> = (1..=60)
            .map(|n| {
                inv(
                    n,
                    if n % 3 == 0 { "Unpaid" } else { "Paid" },
                    if n % 6 == 0 {
                        "2026-11-01"
                    } else {
                        "2026-12-30"
                    },
                    i64::from(n) * 100,
                )
            })
            .collect();
        let q = ListQuery {
            status: StatusTab::Unpaid,
            ..Default::default()
        };
        let (rows, matches, pages) = page_of(&all, &q, today);
        assert_eq!((matches, pages, rows.len()), (20, 1, 20));
        let q = ListQuery {
            status: StatusTab::Overdue,
            sort: SortKey::Total,
            ascending: true,
            ..Default::default()
        };
        let (rows, matches, _) = page_of(&all, &q, today);
        assert_eq!(matches, 10);
        assert_eq!(rows[0].id, "6");
        let q = ListQuery {
            sort: SortKey::Number,
            page: 3,
            ..Default::default()
        };
        let (rows, matches, pages) = page_of(&all, &q, today);
        assert_eq!((matches, pages), (60, 3));
        assert_eq!(rows.len(), 10);
        assert_eq!(rows[0].id, "10", "descending by number, numerically");
        let q = ListQuery {
            search: "2026/11/42".into(),
            ..Default::default()
        };
        assert_eq!(page_of(&all, &q, today).1, 1);
        let q = ListQuery {
            page: 99,
            ..Default::default()
        };
        assert_eq!(
            page_of(&all, &q, today).0.len(),
            10,
            "a page past the end shows the last page"
        );
    }

    #[test]
    fn date_range_is_inclusive_and_can_be_reversed() {
        let today = Date::parse("2026-11-23").unwrap();
        // Issue dates are the first of month (n % 12) + 1.
        let all: Vec<_> = (1..=24)
            .map(|n| inv(n, "Paid", "2026-12-30", 100))
            .collect();
        let q = ListQuery {
            from: Date::parse("2026-03-01"),
            to: Date::parse("2026-04-01"),
            ..Default::default()
        };
        let (rows, matches, _) = page_of(&all, &q, today);
        assert_eq!(matches, 4, "March and April, twice each");
        assert!(rows.iter().all(|r| r.date >= q.from && r.date <= q.to));
        let reversed = ListQuery {
            from: q.to,
            to: q.from,
            ..Default::default()
        };
        assert!(reversed.range_reversed());
        assert_eq!(page_of(&all, &reversed, today).1, 0);
    }

    #[test]
    fn paging_through_a_sorted_list_shows_every_row_once() {
        let today = Date::parse("2026-11-23").unwrap();
        let all: Vec<_> = (1..=1_000)
            .map(|n| inv(n, "Paid", "2026-12-30", i64::from((n * 7919) % 1_009)))
            .collect();
        for sort in SortKey::ALL {
            let mut seen = std::collections::HashSet::new();
            let mut last: Option<InvoiceSummary> = None;
            for page in 1..=40 {
                let q = ListQuery {
                    sort,
                    ascending: true,
                    page,
                    ..Default::default()
                };
                for r in page_of(&all, &q, today).0 {
                    if let (Some(prev), SortKey::Total) = (&last, sort) {
                        assert!(prev.total.amount <= r.total.amount);
                    }
                    assert!(seen.insert(r.id.clone()));
                    last = Some(r);
                }
            }
            assert_eq!(seen.len(), 1_000, "{sort:?}");
        }
    }
}
