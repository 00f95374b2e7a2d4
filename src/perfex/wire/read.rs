//! Reading the server's rows out of one parsed `crate::core::json::Value`, field by field, instead of a
//! serde derive per row type (each derive instantiates the whole JSON parser again; this code
//! exists once per field). The lenient rules stay those of `core::lenient`: a scalar of the
//! wrong type is absent, the list forms of "nothing" are empty, a nested object of the wrong
//! shape is absent, and a row that is not an object fails the answer (rows never vanish).
//! Reading takes the values out of the parsed answer (its texts move into the rows instead of
//! being copied); each key is read by one field only.

use crate::core::json::{Map, Value};

use super::Maybe;
use crate::core::error::{Error, Result};
use crate::core::lenient::{Count, Flag, List, Text};

/// A value of the server's answer (`None` = the field is missing).
pub trait Read: Sized + Default {
    /// Reads it. Only a row that is not an object (or a list that is not a list) is wrong: that
    /// is noted in `wrong` (the whole answer then fails) and reads as the default, so building a
    /// row never stops half-way.
    fn read_noting(value: Option<&mut Value>, wrong: &mut Option<Error>) -> Self;

    /// Adds the object keys it reads (those of its nested and flattened rows included) to the
    /// key set `out` (see `push_keys`): the parse keeps no others (`core::json::parse_keeping`). A scalar
    /// reads none.
    fn keys(_out: &mut Vec<&'static str>) {}

    /// Reads it; a wrong row or list is a `decode` error.
    fn read(value: Option<&mut Value>) -> Result<Self> {
        let mut wrong = None;
        let value = Self::read_noting(value, &mut wrong);
        wrong.map_or(Ok(value), Err)
    }
}

/// A row type: read from the fields of an object (also those it shares with a flattened part).
pub trait Row: Sized {
    /// Reads it from the object's fields, noting a wrong nested row or list in `wrong`.
    fn from_fields(fields: &mut Map, wrong: &mut Option<Error>) -> Self;
}

/// The error for an answer whose `what` has the wrong shape (never quoting the answer).
#[inline(never)]
pub fn shape_error(what: &str) -> Error {
    Error::decode(format!("the answer: the server sent an unexpected shape ({what})"))
}

/// Notes the first wrong shape of an answer.
#[inline(never)]
fn note(wrong: &mut Option<Error>, what: &str) {
    if wrong.is_none() {
        *wrong = Some(shape_error(what));
    }
}

/// Reads a row type from a value: its fields, if it is an object (`[]`, PHP's empty array, has
/// none); anything else is noted as wrong and reads as a row of no fields (its default). One
/// call of `from_fields`, so that it is inlined once per row type.
pub fn row<R: Row>(value: Option<&mut Value>, wrong: &mut Option<Error>) -> R {
    let mut none = Map::new();
    let fields = match value {
        Some(Value::Object(fields)) => fields,
        Some(Value::Array(items)) if items.is_empty() => &mut none,
        _ => {
            note(wrong, "a row is not an object");
            &mut none
        }
    };
    R::from_fields(fields, wrong)
}

/// The field `name` of a row (out of line: one copy per field type, not one per field).
#[inline(never)]
pub fn field<T: Read>(fields: &mut Map, name: &str, wrong: &mut Option<Error>) -> T {
    T::read_noting(fields.get_mut(name), wrong)
}

/// The first of the fields `names` that a row has.
#[inline(never)]
pub fn first_field<T: Read>(fields: &mut Map, names: &[&str], wrong: &mut Option<Error>) -> T {
    let name = names.iter().find(|name| fields.contains_key(name));
    T::read_noting(name.and_then(|name| fields.get_mut(name)), wrong)
}

impl Read for Text {
    fn read_noting(value: Option<&mut Value>, _: &mut Option<Error>) -> Text {
        Text(match value {
            Some(Value::String(s)) => Some(std::mem::take(s)),
            value => value.and_then(|value| crate::core::record::text(value)),
        })
    }
}

impl Read for Flag {
    fn read_noting(value: Option<&mut Value>, _: &mut Option<Error>) -> Flag {
        Flag(match value {
            Some(Value::String(s)) => Text(Some(std::mem::take(s))).as_flag(),
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(0) => Some(false),
                Some(1) => Some(true),
                _ => None,
            },
            _ => None,
        })
    }
}

impl Read for Count {
    fn read_noting(value: Option<&mut Value>, _: &mut Option<Error>) -> Count {
        Count(match value {
            Some(Value::String(s)) => s.trim().parse().ok(),
            Some(Value::Number(n)) => match (n.as_u64(), n.as_f64()) {
                (Some(u), _) => Some(u),
                (None, Some(f)) if !n.is_i64() && f >= 0.0 && f.fract() == 0.0 && f < 9.0e15 => Some(f as u64),
                _ => None,
            },
            _ => None,
        })
    }
}

/// Adds the space-separated `names` (a row's field names, one string per row type) to the key
/// set `out` (in `core::json::key_order`), each once.
#[inline(never)]
pub fn push_keys(out: &mut Vec<&'static str>, names: &'static str) {
    for name in names.split(' ').filter(|name| !name.is_empty()) {
        if let Err(at) = out.binary_search_by(|kept| crate::core::json::key_order(kept.as_bytes(), name.as_bytes())) {
            out.insert(at, name);
        }
    }
}

/// The set of object keys a type reads (`keys` is its `Read::keys`), as
/// `core::json::parse_keeping` wants it.
pub fn key_set(keys: fn(&mut Vec<&'static str>)) -> Vec<&'static str> {
    let mut out = Vec::new();
    keys(&mut out);
    out
}

/// The items of a list the server sends: an array, or an object keyed by index; `null`,
/// `false` and `""` are its ways of saying "nothing"; anything else is noted as wrong.
pub fn items<'a>(value: Option<&'a mut Value>, wrong: &mut Option<Error>) -> Vec<&'a mut Value> {
    match value {
        Some(Value::Array(rows)) => rows.iter_mut().collect(),
        Some(Value::Object(rows)) => rows.values_mut().collect(),
        None | Some(Value::Null | Value::Bool(_)) => Vec::new(),
        Some(Value::String(s)) if s.trim().is_empty() => Vec::new(),
        Some(_) => {
            note(wrong, "expected a list");
            Vec::new()
        }
    }
}

impl<T: Read> Read for List<T> {
    fn read_noting(value: Option<&mut Value>, wrong: &mut Option<Error>) -> List<T> {
        List(items(value, wrong).into_iter().map(|row| T::read_noting(Some(row), wrong)).collect())
    }

    fn keys(out: &mut Vec<&'static str>) {
        T::keys(out)
    }
}

impl<T: Read> Read for Maybe<T> {
    fn read_noting(value: Option<&mut Value>, _: &mut Option<Error>) -> Maybe<T> {
        Maybe(T::read(value).ok())
    }

    fn keys(out: &mut Vec<&'static str>) {
        T::keys(out)
    }
}

/// Declares a row the server sends: a struct of lenient fields, each read from the field of
/// its name, or `= "name"` from another, `= ["a", "b"]` from the first present of several,
/// `= flatten` from the same object (a part shared by several rows).
macro_rules! wire_row {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[doc = $doc:literal])* pub $field:ident: $ty:ty $(= $how:tt)?),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Default)]
        pub struct $name {
            $($(#[doc = $doc])* pub $field: $ty,)*
        }

        impl $crate::perfex::wire::Row for $name {
            fn from_fields(
                fields: &mut crate::core::json::Map,
                wrong: &mut Option<$crate::core::error::Error>,
            ) -> $name {
                $name { $($field: $crate::perfex::wire::wire_row!(@get fields wrong $field $($how)?),)* }
            }
        }

        impl $crate::perfex::wire::Read for $name {
            fn read_noting(value: Option<&mut crate::core::json::Value>, wrong: &mut Option<$crate::core::error::Error>) -> $name {
                $crate::perfex::wire::row(value, wrong)
            }

            fn keys(out: &mut Vec<&'static str>) {
                $crate::perfex::wire::push_keys(out, concat!($($crate::perfex::wire::wire_row!(@keys $field $($how)?), " "),*));
                $(<$ty as $crate::perfex::wire::Read>::keys(out);)*
            }
        }
    };
    (@keys $field:ident) => { stringify!($field) };
    (@keys $field:ident flatten) => { "" };
    (@keys $field:ident [$($name:literal),+]) => { concat!($($name, " "),+) };
    (@keys $field:ident $name:literal) => { $name };
    (@get $fields:ident $wrong:ident $field:ident) => { $crate::perfex::wire::field($fields, stringify!($field), $wrong) };
    (@get $fields:ident $wrong:ident $field:ident flatten) => { $crate::perfex::wire::Row::from_fields($fields, $wrong) };
    (@get $fields:ident $wrong:ident $field:ident [$($name:literal),+]) => {
        $crate::perfex::wire::first_field($fields, &[$($name),+], $wrong)
    };
    (@get $fields:ident $wrong:ident $field:ident $name:literal) => { $crate::perfex::wire::field($fields, $name, $wrong) };
}
pub(crate) use wire_row;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    wire_row! {
        /// A row of every kind of field.
        pub struct Sample {
            pub id: Text,
            pub flag: Flag,
            pub n: Count,
            pub kind: Text = "type",
            pub any: Text = ["a", "b"],
            pub nested: Maybe<Part>,
            pub part: Part = flatten,
            pub items: List<Part>,
        }
    }

    wire_row! {
        /// A part.
        pub struct Part {
            pub x: Text,
        }
    }

    fn sample(mut value: Value) -> Result<Sample> {
        Sample::read(Some(&mut value))
    }

    #[test]
    fn scalars_of_any_shape_read_as_lenient_decoding_does() {
        let rows: List<Sample> = List::read(Some(&mut json!([
            {"id":"7","flag":"1","n":"12"},
            {"id":7,"flag":true,"n":3},
            {"id":null,"flag":"x","n":-1},
            {"id":{"a":[1]},"flag":[],"n":"abc"},
            {"id":17.5,"flag":1.0,"n":4.0},
            {}
        ])))
        .unwrap();
        let ids: Vec<_> = rows.0.iter().map(|r| r.id.0.clone()).collect();
        assert_eq!(ids, vec![Some("7".into()), Some("7".into()), None, None, Some("17.5".into()), None]);
        let flags: Vec<_> = rows.0.iter().map(|r| r.flag.0).collect();
        assert_eq!(flags, vec![Some(true), Some(true), None, None, None, None]);
        let counts: Vec<_> = rows.0.iter().map(|r| r.n.0).collect();
        assert_eq!(counts, vec![Some(12), Some(3), None, None, Some(4), None]);
    }

    #[test]
    fn whole_numbers_sent_as_floats_read_as_integers() {
        assert_eq!(Text::read(Some(&mut json!(12.0))).unwrap().0.as_deref(), Some("12"));
    }

    #[test]
    fn names_aliases_flattened_and_nested_parts_are_read() {
        let s = sample(json!({"type":"t","b":"second","x":"flat","nested":{"x":"in"},"items":{"0":{"x":"1"},"1":{"x":"2"}}})).unwrap();
        assert_eq!((s.kind.or_empty(), s.any.or_empty(), s.part.x.or_empty()), ("t".into(), "second".into(), "flat".into()));
        assert_eq!(s.nested.0.map(|n| n.x.or_empty()), Some("in".into()));
        assert_eq!(s.items.0.len(), 2);
        for odd in [json!("oops"), json!(null), json!(5)] {
            assert!(sample(json!({ "nested": odd })).unwrap().nested.0.is_none());
        }
        assert!(sample(json!({ "nested": [] })).unwrap().nested.0.is_some());
    }

    #[test]
    fn a_row_declares_every_key_it_reads_nested_and_flattened_ones_included() {
        assert_eq!(key_set(Sample::keys), vec!["a", "b", "n", "x", "id", "flag", "type", "items", "nested"]);
        assert_eq!(key_set(List::<Maybe<Part>>::keys), vec!["x"]);
        assert!(key_set(Text::keys).is_empty());
    }

    #[test]
    fn empty_lists_come_in_many_shapes_and_rows_never_vanish() {
        for nothing in [json!(null), json!(false), json!(""), json!([]), json!({})] {
            assert!(List::<Part>::read(Some(&mut nothing.clone())).unwrap().0.is_empty(), "{nothing}");
        }
        assert!(List::<Part>::read(None).unwrap().0.is_empty());
        assert!(List::<Part>::read(Some(&mut json!([{"x":"1"}, 5]))).is_err());
        let e = List::<Part>::read(Some(&mut json!("s3cret"))).err().unwrap();
        assert!(!e.message.contains("s3cret"), "{}", e.message);
        assert!(sample(json!({ "items": 5 })).is_err());
        assert!(sample(json!("row")).is_err());
    }
}
