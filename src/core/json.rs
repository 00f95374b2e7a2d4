//! JSON values, and the one parser every answer goes through. It replaces serde_json in the
//! shipped module: serde_json's parser, its hashed maps and its error texts (which bring
//! `std::io`'s) cost every entry about 8 KB gzip, and the hashing was most of the cost of a
//! large answer. Objects here are vectors of members in the server's order; a lookup is a scan,
//! which beats hashing for the few dozen keys of a row.
//!
//! The parser is strict JSON (RFC 8259) with serde_json's limits: nesting deeper than 128 is
//! refused, numbers out of the range of a double are refused, and invalid UTF-8 is refused.
//! `parse_keeping` leaves out the object members a reader will never look at (see there).

mod parse;
mod value;
#[cfg(test)]
mod testing;

pub use parse::{key_order, parse, parse_keeping, SyntaxError};
#[cfg(test)]
pub use testing::from_str;
pub use value::{object, Map, Number, Value};

/// `text` as a JSON string literal (quotes, backslashes and control characters escaped;
/// everything else as it is).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_quoted(text, &mut out);
    out
}

/// Appends `text` as a JSON string literal to `out` (see `quoted`).
pub fn write_quoted(text: &str, out: &mut String) {
    use crate::core::search::cut;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut rest = text;
    loop {
        let run = parse::plain_run(rest.as_bytes());
        out.push_str(cut(rest, ..run));
        let Some(&special) = rest.as_bytes().get(run) else { break };
        match special {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            control => {
                out.push_str("\\u00");
                out.push(HEX[usize::from(control >> 4)] as char);
                out.push(HEX[usize::from(control & 15)] as char);
            }
        }
        rest = cut(rest, run + 1..);
    }
    out.push('"');
}

/// serde_json's `json!`, giving this module's `Value` (tests only).
#[cfg(test)]
macro_rules! json {
    ($($value:tt)+) => {
        $crate::core::json::Value::from(serde_json::json!($($value)+))
    };
}
#[cfg(test)]
pub(crate) use json;

#[cfg(test)]
mod tests;
