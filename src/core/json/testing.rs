//! What tests need of values: serde_json's values and `json!` converted, comparisons with plain
//! values, JSON text. None of it is in the shipped module.

use std::fmt;

use super::value::{Map, Num, Number, Value};
use super::{parse, SyntaxError};

/// `parse` of a text (tests only).
pub fn from_str(text: &str) -> Result<Value, SyntaxError> {
    parse(text.as_bytes())
}

/// Test values written as serde_json's `json!` writes them.
impl From<serde_json::Value> for Value {
    fn from(value: serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Value::from(u),
                (None, Some(i)) => Value::from(i),
                _ => Value::Number(Number(Num::Float(n.as_f64().unwrap_or_default()))),
            },
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(items) => Value::Array(items.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(members) => Value::Object(Map { members: members.into_iter().map(|(k, v)| (k, Value::from(v))).collect() }),
        }
    }
}

/// The same value as serde_json's (tests only: the fuzzers mutate serde_json's values).
impl From<&Value> for serde_json::Value {
    fn from(value: &Value) -> serde_json::Value {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => match n.0 {
                Num::Positive(n) => n.into(),
                Num::Negative(n) => n.into(),
                Num::Float(f) => f.into(),
            },
            Value::String(s) => s.as_str().into(),
            Value::Array(items) => items.iter().map(serde_json::Value::from).collect(),
            Value::Object(members) => members.iter().map(|(k, v)| (k.clone(), serde_json::Value::from(v))).collect(),
        }
    }
}

/// JSON text, as serde_json writes it (tests only).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        serde_json::Value::from(self).fmt(f)
    }
}

/// Serialized as serde_json's value is (tests only: the fuzzers compare what decoders give).
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_json::Value::from(self).serialize(s)
    }
}

/// An array's item, `null` when there is none (tests only, as serde_json's value has it).
impl std::ops::Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        static NULL: Value = Value::Null;
        self.as_array().and_then(|items| items.get(i)).unwrap_or(&NULL)
    }
}

/// Comparisons with plain values, as serde_json's value has them (tests only).
mod compare {
    use super::Value;
    macro_rules! equal {
        ($($t:ty),*) => {$(
            impl PartialEq<$t> for Value {
                #[allow(clippy::cmp_owned)]
                fn eq(&self, other: &$t) -> bool {
                    serde_json::Value::from(self) == *other
                }
            }
        )*};
    }
    equal!(&str, str, String, bool, i32, i64, u32, u64, f64);
}
