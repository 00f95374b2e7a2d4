//! The parser: strict JSON, with an option to leave out what a reader never looks at.

use std::borrow::Cow;
use std::fmt;

use super::value::{Map, Num, Number, Value};
use crate::core::search::cut;

/// Why a text is not JSON, and where (a byte offset; `Display` gives line and column).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    what: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

/// Parses `bytes` as one JSON value (whitespace around it allowed).
pub fn parse(bytes: &[u8]) -> Result<Value, SyntaxError> {
    Parser::run(bytes, Level::Whole)
}

/// Parses `bytes`, building only what a reader of the top-level object's member `field` will
/// look at: the top level keeps every member, and every object inside `field` keeps only the
/// keys in `keep` (ordered by `key_order`, each once) and all-digit keys (PHP's arrays sent as
/// objects, `{"0": {...}}`). What is left out is still checked as JSON, so a broken body fails
/// the same way, but it is never built. A top level that is not an object is kept whole.
pub fn parse_keeping(bytes: &[u8], field: &str, keep: &[&str]) -> Result<Value, SyntaxError> {
    Parser::run(bytes, Level::Top { field, keep: Keep::new(keep) })
}

/// The order of the keys `parse_keeping` keeps: by length, then by their bytes (so a search
/// mostly compares lengths).
pub fn key_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// The keys kept inside the pruned field, and a filter (one bit per key, by its length and end
/// bytes) that turns most other keys away without a search: 128 bits, as two native words of
/// wasm (with the few dozen keys of a row type and its nested rows, 64 let through nearly half
/// of the others).
#[derive(Clone, Copy)]
pub(super) struct Keep<'k> {
    keys: &'k [&'k str],
    filter: [u64; 2],
}

/// A key's bit in `Keep::filter`: its word and its mask.
fn bit(key: &[u8]) -> (usize, u64) {
    let ends = key.first().zip(key.last()).map_or(0, |(first, last)| u32::from(*first) * 7 + u32::from(*last));
    let at = (key.len() as u32 * 31 + ends) % 128;
    ((at / 64) as usize, 1 << (at % 64))
}

impl<'k> Keep<'k> {
    pub(super) fn new(keys: &'k [&'k str]) -> Keep<'k> {
        let mut filter = [0; 2];
        for key in keys {
            let (word, mask) = bit(key.as_bytes());
            filter[word] |= mask;
        }
        Keep { keys, filter }
    }

    /// Whether an object inside the pruned field keeps `key`.
    pub(super) fn has(self, key: &[u8]) -> bool {
        let (word, mask) = bit(key);
        (self.filter[word] & mask != 0 && self.keys.binary_search_by(|kept| key_order(kept.as_bytes(), key)).is_ok())
            || (!key.is_empty() && key.iter().all(u8::is_ascii_digit))
    }
}

/// What is built of a value: everything, only the kept keys, or nothing (checked only).
#[derive(Clone, Copy)]
enum Level<'k> {
    Top { field: &'k str, keep: Keep<'k> },
    Whole,
    Pruned(Keep<'k>),
    Skip,
}

impl<'k> Level<'k> {
    /// The level of an object's member `key`, or `None` when it is left out.
    fn member(self, key: &str) -> Level<'k> {
        match self {
            Level::Top { field, keep } if key == field => Level::Pruned(keep),
            Level::Top { .. } => Level::Whole,
            Level::Pruned(keep) if !keep.has(key.as_bytes()) => Level::Skip,
            level => level,
        }
    }
    /// The level of an array's items.
    fn item(self) -> Level<'k> {
        match self {
            Level::Top { .. } => Level::Whole,
            level => level,
        }
    }
}

/// serde_json's nesting limit: deeper input is refused before it can exhaust the stack.
const MAX_DEPTH: u32 = 128;

struct Parser<'b> {
    text: &'b str,
    at: usize,
    depth: u32,
}

type Parsed<T> = Result<T, &'static str>;

impl<'b> Parser<'b> {
    fn run(bytes: &'b [u8], level: Level) -> Result<Value, SyntaxError> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => return Err(SyntaxError::at(bytes, e.valid_up_to(), "invalid UTF-8")),
        };
        let mut parser = Parser { text, at: 0, depth: 0 };
        let value = parser.value(level).and_then(|value| match parser.skip_space() {
            None => Ok(value),
            Some(_) => Err("trailing characters"),
        });
        value.map_err(|what| SyntaxError::at(bytes, parser.at, what))
    }

    fn bytes(&self) -> &'b [u8] {
        self.text.as_bytes()
    }

    /// The next byte that is not whitespace, without taking it.
    fn skip_space(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes().get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// Takes `word` (after its first byte, already seen) or fails.
    fn word(&mut self, word: &[u8], value: Value) -> Parsed<Value> {
        if self.bytes()[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err("expected a value")
        }
    }

    fn value(&mut self, level: Level) -> Parsed<Value> {
        match self.skip_space() {
            None => Err("the text ends where a value should be"),
            Some(b'n') => self.word(b"null", Value::Null),
            Some(b't') => self.word(b"true", Value::Bool(true)),
            Some(b'f') => self.word(b"false", Value::Bool(false)),
            Some(b'"') => {
                let text = self.string()?;
                Ok(if let Level::Skip = level { Value::Null } else { Value::String(text.into_owned()) })
            }
            Some(b'[') => self.nested(|parser| parser.array(level)),
            Some(b'{') => self.nested(|parser| parser.object(level)),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => Err("expected a value"),
        }
    }

    fn nested(&mut self, inside: impl FnOnce(&mut Self) -> Parsed<Value>) -> Parsed<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("nesting deeper than 128");
        }
        self.at += 1;
        let value = inside(self);
        self.depth -= 1;
        value
    }

    /// After `[`.
    fn array(&mut self, level: Level) -> Parsed<Value> {
        let mut items = Vec::new();
        if self.skip_space() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            let item = self.value(level.item())?;
            if !matches!(level, Level::Skip) {
                items.push(item);
            }
            match self.skip_space() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err("expected `,` or `]`"),
            }
        }
    }

    /// After `{`.
    fn object(&mut self, level: Level) -> Parsed<Value> {
        // A row keeps most of the keys kept: room for them at once saves regrowing.
        let mut members = match level {
            Level::Pruned(keep) => Vec::with_capacity(keep.keys.len().min(32)),
            _ => Vec::new(),
        };
        if self.skip_space() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Map { members }));
        }
        loop {
            if self.skip_space() != Some(b'"') {
                return Err("expected a key");
            }
            let key = self.string()?;
            if self.skip_space() != Some(b':') {
                return Err("expected `:`");
            }
            self.at += 1;
            let under = level.member(&key);
            let value = self.value(under)?;
            if !matches!(under, Level::Skip) && !matches!(level, Level::Skip) {
                members.push((key.into_owned(), value));
            }
            match self.skip_space() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(Map { members }));
                }
                _ => return Err("expected `,` or `}`"),
            }
        }
    }

    /// A string, at its opening quote: borrowed from the text when it holds no escape (most
    /// do), so a string that is left out, or a key compared and dropped, costs no allocation.
    fn string(&mut self) -> Parsed<Cow<'b, str>> {
        self.at += 1;
        let mut out: Option<String> = None;
        loop {
            let start = self.at;
            // Runs of plain bytes are taken whole; quotes and backslashes are ASCII, so the
            // cuts fall on character boundaries.
            self.at += plain_run(&self.bytes()[start..]);
            let run = cut(self.text, start..self.at);
            let Some(&stop) = self.bytes().get(self.at) else { return Err("the text ends inside a string") };
            self.at += 1;
            match stop {
                b'"' => {
                    return Ok(match out {
                        None => Cow::Borrowed(run),
                        Some(mut out) => {
                            out.push_str(run);
                            Cow::Owned(out)
                        }
                    })
                }
                b'\\' => {
                    let out = out.get_or_insert_with(String::new);
                    out.push_str(run);
                    self.escape(out)?;
                }
                _ => return Err("a control character inside a string"),
            }
        }
    }

    /// An escape, after its backslash.
    fn escape(&mut self, out: &mut String) -> Parsed<()> {
        let Some(&b) = self.bytes().get(self.at) else { return Err("the text ends inside a string") };
        self.at += 1;
        out.push(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF if self.bytes()[self.at..].starts_with(b"\\u") => {
                        let save = self.at;
                        self.at += 2;
                        let low = self.hex4()?;
                        if (0xDC00..=0xDFFF).contains(&low) {
                            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            // A lone high surrogate; the next escape stands on its own.
                            self.at = save;
                            0xFFFD
                        }
                    }
                    _ => unit,
                };
                // Lone surrogates (broken UTF-16 from the server) become U+FFFD.
                char::from_u32(code).unwrap_or('\u{FFFD}')
            }
            _ => return Err("an invalid escape"),
        });
        Ok(())
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let digits = self.bytes().get(self.at..self.at + 4).ok_or("the text ends inside an escape")?;
        let mut unit = 0;
        for &d in digits {
            let digit = (d as char).to_digit(16).ok_or("an invalid \\u escape")?;
            unit = unit * 16 + digit;
        }
        self.at += 4;
        Ok(unit)
    }

    /// A number, at its first byte (`-` or a digit).
    fn number(&mut self) -> Parsed<Number> {
        let start = self.at;
        let negative = self.bytes()[start] == b'-';
        self.at += usize::from(negative);
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes().get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at - from
        };
        let whole = digits(self);
        if whole == 0 || (whole > 1 && self.bytes()[self.at - whole] == b'0') {
            return Err("an invalid number");
        }
        let mut integer = true;
        if self.bytes().get(self.at) == Some(&b'.') {
            self.at += 1;
            integer = false;
            if digits(self) == 0 {
                return Err("an invalid number");
            }
        }
        if matches!(self.bytes().get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.bytes().get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err("an invalid number");
            }
        }
        let text = cut(self.text, start..self.at);
        if integer {
            let magnitude = cut(text, usize::from(negative)..).bytes().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')));
            match (negative, magnitude) {
                (false, Some(n)) | (true, Some(n @ 0)) => return Ok(Number(Num::Positive(n))),
                (true, Some(n)) if n <= 1 << 63 => return Ok(Number(Num::Negative((n as i64).wrapping_neg()))),
                _ => {}
            }
        }
        Number::from_f64(float(text)).ok_or("a number out of range")
    }
}

/// How many bytes from the start of `bytes` need no care inside a string: up to the first
/// quote, backslash or control character (for reading and for writing one). Eight at a time, as one 64-bit word each: a string's
/// text is most of an answer's bytes.
pub(super) fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `x` is zero (exact as a yes/no), and whether any is below 0x20.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut done = 0;
    for chunk in bytes.chunks_exact(8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if zero(x ^ (ONES * u64::from(b'"'))) || zero(x ^ (ONES * u64::from(b'\\'))) || x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0 {
            break;
        }
        done += 8;
    }
    let rest = &bytes[done..];
    done + rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len())
}

/// A JSON number's text as a double: JavaScript's parser in wasm (Rust's float parser and its
/// tables would cost the module more than this whole file).
#[cfg(target_arch = "wasm32")]
fn float(text: &str) -> f64 {
    js_sys::Number::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

impl SyntaxError {
    fn at(bytes: &[u8], at: usize, what: &'static str) -> SyntaxError {
        let before = &bytes[..at.min(bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        SyntaxError { what, line, column }
    }
}
