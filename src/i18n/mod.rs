//! Message catalogues. Keys are an enum, so a missing translation is a compile error, and each
//! language is one `match` (no runtime parsing, nothing to download). English and Vietnamese.

mod en;
mod msg;
mod portal;
mod vi;

pub use msg::Msg;

/// Words only one lazily loaded area uses, kept in that area's own module: their strings are
/// compiled into the area's chunk instead of the catalogue every page downloads first (the whole
/// catalogue is about 14 KB of the first load, brotli). Each area's `text` is one `match` over
/// (word, language), so a missing translation is a compile error here too.
pub trait AreaWords: Copy + 'static {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
    /// English's singular, for texts with `{n}` (see [`t_n`]).
    fn singular(self, _lang: Lang) -> Option<&'static str> {
        None
    }
}

/// An area word with `{n}` replaced, singular where the language has one.
pub fn w_n<W: AreaWords>(lang: Lang, word: W, n: i64) -> String {
    let text = match n {
        1 => word.singular(lang).unwrap_or_else(|| word.text(lang)),
        _ => word.text(lang),
    };
    text.replace("{n}", &n.to_string())
}
pub use portal::known_portal_message;

/// The first load's catalogue read as area words, so one call shows either kind.
impl AreaWords for Msg {
    fn text(self, lang: Lang) -> &'static str {
        t(lang, self)
    }
    fn singular(self, lang: Lang) -> Option<&'static str> {
        if lang == Lang::En {
            en::singular(self)
        } else {
            None
        }
    }
}

/// A text that is a catalogue message in some cases and an area's own word in others (the
/// problem beside a field, a label chosen by a match): one type for both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Word<W> {
    /// From the first load's catalogue.
    Common(Msg),
    /// From the area's own words.
    Area(W),
}

impl<W: AreaWords> AreaWords for Word<W> {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Word::Common(m) => m.text(lang),
            Word::Area(w) => w.text(lang),
        }
    }
    fn singular(self, lang: Lang) -> Option<&'static str> {
        match self {
            Word::Common(m) => AreaWords::singular(m, lang),
            Word::Area(w) => w.singular(lang),
        }
    }
}

use crate::model::NumberStyle;

/// A supported display language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Tiếng Việt.
    Vi,
}

impl Lang {
    /// From a BCP 47 tag's primary subtag (`vi-VN` -> Vi); unknown -> None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }
    /// The tag written to `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Vi => "Tiếng Việt",
        }
    }
    /// Number formatting of this language.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::English,
            Lang::Vi => NumberStyle::Vietnamese,
        }
    }
    /// Every language, in switcher order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => en::text(msg),
        Lang::Vi => vi_text().map_or_else(|| en::text(msg), |text| text(msg)),
    }
}

/// The Vietnamese catalogue, when it is here. In the split build it is a chunk of its own
/// (English is the first load's fallback; most visits never need Vietnamese), loaded by `load`
/// before the language is shown; elsewhere it is always here.
fn vi_text() -> Option<fn(Msg) -> &'static str> {
    #[cfg(feature = "split")]
    return vi_chunk::TEXT.get().copied();
    #[cfg(not(feature = "split"))]
    Some(vi::text)
}

#[cfg(feature = "split")]
mod vi_chunk {
    use super::Msg;
    use std::sync::OnceLock;

    /// Set once the chunk has arrived.
    pub static TEXT: OnceLock<fn(Msg) -> &'static str> = OnceLock::new();

    /// The Vietnamese catalogue's chunk (web/split-runtime.js knows it as `vi_catalogue`).
    #[leptos::lazy]
    pub fn vi_catalogue() -> fn(Msg) -> &'static str {
        super::vi::text
    }
}

/// Makes `lang`'s text available; call it (and wait) before showing a language. Until then `t`
/// answers in English.
pub async fn load(lang: Lang) {
    #[cfg(feature = "split")]
    if lang == Lang::Vi && vi_chunk::TEXT.get().is_none() {
        let text = vi_chunk::vi_catalogue().await;
        let _ = vi_chunk::TEXT.set(text);
    }
    #[cfg(not(feature = "split"))]
    let _ = lang;
}

/// A date as the language writes it: `20 Nov 2026`, `20/11/2026`.
pub fn format_date(lang: Lang, d: crate::model::Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::En => format!(
            "{} {} {}",
            d.day,
            MONTHS[usize::from(d.month.clamp(1, 12)) - 1],
            d.year
        ),
        Lang::Vi => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
    }
}

/// `t` with `{n}` replaced, in the singular where the language has one: English says "1 day",
/// "Apply 1 change"; Vietnamese nouns do not inflect, so one wording serves every count.
pub fn t_n(lang: Lang, msg: Msg, n: i64) -> String {
    let text = match lang {
        Lang::En if n == 1 => en::singular(msg).unwrap_or_else(|| en::text(msg)),
        _ => t(lang, msg),
    };
    text.replace("{n}", &n.to_string())
}

/// A portal time (`2026-12-01 03:00:00`) as the language writes dates, with the time of day and,
/// when the reseller named it in config.json, the portal's time zone: "1 Dec 2026 03:00 UTC+07:00".
pub fn format_date_time(lang: Lang, raw: &str, zone: Option<&str>) -> String {
    let Some(d) = crate::model::Date::parse(raw) else {
        return raw.to_string();
    };
    let mut out = format_date(lang, d);
    if let Some(time) = raw
        .get(11..16)
        .filter(|t| t.as_bytes().get(2) == Some(&b':'))
    {
        out.push(' ');
        out.push_str(time);
        if let Some(zone) = zone {
            out.push(' ');
            out.push_str(zone);
        }
    }
    out
}

/// A TTL as people read it, by its largest whole unit: 3600 is "1 hour", 300 "5 minutes",
/// 90 "90 seconds".
pub fn format_ttl(lang: Lang, secs: u32) -> String {
    let secs = i64::from(secs);
    let (msg, n) = match secs {
        s if s >= 86_400 && s % 86_400 == 0 => (Msg::TtlNDays, s / 86_400),
        s if s >= 3600 && s % 3600 == 0 => (Msg::TtlNHours, s / 3600),
        s if s >= 60 && s % 60 == 0 => (Msg::TtlNMinutes, s / 60),
        s => (Msg::TtlNSeconds, s),
    };
    t_n(lang, msg, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_times_read_with_their_zone() {
        assert_eq!(
            format_date_time(Lang::En, "2026-12-01 03:00:00", Some("UTC+07:00")),
            "1 Dec 2026 03:00 UTC+07:00"
        );
        assert_eq!(
            format_date_time(Lang::Vi, "2026-12-01 03:00:00", None),
            "01/12/2026 03:00"
        );
        assert_eq!(format_date_time(Lang::En, "soon", None), "soon");
    }

    #[test]
    fn ttls_read_in_their_largest_whole_unit() {
        assert_eq!(format_ttl(Lang::En, 3600), "1 hour");
        assert_eq!(format_ttl(Lang::En, 300), "5 minutes");
        assert_eq!(format_ttl(Lang::En, 90), "90 seconds");
        assert_eq!(format_ttl(Lang::En, 172_800), "2 days");
        assert_eq!(format_ttl(Lang::Vi, 3600), "1 giờ");
    }

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn vietnamese_differs_from_english() {
        assert_ne!(t(Lang::Vi, Msg::SignIn), t(Lang::En, Msg::SignIn));
        assert_eq!(t_n(Lang::En, Msg::DaysLeft, 3), "in 3 days");
        assert_eq!(t_n(Lang::En, Msg::DaysLeft, 1), "in 1 day");
        assert_eq!(t_n(Lang::En, Msg::TtlNHours, 1), "1 hour");
        assert_eq!(t_n(Lang::En, Msg::TtlNHours, 2), "2 hours");
    }
}
