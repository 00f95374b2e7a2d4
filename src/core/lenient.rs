//! Lenient decoding of server values: the back ends send numbers as strings, flags as
//! "0"/"1", and now and then a wrong type. A field of these types never fails a decode:
//! a value of the wrong shape becomes absent, so one odd field never loses a row or a list.

use crate::core::json::{self, Value};

/// A scalar read as text: strings as they are, numbers and booleans written out;
/// `null`, objects and arrays are absent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Option<String>);

/// A yes/no flag: `true`/`false`, `1`/`0`, `"1"`/`"0"`, `"true"`/`"false"`, `"yes"`/`"no"`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Flag(pub Option<bool>);

impl Text {
    /// The text, or "" when absent.
    pub fn or_empty(&self) -> String {
        self.0.clone().unwrap_or_default()
    }

    /// The text, absent when missing or empty.
    pub fn non_empty(&self) -> Option<String> {
        self.0.clone().filter(|s| !s.is_empty())
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

/// A value as a flag: `true` / `false`, the numbers `1` / `0`, or a text `parse_flag` reads;
/// `None` for anything else.
pub fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::String(s) => parse_flag(s),
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_i64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// Parses an answer (named `what` in errors) as JSON.
pub fn from_json(bytes: &[u8], what: &str) -> crate::core::error::Result<Value> {
    json::parse(bytes).map_err(|e| json_error(bytes, what, &e))
}

/// Parses an answer (named `what` in errors), building only what a reader of its member
/// `field` looks at (see `json::parse_keeping`).
pub fn from_json_keeping(bytes: &[u8], what: &str, field: &str, keep: &[&str]) -> crate::core::error::Result<Value> {
    json::parse_keeping(bytes, field, keep).map_err(|e| json_error(bytes, what, &e))
}

/// The `decode` error for an answer that is not JSON. The parser's errors name a position,
/// never the text, which may hold anything, a secret included.
#[inline(never)]
fn json_error(bytes: &[u8], what: &str, e: &json::SyntaxError) -> crate::core::error::Error {
    let shape = if looks_like_html(bytes) { "an HTML page" } else { "invalid JSON" };
    crate::core::error::Error::decode(format!("{what}: the server sent {shape} ({e})"))
}

/// Whether a body is markup (a PHP error page, a proxy's 502 page): its first character that
/// is not blank is `<`.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// The HTML entities servers put in their messages, and what they stand for.
const ENTITIES: [(&str, char); 6] = [("&nbsp;", ' '), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\''), ("&amp;", '&')];

/// Plain text of a server message that may hold HTML tags (`<p>The field is required.</p>`):
/// tags become spaces, entities their characters, and each run of blanks one space (none at
/// either end). One pass, without searching the text once per entity.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let (mut in_tag, mut blank) = (false, false);
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let mut taken = c.len_utf8();
        let plain = match c {
            '<' => {
                in_tag = true;
                None
            }
            '>' if in_tag => {
                in_tag = false;
                Some(' ')
            }
            _ if in_tag => None,
            '&' => Some(ENTITIES.iter().find(|(name, _)| rest.starts_with(name)).map_or('&', |&(name, c)| {
                taken = name.len();
                c
            })),
            c => Some(c),
        };
        rest = crate::core::search::cut(rest, taken..);
        match plain {
            Some(c) if c.is_whitespace() => blank = true,
            Some(c) => {
                if blank && !out.is_empty() {
                    out.push(' ');
                }
                blank = false;
                out.push(c);
            }
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_read_from_texts_booleans_and_zero_or_one() {
        for (value, want) in [
            (Value::from("1"), Some(true)),
            (Value::from(" Yes "), Some(true)),
            (Value::from("false"), Some(false)),
            (Value::Bool(true), Some(true)),
            (Value::from(0u64), Some(false)),
            (Value::from(1u64), Some(true)),
            (Value::from(2u64), None),
            (Value::from("maybe"), None),
            (Value::Null, None),
        ] {
            assert_eq!(flag(&value), want, "{value:?}");
        }
    }

    #[test]
    fn tags_are_stripped_and_entities_decoded() {
        assert_eq!(strip_tags("<p>The Subject field is required.</p>\n"), "The Subject field is required.");
        assert_eq!(strip_tags("a &amp; b<br/>c"), "a & b c");
        assert_eq!(strip_tags("  &lt;b&gt;bold&lt;/b&gt;&nbsp;&quot;x&quot; &#39;y&#39; &amp;lt; &am<i>p; é\n\t "), "<b>bold</b> \"x\" 'y' &lt; &am p; é");
        assert_eq!(strip_tags("<p></p>"), "");
    }

    #[test]
    fn html_pages_are_named_in_decode_errors() {
        let e = from_json(b"<html><body>Fatal error</body></html>", "tickets").unwrap_err();
        assert!(e.message.starts_with("tickets: the server sent an HTML page (expected a value at line 1 column 1)"), "{}", e.message);
    }

    /// Found by the fuzzer: decode errors repeated the answer's text (any length, any secret).
    #[test]
    fn fuzz_regression_decode_errors_never_quote_the_answer() {
        for text in [&br#"["s3cret \"quoted\" token"#[..], br#"{"s3cret": token}"#, b"s3cret"] {
            let e = from_json(text, "the answer").unwrap_err();
            assert_eq!(e.kind, crate::core::error::ErrorKind::Decode);
            assert!(!e.message.contains("s3cret") && !e.message.contains("token"), "{}", e.message);
        }
    }
}
