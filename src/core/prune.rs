//! Parsing an answer into a `serde_json::Value` that holds only the object keys its reader will
//! look at. A back end's rows can carry many more columns than a client reads (a joined row of
//! a hundred columns of which twenty matter); building, hashing and dropping the others is most
//! of the cost of a large answer. The skipped values are still checked as JSON (serde's
//! `IgnoredAny`), so a broken body fails the same way, but they are never built.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cmp::Ordering;
use std::fmt;

use crate::core::error::Result;
use crate::core::lenient::json_error;

/// Parses `bytes` (the answer, named `what` in errors). The top-level object is kept whole but
/// for its field `field`, inside which every object keeps only the keys in `keep` (which must be
/// ordered by `key_order`, each once) and the all-digit keys of keyed lists (`{"0": {...}}`,
/// PHP's array-as-object form). A top level that is not an object is kept as it is.
pub fn from_json_keeping(bytes: &[u8], what: &str, field: &str, keep: &[&str]) -> Result<Value> {
    let keep = Keep::new(keep);
    let mut parser = serde_json::Deserializer::from_slice(bytes);
    Level::Top { field, keep }
        .deserialize(&mut parser)
        .and_then(|value| parser.end().map(|()| value))
        .map_err(|e| json_error(bytes, what, &e))
}

/// The order of the keys `from_json_keeping` keeps: by length, then by their bytes (so that a
/// search mostly compares lengths).
pub fn key_order(a: &[u8], b: &[u8]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// The keys kept inside the pruned field, and a filter (one bit per key, by its length and end
/// bytes) that turns most other keys away without a search. 128 bits, as two native words of
/// wasm: with the few dozen keys of a row type and its nested rows, 64 let through nearly half
/// of the others.
#[derive(Clone, Copy)]
struct Keep<'k> {
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
    /// The kept `keys` (ordered by `key_order`) with their filter.
    fn new(keys: &'k [&'k str]) -> Keep<'k> {
        let mut filter = [0; 2];
        for key in keys {
            let (word, mask) = bit(key.as_bytes());
            filter[word] |= mask;
        }
        Keep { keys, filter }
    }

    /// Whether `key` is one of the kept keys.
    fn has(self, key: &[u8]) -> bool {
        let (word, mask) = bit(key);
        self.filter[word] & mask != 0 && self.keys.binary_search_by(|kept| key_order(kept.as_bytes(), key)).is_ok()
    }
}

/// Where a value sits: the top level, a value kept whole, or one inside the pruned field.
#[derive(Clone, Copy)]
enum Level<'k> {
    Top { field: &'k str, keep: Keep<'k> },
    Whole,
    Pruned(Keep<'k>),
}

impl<'k> Level<'k> {
    /// The level of the value under `key` of an object at this level.
    fn under(self, key: &str) -> Level<'k> {
        match self {
            Level::Top { field, keep } if key == field => Level::Pruned(keep),
            Level::Top { .. } => Level::Whole,
            level => level,
        }
    }
}

impl<'de, 'k> DeserializeSeed<'de> for Level<'k> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// An object key, owned only when the object keeps it. (Read as text, checked as a whole parse
/// checks it: serde_json's raw-bytes path would link a float printer for its error texts.)
struct Key<'k>(Level<'k>);

impl<'de, 'k> DeserializeSeed<'de> for Key<'k> {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Option<String>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'k> Visitor<'de> for Key<'k> {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<Option<String>, E> {
        let kept = match self.0 {
            Level::Pruned(keep) => keep.has(key.as_bytes()) || (!key.is_empty() && key.bytes().all(|b| b.is_ascii_digit())),
            _ => true,
        };
        Ok(kept.then(|| key.to_string()))
    }
}

impl<'de, 'k> Visitor<'de> for Level<'k> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> std::result::Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> std::result::Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> std::result::Result<Value, E> {
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> std::result::Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> std::result::Result<Value, A::Error> {
        let item = if let Level::Top { .. } = self { Level::Whole } else { self };
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0).min(4096));
        while let Some(value) = items.next_element_seed(item)? {
            list.push(value);
        }
        Ok(Value::Array(list))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> std::result::Result<Value, A::Error> {
        // Sized for every kept key at once (growing a row's map rehashes it each time).
        let mut object = match self {
            Level::Pruned(keep) => Map::with_capacity(keep.keys.len().min(64)),
            _ => Map::new(),
        };
        while let Some(key) = fields.next_key_seed(Key(self))? {
            match key {
                Some(key) => {
                    let value = fields.next_value_seed(self.under(&key))?;
                    object.insert(key, value);
                }
                None => {
                    fields.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(text: &str, keep: &[&'static str]) -> Value {
        let mut keep = keep.to_vec();
        keep.sort_unstable_by(|a, b| key_order(a.as_bytes(), b.as_bytes()));
        from_json_keeping(text.as_bytes(), "the answer", "data", &keep).unwrap()
    }

    #[test]
    fn inside_the_field_only_the_kept_keys_remain() {
        let value = parse(r#"{"status":true,"extra":{"a":1},"data":[{"id":"1","x":{"deep":[1,2]},"name":"n","nested":{"id":2,"y":3}}]}"#, &["name", "id", "nested"]);
        assert_eq!(value, json!({"status":true,"extra":{"a":1},"data":[{"id":"1","name":"n","nested":{"id":2}}]}));
    }

    #[test]
    fn keyed_lists_and_scalars_are_kept() {
        let value = parse(r#"{"data":{"0":{"id":1,"z":0},"1":{"id":2.5,"z":"s"},"":{"id":3}}}"#, &["id"]);
        assert_eq!(value, json!({"data":{"0":{"id":1},"1":{"id":2.5}}}));
        for data in ["null", "true", "-7", "\"text\"", "[]", "{}", "[[1,{\"q\":1}]]"] {
            let text = format!(r#"{{"data":{data}}}"#);
            let expected: Value = serde_json::from_str(&text.replace(r#"{"q":1}"#, "{}")).unwrap();
            assert_eq!(parse(&text, &[]), expected, "{data}");
        }
    }

    #[test]
    fn a_top_level_that_is_not_an_object_is_kept() {
        for text in ["[]", "[1,{\"a\":2}]", "null", "\"ok\"", "0"] {
            assert_eq!(parse(text, &[]), serde_json::from_str::<Value>(text).unwrap(), "{text}");
        }
    }

    #[test]
    fn a_broken_body_is_a_decode_error_that_does_not_quote_it() {
        for bad_key in [&b"{\"data\":[{\"\xff\":1}]}"[..], b"{\"data\":[{\"a\x01\":1}]}", br#"{"data":[{"\ud800":1}]}"#] {
            assert!(from_json_keeping(bad_key, "the answer", "data", &[]).is_err(), "{bad_key:?}");
        }
        for text in [r#"{"data":[{"id":"s3cret"#, r#"{"data":[{"skipped":"s3cret" 1}]}"#, "<html>s3cret</html>", r#"{"data":1} x"#] {
            let e = from_json_keeping(text.as_bytes(), "the answer", "data", &[]).unwrap_err();
            assert_eq!(e.kind, crate::core::error::ErrorKind::Decode, "{text}");
            assert!(!e.message.contains("s3cret"), "{}", e.message);
        }
    }

    #[test]
    fn keys_of_every_length_are_found_and_others_not() {
        let mut keys = vec!["a", "id", "ticketid", "b", "status_name", "x_y", "zz"];
        keys.sort_unstable_by(|a, b| key_order(a.as_bytes(), b.as_bytes()));
        let keep = Keep::new(&keys);
        for key in &keys {
            assert!(keep.has(key.as_bytes()), "{key}");
        }
        for other in ["", "c", "ix", "ticketi", "ticketids", "status_namf", "\u{e9}"] {
            assert!(!keep.has(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn escaped_keys_are_compared_unescaped() {
        assert_eq!(parse(r#"{"data":{"i\u0064":1,"n\u0061me2":2}}"#, &["id"]), json!({"data":{"id":1}}));
    }
}
