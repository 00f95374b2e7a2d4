//! The records the caller receives, each described by a const table of columns (the caller's
//! name, the server's field, a shape), and one interpreter that turns any server row into the
//! caller's JSON: no wire struct and no conversion per record type (as `core::record` does for
//! the ERP back end, with the shapes Perfex rows need: nested records, lists of records, code
//! enums, numbers, ids with names). The Rust structs `record!` declares exist for their
//! TypeScript declarations only.
//!
//! The lenient rules are those of `core::lenient`: a scalar of the wrong type is absent, the
//! list forms of "nothing" are empty, a nested object of the wrong shape is absent, and a row
//! that is not an object (or a list that is not a list) fails the answer (rows never vanish).

use crate::core::error::Error;
use crate::core::json::{Map, Value};
use crate::core::record::text as scalar;
use crate::core::search::cut;

/// The columns of a record: their names and simple shapes, one text made when compiling
/// (per column: a letter for its shape, see `SIMPLE`, or `*` for one of `shapes`; then
/// `caller=wire` (the caller's name, unused for `Flatten` and `Checked` columns; the server's
/// field, `a b`: the first of `a`, `b` the row has; `a.b`: the member `b` of the object `a`);
/// then `;`), and the shapes that carry data, in order. A simple column costs the module's
/// data only its text: tables are written with `table!`.
pub struct Table {
    /// Each column's shape letter, `caller=wire` and `;`.
    pub names: &'static str,
    /// The shapes marked `*`, in order.
    pub shapes: &'static [&'static Shape],
}

/// The shapes without data, by letter (`a` for the first).
const SIMPLE: [Shape; 14] = [
    Shape::Text,
    Shape::Trimmed,
    Shape::Sent,
    Shape::SentTrimmed,
    Shape::Given,
    Shape::GivenTrimmed,
    Shape::Id,
    Shape::HasId,
    Shape::NotZero,
    Shape::Flag,
    Shape::Count,
    Shape::CountOrZero,
    Shape::Positive,
    Shape::Project,
];

/// The letter of `shape` in a table's names (`*`: a shape with data, kept in `Table::shapes`).
pub const fn letter(shape: &Shape) -> u8 {
    b'a' + match shape {
        Shape::Text => 0,
        Shape::Trimmed => 1,
        Shape::Sent => 2,
        Shape::SentTrimmed => 3,
        Shape::Given => 4,
        Shape::GivenTrimmed => 5,
        Shape::Id => 6,
        Shape::HasId => 7,
        Shape::NotZero => 8,
        Shape::Flag => 9,
        Shape::Count => 10,
        Shape::CountOrZero => 11,
        Shape::Positive => 12,
        Shape::Project => 13,
        _ => return b'*',
    }
}

/// How many of `shapes` carry data (see `letter`).
pub const fn with_data(shapes: &[&Shape]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < shapes.len() {
        if letter(shapes[i]) == b'*' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The `M` shapes of `shapes` that carry data, in order (`Table::shapes`).
pub const fn data_shapes<const M: usize>(shapes: &[&'static Shape]) -> [&'static Shape; M] {
    let (mut out, mut n, mut i) = ([&Shape::Text; M], 0, 0);
    while i < shapes.len() {
        if letter(shapes[i]) == b'*' && n < M {
            out[n] = shapes[i];
            n += 1;
        }
        i += 1;
    }
    out
}

impl Table {
    /// The columns, in order.
    fn cols(&'static self) -> impl Iterator<Item = Col> {
        let (mut rest, mut shapes) = (self.names, self.shapes.iter());
        std::iter::from_fn(move || {
            let end = rest.bytes().position(|b| b == b';')?;
            let col = cut(rest, ..end);
            rest = cut(rest, end + 1..);
            let shape = match SIMPLE.get(usize::from(col.bytes().next()?.wrapping_sub(b'a'))) {
                Some(shape) => shape,
                None => shapes.next()?,
            };
            Some(Col { names: cut(col, 1..), shape })
        })
    }
}

/// One column of a `Table`: its names `caller=wire` and its shape.
#[derive(Clone, Copy)]
struct Col {
    /// `caller=wire`.
    names: &'static str,
    /// How it is shaped.
    shape: &'static Shape,
}

impl Col {
    /// Where `names` splits (`None`: the names are only the field, see `Col::caller`).
    fn split(&self) -> Option<usize> {
        self.names.bytes().position(|b| b == b'=')
    }

    /// The caller's name of the field: before the `=`, else the field's name made camelCase
    /// (a column whose Rust name is the field's keeps only the field: shorter tables).
    fn caller(&self) -> String {
        let Some(at) = self.split() else {
            return crate::core::js::caller_name(self.names);
        };
        cut(self.names, ..at).to_string()
    }

    /// Where the server sends it.
    fn wire(&self) -> &'static str {
        cut(self.names, self.split().map_or(0, |at| at + 1)..)
    }
}

/// How a server value becomes the caller's. "Sent" text is text that is not `""`; "given"
/// text is sent text that is not only blanks.
#[derive(Clone, Copy)]
pub enum Shape {
    /// Text, `""` when missing.
    Text,
    /// Text without blanks at either end, `""` when missing (money, subjects).
    Trimmed,
    /// Sent text, else absent.
    Sent,
    /// Sent text without blanks at either end, else absent.
    SentTrimmed,
    /// Given text (as sent), else absent.
    Given,
    /// Given text without blanks at either end, else absent.
    GivenTrimmed,
    /// A record id: given text that is not `0` once trimmed, else absent.
    Id,
    /// Whether there is an `Id` (a boolean).
    HasId,
    /// Whether the text is sent and not exactly `0` (a boolean).
    NotZero,
    /// A yes/no flag, `false` when missing or unreadable.
    Flag,
    /// A whole non-negative number (a string or a number), absent otherwise.
    Count,
    /// A `Count`, `0` when missing or unreadable.
    CountOrZero,
    /// A `Count` above 0, else absent.
    Positive,
    /// A code `"1"`, `"2"`, … (trimmed) as the name of its place in the list (the names
    /// separated by spaces, see `words`); absent for another code.
    Code(&'static str),
    /// Given text, else the given text of the field named here.
    GivenOr(&'static str),
    /// Sent text, else the sent text of the field named here.
    SentOr(&'static str),
    /// Given text, else the two fields named here (`first last`: first and last name) joined
    /// by a space, trimmed.
    NameOr(&'static str),
    /// Given text, absent when the flag named here is sent as false.
    GivenUnless(&'static str),
    /// An id with its name (the field named here, given and trimmed); absent without an `Id`.
    Named(&'static str),
    /// A document's project: `Named` with the name of `project_name`, else of the embedded
    /// `project_data` object.
    Project,
    /// A record of these columns, read from the same row; absent when none of the columns
    /// whose bit is set in the mask (bit 0 for the first) is there (mask 0: always there).
    Part(&'static Table, u8),
    /// These columns added to the record itself.
    Flatten(&'static Table),
    /// An object read as a record of these columns (`[]` too, as one without fields); absent
    /// when it is missing or not an object.
    Nested(&'static Table),
    /// A list of rows, each read as a record of these columns; rows whose record is absent by
    /// the mask (as in `Part`) are left out.
    List(&'static Table, u8),
    /// A `List`, without the rows whose `replyid` is sent and not `0` (a ticket's own
    /// attachments among those of its replies).
    ListUnlessReply(&'static Table),
    /// A list read as `List` reads it (a wrong one fails the answer), left out of the record.
    Checked(&'static Table),
}

/// The first wrong shape of an answer is noted in `wrong` (then the whole answer fails).
fn note(wrong: &mut Option<Error>, what: &str) {
    if wrong.is_none() {
        *wrong = Some(crate::perfex::wire::shape_error(what));
    }
}

/// The field `wire` of a row (see `Col`).
fn get<'v>(row: &'v Map, wire: &str) -> Option<&'v Value> {
    if let Some(at) = wire.bytes().position(|b| b == b'.') {
        return get(row, cut(wire, ..at))?.as_object().and_then(|inner| get(inner, cut(wire, at + 1..)));
    }
    let mut rest = wire;
    loop {
        let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        let name = cut(rest, ..end);
        if end == rest.len() || row.contains_key(name) {
            return row.get(name);
        }
        rest = cut(rest, end + 1..);
    }
}

/// A value as a flag (see `lenient::flag`), `None` when there is none.
pub fn flag(value: Option<&Value>) -> Option<bool> {
    value.and_then(crate::core::lenient::flag)
}

/// A value as a count: a whole non-negative number, or a text holding one.
fn count(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) => match (n.as_u64(), n.as_f64()) {
            (Some(u), _) => Some(u),
            (None, Some(f)) if !n.is_i64() && f >= 0.0 && f.fract() == 0.0 && f < 9.0e15 => Some(f as u64),
            _ => None,
        },
        _ => None,
    }
}

/// Sent text: not `""`.
fn sent(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.is_empty())
}

/// Given text: not `""` nor only blanks.
fn given(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// Text without blanks at either end.
fn trimmed(text: String) -> String {
    text.trim().to_string()
}

/// Given text that is not `0` once trimmed.
fn id(text: Option<String>) -> Option<String> {
    given(text).filter(|id| id.trim() != "0")
}

/// The items of a list the server sends: an array, or an object keyed by index; missing,
/// `null`, `false`, `true` and `""` are its ways of saying "nothing"; anything else is noted
/// as wrong.
pub fn items<'v>(value: Option<&'v Value>, wrong: &mut Option<Error>) -> Vec<&'v Value> {
    match value {
        Some(Value::Array(rows)) => rows.iter().collect(),
        Some(Value::Object(rows)) => rows.values().collect(),
        None | Some(Value::Null | Value::Bool(_)) => Vec::new(),
        Some(Value::String(s)) if s.trim().is_empty() => Vec::new(),
        Some(_) => {
            note(wrong, "expected a list");
            Vec::new()
        }
    }
}

/// A server row (an object; `[]`, PHP's empty array, is one without fields) as the caller's
/// record of `cols`. Anything else is noted as wrong and reads as a row without fields.
pub fn record(value: Option<&Value>, cols: &'static Table, wrong: &mut Option<Error>) -> Map {
    let none = Map::new();
    let row = match value {
        Some(Value::Object(row)) => row,
        Some(Value::Array(items)) if items.is_empty() => &none,
        _ => {
            note(wrong, "a row is not an object");
            &none
        }
    };
    let mut out = Map::new();
    fill(&mut out, row, cols, wrong);
    out
}

/// Adds the columns `cols` of `row` to `out`, leaving absent ones out.
fn fill(out: &mut Map, row: &Map, cols: &'static Table, wrong: &mut Option<Error>) {
    for col in cols.cols() {
        if let Shape::Flatten(inner) = *col.shape {
            fill(out, row, inner, wrong);
        } else if let Some(value) = cell(row, &col, wrong) {
            out.insert(col.caller(), value);
        }
    }
}

/// The field `Shape::ListUnlessReply` looks at.
const REPLY: &str = "replyid";

/// A record of `cols` with `mask` (see `Shape::Part`): absent when none of the marked columns
/// is there.
fn present(record: Map, cols: &'static Table, mask: u8) -> Option<Value> {
    let there = |(i, col): (usize, Col)| mask & (1 << i) != 0 && record.contains_key(&col.caller());
    (mask == 0 || cols.cols().enumerate().any(there)).then_some(Value::Object(record))
}

/// The caller's value of the column `col` of `row` (`None`: left out).
fn cell(row: &Map, col: &Col, wrong: &mut Option<Error>) -> Option<Value> {
    let field = |wire| get(row, wire);
    let text = |wire| field(wire).and_then(scalar);
    let string = |t: Option<String>| t.map(Value::String);
    let number = |n: u64| Value::from(n as f64);
    let wire = col.wire();
    match *col.shape {
        Shape::Text => string(Some(text(wire).unwrap_or_default())),
        Shape::Trimmed => string(Some(trimmed(text(wire).unwrap_or_default()))),
        Shape::Sent => string(sent(text(wire))),
        Shape::SentTrimmed => string(sent(text(wire)).map(trimmed)),
        Shape::Given => string(given(text(wire))),
        Shape::GivenTrimmed => string(given(text(wire)).map(trimmed)),
        Shape::Id => string(id(text(wire))),
        Shape::HasId => Some(Value::Bool(id(text(wire)).is_some())),
        Shape::NotZero => Some(Value::Bool(sent(text(wire)).is_some_and(|t| t != "0"))),
        Shape::Flag => Some(Value::Bool(flag(field(wire)).unwrap_or(false))),
        Shape::Count => count(field(wire)).map(number),
        Shape::CountOrZero => Some(number(count(field(wire)).unwrap_or(0))),
        Shape::Positive => count(field(wire)).filter(|n| *n > 0).map(number),
        Shape::Code(names) => match text(wire)?.trim().as_bytes() {
            [code] => names.split(' ').nth(usize::from(code.wrapping_sub(b'1'))).map(Value::from),
            _ => None,
        },
        Shape::GivenOr(other) => string(given(text(wire)).or_else(|| given(text(other)))),
        Shape::SentOr(other) => string(sent(text(wire)).or_else(|| sent(text(other)))),
        Shape::NameOr(names) => string(Some(given(text(wire)).unwrap_or_else(|| {
            let at = names.bytes().position(|b| b == b' ').unwrap_or(0);
            let mut name = text(cut(names, ..at)).unwrap_or_default();
            name.push(' ');
            name.push_str(&text(cut(names, at + 1..)).unwrap_or_default());
            trimmed(name)
        }))),
        Shape::GivenUnless(hidden) => string(given(text(wire)).filter(|_| flag(field(hidden)) != Some(false))),
        Shape::Named(name) => named(id(text(wire)), given(text(name))),
        Shape::Project => named(id(text(wire)), given(text("project_name")).or_else(|| given(text("project_data.name")))),
        Shape::Part(cols, mask) => {
            let mut part = Map::new();
            fill(&mut part, row, cols, wrong);
            present(part, cols, mask)
        }
        Shape::Flatten(_) => None,
        Shape::Nested(cols) => {
            let mut inner = None;
            let nested = record(Some(field(wire)?), cols, &mut inner);
            inner.is_none().then_some(Value::Object(nested))
        }
        Shape::List(cols, mask) => {
            let rows = items(field(wire), wrong).into_iter().map(|item| record(Some(item), cols, wrong));
            Some(Value::Array(rows.filter_map(|r| present(r, cols, mask)).collect()))
        }
        Shape::ListUnlessReply(cols) => {
            let first = |item: &&Value| sent(item.as_object().and_then(|row| get(row, REPLY)).and_then(scalar)).is_none_or(|r| r == "0");
            let rows = items(field(wire), wrong).into_iter().filter(first);
            Some(Value::Array(rows.map(|item| Value::Object(record(Some(item), cols, wrong))).collect()))
        }
        Shape::Checked(cols) => {
            for item in items(field(wire), wrong) {
                record(Some(item), cols, wrong);
            }
            None
        }
    }
}

/// An id with its name (`{id, name?}`, the name trimmed), absent without an id.
fn named(id: Option<String>, name: Option<String>) -> Option<Value> {
    let mut record = Map::with_capacity(2);
    record.insert("id".to_string(), Value::String(id?));
    if let Some(name) = name {
        record.insert("name".to_string(), Value::String(trimmed(name)));
    }
    Some(Value::Object(record))
}

/// Adds the object keys `cols` reads (nested ones included) to the key set `out` (see
/// `push_keys`): the parse keeps no others.
pub fn keys(cols: &'static Table, out: &mut Vec<&'static str>) {
    let push = |out: &mut Vec<&'static str>, wire: &'static str| match wire.bytes().position(|b| b == b'.') {
        Some(at) => {
            push_keys(out, cut(wire, ..at));
            push_keys(out, cut(wire, at + 1..));
        }
        None => push_keys(out, wire),
    };
    for col in cols.cols() {
        push(out, col.wire());
        match *col.shape {
            Shape::GivenOr(other) | Shape::SentOr(other) | Shape::GivenUnless(other) | Shape::Named(other) | Shape::NameOr(other) => push(out, other),
            Shape::Project => push(out, "project_name project_data name"),
            Shape::ListUnlessReply(cols) => {
                push(out, REPLY);
                keys(cols, out);
            }
            Shape::Part(cols, _) | Shape::Flatten(cols) | Shape::Nested(cols) | Shape::List(cols, _) | Shape::Checked(cols) => keys(cols, out),
            _ => {}
        }
    }
}

/// Adds the space-separated `names` to the key set `out` (in `core::json::key_order`), each
/// once.
fn push_keys(out: &mut Vec<&'static str>, names: &'static str) {
    for name in names.split(' ').filter(|name| !name.is_empty()) {
        if let Err(at) = out.binary_search_by(|kept| crate::core::json::key_order(kept.as_bytes(), name.as_bytes())) {
            out.insert(at, name);
        }
    }
}

/// The key set of `cols` (see `keys`), as `core::json::parse_keeping` wants it.
pub fn key_set(cols: &'static Table) -> Vec<&'static str> {
    let mut out = Vec::new();
    keys(cols, &mut out);
    out
}

/// Whether two texts are the same (when compiling).
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The length of `Table::names` for the columns `pairs` (see `names_bytes`).
pub const fn names_len(pairs: &[(&str, &str)]) -> usize {
    let (mut len, mut i) = (0, 0);
    while i < pairs.len() {
        len += pairs[i].1.len() + 2;
        if !same(pairs[i].0.as_bytes(), pairs[i].1.as_bytes()) {
            len += crate::core::js::caller_name_len(pairs[i].0) + 1;
        }
        i += 1;
    }
    len
}

/// `Table::names` for the columns `pairs` (Rust name or caller's name, server's field): for
/// each, its caller's (camelCase) name and `=` (left out when the name is the field's: see
/// `Col::caller`), the field, and `;`. `N` is `names_len(pairs)`.
pub const fn names_bytes<const N: usize>(pairs: &[(&str, &str)], shapes: &[&Shape]) -> [u8; N] {
    let (mut out, mut at, mut i) = ([0; N], 0, 0);
    while i < pairs.len() {
        let (rust, wire) = (pairs[i].0.as_bytes(), pairs[i].1.as_bytes());
        out[at] = letter(shapes[i]);
        at += 1;
        let mut j = 0;
        if !same(rust, wire) {
            at = crate::core::js::write_caller_name(rust, &mut out, at);
            out[at] = b'=';
            at += 1;
        }
        while j < wire.len() {
            out[at] = wire[j];
            at += 1;
            j += 1;
        }
        out[at] = b';';
        at += 1;
        i += 1;
    }
    out
}

/// The length of `words::<N>(names)`.
pub const fn words_len(names: &[&str]) -> usize {
    let (mut len, mut i) = (0, 0);
    while i < names.len() {
        len += names[i].len() + 1;
        i += 1;
    }
    len.saturating_sub(1)
}

/// `names` separated by spaces (when compiling; for `Shape::Code`). `N` is `words_len(names)`.
pub const fn words<const N: usize>(names: &[&str]) -> [u8; N] {
    let (mut out, mut at, mut i) = ([b' '; N], 0, 0);
    while i < names.len() {
        let (name, mut j) = (names[i].as_bytes(), 0);
        while j < name.len() && at < N {
            out[at] = name[j];
            at += 1;
            j += 1;
        }
        at += 1;
        i += 1;
    }
    out
}

/// A `&'static Table` of columns `(name, field, shape)`, the name a Rust field name (made
/// camelCase) or the caller's name, its names text made when compiling.
macro_rules! table {
    ($(($name:expr, $wire:expr, $shape:expr)),* $(,)?) => {{
        const TABLE_PAIRS: &[(&str, &str)] = &[$(($name, $wire)),*];
        const TABLE_SHAPES: &[&$crate::perfex::table::Shape] = &[$(&$shape),*];
        const TABLE_LEN: usize = $crate::perfex::table::names_len(TABLE_PAIRS);
        const TABLE_BYTES: [u8; TABLE_LEN] = $crate::perfex::table::names_bytes(TABLE_PAIRS, TABLE_SHAPES);
        const TABLE_NAMES: &str = match std::str::from_utf8(&TABLE_BYTES) {
            Ok(names) => names,
            Err(_) => panic!("column names are UTF-8"),
        };
        const TABLE_DATA: usize = $crate::perfex::table::with_data(TABLE_SHAPES);
        const TABLE_DATA_SHAPES: [&$crate::perfex::table::Shape; TABLE_DATA] = $crate::perfex::table::data_shapes(TABLE_SHAPES);
        &$crate::perfex::table::Table { names: TABLE_NAMES, shapes: &TABLE_DATA_SHAPES }
    }};
}
pub(crate) use table;

/// A row given as JSON text, read as a record of `cols` (tests).
#[cfg(test)]
pub fn parse(text: &str, cols: &'static Table) -> Value {
    let mut wrong = None;
    let record = record(Some(&crate::core::json::from_str(text).unwrap()), cols, &mut wrong);
    assert!(wrong.is_none(), "{text}");
    Value::Object(record)
}

/// The `data` of a documented answer, read as one record of `cols` (tests).
#[cfg(test)]
pub fn sample(text: &str, cols: &'static Table) -> Value {
    parse(&crate::core::json::from_str(text).unwrap()["data"].to_string(), cols)
}

/// The `data` of a documented list answer, each row read as a record of `cols` (tests).
#[cfg(test)]
pub fn sample_rows(text: &str, cols: &'static Table) -> Vec<Value> {
    let answer = crate::core::json::from_str(text).unwrap();
    items(Some(&answer["data"]), &mut None).into_iter().map(|row| parse(&row.to_string(), cols)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    /// A record of `cols` from a JSON row, and the wrong shape noted, if any.
    fn read(row: Value, cols: &'static Table) -> (Value, Option<Error>) {
        let mut wrong = None;
        let record = record(Some(&row), cols, &mut wrong);
        (Value::Object(record), wrong)
    }

    const SCALARS: &Table = table![
        ("text", "t", Shape::Text),
        ("flag", "f", Shape::Flag),
        ("count", "n", Shape::Count),
        ("zero", "n", Shape::CountOrZero),
        ("positive", "n", Shape::Positive),
    ];

    #[test]
    fn scalars_of_any_shape_read_leniently() {
        let cases = [
            (json!({"t":"7","f":"1","n":"12"}), json!({"text":"7","flag":true,"count":12.0,"zero":12.0,"positive":12.0})),
            (json!({"t":7,"f":true,"n":3}), json!({"text":"7","flag":true,"count":3.0,"zero":3.0,"positive":3.0})),
            (json!({"t":null,"f":"x","n":-1}), json!({"text":"","flag":false,"zero":0.0})),
            (json!({"t":{"a":[1]},"f":[],"n":"abc"}), json!({"text":"","flag":false,"zero":0.0})),
            (json!({"t":17.5,"f":1.0,"n":4.0}), json!({"text":"17.5","flag":false,"count":4.0,"zero":4.0,"positive":4.0})),
            (json!({"t":12.0,"f":"no","n":"0"}), json!({"text":"12","flag":false,"count":0.0,"zero":0.0})),
            (json!([]), json!({"text":"","flag":false,"zero":0.0})),
        ];
        for (row, want) in cases {
            assert_eq!(read(row.clone(), SCALARS), (want, None), "{row}");
        }
    }

    #[test]
    fn texts_are_sent_given_trimmed_or_ids() {
        const TEXTS: &Table = table![
            ("trimmed", "x", Shape::Trimmed),
            ("sent", "x", Shape::Sent),
            ("sentTrimmed", "x", Shape::SentTrimmed),
            ("given", "x", Shape::Given),
            ("givenTrimmed", "x", Shape::GivenTrimmed),
            ("id", "x", Shape::Id),
            ("hasId", "x", Shape::HasId),
            ("notZero", "x", Shape::NotZero),
        ];
        let all = |x: &str| json!({"trimmed":x.trim(),"sent":x,"sentTrimmed":x.trim(),"given":x,"givenTrimmed":x.trim(),"id":x,"hasId":true,"notZero":true});
        assert_eq!(read(json!({"x":" 5 "}), TEXTS).0, all(" 5 "));
        assert_eq!(read(json!({}), TEXTS).0, json!({"trimmed":"","hasId":false,"notZero":false}));
        assert_eq!(read(json!({"x":""}), TEXTS).0, json!({"trimmed":"","hasId":false,"notZero":false}));
        assert_eq!(read(json!({"x":"  "}), TEXTS).0, json!({"trimmed":"","sent":"  ","sentTrimmed":"","hasId":false,"notZero":true}));
        assert_eq!(read(json!({"x":" 0"}), TEXTS).0, json!({"trimmed":"0","sent":" 0","sentTrimmed":"0","given":" 0","givenTrimmed":"0","hasId":false,"notZero":true}));
        assert_eq!(read(json!({"x":0}), TEXTS).0, json!({"trimmed":"0","sent":"0","sentTrimmed":"0","given":"0","givenTrimmed":"0","hasId":false,"notZero":false}));
    }

    #[test]
    fn codes_fallbacks_and_names() {
        const NAMES: &str = "low high";
        assert_eq!((words_len(&["low", "high"]), &words::<8>(&["low", "high"])), (8, b"low high"));
        assert_eq!(words_len(&[]), 0);
        const COLS: &Table = table![
            ("code", "c", Shape::Code(NAMES)),
            ("either", "a", Shape::GivenOr("b")),
            ("author", "a", Shape::SentOr("b")),
            ("name", "full", Shape::NameOr("first last")),
            ("note", "a", Shape::GivenUnless("shown")),
            ("group", "g", Shape::Named("g_name")),
            ("project", "p", Shape::Project),
        ];
        let (v, _) = read(json!({"c":" 2 ","a":" ","b":"B","first":"Ada","last":"L","shown":"1","g":"3","g_name":" G ","p":"4","project_data":{"name":"P"}}), COLS);
        assert_eq!(v, json!({"code":"high","either":"B","author":" ","name":"Ada L","group":{"id":"3","name":"G"},"project":{"id":"4","name":"P"}}));
        let (v, _) = read(json!({"c":"3","a":"A","full":"F","shown":"0","g":"0","g_name":"G","p":"4","project_name":"N","project_data":"oops"}), COLS);
        assert_eq!(v, json!({"either":"A","author":"A","name":"F","project":{"id":"4","name":"N"}}));
        for code in [json!("0"), json!("12"), json!("1.0"), json!(true), json!("")] {
            assert!(read(json!({ "c": code }), COLS).0.get("code").is_none(), "{code}");
        }
        assert_eq!(read(json!({"c":1,"first":"Ada","last":null}), COLS).0, json!({"code":"low","name":"Ada"}));
    }

    #[test]
    fn alternatives_take_the_first_field_the_row_has_and_paths_go_into_objects() {
        const COLS: &Table = table![("id", "id serviceid", Shape::Text), ("inner", "o.x", Shape::Text)];
        assert_eq!(read(json!({"serviceid":"2","o":{"x":"i"}}), COLS).0, json!({"id":"2","inner":"i"}));
        assert_eq!(read(json!({"id":null,"serviceid":"2","o":"x"}), COLS).0, json!({"id":"","inner":""}));
        assert_eq!(key_set(COLS), vec!["o", "x", "id", "serviceid"]);
    }

    const PART: &Table = table![("a", "a", Shape::Given), ("b", "b", Shape::Given)];
    const PARTS: &Table = table![
        ("always", "", Shape::Part(PART, 0)),
        ("withB", "", Shape::Part(PART, 0b10)),
        ("nested", "n", Shape::Nested(PART)),
        ("list", "l", Shape::List(PART, 0)),
        ("withA", "l", Shape::List(PART, 0b01)),
        ("first", "l", Shape::ListUnlessReply(PART)),
        ("", "c", Shape::Checked(PART)),
        ("", "", Shape::Flatten(PART)),
    ];

    #[test]
    fn parts_nested_records_and_lists() {
        let (v, wrong) = read(json!({"a":"1","n":{"b":"2"},"l":{"0":{"a":"x","replyid":"0"},"1":{"b":"y","replyid":"5"}},"c":[{}]}), PARTS);
        assert!(wrong.is_none());
        assert_eq!(
            v,
            json!({"always":{"a":"1"},"nested":{"b":"2"},"list":[{"a":"x"},{"b":"y"}],"withA":[{"a":"x"}],"first":[{"a":"x"}],"a":"1"})
        );
        for odd in [json!("oops"), json!(5), json!(null), json!([1])] {
            assert!(read(json!({ "n": odd }), PARTS).0.get("nested").is_none(), "{odd}");
        }
        assert_eq!(read(json!({ "n": [] }), PARTS).0["nested"], json!({}));
        // A nested record with a list of the wrong shape is absent too, and the row is fine.
        const LISTS: &Table = table![("nested", "n", Shape::Nested(table![("", "l", Shape::Checked(PART))]))];
        assert_eq!(read(json!({ "n": { "l": 5 } }), LISTS), (json!({}), None));
        for nothing in [json!(null), json!(false), json!(true), json!(""), json!(" "), json!([]), json!({})] {
            let (v, wrong) = read(json!({ "l": nothing.clone(), "c": nothing.clone() }), PARTS);
            assert!(wrong.is_none() && v["list"] == json!([]), "{nothing}");
        }
    }

    #[test]
    fn rows_and_lists_of_the_wrong_shape_are_noted_never_quoted() {
        for row in [json!({"l":[{"a":"1"}, 5]}), json!({"l":"s3cret"}), json!({"c":[1]}), json!({"c":7}), json!("s3cret"), json!([1])] {
            let e = read(row.clone(), PARTS).1.unwrap_or_else(|| panic!("{row}"));
            assert!(!e.message.contains("s3cret"), "{}", e.message);
        }
        assert_eq!(read(json!({"l":[5]}), PARTS).0["list"], json!([{}]));
    }

    #[test]
    fn shape_letters_name_the_simple_shapes_in_order() {
        for (i, shape) in SIMPLE.iter().enumerate() {
            assert_eq!(usize::from(letter(shape) - b'a'), i);
        }
        assert_eq!(letter(&Shape::Flatten(PART)), b'*');
        assert_eq!((PARTS.shapes.len(), with_data(&[&Shape::Text, &Shape::Checked(PART)])), (8, 1));
        assert_eq!(SCALARS.names, "atext=t;jflag=f;kcount=n;lzero=n;mpositive=n;");
    }

    #[test]
    fn a_table_declares_every_key_it_reads() {
        assert_eq!(key_set(PARTS), vec!["a", "b", "c", "l", "n", "replyid"]);
        const PROJECT: &Table = table![("project", "project_id", Shape::Project), ("name", "full", Shape::NameOr("first last"))];
        assert_eq!(key_set(PROJECT), vec!["full", "last", "name", "first", "project_id", "project_data", "project_name"]);
    }
}
