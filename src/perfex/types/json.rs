//! What the caller receives, as JSON: `ToJson` (written by `record!` and `code_enum!`) and its
//! implementations for the field types, handed to JS in one walk by `core::js::js_of`.

use crate::core::json::{Map, Value};

/// What the caller receives, as JSON (handed to JS in one walk by `core::js::js_of`): written
/// by `record!` and `code_enum!` instead of a serde derive per type. It consumes the value, so
/// that its texts move into the JSON instead of being copied.
pub trait ToJson {
    /// The value as JSON.
    fn to_json(self) -> Value;

    /// Adds the value to `record` as the field `name` (the caller's camelCase name, made once
    /// by `record!`); an absent optional value is left out.
    fn put(self, record: &mut Map, name: &str)
    where
        Self: Sized,
    {
        record.insert(name.to_string(), self.to_json());
    }
}

/// A record whose fields can join another record's (`#[serde(flatten)]`).
pub trait Fields {
    /// Adds its fields to `record`.
    fn fields(self, record: &mut Map);
}

impl ToJson for String {
    fn to_json(self) -> Value {
        Value::String(self)
    }
}

impl ToJson for bool {
    fn to_json(self) -> Value {
        Value::Bool(self)
    }
}

impl ToJson for f64 {
    fn to_json(self) -> Value {
        Value::from(self)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(self) -> Value {
        self.map_or(Value::Null, ToJson::to_json)
    }

    fn put(self, record: &mut Map, name: &str) {
        if let Some(value) = self {
            value.put(record, name);
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(self) -> Value {
        Value::Array(self.into_iter().map(ToJson::to_json).collect())
    }
}

/// The length of a Rust variant's name as serde's `snake_case` writes it (see `snake_bytes`).
pub const fn snake_len(name: &str) -> usize {
    let (bytes, mut i, mut len) = (name.as_bytes(), 0, 0);
    while i < bytes.len() {
        len += if i > 0 && bytes[i].is_ascii_uppercase() { 2 } else { 1 };
        i += 1;
    }
    len
}

/// A Rust variant's name as serde's `snake_case` writes it, made when compiling:
/// `PartiallyPaid` → `partially_paid` (for an ASCII name; `N` is `snake_len`).
pub const fn snake_bytes<const N: usize>(name: &str) -> [u8; N] {
    let (bytes, mut snake, mut i, mut at) = (name.as_bytes(), [0; N], 0, 0);
    while i < bytes.len() && at < N {
        if i > 0 && bytes[i].is_ascii_uppercase() && at + 1 < N {
            snake[at] = b'_';
            at += 1;
        }
        snake[at] = bytes[i].to_ascii_lowercase();
        at += 1;
        i += 1;
    }
    snake
}

/// A variant's snake_case name (see `snake_bytes`) as a `&'static str` constant.
macro_rules! snake_name_of {
    ($variant:ident) => {
        $crate::core::js::name_made_of!($variant, $crate::perfex::types::snake_len, $crate::perfex::types::snake_bytes)
    };
}
pub(crate) use snake_name_of;

/// A caller's value as the plain JS value the .d.ts promises.
pub fn js<T: ToJson>(value: T) -> wasm_bindgen::JsValue {
    crate::core::js::js_of(&value.to_json())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::InvoiceStatus;
    use crate::core::json::json;

    record! {
        /// A part.
        pub struct Part {
            /// A field.
            pub first_name: String,
        }
    }

    record! {
        /// A record with every kind of field.
        pub struct Whole {
            /// Flattened.
            #[serde(flatten)]
            pub part: Part,
            /// Optional.
            pub note?: String,
            /// A list.
            pub parts: Vec<Part>,
            /// A flag and a number.
            pub done: bool,
            /// A number.
            pub count: f64,
            /// A code.
            pub status?: InvoiceStatus,
        }
    }

    #[test]
    fn records_become_the_callers_json() {
        let part = || Part { first_name: "Ada".into() };
        let whole = Whole { part: part(), note: None, parts: vec![part()], done: true, count: 3.0, status: Some(InvoiceStatus::PartiallyPaid) };
        assert_eq!(
            whole.to_json(),
            json!({ "firstName": "Ada", "parts": [{ "firstName": "Ada" }], "done": true, "count": 3.0, "status": "partially_paid" })
        );
        assert_eq!(snake_name_of!(NotStarted), "not_started");
        assert_eq!(snake_name_of!(Open), "open");
    }
}
