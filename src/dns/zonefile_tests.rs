use super::*;
use proptest::prelude::*;

const Z: &str = "nguyenstudio.com";

fn rec(id: &str, name: &str, rtype: RecordType, ttl: u32, priority: u16, content: &str) -> Record {
    Record {
        id: Some(id.into()),
        name: name.into(),
        rtype,
        ttl,
        priority,
        content: content.into(),
    }
}

/// The demo portal's first zone, as seeded.
fn demo_zone() -> Vec<Record> {
    vec![
        rec("1", "@", RecordType::A, 3600, 0, "203.0.113.11"),
        rec("2", "@", RecordType::Aaaa, 3600, 0, "2001:db8:10::11"),
        rec("3", "www", RecordType::Cname, 3600, 0, "nguyenstudio.com."),
        rec("4", "@", RecordType::Mx, 3600, 10, "mx1.mailhost.example."),
        rec("5", "@", RecordType::Mx, 3600, 20, "mx2.mailhost.example."),
        rec(
            "6",
            "@",
            RecordType::Txt,
            300,
            0,
            "\"v=spf1 include:_spf.mailhost.example ~all\"",
        ),
        rec(
            "7",
            "_dmarc",
            RecordType::Txt,
            300,
            0,
            "\"v=DMARC1; p=quarantine; rua=mailto:dmarc@nguyenstudio.com\"",
        ),
        rec(
            "8",
            "_sip._tcp",
            RecordType::Srv,
            3600,
            10,
            "60 5060 sip.nguyenstudio.com.",
        ),
        rec(
            "9",
            "@",
            RecordType::Caa,
            3600,
            0,
            "0 issue \"letsencrypt.org\"",
        ),
        rec(
            "10",
            "@",
            RecordType::Ns,
            86400,
            0,
            "ns1.atrium-dns.example.",
        ),
        rec(
            "11",
            "@",
            RecordType::Ns,
            86400,
            0,
            "ns2.atrium-dns.example.",
        ),
        rec("12", "*.dev", RecordType::A, 600, 0, "198.51.100.21"),
        rec("13", "mail", RecordType::Cname, 600, 0, "mailhost"),
    ]
}

#[test]
fn export_then_import_stages_nothing() {
    let zone = demo_zone();
    let file = export(Z, &zone);
    let imported = import(&file, Z);
    assert!(imported.errors.is_empty(), "{:?}\n{file}", imported.errors);
    assert_eq!(imported.records.len(), zone.len());
    assert!(diff(&zone, &imported.records, Z, true).is_empty(), "{file}");
}

#[test]
fn a_hand_written_file_with_directives_parentheses_and_errors() {
    let file = "$ORIGIN nguyenstudio.com.\n$TTL 1h\n@ IN SOA ns1 hostmaster ( 1 7200 900 1209600 300 )\n\
                www  IN A 192.0.2.10 ; comment\n     IN AAAA 2001:db8::10\n\
                txt  300 IN TXT ( \"part one\"\n  \"part two\" )\n\
                bad  IN A 999.1.1.1\n\
                $INCLUDE other.zone\n\
                out.example.org. IN A 192.0.2.1\n";
    let got = import(file, Z);
    assert_eq!(got.skipped_soa, 1);
    let names: Vec<(&str, &str)> = got
        .records
        .iter()
        .map(|r| (r.name.as_str(), r.rtype.as_str()))
        .collect();
    assert_eq!(names, [("www", "A"), ("www", "AAAA"), ("txt", "TXT")]);
    assert_eq!(got.records[0].ttl, 3600);
    assert_eq!(got.records[2].content, "\"part one\" \"part two\"");
    let lines: Vec<usize> = got.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [8, 9, 10], "{:?}", got.errors);
}

#[test]
fn the_diff_adds_changes_ttls_and_removes_only_when_replacing() {
    let live = demo_zone();
    let file = "$ORIGIN nguyenstudio.com.\n@ 60 IN A 203.0.113.11\nnew 300 IN A 192.0.2.7\n";
    let got = import(file, Z).records;
    let merge = diff(&live, &got, Z, false);
    assert_eq!(merge.len(), 2);
    assert!(matches!(&merge[0], Change::Edit { after, .. } if after.ttl == 60));
    assert!(matches!(&merge[1], Change::Add(r) if r.name == "new"));
    let replace = diff(&live, &got, Z, true);
    assert_eq!(replace.len(), 2 + live.len() - 1);
}

proptest! {
    #[test]
    fn the_importer_never_panics(file in "\\PC{0,400}") {
        let _ = import(&file, Z);
    }

    #[test]
    fn exported_txt_and_a_records_come_back(texts in proptest::collection::vec("[ -~]{0,300}", 1..4), octet in 0u8..) {
        let mut zone: Vec<Record> = texts.iter().enumerate()
            .map(|(i, t)| rec(&i.to_string(), &format!("t{i}"), RecordType::Txt, 300, 0, &quote_txt(t)))
            .collect();
        zone.push(rec("a", "host", RecordType::A, 300, 0, &format!("192.0.2.{octet}")));
        let got = import(&export(Z, &zone), Z);
        prop_assert!(got.errors.is_empty(), "{:?}", got.errors);
        prop_assert!(diff(&zone, &got.records, Z, true).is_empty());
    }
}
