//! Lenient decoding of server values: the back ends send numbers as strings, flags as
//! "0"/"1", and now and then a wrong type. A field of these types never fails a decode:
//! a value of the wrong shape becomes absent, so one odd field never loses a row or a list.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// A scalar read as text: strings as they are, numbers and booleans written out;
/// `null`, objects and arrays are absent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Option<String>);

/// A yes/no flag: `true`/`false`, `1`/`0`, `"1"`/`"0"`, `"true"`/`"false"`, `"yes"`/`"no"`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Flag(pub Option<bool>);

/// A count: a whole non-negative number or a string holding one.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Count(pub Option<u64>);

impl Text {
    /// The text, or "" when absent.
    pub fn or_empty(&self) -> String {
        self.0.clone().unwrap_or_default()
    }

    /// The text, absent when missing or empty.
    pub fn non_empty(&self) -> Option<String> {
        self.0.clone().filter(|s| !s.is_empty())
    }

    /// The text as a flag ("1", "true", ...).
    pub fn as_flag(&self) -> Option<bool> {
        self.0.as_deref().and_then(parse_flag)
    }

    /// The text as a count.
    pub fn as_count(&self) -> Option<u64> {
        self.0.as_deref().and_then(|s| s.trim().parse().ok())
    }
}

impl Flag {
    /// The flag, false when absent.
    pub fn or_false(&self) -> bool {
        self.0.unwrap_or(false)
    }
}

/// A flag as the back ends write them: `1`/`0`, `true`/`false`, `yes`/`no`, `y`/`n`.
pub fn parse_flag(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "y" => Some(true),
        "0" | "false" | "no" | "n" => Some(false),
        _ => None,
    }
}

/// What a scalar looked like on the wire; compound values are skipped.
enum Scalar {
    Str(String),
    Bool(bool),
    Int(i128),
    Float(f64),
    Absent,
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Str(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v as i128))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v as i128))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Absent)
    }
    fn visit_none<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Absent)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Absent)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Absent)
    }
}

fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
    d.deserialize_any(ScalarVisitor)
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Text(match scalar(d)? {
            Scalar::Str(s) => Some(s),
            Scalar::Bool(b) => Some(b.to_string()),
            Scalar::Int(i) => Some(i.to_string()),
            Scalar::Float(f) if f.is_finite() => Some(f.to_string()),
            _ => None,
        }))
    }
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Flag(match scalar(d)? {
            Scalar::Str(s) => parse_flag(&s),
            Scalar::Bool(b) => Some(b),
            Scalar::Int(0) => Some(false),
            Scalar::Int(1) => Some(true),
            _ => None,
        }))
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Count(match scalar(d)? {
            Scalar::Str(s) => s.trim().parse().ok(),
            Scalar::Int(i) => u64::try_from(i).ok(),
            Scalar::Float(f) if f >= 0.0 && f.fract() == 0.0 && f < 9.0e15 => Some(f as u64),
            _ => None,
        }))
    }
}

/// A list that tolerates the server's ways of saying "nothing": `null`, `false`, `""`, or an
/// object keyed by index instead of an array. Rows of the wrong shape fail the decode
/// (loudly) rather than vanish.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(row) = seq.next_element()? {
                    rows.push(row);
                }
                Ok(List(rows))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<T>, A::Error> {
                let mut rows = Vec::new();
                while let Some((_, row)) = map.next_entry::<IgnoredAny, T>()? {
                    rows.push(row);
                }
                Ok(List(rows))
            }
            fn visit_unit<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List(Vec::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List(Vec::new()))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<List<T>, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<List<T>, E> {
                Ok(List(Vec::new()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<List<T>, E> {
                if v.trim().is_empty() {
                    Ok(List(Vec::new()))
                } else {
                    Err(E::custom("expected a list, found a text"))
                }
            }
        }
        d.deserialize_any(ListVisitor(std::marker::PhantomData))
    }
}

/// Decodes JSON bytes into `T`, naming what was being read when it fails.
pub fn from_json<'a, T: Deserialize<'a>>(bytes: &'a [u8], what: &str) -> crate::core::error::Result<T> {
    serde_json::from_slice(bytes).map_err(|e| json_error(bytes, what, &e))
}

/// The `decode` error for an answer serde refused (kept out of line: `from_json` is
/// instantiated once per answer type).
#[inline(never)]
pub(crate) fn json_error(bytes: &[u8], what: &str, e: &serde_json::Error) -> crate::core::error::Error {
    let shape = if looks_like_html(bytes) { "an HTML page" } else { "invalid JSON or an unexpected shape" };
    crate::core::error::Error::decode(format!("{what}: the server sent {shape} ({})", without_values(e)))
}

/// A serde error's text without the texts it quotes (`invalid type: string "…", expected
/// u64`): a server's value may be anything, a secret included, and any length.
pub fn without_values(error: &dyn fmt::Display) -> String {
    let text = error.to_string();
    let mut out = String::with_capacity(text.len());
    let (mut quoted, mut escaped) = (false, false);
    for c in text.chars() {
        if !quoted {
            out.push(c);
            if c == '"' {
                quoted = true;
                out.push('…');
            }
        } else if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = false;
            out.push(c);
        }
    }
    out
}

/// Whether a body is an HTML page (a PHP error page, a proxy's 502 page).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let start: Vec<u8> = bytes.iter().copied().skip_while(u8::is_ascii_whitespace).take(15).collect();
    let start = String::from_utf8_lossy(&start).to_ascii_lowercase();
    start.starts_with("<!doctype") || start.starts_with("<html") || start.starts_with("<br") || start.starts_with("<")
}

/// Plain text of a server message that may hold HTML tags (`<p>The field is required.</p>`).
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Default, Debug)]
    #[serde(default)]
    struct Row {
        id: Text,
        flag: Flag,
        n: Count,
    }

    #[test]
    fn scalars_of_any_shape_decode() {
        let rows: List<Row> = serde_json::from_str(
            r#"[{"id":"7","flag":"1","n":"12"},{"id":7,"flag":true,"n":3},{"id":null,"flag":"x","n":-1},{"id":{"a":[1]},"flag":[],"n":"abc"},{}]"#,
        )
        .unwrap();
        let ids: Vec<_> = rows.0.iter().map(|r| r.id.0.clone()).collect();
        assert_eq!(ids, vec![Some("7".into()), Some("7".into()), None, None, None]);
        let flags: Vec<_> = rows.0.iter().map(|r| r.flag.0).collect();
        assert_eq!(flags, vec![Some(true), Some(true), None, None, None]);
        let counts: Vec<_> = rows.0.iter().map(|r| r.n.0).collect();
        assert_eq!(counts, vec![Some(12), Some(3), None, None, None]);
    }

    #[test]
    fn empty_lists_come_in_many_shapes() {
        for text in ["null", "false", "\"\"", "[]", "{}"] {
            let list: List<Row> = serde_json::from_str(text).unwrap();
            assert!(list.0.is_empty(), "{text}");
        }
        let keyed: List<Row> = serde_json::from_str(r#"{"0":{"id":"1"},"1":{"id":"2"}}"#).unwrap();
        assert_eq!(keyed.0.len(), 2);
    }

    #[test]
    fn a_row_of_the_wrong_shape_is_an_error_not_a_gap() {
        assert!(serde_json::from_str::<List<Row>>(r#"[{"id":"1"}, 5]"#).is_err());
    }

    #[test]
    fn tags_are_stripped_and_entities_decoded() {
        assert_eq!(strip_tags("<p>The Subject field is required.</p>\n"), "The Subject field is required.");
        assert_eq!(strip_tags("a &amp; b<br/>c"), "a & b c");
    }

    #[test]
    fn html_pages_are_named_in_decode_errors() {
        let e = from_json::<Row>(b"<html><body>Fatal error</body></html>", "tickets").unwrap_err();
        assert!(e.message.contains("HTML"), "{}", e.message);
    }

    /// Found by the fuzzer: decode errors repeated the answer's text (any length, any secret).
    #[test]
    fn fuzz_regression_decode_errors_never_quote_the_answer() {
        let e = from_json::<Vec<u64>>(br#"["s3cret \"quoted\" token"]"#, "the answer").unwrap_err();
        assert!(!e.message.contains("s3cret") && !e.message.contains("token"), "{}", e.message);
        assert!(e.message.contains("invalid type: string \"…\", expected u64"), "{}", e.message);
        let e = from_json::<List<Row>>(br#""s3cret""#, "the answer").unwrap_err();
        assert!(!e.message.contains("s3cret"), "{}", e.message);
    }
}
