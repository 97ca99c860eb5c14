//! The provider's news and files for customers (HostBill `/post/*`, `/downloads`, seed 002).

use crate::model::Date;

/// A blog post or offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    /// Its title.
    pub title: String,
    /// When it was published.
    pub date: Option<Date>,
    /// Where to read it (an http(s) address; anything else is no link).
    pub url: Option<String>,
    /// A plain-text excerpt (the portal's HTML reduced to its text), at most a few sentences.
    pub summary: String,
}

/// A file offered for download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DownloadFile {
    /// Its id (what `GET /download/@id` takes).
    pub id: String,
    /// Its title.
    pub name: String,
    /// What it is.
    pub description: String,
    /// The file's own name, to save it under.
    pub filename: Option<String>,
    /// Its size in bytes, when given.
    pub size: Option<u64>,
    /// Its category ("Documents", "Tools"), empty when none.
    pub category: String,
    /// When it was added.
    pub date: Option<Date>,
}
