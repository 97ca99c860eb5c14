//! The Vietnamese catalogue is a translation, not a copy: a message left in English shows up on
//! Vietnamese pages (the review found "Reset" there). The catalogues are read as the source files
//! they are, message by message; the few words Vietnamese writes the same (DNS, TTL, CPU) are
//! named here.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use std::collections::BTreeMap;

/// Messages whose Vietnamese is the English word.
const SAME_IN_BOTH: [&str; 4] = ["Dns", "DnsTtl", "VmCpu", "VmCpuChart"];

/// `Variant => "text"` (also inside a `{ ... }` block) of one catalogue.
fn catalogue(file: &str) -> BTreeMap<String, String> {
    let text =
        std::fs::read_to_string(format!("{}/src/i18n/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut out = BTreeMap::new();
    let mut pending: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(name) = pending.take()
            && let Some(s) = t.strip_prefix('"')
        {
            out.insert(name, s.trim_end_matches(['"', ',']).to_string());
            continue;
        }
        let Some((name, rest)) = t.split_once(" => ") else {
            continue;
        };
        if !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let rest = rest.trim();
        if let Some(s) = rest.strip_prefix('"') {
            out.insert(name.to_string(), s.trim_end_matches(['"', ',']).to_string());
        } else if rest == "{" {
            pending = Some(name.to_string());
        }
    }
    out
}

#[test]
fn every_message_is_translated() {
    let (en, vi) = (catalogue("en.rs"), catalogue("vi.rs"));
    assert!(en.len() > 200, "read {} English messages", en.len());
    assert_eq!(
        en.keys().collect::<Vec<_>>(),
        vi.keys().collect::<Vec<_>>(),
        "both catalogues name the same messages"
    );
    let untranslated: Vec<&String> = en
        .iter()
        .filter(|(k, v)| vi[*k] == **v && !SAME_IN_BOTH.contains(&k.as_str()))
        .map(|(k, _)| k)
        .collect();
    assert!(
        untranslated.is_empty(),
        "English left in vi.rs: {untranslated:?}"
    );
}

#[test]
fn account_credit_does_not_read_as_a_loan() {
    // "Tín dụng" is credit as in a loan; a prepaid balance is "số dư".
    let vi = catalogue("vi.rs");
    let loans: Vec<&String> = vi
        .iter()
        .filter(|(_, v)| v.to_lowercase().contains("tín dụng"))
        .map(|(k, _)| k)
        .collect();
    assert!(loans.is_empty(), "{loans:?}");
}

/// `(Word, Lang::En) => "text"` and `(Word, Lang::Vi) => "text"` of an area's words file (also
/// inside a `{ ... }` block), as (English, Vietnamese) per word.
fn area_words(text: &str) -> BTreeMap<String, (Option<String>, Option<String>)> {
    let mut out: BTreeMap<String, (Option<String>, Option<String>)> = BTreeMap::new();
    let mut pending: Option<(String, bool)> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some((name, en)) = pending.take()
            && let Some(s) = t.strip_prefix('"')
        {
            let entry = out.entry(name).or_default();
            let text = Some(s.trim_end_matches(['"', ',']).to_string());
            if en {
                entry.0 = text
            } else {
                entry.1 = text
            }
            continue;
        }
        let Some(rest) = t.strip_prefix('(') else {
            continue;
        };
        let Some((head, value)) = rest.split_once(") => ") else {
            continue;
        };
        let Some((name, lang)) = head.split_once(", Lang::") else {
            continue;
        };
        let name = name.rsplit("::").next().unwrap_or(name).to_string();
        let en = lang == "En";
        let value = value.trim();
        if let Some(s) = value.strip_prefix('"') {
            let entry = out.entry(name).or_default();
            let text = Some(s.trim_end_matches(['"', ',']).to_string());
            if en { entry.0 = text } else { entry.1 = text }
        } else if value == "{" {
            pending = Some((name, en));
        }
    }
    out
}

/// Words an area writes the same in both languages.
const AREA_SAME_IN_BOTH: [&str; 8] = [
    "Email",
    "ByEmail",
    "VmCpu",
    "VmCpuChart",
    "DnsTtl",
    "Linux",
    "Windows",
    "Attachments",
];

#[test]
fn every_area_word_is_translated() {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/pages"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.to_string_lossy().ends_with("_words.rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 6, "found {files:?}");
    for file in files {
        let words = area_words(&std::fs::read_to_string(&file).unwrap());
        assert!(!words.is_empty(), "{} has no words", file.display());
        for (name, (en, vi)) in words {
            let (Some(en), Some(vi)) = (en, vi) else {
                panic!("{}: {name} is missing a language", file.display());
            };
            assert!(
                en != vi || AREA_SAME_IN_BOTH.contains(&name.as_str()),
                "{}: {name} is left in English in Vietnamese",
                file.display()
            );
        }
    }
}
