//! Results that are not one flat row of a `core::record` table (nested editions, fallbacks
//! between fields, defaults other than absent), built as JSON by hand: `Row` reads the
//! server's record field by field with the rules of `core::lenient`, `Out` writes the caller's
//! object in the declared field order. Both exist once, whatever the number of result types
//! (no serde derive per type), and `js_of` hands the JSON to the caller.

use crate::core::json::{Map, Value};

use crate::core::error::Result;
use crate::core::record::{items, text};
use crate::erp::from_wire::fields_of;

/// A record of the server's, read leniently: a missing field or a value of the wrong type
/// is absent (`""` for `text`).
#[derive(Clone, Copy, Debug)]
pub struct Row<'a>(Option<&'a Map>);

impl<'a> Row<'a> {
    /// A record: an object, or an empty array (how PHP writes an empty object); anything
    /// else fails the decode.
    pub fn of(value: &'a Value) -> Result<Row<'a>> {
        fields_of(value).map(Row)
    }

    /// The record under `key` (an empty one when missing).
    pub fn record(&self, key: &str) -> Result<Row<'a>> {
        match self.get(key) {
            Some(value) => Row::of(value),
            None => Ok(Row(None)),
        }
    }

    /// The records of the list under `key`; "no rows" in any of the server's ways is empty,
    /// a row that is not an object fails the decode.
    pub fn list(&self, key: &str) -> Result<Vec<Row<'a>>> {
        match self.get(key) {
            Some(value) => rows_of(items(value)?),
            None => Ok(Vec::new()),
        }
    }

    /// The record as it was sent (an empty object when it was missing or `[]`).
    pub fn value(&self) -> Value {
        Value::Object(self.0.cloned().unwrap_or_default())
    }

    /// A field as it was sent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.0.and_then(|fields| fields.get(key))
    }

    /// A scalar field as text, `""` when missing.
    pub fn text(&self, key: &str) -> String {
        self.get(key).and_then(text).unwrap_or_default()
    }

    /// A scalar field as text, absent when missing or empty.
    pub fn non_empty(&self, key: &str) -> Option<String> {
        self.get(key).and_then(text).filter(|t| !t.is_empty())
    }

    /// A whole number sent as text or a number.
    pub fn count(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(text).and_then(|t| t.trim().parse().ok())
    }

    /// A flag sent as `1`/`0`, `true`/`false`, `yes`/`no`.
    pub fn flag(&self, key: &str) -> Option<bool> {
        self.get(key).and_then(text).as_deref().and_then(crate::core::lenient::parse_flag)
    }

    /// The edition `{ key, name }` of a record, the name falling back to the key.
    pub fn edition(&self, key_field: &str, name_field: &str) -> Value {
        edition(self.text(key_field), self.non_empty(name_field))
    }
}

/// The records of a list's items; an item that is not an object fails the decode. (A loop,
/// not a `Result` collect: that brings an iterator adapter of its own.)
pub fn rows_of(items: Vec<&Value>) -> Result<Vec<Row<'_>>> {
    let mut rows = Vec::with_capacity(items.len());
    for item in items {
        rows.push(Row::of(item)?);
    }
    Ok(rows)
}

/// An edition `{ key, name }`, the name falling back to the key.
pub fn edition(key: String, name: Option<String>) -> Value {
    let name = name.unwrap_or_else(|| key.clone());
    Out::new().text("key", key).text("name", name).build()
}

/// The caller's object, its fields in the order they are added; an absent optional field is
/// left out. Boxed: the builder is passed by value at every field, and a pointer is cheaper
/// to move than the map itself (less code at each of the many call sites).
#[derive(Default)]
pub struct Out(Box<Map>);

impl Out {
    /// An empty object.
    pub fn new() -> Out {
        Out::default()
    }

    /// A text field.
    pub fn text(self, key: &str, value: String) -> Out {
        self.value(key, Value::String(value))
    }

    /// A text field, left out when `None`.
    pub fn optional(self, key: &str, value: Option<String>) -> Out {
        match value {
            Some(value) => self.text(key, value),
            None => self,
        }
    }

    /// Text fields copied from `row`, each (the caller's name, the server's name); `""` when
    /// missing. One loop over a table instead of a call pair per field.
    pub fn texts(mut self, row: &Row, fields: &[(&str, &str)]) -> Out {
        for (key, wire) in fields {
            self = self.text(key, row.text(wire));
        }
        self
    }

    /// Text fields copied from `row` as `texts` does, each left out when missing or empty.
    pub fn optionals(mut self, row: &Row, fields: &[(&str, &str)]) -> Out {
        for (key, wire) in fields {
            self = self.optional(key, row.non_empty(wire));
        }
        self
    }

    /// A number field.
    pub fn number(self, key: &str, value: u64) -> Out {
        self.value(key, Value::from(value))
    }

    /// A number field, left out when `None`.
    pub fn optional_number(self, key: &str, value: Option<u64>) -> Out {
        match value {
            Some(value) => self.number(key, value),
            None => self,
        }
    }

    /// A number field that may have a fraction, left out when `None`.
    pub fn optional_float(self, key: &str, value: Option<f64>) -> Out {
        match value {
            Some(value) => self.value(key, Value::from(value)),
            None => self,
        }
    }

    /// A `true` / `false` field.
    pub fn flag(self, key: &str, value: bool) -> Out {
        self.value(key, Value::Bool(value))
    }

    /// Any field.
    pub fn value(mut self, key: &str, value: Value) -> Out {
        self.0.insert(key.to_string(), value);
        self
    }

    /// The object.
    pub fn build(self) -> Value {
        Value::Object(*self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    #[test]
    fn rows_are_read_leniently_and_objects_keep_their_order() {
        let value = json!({ "n": "12", "f": "yes", "t": 7, "e": "", "k": "K", "r": [], "l": { "0": { "a": 1 } } });
        let row = Row::of(&value).unwrap();
        assert_eq!((row.count("n"), row.flag("f"), row.text("t"), row.non_empty("e"), row.text("missing")), (Some(12), Some(true), "7".into(), None, String::new()));
        assert_eq!(row.edition("k", "missing"), json!({ "key": "K", "name": "K" }));
        assert!(row.record("r").unwrap().get("a").is_none());
        assert_eq!(row.record("missing").unwrap().value(), json!({}));
        assert_eq!(row.list("l").unwrap()[0].text("a"), "1");
        assert!(row.list("missing").unwrap().is_empty());
        assert!(Row::of(&json!("s")).is_err() && row.record("t").is_err());
        assert!(Row::of(&json!({ "l": [1] })).unwrap().list("l").is_err());
        let out = Out::new().text("b", "x".into()).optional("gone", None).number("a", 2).optional_number("n", Some(1)).optional_float("x", None).flag("f", false).build();
        assert_eq!(out, json!({ "b": "x", "a": 2, "n": 1, "f": false }));
        let keys: Vec<&str> = out.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["b", "a", "n", "f"]);
    }
}
