//! The DNS rules' verdicts in the user's language.

use crate::dns::names::NameProblem;
use crate::dns::rdata::Problem;
use crate::dns::zone_rules::Conflict;
use crate::i18n::{Lang, Msg, t};

/// A name problem, with the suggested fix where there is one.
pub fn name_problem(lang: Lang, p: &NameProblem) -> String {
    match p {
        NameProblem::Empty => t(lang, Msg::FieldRequired).into(),
        NameProblem::LabelTooLong => t(lang, Msg::DnsLabelTooLong).into(),
        NameProblem::NameTooLong => t(lang, Msg::DnsNameTooLong).into(),
        NameProblem::EmptyLabel => t(lang, Msg::DnsEmptyLabel).into(),
        NameProblem::BadCharacter(c) => {
            t(lang, Msg::DnsBadCharacter).replace("{c}", &c.to_string())
        }
        NameProblem::HyphenAtEdge => t(lang, Msg::DnsHyphenAtEdge).into(),
        NameProblem::MisplacedWildcard => t(lang, Msg::DnsWildcard).into(),
        NameProblem::UnderscoreInHost => t(lang, Msg::DnsUnderscoreInHost).into(),
        NameProblem::OutsideZone => t(lang, Msg::DnsOutsideZone).into(),
        NameProblem::DidYouMeanRelative(rel) => {
            t(lang, Msg::DnsDidYouMeanRelative).replace("{name}", rel)
        }
        NameProblem::DidYouMeanAbsolute(abs) => {
            t(lang, Msg::DnsDidYouMeanAbsolute).replace("{name}", abs)
        }
    }
}

/// A field problem.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::Name(n) => name_problem(lang, n),
        Problem::Required => t(lang, Msg::FieldRequired).into(),
        Problem::OutOfRange(min, max) => t(lang, Msg::DnsOutOfRange)
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string()),
        Problem::NotIpv4 => t(lang, Msg::DnsNotIpv4).into(),
        Problem::NotIpv6 => t(lang, Msg::DnsNotIpv6).into(),
        Problem::BadTag => t(lang, Msg::DnsBadTag).into(),
        Problem::Unparsable(detail) => format!("{} ({detail})", t(lang, Msg::DnsUnparsable)),
    }
}

/// A zone-wide conflict.
pub fn conflict(lang: Lang, c: &Conflict) -> String {
    match c {
        Conflict::CnameNotAlone(name) => t(lang, Msg::DnsCnameNotAlone).replace("{name}", name),
        Conflict::CnameAtApex => t(lang, Msg::DnsCnameAtApex).into(),
        Conflict::TargetIsAlias(target) => t(lang, Msg::DnsTargetIsAlias).replace("{name}", target),
    }
}
