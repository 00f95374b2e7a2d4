//! Reading the caller's input: unknown keys refused, required text checked.

use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::error::{Error, Result};
use crate::core::js::input;
use crate::perfex::wire;

/// Reads the caller's input object like `core::js::input`, but first refuses keys `T` does
/// not have: serde-wasm-bindgen looks struct fields up by name, so `deny_unknown_fields`
/// never fires, and the document's own names (`TicketBody`, `project`, `Message`) would
/// otherwise be dropped without a word.
pub(super) fn strict_input<T: DeserializeOwned>(argument: &str, value: JsValue) -> Result<T> {
    if value.is_object() && !js_sys::Array::is_array(&value) {
        let known = field_names::<T>();
        for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()) {
            if !known.contains(&key.as_str()) {
                return Err(Error::invalid_input(&key, format!("is not a field of {argument} (it takes {})", known.join(", "))));
            }
        }
    }
    input(argument, value)
}

/// The field names `T`'s derived `Deserialize` asks for (after renaming), read by running it
/// against a deserializer that only records them.
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};
    struct Grab(Option<&'static [&'static str]>);
    impl<'de> de::Deserializer<'de> for &mut Grab {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> std::result::Result<V::Value, Self::Error> {
            self.0 = Some(fields);
            Err(de::Error::custom("fields recorded"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut grab = Grab(None);
    let _ = T::deserialize(&mut grab);
    grab.0.unwrap_or(&[])
}

/// A required text field of the caller's input: trimmed, not empty.
pub(super) fn required(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid_input(field, "is required"));
    }
    Ok(value.to_string())
}

/// A comment's text: required, sent as the module's `content` field.
pub(super) fn comment_form(content: &JsValue) -> Result<Vec<(String, String)>> {
    let text = content.as_string().ok_or_else(|| Error::invalid_input("content", "must be a string"))?;
    Ok(vec![(wire::COMMENT_CONTENT.to_string(), required("content", &text)?)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::*;

    #[test]
    fn field_names_are_the_callers_names() {
        assert_eq!(field_names::<PerfexCredentials>(), ["email", "password"]);
        assert_eq!(field_names::<NewTicketReply>(), ["message", "attachments"]);
        assert!(field_names::<NewTicket>().contains(&"projectId"));
        assert!(field_names::<TaskChanges>().contains(&"startDate"));
        assert!(field_names::<PerfexRegistration>().contains(&"contactPhoneNumber"));
    }
}
