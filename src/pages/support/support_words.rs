//! Support's own words added since the catalogue was split, compiled into the support chunk (see
//! [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the support pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportWord {
    /// The list of a message's files.
    Attachments,
}

impl AreaWords for SupportWord {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupportWord::Attachments, Lang::En) => "Attached files",
            (SupportWord::Attachments, Lang::Vi) => "Tệp đính kèm",
        }
    }
}
