//! Crossing the JS boundary: caller input in, typed output out, with errors that name fields.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::error::{Error, Result};

#[wasm_bindgen]
extern "C" {
    // The readers of the caller's values. Each runs the caller's getters or Proxy traps, which
    // may throw: caught here, so that the exception never unwinds through wasm (which would
    // leave the client borrowed and the stack pointer moved, see `unreadable`).
    /// `Array.isArray`, which throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_or_throw(value: &JsValue) -> std::result::Result<bool, JsValue>;
    /// `Array.from`: a copy of the caller's array.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(value: &JsValue) -> std::result::Result<js_sys::Array, JsValue>;
    /// `Object.entries`: the caller's own enumerable `[key, value]` pairs, getters run.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn entries(value: &JsValue) -> std::result::Result<js_sys::Array, JsValue>;
    /// `Object.getPrototypeOf`.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> std::result::Result<JsValue, JsValue>;
    /// `Object.assign(target, value)`: the caller's own enumerable fields copied onto `target`.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = assign)]
    fn assign(target: &js_sys::Object, value: &JsValue) -> std::result::Result<js_sys::Object, JsValue>;
}

/// The error for a caller's `field` that threw while being read (a getter, a Proxy trap, a
/// revoked Proxy). The exception itself is not quoted: it is the caller's, not the server's.
#[inline(never)]
pub fn unreadable(field: &str) -> Error {
    Error::invalid_input(field, "could not be read (a getter or Proxy trap threw)")
}

/// Whether the caller's `value` is an array; an `invalid_input` error naming `field` when
/// asking throws (a revoked Proxy).
pub fn is_array(field: &str, value: &JsValue) -> Result<bool> {
    is_array_or_throw(value).map_err(|_| unreadable(field))
}

/// A copy of the caller's `value` when it is an array, `None` when it is not; an
/// `invalid_input` error naming `field` when reading it throws.
pub fn array_items(field: &str, value: &JsValue) -> Result<Option<js_sys::Array>> {
    if !is_array(field, value)? {
        return Ok(None);
    }
    array_from(value).map(Some).map_err(|_| unreadable(field))
}

/// A plain object holding the caller's own enumerable fields of `value` (see `assign`); an
/// `invalid_input` error naming `field` when reading them throws.
pub fn copy_of(field: &str, value: &JsValue) -> Result<js_sys::Object> {
    assign(&js_sys::Object::new(), value).map_err(|_| unreadable(field))
}

/// The longest text accepted in one field of the caller's input, in UTF-16 code units
/// (1 Mi). PHP back ends throw away a whole request body past `post_max_size` (8 MB by
/// default) and then see no fields at all, so a longer text is refused before sending.
pub const MAX_TEXT_LEN: u32 = 1 << 20;
/// How deep `check_texts` looks into nested objects and arrays.
const MAX_DEPTH: u32 = 16;

/// Reads the caller's value as JSON, for readers that work field by field instead of through
/// a serde derive (one copy of this code for every input type): an absent value is refused,
/// texts are checked as they are met (`check_text`), `undefined` inside becomes `null`, and
/// anything that is not plain data (a function, a class instance, a bigint, nesting deeper than
/// 16) is refused, named.
pub fn json(argument: &str, value: &JsValue) -> Result<crate::core::json::Value> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::invalid_input(argument, "is required"));
    }
    json_of(argument, None, value, 0)
}

/// See `json`.
fn json_of(argument: &str, path: Option<&str>, value: &JsValue, depth: u32) -> Result<crate::core::json::Value> {
    use crate::core::json::Value;
    let field = |key: &str| path.map_or_else(|| key.to_string(), |p| format!("{p}.{key}"));
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        // Whole numbers as integers, as JSON.parse would give them to serde.
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            return Ok(Value::from(n as i64));
        }
        return Ok(crate::core::json::Number::from_f64(n).map_or(Value::Null, Value::Number));
    }
    if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
        check_text(path.unwrap_or(argument), text)?;
        return Ok(Value::String(text.into()));
    }
    let here = path.unwrap_or(argument);
    if depth < MAX_DEPTH {
        if let Some(array) = array_items(here, value)? {
            let items = array.iter().enumerate().map(|(i, item)| json_of(argument, Some(&field(&i.to_string())), &item, depth + 1));
            return items.collect::<Result<_>>().map(Value::Array);
        }
        if is_plain_object(here, value)? {
            let mut object = crate::core::json::Map::new();
            for entry in entries(value).map_err(|_| unreadable(here))?.iter() {
                let key = js_sys::Reflect::get_u32(&entry, 0).ok().and_then(|k| k.as_string()).unwrap_or_default();
                let item = js_sys::Reflect::get_u32(&entry, 1).unwrap_or_default();
                let item = json_of(argument, Some(&field(&key)), &item, depth + 1)?;
                object.insert(key, item);
            }
            return Ok(Value::Object(object));
        }
    }
    Err(Error::invalid_input(here, "must be plain data (texts, numbers, true or false, arrays and objects)"))
}

/// The fields of the caller's object `argument`; anything but an object, or a key not among
/// `known`, is an `invalid_input` error naming it.
pub fn object_fields<'a>(argument: &str, value: &'a crate::core::json::Value, known: &[&str]) -> Result<&'a crate::core::json::Map> {
    let Some(fields) = value.as_object() else {
        return Err(not_an_object(argument, known));
    };
    match fields.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => Err(unknown_field(argument, key, known)),
        None => Ok(fields),
    }
}

/// The error for a caller's `argument` that is not an object with the fields `known`.
#[inline(never)]
fn not_an_object(argument: &str, known: &[&str]) -> Error {
    Error::invalid_input(argument, format!("must be an object with the fields {}", crate::core::search::joined(known, "", ", ")))
}

/// The error for a field `key` that `argument` does not have (it has `known`).
#[inline(never)]
fn unknown_field(argument: &str, key: &str, known: &[&str]) -> Error {
    Error::invalid_input(key, format!("is not a field of {argument} (it takes {})", crate::core::search::joined(known, "", ", ")))
}

/// The caller's (camelCase) name of a field declared in Rust (snake_case): `isp_id` → `ispId`.
/// Most names are made when compiling (`caller_name_of!`, `write_caller_name`); this is the
/// same rule at run time.
pub fn caller_name(rust_name: &str) -> String {
    let mut name = String::with_capacity(rust_name.len());
    let mut upper = false;
    for c in rust_name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                name.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => name.push(c),
        }
    }
    name
}

/// The length of `caller_name(rust_name)`, when compiling.
pub const fn caller_name_len(rust_name: &str) -> usize {
    let (bytes, mut i, mut len) = (rust_name.as_bytes(), 0, 0);
    while i < bytes.len() {
        if bytes[i] != b'_' {
            len += 1;
        }
        i += 1;
    }
    len
}

/// `caller_name(rust_name)` made when compiling (for an ASCII name; `N` is `caller_name_len`).
pub const fn caller_name_bytes<const N: usize>(rust_name: &str) -> [u8; N] {
    let mut name = [0; N];
    write_caller_name(rust_name.as_bytes(), &mut name, 0);
    name
}

/// Writes `caller_name(rust_name)` into `out` from `at` when compiling (an ASCII name; as much
/// as fits); answers where it ended.
pub const fn write_caller_name(rust_name: &[u8], out: &mut [u8], mut at: usize) -> usize {
    let (mut i, mut upper) = (0, false);
    while i < rust_name.len() && at < out.len() {
        if rust_name[i] == b'_' {
            upper = true;
        } else {
            out[at] = if upper { rust_name[i].to_ascii_uppercase() } else { rust_name[i] };
            upper = false;
            at += 1;
        }
        i += 1;
    }
    at
}

/// `caller_name(stringify!(field))` made when compiling: a `&'static str` constant (a name
/// made at run time costs code and an allocation at each place it is used). (A build of a
/// back end that names no field this way leaves it unused.)
#[allow(unused_macros)]
macro_rules! caller_name_of {
    ($field:ident) => {
        $crate::core::js::name_made_of!($field, $crate::core::js::caller_name_len, $crate::core::js::caller_name_bytes)
    };
}

/// A name made from the identifier `name` when compiling, as a `&'static str` constant: `len`
/// and `bytes` are the const fns that give its length and its bytes (see `caller_name_len` and
/// `caller_name_bytes`). The identifier itself stands in should the bytes not be UTF-8.
#[allow(unused_macros)]
macro_rules! name_made_of {
    ($name:ident, $len:path, $bytes:path) => {{
        const LEN: usize = $len(stringify!($name));
        const BYTES: [u8; LEN] = $bytes(stringify!($name));
        const NAME: &str = match std::str::from_utf8(&BYTES) {
            Ok(name) => name,
            Err(_) => stringify!($name),
        };
        NAME
    }};
}
#[allow(unused_imports)]
pub(crate) use name_made_of;
#[allow(unused_imports)]
pub(crate) use caller_name_of;

/// JSON as the plain JS value the .d.ts promises: objects, arrays, texts, numbers and
/// booleans, with `null` members left out (an absent optional field is `undefined`, not
/// `null`). One walk for every record built from a table (see `core::record`).
///
/// The value is written as JSON text in wasm and handed to `JSON.parse` once: building the
/// objects property by property crossed from wasm to JS, and decoded a text, once per field
/// (most of the cost of a large answer), while the engine's parser builds them in one go. It
/// also makes a `__proto__` key sent by a server an ordinary property, not a prototype.
pub fn js_of(value: &crate::core::json::Value) -> JsValue {
    if value.is_null() {
        return JsValue::UNDEFINED;
    }
    let mut text = String::new();
    write_json(value, &mut text);
    // The text is JSON this function wrote: the parse cannot fail.
    js_sys::JSON::parse(&text).unwrap_or(JsValue::UNDEFINED)
}

/// See `js_of`.
fn write_json(value: &crate::core::json::Value, out: &mut String) {
    use crate::core::json::Value;
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => out.push_str(&i.to_string()),
            (None, Some(u)) => out.push_str(&u.to_string()),
            (None, None) => out.push_str(&crate::core::fields::number_text(n.as_f64().unwrap_or_default())),
        },
        Value::String(s) => crate::core::json::write_quoted(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            let mut first = true;
            for (key, item) in members.iter().filter(|(_, item)| !item.is_null()) {
                if !first {
                    out.push(',');
                }
                first = false;
                crate::core::json::write_quoted(key, out);
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
    }
}

/// What a promise of the module runs: a client method's work, up to its value or the JS error
/// it rejects with.
pub type Task = std::pin::Pin<Box<dyn std::future::Future<Output = std::result::Result<JsValue, JsValue>>>>;

/// The promise of `task`. Every promise the module hands out comes from here, with one future
/// type, so wasm-bindgen's promise machinery (`future_to_promise`, generic over the future) is
/// in the module once rather than once per kind of future.
#[inline(never)]
pub fn promise(task: Task) -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(task)
}

/// A string argument from the caller: `None` when it is not a string; an `invalid_input`
/// error naming `field` when it cannot be sent (see `check_text`).
pub fn string(field: &str, value: &JsValue) -> Result<Option<String>> {
    match value.dyn_ref::<js_sys::JsString>() {
        Some(text) => check_text(field, text).map(|()| value.as_string()),
        None => Ok(None),
    }
}

/// Refuses text that cannot be sent as the caller wrote it: longer than `MAX_TEXT_LEN`, or
/// holding a lone UTF-16 surrogate (UTF-8 has no form for it; it would silently become U+FFFD).
pub fn check_text(field: &str, text: &js_sys::JsString) -> Result<()> {
    if text.length() > MAX_TEXT_LEN {
        return Err(Error::invalid_input(field, format!("is longer than {MAX_TEXT_LEN} characters")));
    }
    if !text.is_valid_utf16() {
        return Err(Error::invalid_input(field, "holds a lone UTF-16 surrogate (broken text) and cannot be sent"));
    }
    Ok(())
}

/// Whether `value` is an object literal (not a `File`, an `AbortSignal` or a class instance);
/// an `invalid_input` error naming `field` when a Proxy trap throws.
fn is_plain_object(field: &str, value: &JsValue) -> Result<bool> {
    if !value.is_object() || value.is_function() {
        return Ok(false);
    }
    let prototype = prototype_of(value).map_err(|_| unreadable(field))?;
    Ok(prototype.is_null() || prototype == prototype_of(&js_sys::Object::new()).unwrap_or_default())
}

/// A record id from the caller: a non-empty string or a whole number, as the server's text.
pub fn record_id(field: &str, value: &JsValue) -> Result<String> {
    id_text(field, value.as_f64(), string(field, value)?.as_deref())
}

/// A record id from what the caller gave, a `number` or a `text` (`core::fields` reads JSON
/// with it): a whole number, or a trimmed text of 1 to 64 bytes, as the server's text.
pub fn id_text(field: &str, number: Option<f64>, text: Option<&str>) -> Result<String> {
    if let Some(n) = number.filter(|n| n.fract() == 0.0 && (0.0..9.0e15).contains(n)) {
        return Ok((n as u64).to_string());
    }
    text.map(str::trim)
        .filter(|s| !s.is_empty() && s.len() <= 64)
        .map(str::to_string)
        .ok_or_else(|| Error::invalid_input(field, "must be a record id (a non-empty string or a whole number)"))
}

#[cfg(test)]
mod tests {
    use super::{caller_name, object_fields};
    use crate::core::json::json;

    #[test]
    fn rust_names_become_the_callers() {
        assert_eq!(caller_name("isp_id"), "ispId");
        assert_eq!(caller_name("reset_portal_password"), "resetPortalPassword");
        assert_eq!(caller_name("name"), "name");
        for rust_name in ["isp_id", "reset_portal_password", "name", "a__b_"] {
            const N: usize = 64;
            let bytes = super::caller_name_bytes::<N>(rust_name);
            assert_eq!(&bytes[..super::caller_name_len(rust_name)], caller_name(rust_name).as_bytes(), "{rust_name}");
        }
    }

    #[test]
    fn an_object_with_an_unknown_field_is_refused_by_name() {
        let known = ["name", "ispId"];
        assert_eq!(object_fields("query", &json!({ "name": "x" }), &known).unwrap().keys().count(), 1);
        let e = object_fields("query", &json!({ "nmae": "x" }), &known).unwrap_err();
        assert_eq!(e.details[0].0, "nmae");
        assert!(e.message.contains("is not a field of query (it takes name, ispId)"), "{}", e.message);
        let e = object_fields("query", &json!([1]), &known).unwrap_err();
        assert_eq!(e.details[0].0, "query");
    }
}
