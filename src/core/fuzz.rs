//! A fuzz harness for the back ends' answer decoders (native tests only; `make fuzz`).
//!
//! Each back end lists its routes: a documented sample answer and the function that turns a
//! [`Reply`] into what the caller gets (envelope checks, error classification, conversion to
//! the caller's types). The harness mutates the samples, tree-wise and byte-wise, for a fixed
//! time (`FUZZ_SECONDS` per back end, 2 by default) and checks on every case:
//!
//! - nothing panics, and an error is one a server answer can cause (never `network`,
//!   `timeout`, `invalid_input`, ...) with a message; a `decode` error never repeats the
//!   answer's values (its message stays short);
//! - a 200 answer that is not JSON at all is a `decode` error;
//! - an unknown field added anywhere in a sample changes nothing;
//! - one scalar field of a row (or of a record) of any other type never fails the decode and
//!   never loses a row: the lenient rules of `core::lenient`.
//!
//! A broken rule fails the test with the shrunk case; it then becomes a named regression test
//! (`fuzz_regression_…`) beside the code it fixed.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use serde::Serialize;
use serde_json::Value;

use crate::core::error::{ErrorKind, Result};
use crate::core::transport::Reply;

/// What a route's decoder produced, as the caller would see it (serialized).
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub json: Value,
    /// How many rows, for a list.
    pub rows: Option<usize>,
}

impl Decoded {
    /// One record (or any value that is not a list).
    pub fn one<T: Serialize>(value: &T) -> Decoded {
        Decoded { json: serde_json::to_value(value).expect("the caller's types serialize"), rows: None }
    }

    /// A list of rows.
    pub fn list<T: Serialize>(rows: &[T]) -> Decoded {
        Decoded { rows: Some(rows.len()), ..Decoded::one(&rows) }
    }
}

/// A route's decoder: the server's answer in, the caller's value (or error) out.
pub type Decoder = Box<dyn Fn(&Reply) -> Result<Decoded>>;

/// One route to fuzz.
pub struct Route {
    /// The sample's file name, for messages.
    pub name: &'static str,
    /// The documented answer the mutations start from.
    pub sample: &'static str,
    /// The HTTP status the sample comes with.
    pub status: u16,
    /// JSON pointer to the rows (or the record) whose scalar fields are lenient; `None` when
    /// the sample has none (a write's confirmation, an error).
    pub lenient: Option<&'static str>,
    pub decode: Decoder,
}

impl Route {
    /// A route whose sample is a 200 answer.
    pub fn new(name: &'static str, sample: &'static str, lenient: Option<&'static str>, decode: Decoder) -> Route {
        Route { name, sample, status: 200, lenient, decode }
    }

    /// The same route with a sample that comes with another status.
    pub fn with_status(mut self, status: u16) -> Route {
        self.status = status;
        self
    }
}

/// The kinds of error a server's answer may cause (the others come from the transport or
/// from the caller's input).
const ANSWER_KINDS: [ErrorKind; 7] = [
    ErrorKind::Http,
    ErrorKind::Auth,
    ErrorKind::Forbidden,
    ErrorKind::NotFound,
    ErrorKind::Validation,
    ErrorKind::Api,
    ErrorKind::Decode,
];

/// The longest `decode` error message: it never repeats a value of the answer (which may be
/// anything, a secret included). Other errors may carry the server's own words.
const MAX_DECODE_MESSAGE: usize = 300;

/// Statuses the decoders see (the transport turns 408, 429 and 5xx into errors itself).
const STATUSES: [u16; 11] = [200, 201, 204, 302, 400, 401, 403, 404, 405, 409, 422];

/// Whole bodies a server or a proxy sends instead of the API's JSON.
const BODIES: [&str; 12] = [
    "",
    " \n",
    "null",
    "[]",
    "{}",
    "\"ok\"",
    "0",
    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
    "<!DOCTYPE html>\n<html><body>Maintenance</body></html>",
    "<br />\n<b>Fatal error</b>:  Uncaught Error in /var/www/index.php:12",
    "\u{feff}{\"status\":true}",
    "{\"status\":",
];

/// Raw JSON tokens that a `Value` cannot hold: out-of-range numbers, lone surrogates.
const RAW_TOKENS: [&str; 8] = [
    "1e999",
    "-1e999",
    "123456789012345678901234567890",
    "-0",
    "1.0e-400",
    "\"\\ud800\"",
    "\"\\udc00x\"",
    "\"a\\u0000b\"",
];

/// One change to the sample's tree, at a node picked among all of them.
#[derive(Clone, Debug)]
enum TreeEdit {
    Replace(Index, Value),
    Delete(Index),
    /// Repeats an array element (or an object's member under new keys) this many times.
    Repeat(Index, usize),
}

/// One change to the serialized text.
#[derive(Clone, Debug)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
}

/// One fuzz case.
#[derive(Clone, Debug)]
enum Case {
    /// Anything goes; only the general rules are checked.
    Chaos {
        route: Index,
        tree: Vec<TreeEdit>,
        raw: Option<(Index, &'static str)>,
        bytes: Vec<ByteEdit>,
        body: Option<&'static str>,
        status: Option<u16>,
    },
    /// An unknown field added to an object: the result must not change.
    Unknown { route: Index, object: Index, value: Value },
    /// One lenient scalar of another type: still decodes, with as many rows.
    Retype { route: Index, leaf: Index, value: Value },
}

/// Values of every type and of odd sizes; arrays nest up to `depth` deep (beyond 128 the
/// JSON parser refuses the whole answer).
fn odd_value(depth: usize) -> impl Strategy<Value = Value> {
    let texts = prop::sample::select(vec![
        "", " ", "0", "1", "-1", "true", "false", "null", "yes", "done", "success", "failed", "<p>x</p>", "&amp;",
        "Record Not Found.", "Unauthorized Access", "ACCESS_DENIED", "NaN", "1e999", "00012", "18446744073709551616",
        "2023-13-45 25:61:61", "\u{0}", "é😀", "\u{202e}", "null\u{0}",
    ]);
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(vec![0.5, -1.5, 1e308, -0.0, 4.9e-324, 9.007199254740993e15]).prop_map(Value::from),
        texts.prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        (1usize..20_000).prop_map(|n| Value::from("x".repeat(n))),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(Default::default())),
        Just(serde_json::json!([null, 1, "a", {}])),
        Just(serde_json::json!({"0": {}, "id": [1]})),
        (1..depth).prop_map(nested),
    ]
}

/// `[[[…]]]`, `depth` deep.
fn nested(depth: usize) -> Value {
    (0..depth).fold(Value::Null, |inner, _| Value::Array(vec![inner]))
}

fn tree_edit() -> impl Strategy<Value = TreeEdit> {
    prop_oneof![
        3 => (any::<Index>(), odd_value(300)).prop_map(|(i, v)| TreeEdit::Replace(i, v)),
        2 => any::<Index>().prop_map(TreeEdit::Delete),
        1 => (any::<Index>(), 1usize..200).prop_map(|(i, n)| TreeEdit::Repeat(i, n)),
    ]
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        any::<Index>().prop_map(ByteEdit::Truncate),
        (any::<Index>(), 1u8..).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let chaos = (
        any::<Index>(),
        prop::collection::vec(tree_edit(), 0..4),
        prop::option::weighted(0.2, (any::<Index>(), prop::sample::select(RAW_TOKENS.to_vec()))),
        prop::collection::vec(byte_edit(), 0..3),
        prop::option::weighted(0.1, prop::sample::select(BODIES.to_vec())),
        prop::option::weighted(0.2, prop::sample::select(STATUSES.to_vec())),
    )
        .prop_map(|(route, tree, raw, bytes, body, status)| Case::Chaos { route, tree, raw, bytes, body, status });
    prop_oneof![
        3 => chaos,
        1 => (any::<Index>(), any::<Index>(), odd_value(20)).prop_map(|(route, object, value)| Case::Unknown { route, object, value }),
        2 => (any::<Index>(), any::<Index>(), odd_value(20)).prop_map(|(route, leaf, value)| Case::Retype { route, leaf, value }),
    ]
}

/// Fuzzes `routes` for the time budget, panicking with the (shrunk) failing case if a rule
/// is broken. Prints how many cases ran.
pub fn run(backend: &str, routes: &[Route]) {
    let samples: Vec<Value> = routes.iter().map(sample).collect();
    let budget = Duration::from_secs_f64(seconds());
    let started = Instant::now();
    let chunk = 64;
    let config = Config { cases: chunk, failure_persistence: None, ..Config::default() };
    // A runner counts its cases for good: a fresh one (with a fresh seed) per chunk.
    let mut seeds = TestRunner::new(config.clone());
    let strategy = case();
    let mut cases = 0u64;
    while cases == 0 || started.elapsed() < budget {
        let mut runner = TestRunner::new_with_rng(config.clone(), seeds.new_rng());
        let outcome = runner.run(&strategy, |case| {
            let route = match &case {
                Case::Chaos { route, .. } | Case::Unknown { route, .. } | Case::Retype { route, .. } => route.index(routes.len()),
            };
            check(&routes[route], &samples[route], &case).map_err(|e| match e {
                TestCaseError::Fail(why) => TestCaseError::fail(format!("{}: {why}", routes[route].name)),
                other => other,
            })
        });
        match outcome {
            Err(TestError::Fail(why, case)) => panic!("fuzzing {backend}: {why}\nminimal case: {case:?}"),
            Err(TestError::Abort(why)) => panic!("fuzzing {backend}: aborted: {why}"),
            Ok(()) => {}
        }
        cases += u64::from(chunk);
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz {backend}: {cases} cases over {} routes in {secs:.1} s ({:.0} cases/s), no rule broken",
        routes.len(),
        cases as f64 / secs
    );
}

/// The budget per back end, in seconds.
fn seconds() -> f64 {
    std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.trim().parse().ok()).filter(|s: &f64| *s >= 0.0).unwrap_or(2.0)
}

/// A route's sample, checked: it parses, and decodes (to a value when it has lenient parts).
fn sample(route: &Route) -> Value {
    let value: Value = serde_json::from_str(route.sample).unwrap_or_else(|e| panic!("{}: not JSON ({e})", route.name));
    let decoded = (route.decode)(&reply(route.status, route.sample.as_bytes().to_vec()));
    if let Some(pointer) = route.lenient {
        assert!(value.pointer(pointer).is_some(), "{}: nothing at {pointer}", route.name);
        assert!(decoded.is_ok(), "{}: the sample does not decode: {:?}", route.name, decoded.err());
    }
    value
}

fn reply(status: u16, body: Vec<u8>) -> Reply {
    Reply { status, body }
}

fn check(route: &Route, sample: &Value, case: &Case) -> std::result::Result<(), TestCaseError> {
    match case {
        Case::Chaos { tree, raw, bytes, body, status, .. } => {
            let mut value = sample.clone();
            for edit in tree {
                apply(&mut value, edit);
            }
            let mut text = match raw {
                Some((leaf, token)) => with_raw_token(&value, *leaf, token),
                None => value.to_string(),
            }
            .into_bytes();
            for edit in bytes {
                mangle(&mut text, edit);
            }
            if let Some(body) = body {
                text = body.as_bytes().to_vec();
            }
            let status = status.unwrap_or(route.status);
            let is_json = serde_json::from_slice::<serde::de::IgnoredAny>(&text).is_ok();
            let result = decode(route, status, text)?;
            if let Err((kind, _)) = &result {
                prop_assert!(status != 200 || is_json || *kind == ErrorKind::Decode, "a 200 answer that is not JSON gave {kind:?}");
            } else {
                prop_assert!(status != 200 || is_json, "a 200 answer that is not JSON decoded");
            }
        }
        Case::Unknown { object, value, .. } => {
            let mut changed = sample.clone();
            let objects = paths(sample, "", &|v| v.is_object());
            let at = &objects[object.index(objects.len())];
            if let Some(Value::Object(members)) = changed.pointer_mut(at) {
                members.insert("zz_fuzz_unknown".into(), value.clone());
            }
            let before = decode(route, route.status, route.sample.as_bytes().to_vec())?;
            let after = decode(route, route.status, changed.to_string().into_bytes())?;
            prop_assert_eq!(before, after, "an unknown field at {:?} changed the result", at);
        }
        Case::Retype { leaf, value, .. } => {
            let Some(pointer) = route.lenient else { return Ok(()) };
            let leaves = paths(sample.pointer(pointer).expect("checked"), pointer, &is_scalar);
            if leaves.is_empty() {
                return Ok(());
            }
            let at = &leaves[leaf.index(leaves.len())];
            let mut changed = sample.clone();
            *changed.pointer_mut(at).expect("a leaf") = value.clone();
            let before = decode(route, route.status, route.sample.as_bytes().to_vec())?;
            let after = decode(route, route.status, changed.to_string().into_bytes())?;
            let rows = |r: &std::result::Result<Decoded, (ErrorKind, String)>| r.as_ref().map(|d| d.rows).ok();
            prop_assert!(after.is_ok(), "a lenient field at {at} of another type failed the decode: {:?}", after.err());
            prop_assert_eq!(rows(&before), rows(&after), "a lenient field at {} of another type changed the rows", at);
        }
    }
    Ok(())
}

/// Runs the decoder and checks the rules every result follows.
fn decode(route: &Route, status: u16, body: Vec<u8>) -> std::result::Result<std::result::Result<Decoded, (ErrorKind, String)>, TestCaseError> {
    match (route.decode)(&reply(status, body)) {
        Ok(decoded) => Ok(Ok(decoded)),
        Err(e) => {
            prop_assert!(ANSWER_KINDS.contains(&e.kind), "an answer gave a {:?} error", e.kind);
            prop_assert!(!e.message.trim().is_empty(), "a {:?} error without a message", e.kind);
            let length = e.message.chars().count();
            prop_assert!(e.kind != ErrorKind::Decode || length <= MAX_DECODE_MESSAGE, "a decode error of {} characters", length);
            Ok(Err((e.kind, e.message.clone())))
        }
    }
}

fn is_scalar(value: &Value) -> bool {
    !value.is_object() && !value.is_array()
}

/// JSON pointers (below `base`) of every node of `value` that `wanted` accepts, `value` itself included.
fn paths(value: &Value, base: &str, wanted: &dyn Fn(&Value) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    if wanted(value) {
        found.push(base.to_string());
    }
    let children: Vec<(String, &Value)> = match value {
        Value::Object(members) => members.iter().map(|(k, v)| (escape(k), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        found.extend(paths(child, &format!("{base}/{key}"), wanted));
    }
    found
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The parent's pointer and the last token, unescaped.
fn split(pointer: &str) -> Option<(&str, String)> {
    let (parent, last) = pointer.rsplit_once('/')?;
    Some((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn apply(value: &mut Value, edit: &TreeEdit) {
    let all = paths(value, "", &|_| true);
    let pick = |i: &Index| all[i.index(all.len())].clone();
    match edit {
        TreeEdit::Replace(i, with) => *value.pointer_mut(&pick(i)).expect("a node") = with.clone(),
        TreeEdit::Delete(i) => {
            let Some((parent, key)) = split(&pick(i)).map(|(p, k)| (p.to_string(), k)) else { return };
            match value.pointer_mut(&parent) {
                Some(Value::Object(members)) => drop(members.remove(&key)),
                Some(Value::Array(items)) => drop(items.remove(key.parse::<usize>().expect("an index"))),
                _ => {}
            }
        }
        TreeEdit::Repeat(i, times) => {
            let Some((parent, key)) = split(&pick(i)).map(|(p, k)| (p.to_string(), k)) else { return };
            match value.pointer_mut(&parent) {
                Some(Value::Object(members)) => {
                    let member = members[&key].clone();
                    for n in 0..*times {
                        members.insert(format!("{key}{n}"), member.clone());
                    }
                }
                Some(Value::Array(items)) => {
                    let at = key.parse::<usize>().expect("an index");
                    let item = items[at].clone();
                    items.splice(at..at, std::iter::repeat_n(item, *times));
                }
                _ => {}
            }
        }
    }
}

/// The text of `value` with one scalar replaced by a raw token.
fn with_raw_token(value: &Value, leaf: Index, token: &str) -> String {
    const MARK: &str = "\u{1}raw-token\u{1}";
    let leaves = paths(value, "", &is_scalar);
    if leaves.is_empty() {
        return value.to_string();
    }
    let mut marked = value.clone();
    *marked.pointer_mut(&leaves[leaf.index(leaves.len())]).expect("a leaf") = Value::from(MARK);
    marked.to_string().replacen(&Value::from(MARK).to_string(), token, 1)
}

fn mangle(text: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len) };
    match edit {
        ByteEdit::Truncate(i) => text.truncate(at(i, text.len())),
        ByteEdit::Flip(i, bits) if !text.is_empty() => {
            let at = at(i, text.len());
            text[at] ^= bits;
        }
        ByteEdit::Flip(..) => {}
        ByteEdit::Insert(i, bytes) => {
            let at = at(i, text.len() + 1);
            text.splice(at..at, bytes.iter().copied());
        }
    }
}
