use super::parse::Keep;
use super::*;

/// Parses with serde_json too, and checks both agree (values and whether it is JSON at all).
fn agrees(text: &str) {
    let ours = parse(text.as_bytes());
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => assert_eq!(ours, Value::from(theirs), "{text}"),
        (Err(_), Err(_)) => {}
        (ours, theirs) => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

#[test]
fn parses_what_serde_json_parses_and_refuses_what_it_refuses() {
    let texts = [
        "null", "true", "false", " 0 ", "7", "-7", "1.5", "-2.25e3", "1E+2",
        "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
        r#""""#, r#""a\"b\\c\/d\b\f\n\r\t""#, r#""\u00e9\u4e2d\ud83d\ude00""#, "\"Zoë ü 中 😀\"",
        "[]", "[1,[2,[3]],{}]", r#"{"a":1,"b":[true,null],"c":{"d":"e"}}"#, " { \"a\" : [ 1 , 2 ] } ",
        // not JSON
        "", " ", "nul", "tru", "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "NaN", "Infinity",
        "[1,]", "[1 2]", "{\"a\"}", "{\"a\":1,}", "{a:1}", "{\"a\":1 \"b\":2}", "\"open", "\"bad \\x\"",
        "\"\\u12\"", "\"\\u12g4\"", "\"tab\there\"", "[1] 2", "1e400", "-1e400", "{\"a\":1}}", "[",
    ];
    for text in texts {
        agrees(text);
    }
}

#[test]
fn duplicate_keys_read_as_the_last_and_lone_surrogates_as_replacement_characters() {
    let value = parse(br#"{"a":1,"b":2,"a":3}"#).unwrap();
    assert_eq!(value["a"], Value::from(3u64));
    assert_eq!(value.as_object().unwrap().keys().count(), 3);
    assert_eq!(parse(br#""x\ud800y\udc00z\ud83d\u0041""#).unwrap(), Value::from("x\u{fffd}y\u{fffd}z\u{fffd}A"));
}

#[test]
fn deep_nesting_and_broken_bytes_are_errors_not_crashes() {
    let deep = "[".repeat(100_000);
    assert!(parse(deep.as_bytes()).is_err());
    let fine = format!("{}{}", "[".repeat(128), "]".repeat(128));
    assert!(parse(fine.as_bytes()).is_ok());
    let too_deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    assert!(parse(too_deep.as_bytes()).is_err());
    let e = parse(b"{\"a\":\"\xff\"}").unwrap_err();
    assert_eq!(e.to_string(), "invalid UTF-8 at line 1 column 7");
    let e = parse(b"{\"a\":\n  tru}").unwrap_err();
    assert_eq!(e.to_string(), "expected a value at line 2 column 3");
}

#[test]
fn strings_of_every_length_and_escape_position_read_back() {
    // Every special byte at every place of the eight-byte steps the scan takes.
    for len in 0..20 {
        for at in 0..len {
            for special in ["\\\"", "\\\\", "\\n", "\\u00e9", "é"] {
                let mut text = "a".repeat(len);
                text.replace_range(at..=at, special);
                agrees(&format!("\"{text}\""));
                agrees(&format!("{{\"{text}\":\"{text}\"}}"));
            }
            let mut raw = "a".repeat(len).into_bytes();
            raw[at] = 0x1f;
            assert!(parse(&[b"\"", &raw[..], b"\""].concat()).is_err());
        }
    }
}

#[test]
fn numbers_keep_their_kind() {
    let n = |text: &str| match parse(text.as_bytes()).unwrap() {
        Value::Number(n) => (n.as_u64(), n.as_i64(), n.as_f64()),
        other => panic!("{other:?}"),
    };
    assert_eq!(n("42"), (Some(42), Some(42), Some(42.0)));
    assert_eq!(n("-42"), (None, Some(-42), Some(-42.0)));
    assert_eq!(n("-0"), (Some(0), Some(0), Some(0.0)));
    assert_eq!(n("42.0"), (None, None, Some(42.0)));
    assert_eq!(n("6.02e-23"), (None, None, Some(6.02e-23)));
    assert_eq!(n("18446744073709551615"), (Some(u64::MAX), None, Some(u64::MAX as f64)));
    assert_eq!(n("18446744073709551616"), (None, None, Some(18446744073709551616.0)));
}

#[test]
fn quoted_text_reads_back_as_itself() {
    for text in ["", "plain", "Zoë \"Desk\"\n\u{1}\u{1f}\t\\/", "\u{8}\u{c}\r 😀"] {
        let literal = quoted(text);
        assert_eq!(literal, serde_json::to_string(text).unwrap());
        assert_eq!(parse(literal.as_bytes()).unwrap(), Value::from(text));
    }
}

#[test]
fn maps_replace_in_place_and_remove_every_copy() {
    let mut map = Map::new();
    assert_eq!(map.insert("a".into(), Value::from(1u64)), None);
    map.insert("b".into(), Value::from(2u64));
    assert_eq!(map.insert("a".into(), Value::from(3u64)), Some(Value::from(1u64)));
    assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
    let mut twice = parse(br#"{"a":1,"b":2,"a":3}"#).unwrap();
    let members = twice.as_object_mut().unwrap();
    assert_eq!(members.remove("a"), Some(Value::from(3u64)));
    assert!(!members.contains_key("a"));
    assert_eq!(Value::Null["x"], Value::Null);
}

fn keeping(text: &str, keep: &[&'static str]) -> Value {
    let mut keep = keep.to_vec();
    keep.sort_unstable_by(|a, b| key_order(a.as_bytes(), b.as_bytes()));
    parse_keeping(text.as_bytes(), "data", &keep).unwrap()
}

#[test]
fn inside_the_field_only_the_kept_keys_remain() {
    let value = keeping(r#"{"status":true,"extra":{"a":1},"data":[{"id":"1","x":{"deep":[1,2]},"name":"n","nested":{"id":2,"y":3}}]}"#, &["name", "id", "nested"]);
    assert_eq!(value, json!({"status":true,"extra":{"a":1},"data":[{"id":"1","name":"n","nested":{"id":2}}]}));
}

#[test]
fn keyed_lists_and_scalars_are_kept() {
    let value = keeping(r#"{"data":{"0":{"id":1,"z":0},"1":{"id":2.5,"z":"s"},"":{"id":3}}}"#, &["id"]);
    assert_eq!(value, json!({"data":{"0":{"id":1},"1":{"id":2.5}}}));
    for data in ["null", "true", "-7", "\"text\"", "[]", "{}", "[[1,{\"q\":1}]]"] {
        let text = format!(r#"{{"data":{data}}}"#);
        let expected = parse(text.replace(r#"{"q":1}"#, "{}").as_bytes()).unwrap();
        assert_eq!(keeping(&text, &[]), expected, "{data}");
    }
}

#[test]
fn a_top_level_that_is_not_an_object_is_kept() {
    for text in ["[]", "[1,{\"a\":2}]", "null", "\"ok\"", "0"] {
        assert_eq!(keeping(text, &[]), parse(text.as_bytes()).unwrap(), "{text}");
    }
}

#[test]
fn what_is_left_out_is_still_checked() {
    for text in [&b"{\"data\":[{\"\xff\":1}]}"[..], b"{\"data\":[{\"a\x01\":1}]}", br#"{"data":[{"skipped":"x" 1}]}"#, br#"{"data":[{"skipped":[1,]}]}"#] {
        assert!(parse_keeping(text, "data", &[]).is_err(), "{}", String::from_utf8_lossy(text));
    }
}

#[test]
fn keys_of_every_length_are_found_and_others_not() {
    let mut keys = vec!["a", "id", "ticketid", "b", "status_name", "x_y", "zz"];
    keys.sort_unstable_by(|a, b| key_order(a.as_bytes(), b.as_bytes()));
    let keep = Keep::new(&keys);
    for key in keys.iter().chain(&["0", "17"]) {
        assert!(keep.has(key.as_bytes()), "{key}");
    }
    for other in ["", "c", "ix", "ticketi", "ticketids", "status_namf", "\u{e9}", "1a"] {
        assert!(!keep.has(other.as_bytes()), "{other}");
    }
}

#[test]
fn escaped_keys_are_compared_unescaped() {
    assert_eq!(keeping(r#"{"data":{"i\u0064":1,"n\u0061me2":2}}"#, &["id"]), json!({"data":{"id":1}}));
}

/// Differential tests against serde_json on generated documents and mutated texts (native
/// only: proptest is not built for wasm).
#[cfg(not(target_arch = "wasm32"))]
mod generated {
    use super::*;
    use proptest::prelude::*;

    /// Any JSON document serde_json can hold, with texts of any characters.
    fn document() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
            ".*".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
                prop::collection::vec((".*", inner), 0..8)
                    .prop_map(|members| serde_json::Value::Object(members.into_iter().collect())),
            ]
        })
    }

    /// Equal as documents, floats within rounding (serde_json's default float parser is not
    /// always correctly rounded, least of all below the normal range; this one is).
    fn same(ours: &serde_json::Value, theirs: &serde_json::Value) -> bool {
        use serde_json::Value as J;
        match (ours, theirs) {
            (J::Number(a), J::Number(b)) if a.is_f64() || b.is_f64() => {
                let (a, b) = (a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN));
                a == b || (a - b).abs() <= (a.abs().max(b.abs()) * 1e-15).max(f64::MIN_POSITIVE)
            }
            (J::Array(a), J::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b)),
            (J::Object(a), J::Object(b)) => a.len() == b.len() && a.iter().zip(b).all(|((ka, a), (kb, b))| ka == kb && same(a, b)),
            (a, b) => a == b,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn documents_read_back_as_serde_json_wrote_them(document in document(), pretty: bool) {
            let text = if pretty { serde_json::to_string_pretty(&document) } else { serde_json::to_string(&document) };
            let text = text.map_err(|e| TestCaseError::fail(e.to_string()))?;
            let ours = parse(text.as_bytes()).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
            prop_assert!(same(&serde_json::Value::from(&ours), &document), "{text}");
        }

        #[test]
        fn mutated_texts_are_json_exactly_when_serde_json_says_so(
            document in document(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(&b"\"\\{}[]:,-0e.9tfn u\x01\xff"[..])), 1..4),
        ) {
            let mut bytes = serde_json::to_vec(&document).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (at, byte) in edits {
                let at = at.index(bytes.len() + 1);
                if at < bytes.len() && byte % 2 == 0 { bytes[at] = byte } else { bytes.insert(at, byte) }
            }
            let ours = parse(&bytes);
            let theirs = serde_json::from_slice::<serde_json::Value>(&bytes);
            // A lone surrogate escape reads as U+FFFD here and fails serde_json.
            let surrogate = bytes.windows(3).any(|w| w[0] == b'\\' && w[1] == b'u' && matches!(w[2], b'd' | b'D'));
            if !surrogate {
                prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{}", String::from_utf8_lossy(&bytes));
            }
            if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
                prop_assert!(same(&serde_json::Value::from(&ours), &theirs), "{}", String::from_utf8_lossy(&bytes));
            }
        }
    }
}
