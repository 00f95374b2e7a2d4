//! Server answers read by a field walk instead of a serde derive per wire struct: `wire_struct!`
//! declares a struct of lenient fields and its `FromWire`, whose code is one call per field
//! to a reader that exists once per field type (not once per struct). The rules are those of
//! `core::lenient`: a scalar of the wrong type is absent, a missing field is its default, a
//! list may be `null`, `false`, `""` or an object keyed by index, and a row or record that is
//! not an object fails the decode (rows never vanish).

use crate::core::json::{Map, Value};

use crate::core::error::{Error, Result};
use crate::core::lenient::{Count, Flag, List, Text};
use crate::core::record::{self, text, Column};

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
        let rows = list_items(value)?;
        // A loop, not a `Result` collect: that brings an iterator adapter per row type.
        let mut list = Vec::with_capacity(rows.len());
        for row in rows {
            list.push(T::from_wire(row)?);
        }
        Ok(List(list))
    }
}

/// The items of a list: an array, or an object keyed by index; `null`, `false` or `""` is
/// empty. Out of line: one copy for every row type.
#[inline(never)]
fn list_items(value: &Value) -> Result<Vec<&Value>> {
    Ok(match value {
        Value::Array(rows) => rows.iter().collect(),
        Value::Object(rows) => rows.values().collect(),
        Value::Null | Value::Bool(_) => Vec::new(),
        Value::String(s) if s.trim().is_empty() => Vec::new(),
        _ => return Err(shape_error("a list")),
    })
}

/// The fields of a record: an object, or `None` for an empty array (how PHP writes an empty
/// object); anything else fails the decode.
pub fn fields_of(value: &Value) -> Result<Option<&Map>> {
    match value {
        Value::Object(fields) => Ok(Some(fields)),
        Value::Array(items) if items.is_empty() => Ok(None),
        _ => Err(shape_error("an object")),
    }
}

/// A server record (an object; missing or `[]` is an empty one, anything else fails the
/// decode) as the caller's record of `columns`.
pub fn record_of(value: Option<&Value>, columns: &[Column]) -> Result<Value> {
    match value {
        Some(value) if fields_of(value)?.is_some() => record::row(value, columns),
        _ => record::row(&Value::Object(Map::new()), columns),
    }
}

/// Reads one field of a record into `slot` (left at its default when missing); kept out of
/// line so a struct's reader is one call per field.
#[inline(never)]
pub fn read_field<T: FromWire>(slot: &mut T, fields: &Map, name: &str) -> Result<()> {
    if let Some(value) = fields.get(name) {
        *slot = T::from_wire(value)?;
    }
    Ok(())
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
            fn from_wire(value: &crate::core::json::Value) -> $crate::core::error::Result<$name> {
                let Some(_fields) = $crate::erp::from_wire::fields_of(value)? else {
                    return Ok($name::default());
                };
                // Filled field by field into a default value: an error drops one value, not
                // each field read so far (which made every reader several times larger).
                let mut _value = $name::default();
                $($crate::erp::from_wire::read_field(&mut _value.$field, _fields, $crate::erp::from_wire::wire_struct!(@wire $field $($wire)?))?;)*
                Ok(_value)
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
    use crate::core::json::json;

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
    fn scalars_of_any_shape_read_as_text_counts_and_flags() {
        let values = [json!("12"), json!(" 7 "), json!("x"), json!(""), json!("yes"), json!("0"), json!(true), json!(false), json!(0), json!(1), json!(2),
            json!(-3), json!(57.0), json!(1.5), json!(-2.0), json!(null), json!([1]), json!({ "a": 1 })];
        for v in &values {
            assert_eq!(Text::from_wire(v).unwrap().0, crate::core::record::text(v), "{v}");
        }
        let counts: Vec<_> = values.iter().map(|v| Count::from_wire(v).unwrap().0).collect();
        let flags: Vec<_> = values.iter().map(|v| Flag::from_wire(v).unwrap().0).collect();
        let (yes, no) = (Some(true), Some(false));
        assert_eq!(counts, [Some(12), Some(7), None, None, None, Some(0), None, None, Some(0), Some(1), Some(2), None, Some(57), None, None, None, None, None]);
        assert_eq!(flags, [None, None, None, None, yes, no, yes, no, no, yes, None, None, None, None, None, None, None, None]);
    }

    #[test]
    fn a_record_may_be_missing_or_empty_but_not_of_another_shape() {
        const COLUMNS: &[Column] = &[Column { caller: "name", wire: "n", shape: record::Shape::Text }];
        assert_eq!(record_of(Some(&json!({ "n": 1 })), COLUMNS).unwrap(), json!({ "name": "1" }));
        assert_eq!(record_of(None, COLUMNS).unwrap(), json!({ "name": "" }));
        assert_eq!(record_of(Some(&json!([])), COLUMNS).unwrap(), json!({ "name": "" }));
        assert!(record_of(Some(&json!(null)), COLUMNS).is_err() && record_of(Some(&json!("x")), COLUMNS).is_err());
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
    T::from_wire(&crate::core::json::from_str(json).expect("the sample is JSON")).expect("the sample decodes")
}
