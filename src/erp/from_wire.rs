//! Server answers read by a field walk instead of a serde derive per wire struct: `wire_struct!`
//! declares a struct of lenient fields and its `FromWire`, whose code is one call per field
//! to a reader that exists once per field type (not once per struct). The rules are those of
//! `core::lenient`: a scalar of the wrong type is absent, a missing field is its default, a
//! list may be `null`, `false`, `""` or an object keyed by index, and a row or record that is
//! not an object fails the decode (rows never vanish).

use serde_json::{Map, Value};

use crate::core::error::{Error, Result};
use crate::core::lenient::{Count, Flag, List, Text};
use crate::core::record::text;

/// A value of the server's answer, read leniently.
pub trait FromWire: Sized + Default {
    /// The value read from the server's JSON.
    fn from_wire(value: &Value) -> Result<Self>;
}

// The scalars are read from the JSON value directly (not through their serde impls, whose
// float formatting would come along): the same rules as `core::lenient`.

impl FromWire for Text {
    fn from_wire(value: &Value) -> Result<Text> {
        Ok(Text(text(value)))
    }
}

impl FromWire for Count {
    fn from_wire(value: &Value) -> Result<Count> {
        Ok(Count(match value {
            Value::String(s) => s.trim().parse().ok(),
            Value::Number(n) if n.is_f64() => n.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0 && *f < 9.0e15).map(|f| f as u64),
            Value::Number(n) => n.as_u64(),
            _ => None,
        }))
    }
}

impl FromWire for Flag {
    fn from_wire(value: &Value) -> Result<Flag> {
        Ok(Flag(match value {
            Value::String(s) => Text(Some(s.clone())).as_flag(),
            Value::Bool(b) => Some(*b),
            Value::Number(n) => match n.as_i64() {
                Some(0) => Some(false),
                Some(1) => Some(true),
                _ => None,
            },
            _ => None,
        }))
    }
}

impl FromWire for Value {
    fn from_wire(value: &Value) -> Result<Value> {
        Ok(value.clone())
    }
}

impl<T: FromWire> FromWire for Option<T> {
    fn from_wire(value: &Value) -> Result<Option<T>> {
        match value {
            Value::Null => Ok(None),
            value => T::from_wire(value).map(Some),
        }
    }
}

impl<T: FromWire> FromWire for List<T> {
    fn from_wire(value: &Value) -> Result<List<T>> {
        let rows: Vec<&Value> = match value {
            Value::Array(rows) => rows.iter().collect(),
            Value::Object(rows) => rows.values().collect(),
            Value::Null | Value::Bool(_) => Vec::new(),
            Value::String(s) if s.trim().is_empty() => Vec::new(),
            _ => return Err(shape_error("a list")),
        };
        rows.into_iter().map(T::from_wire).collect::<Result<Vec<T>>>().map(List)
    }
}

/// The fields of a record: an object, or `None` for an empty array (how PHP writes an empty
/// object); anything else fails the decode.
pub fn fields_of(value: &Value) -> Result<Option<&Map<String, Value>>> {
    match value {
        Value::Object(fields) => Ok(Some(fields)),
        Value::Array(items) if items.is_empty() => Ok(None),
        _ => Err(shape_error("an object")),
    }
}

/// One field of a record: its default when missing.
pub fn field<T: FromWire>(fields: &Map<String, Value>, name: &str) -> Result<T> {
    fields.get(name).map_or_else(|| Ok(T::default()), T::from_wire)
}

/// The `decode` error of a value of the wrong shape (never quoting it).
#[inline(never)]
fn shape_error(expected: &str) -> Error {
    Error::decode(format!("the answer has an unexpected shape (expected {expected})"))
}

/// Declares a wire struct (every field `pub`, `Default`) and its `FromWire`: each field's doc,
/// name, type and, when the server's name differs, `= "name"`.
macro_rules! wire_struct {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$doc:meta])* $field:ident: $ty:ty $(= $wire:literal)?),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Default)]
        pub struct $name {
            $($(#[$doc])* pub $field: $ty,)*
        }

        impl $crate::erp::from_wire::FromWire for $name {
            fn from_wire(value: &serde_json::Value) -> $crate::core::error::Result<$name> {
                let Some(_fields) = $crate::erp::from_wire::fields_of(value)? else {
                    return Ok($name::default());
                };
                Ok($name {
                    $($field: $crate::erp::from_wire::field(_fields, $crate::erp::from_wire::wire_struct!(@wire $field $($wire)?))?,)*
                })
            }
        }
    };
    (@wire $field:ident $wire:literal) => { $wire };
    (@wire $field:ident) => { stringify!($field) };
}
pub(crate) use wire_struct;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    wire_struct! {
        /// A test row.
        pub struct Row {
            id: Text,
            kind: Text = "type",
            n: Count,
            on: Flag,
            tags: List<Text>,
            inner: Option<Inner>,
        }
    }

    wire_struct! {
        /// A nested record.
        pub struct Inner {
            name: Text,
        }
    }

    #[test]
    fn fields_are_read_leniently() {
        let row = Row::from_wire(&json!({ "id": 7, "type": "M", "n": "12", "on": "1", "tags": ["a", 1], "inner": { "name": "x" }, "extra": 1 })).unwrap();
        assert_eq!((row.id.or_empty().as_str(), row.kind.or_empty().as_str(), row.n.0, row.on.0), ("7", "M", Some(12), Some(true)));
        assert_eq!(row.tags.0.len(), 2);
        assert_eq!(row.inner.map(|i| i.name.or_empty()), Some("x".to_string()));
        let odd = Row::from_wire(&json!({ "id": {}, "n": [1], "on": "maybe", "tags": false, "inner": null })).unwrap();
        assert!(odd.id.0.is_none() && odd.n.0.is_none() && odd.on.0.is_none() && odd.tags.0.is_empty() && odd.inner.is_none());
        assert!(Row::from_wire(&json!([])).unwrap().id.0.is_none());
    }

    #[test]
    fn scalars_read_as_core_lenient_reads_them() {
        use serde::Deserialize;
        let values = [json!("12"), json!(" 7 "), json!("x"), json!(""), json!("yes"), json!("0"), json!(true), json!(false), json!(0), json!(1), json!(2),
            json!(-3), json!(57.0), json!(1.5), json!(-2.0), json!(null), json!([1]), json!({ "a": 1 })];
        for v in &values {
            assert_eq!(Text::from_wire(v).unwrap().0, Text::deserialize(v).unwrap().0, "{v}");
            assert_eq!(Count::from_wire(v).unwrap().0, Count::deserialize(v).unwrap().0, "{v}");
            assert_eq!(Flag::from_wire(v).unwrap().0, Flag::deserialize(v).unwrap().0, "{v}");
        }
    }

    #[test]
    fn rows_that_are_not_objects_fail_the_decode() {
        assert!(List::<Row>::from_wire(&json!([{ "id": 1 }, 5])).is_err());
        assert_eq!(List::<Row>::from_wire(&json!({ "0": { "id": 1 }, "1": {} })).unwrap().0.len(), 2);
        let Err(e) = List::<Row>::from_wire(&json!("s3cret")) else { panic!("a text is not a list") };
        assert!(!e.message.contains("s3cret"), "{}", e.message);
        assert!(Row::from_wire(&json!({ "inner": "x" })).is_err());
    }
}

/// A wire value of a sample answer (tests only).
#[cfg(test)]
pub fn parse<T: FromWire>(json: &str) -> T {
    T::from_wire(&serde_json::from_str(json).expect("the sample is JSON")).expect("the sample decodes")
}
