//! Crossing the JS boundary: caller input in, typed output out, with errors that name fields.

use serde::de::DeserializeOwned;
use serde::Serialize;
use tsify::{Ts, Tsify};
use std::cell::Cell;

use serde::de::{Deserializer, Visitor};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::error::{Error, Result};

/// Reads the caller's input object; a wrong, missing or unknown field is an `invalid_input`
/// error naming it (the argument's name when the whole value is wrong). Unknown keys are
/// refused here because serde-wasm-bindgen reads only the fields a struct declares, so
/// `deny_unknown_fields` never fires and a misspelt field (or a document's stale name such
/// as `TicketBody`) would otherwise be dropped without a word.
pub fn input<T: DeserializeOwned>(argument: &str, value: JsValue) -> Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::invalid_input(argument, "is required"));
    }
    if let (Some(object), Some(known)) = (value.dyn_ref::<js_sys::Object>(), field_names::<T>()) {
        if !value.is_function() && !js_sys::Array::is_array(&value) {
            for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
                if !known.contains(&key.as_str()) {
                    return Err(Error::invalid_input(&key, format!("is not a field of {argument} (it takes {})", known.join(", "))));
                }
            }
        }
    }
    read(argument, value)
}

/// Reads the fields `T` declares from the caller's object, ignoring other keys (for an
/// object that several readers share, such as a client's options); errors name the field.
pub fn read<T: DeserializeOwned>(argument: &str, value: JsValue) -> Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::invalid_input(argument, "is required"));
    }
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        let text = without_value(&e.into_inner().to_string());
        // "missing field `x`" names its field in the text; type errors are named by the path.
        let field = match text.split('`').nth(1) {
            Some(missing) if path == "." => missing.to_string(),
            Some(missing) => format!("{path}.{missing}"),
            None if path != "." && path != "?" => path,
            None => argument.to_string(),
        };
        Error::invalid_input(&field, text)
    })
}

/// Converts a result to the typed JS value the .d.ts promises (plain objects, `undefined`
/// for absent optional fields).
pub fn output<T: Tsify + Serialize>(value: &T) -> Result<Ts<T>> {
    Ok(Ts::new_unchecked(to_js(value)?))
}

/// Converts any serializable value to a plain JS value.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| Error::decode(format!("could not build the result: {e}")))
}

/// A record id from the caller: a non-empty string or a whole number, as the server's text.
pub fn record_id(field: &str, value: &JsValue) -> Result<String> {
    if let Some(n) = value.as_f64() {
        if n.fract() == 0.0 && (0.0..9.0e15).contains(&n) {
            return Ok(format!("{n}"));
        }
    }
    value
        .as_string()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.len() <= 64)
        .ok_or_else(|| Error::invalid_input(field, "must be a record id (a non-empty string or a whole number)"))
}

/// Runs one client operation: names the back end and operation in any error, removes the
/// given secrets from it, and turns it into the JS error the promise rejects with.
pub async fn run<T>(
    backend: &'static str,
    operation: &'static str,
    secrets: &[String],
    work: impl std::future::Future<Output = Result<T>>,
) -> std::result::Result<T, JsValue> {
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    work.await.map_err(|e| e.at(backend, operation).redact(&secrets).into())
}

/// The field names a struct deserializes (as the caller writes them), if `T` is a struct:
/// read by running its derived `Deserialize` against a deserializer that only records them.
pub fn field_names<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    let names = Cell::new(None);
    let _ = T::deserialize(FieldNames(&names));
    names.get()
}

/// A deserializer that only records the field names it is asked for.
struct FieldNames<'a>(&'a Cell<Option<&'static [&'static str]>>);

impl<'de> Deserializer<'de> for FieldNames<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> std::result::Result<V::Value, Self::Error> {
        self.0.set(Some(fields));
        Err(serde::de::Error::custom("field names recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// A serde message without the value it quotes ("invalid type: string \"hunter2\", expected
/// f64" → "wrong type: expected f64"): the value may be a password or a key.
fn without_value(text: &str) -> String {
    let (problem, rest) = match text {
        t if t.starts_with("invalid type: ") => ("wrong type", t),
        t if t.starts_with("invalid value: ") => ("wrong value", t),
        t if t.starts_with("invalid length ") => ("wrong length", t),
        _ => return text.to_string(),
    };
    match rest.rsplit_once(", expected ") {
        Some((_, expected)) => format!("{problem}: expected {expected}"),
        None => problem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::without_value;

    #[test]
    fn serde_messages_lose_the_value_they_quote() {
        assert_eq!(without_value("invalid type: string \"hunter2\", expected f64"), "wrong type: expected f64");
        assert_eq!(without_value("invalid type: integer `98765432`, expected a string"), "wrong type: expected a string");
        assert_eq!(without_value("missing field `email`"), "missing field `email`");
    }
}
