use super::*;
use proptest::prelude::*;

const Z: &str = "example.com";

fn draft(rtype: RecordType, fields: Fields) -> Draft {
    Draft {
        name: "www".into(),
        rtype,
        ttl: "3600".into(),
        fields,
    }
}

fn problems_of(d: &Draft) -> Vec<Field> {
    d.to_record(Z)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.0)
        .collect()
}

#[test]
fn each_type_builds_its_presentation_form() {
    let mx = draft(
        RecordType::Mx,
        Fields::Mx {
            preference: "10".into(),
            exchange: "mx.other.net.".into(),
        },
    );
    let r = mx.to_record(Z).unwrap();
    assert_eq!((r.priority, r.content.as_str()), (10, "mx.other.net."));
    let srv = Draft {
        name: "_sip._tcp".into(),
        ..draft(
            RecordType::Srv,
            Fields::Srv {
                priority: "10".into(),
                weight: "60".into(),
                port: "5060".into(),
                target: "sip".into(),
            },
        )
    };
    let r = srv.to_record(Z).unwrap();
    assert_eq!((r.priority, r.content.as_str()), (10, "60 5060 sip"));
    let caa = draft(
        RecordType::Caa,
        Fields::Caa {
            flags: "0".into(),
            tag: "issue".into(),
            value: "letsencrypt.org".into(),
        },
    );
    assert_eq!(
        caa.to_record(Z).unwrap().content,
        "0 issue \"letsencrypt.org\""
    );
    let aaaa = draft(
        RecordType::Aaaa,
        Fields::Address("2001:0DB8:0:0:0:0:0:1".into()),
    );
    assert_eq!(
        aaaa.to_record(Z).unwrap().content,
        "2001:db8::1",
        "canonical IPv6"
    );
}

#[test]
fn bad_values_are_refused_per_field() {
    assert_eq!(
        problems_of(&draft(
            RecordType::A,
            Fields::Address("192.168.01.1".into())
        )),
        [Field::Value]
    );
    assert_eq!(
        problems_of(&draft(RecordType::A, Fields::Address("1.2.3".into()))),
        [Field::Value]
    );
    assert_eq!(
        problems_of(&draft(
            RecordType::Aaaa,
            Fields::Address("2001:db8::g".into())
        )),
        [Field::Value]
    );
    assert_eq!(
        problems_of(&draft(
            RecordType::Mx,
            Fields::Mx {
                preference: "70000".into(),
                exchange: "mx.other.net".into()
            }
        )),
        [Field::Priority, Field::Target]
    );
    assert_eq!(
        problems_of(&draft(
            RecordType::Srv,
            Fields::Srv {
                priority: "1".into(),
                weight: "-1".into(),
                port: "".into(),
                target: "x.".into()
            }
        )),
        [Field::Weight, Field::Port]
    );
    assert_eq!(
        problems_of(&draft(
            RecordType::Caa,
            Fields::Caa {
                flags: "256".into(),
                tag: "is sue".into(),
                value: "".into()
            }
        )),
        [Field::Flags, Field::Tag, Field::Value]
    );
    assert_eq!(
        problems_of(&Draft {
            ttl: "59".into(),
            ..Draft::new(RecordType::Txt)
        }),
        [Field::Ttl]
    );
    assert_eq!(
        problems_of(&Draft {
            name: "a..b".into(),
            ..draft(RecordType::Txt, Fields::Txt("x".into()))
        }),
        [Field::Name]
    );
}

#[test]
fn records_round_trip_through_the_editor() {
    let seeds = [
        (RecordType::Mx, 10, "mx1.mailhost.example."),
        (RecordType::Srv, 10, "60 5060 sip.nguyenstudio.com."),
        (RecordType::Caa, 0, "0 issue \"letsencrypt.org\""),
        (
            RecordType::Txt,
            0,
            "\"v=spf1 include:_spf.mailhost.example ~all\"",
        ),
        (RecordType::Cname, 0, "nguyenstudio.com."),
    ];
    for (rtype, priority, content) in seeds {
        let r = Record {
            id: Some("1".into()),
            name: "www".into(),
            rtype,
            ttl: 300,
            priority,
            content: content.into(),
        };
        let back = Draft::from_record(&r).to_record(Z).unwrap();
        assert!(back.same_data(&r), "{r:?} -> {back:?}");
    }
}

#[test]
fn unknown_content_stays_raw() {
    let r = Record {
        id: Some("1".into()),
        name: "@".into(),
        rtype: RecordType::Other("SSHFP".into()),
        ttl: 300,
        priority: 0,
        content: "1 1 abc".into(),
    };
    assert_eq!(Draft::from_record(&r).fields, Fields::Raw("1 1 abc".into()));
}

/// The character-strings of a quoted TXT value, unescaped, as a DNS server reads them.
fn strings(quoted: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut one = Vec::new();
        while let Some(c) = chars.next() {
            let c = match c {
                '"' => break,
                '\\' => chars.next().unwrap_or('\\'),
                c => c,
            };
            let mut buf = [0u8; 4];
            one.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        out.push(one);
    }
    out
}

proptest! {
    #[test]
    fn txt_text_survives_quoting_and_splitting(text in "\\PC{0,700}") {
        let quoted = quote_txt(&text);
        prop_assert_eq!(unquote_all(&quoted).unwrap(), text.clone());
        // Each character-string, read with its escapes, is at most 255 bytes. (Splitting the
        // output on `" "` is not a reader: the text itself may hold `" "` after an escaped quote.)
        for part in strings(&quoted) {
            prop_assert!(part.len() <= 255, "{} bytes", part.len());
        }
    }

    #[test]
    fn generated_ipv4_addresses_pass_and_mutations_fail(a in 0u8.., b in 0u8.., c in 0u8.., d in 0u8.., pad in 1usize..3) {
        let ok = format!("{a}.{b}.{c}.{d}");
        prop_assert_eq!(ipv4(&ok).unwrap(), ok.clone());
        let longer = format!("{ok}.1");
        let padded = format!("{}{a}.{b}.{c}.{d}", "0".repeat(pad));
        let shorter = format!("{a}.{b}.{c}");
        prop_assert!(ipv4(&longer).is_err());
        prop_assert!(ipv4(&padded).is_err());
        prop_assert!(ipv4(&shorter).is_err());
    }

    #[test]
    fn generated_hostnames_pass_and_bad_characters_fail(labels in proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", 1..5), bad in "[ !@#$%^&()+=,;]") {
        let host = format!("{}.", labels.join("."));
        prop_assert!(names::target(&host, Z, false).is_ok());
        let mutated = format!("{}{}.", labels.join("."), bad);
        prop_assert!(names::target(&mutated, Z, false).is_err());
    }

    #[test]
    fn no_input_makes_the_editor_panic(name in "\\PC{0,80}", value in "\\PC{0,300}", n in "\\PC{0,8}") {
        for rtype in RecordType::EDITABLE {
            let fields = match Draft::new(rtype.clone()).fields {
                Fields::Address(_) => Fields::Address(value.clone()),
                Fields::Host(_) => Fields::Host(value.clone()),
                Fields::Mx { .. } => Fields::Mx { preference: n.clone(), exchange: value.clone() },
                Fields::Txt(_) => Fields::Txt(value.clone()),
                Fields::Srv { .. } => Fields::Srv { priority: n.clone(), weight: n.clone(), port: n.clone(), target: value.clone() },
                Fields::Caa { .. } => Fields::Caa { flags: n.clone(), tag: value.clone(), value: value.clone() },
                Fields::Raw(_) => Fields::Raw(value.clone()),
            };
            let _ = Draft { name: name.clone(), rtype, ttl: n.clone(), fields }.to_record(Z);
        }
    }
}
