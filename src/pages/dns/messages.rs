//! The DNS rules' verdicts in the user's language.

use super::dns_words::DnsWord;
use crate::dns::names::NameProblem;
use crate::dns::rdata::Problem;
use crate::dns::zone_rules::Conflict;
use crate::i18n::{AreaWords, Lang, Msg, t};

/// A name problem, with the suggested fix where there is one.
pub fn name_problem(lang: Lang, p: &NameProblem) -> String {
    match p {
        NameProblem::Empty => t(lang, Msg::FieldRequired).into(),
        NameProblem::LabelTooLong => DnsWord::DnsLabelTooLong.text(lang).into(),
        NameProblem::NameTooLong => DnsWord::DnsNameTooLong.text(lang).into(),
        NameProblem::EmptyLabel => DnsWord::DnsEmptyLabel.text(lang).into(),
        NameProblem::BadCharacter(c) => DnsWord::DnsBadCharacter
            .text(lang)
            .replace("{c}", &c.to_string()),
        NameProblem::HyphenAtEdge => DnsWord::DnsHyphenAtEdge.text(lang).into(),
        NameProblem::MisplacedWildcard => DnsWord::DnsWildcard.text(lang).into(),
        NameProblem::UnderscoreInHost => DnsWord::DnsUnderscoreInHost.text(lang).into(),
        NameProblem::OutsideZone => DnsWord::DnsOutsideZone.text(lang).into(),
        NameProblem::DidYouMeanRelative(rel) => DnsWord::DnsDidYouMeanRelative
            .text(lang)
            .replace("{name}", rel),
        NameProblem::DidYouMeanAbsolute(abs) => DnsWord::DnsDidYouMeanAbsolute
            .text(lang)
            .replace("{name}", abs),
    }
}

/// A field problem.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::Name(n) => name_problem(lang, n),
        Problem::Required => t(lang, Msg::FieldRequired).into(),
        Problem::OutOfRange(min, max) => DnsWord::DnsOutOfRange
            .text(lang)
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string()),
        Problem::NotIpv4 => DnsWord::DnsNotIpv4.text(lang).into(),
        Problem::NotIpv6 => DnsWord::DnsNotIpv6.text(lang).into(),
        Problem::BadTag => DnsWord::DnsBadTag.text(lang).into(),
        Problem::Unparsable(detail) => format!("{} ({detail})", DnsWord::DnsUnparsable.text(lang)),
    }
}

/// A zone-wide conflict.
pub fn conflict(lang: Lang, c: &Conflict) -> String {
    match c {
        Conflict::CnameNotAlone(name) => {
            DnsWord::DnsCnameNotAlone.text(lang).replace("{name}", name)
        }
        Conflict::CnameAtApex => DnsWord::DnsCnameAtApex.text(lang).into(),
        Conflict::TargetIsAlias(target) => DnsWord::DnsTargetIsAlias
            .text(lang)
            .replace("{name}", target),
    }
}
