//! Reading the caller's input objects by one walk of their fields (no serde derive per input
//! type): unknown keys refused by name, required fields checked, each value read by its type
//! with an `invalid_input` error naming the field (`assignees.1` inside a list).

use serde::de::IgnoredAny;
use wasm_bindgen::{JsCast, JsValue};

use super::IdInput;
use crate::core::error::{Error, Result};
use crate::core::js::{caller_name, record_id, string};

/// A value of a field of the caller's input.
pub trait Input: Sized {
    /// Reads a value that is there (neither `undefined` nor `null`), naming `field` in errors.
    fn from_js(field: &str, value: &JsValue) -> Result<Self>;
}

/// An input object, declared by `record! { input … }`.
pub trait InputObject: Sized {
    /// The caller's names of its fields.
    fn field_names() -> Vec<String>;

    /// Reads its fields from the caller's object (already checked for unknown keys).
    fn from_object(object: &JsValue) -> Result<Self>;
}

/// Reads the caller's input object `argument`: refused when missing, not an object, or holding
/// a key that is not one of its fields (a misspelt field is never dropped without a word).
pub fn input<T: InputObject>(argument: &str, value: JsValue) -> Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::invalid_input(argument, "is required"));
    }
    let names = T::field_names();
    let Some(object) = value.dyn_ref::<js_sys::Object>().filter(|_| !value.is_function() && !js_sys::Array::is_array(&value)) else {
        return Err(Error::invalid_input(argument, format!("must be an object with the fields {}", names.join(", "))));
    };
    for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
        if !names.contains(&key) {
            return Err(Error::invalid_input(&key, format!("is not a field of {argument} (it takes {})", names.join(", "))));
        }
    }
    T::from_object(&value)
}

/// The field `rust_name` of the caller's object, `None` when left out (or `null`).
pub fn optional<T: Input>(object: &JsValue, rust_name: &str) -> Result<Option<T>> {
    let field = caller_name(rust_name);
    let value = js_sys::Reflect::get(object, &JsValue::from_str(&field)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    T::from_js(&field, &value).map(Some)
}

/// The field `rust_name` of the caller's object, which must be there.
pub fn required<T: Input>(object: &JsValue, rust_name: &str) -> Result<T> {
    optional(object, rust_name)?.ok_or_else(|| Error::invalid_input(&caller_name(rust_name), "is required"))
}

impl Input for String {
    fn from_js(field: &str, value: &JsValue) -> Result<String> {
        string(field, value)?.ok_or_else(|| Error::invalid_input(field, "wrong type: expected a string"))
    }
}

impl Input for IdInput {
    fn from_js(field: &str, value: &JsValue) -> Result<IdInput> {
        record_id(field, value).map(IdInput)
    }
}

impl<T: Input> Input for Vec<T> {
    fn from_js(field: &str, value: &JsValue) -> Result<Vec<T>> {
        if !js_sys::Array::is_array(value) {
            return Err(Error::invalid_input(field, "wrong type: expected a list"));
        }
        js_sys::Array::from(value).iter().enumerate().map(|(i, item)| T::from_js(&format!("{field}.{i}"), &item)).collect()
    }
}

/// A field read elsewhere (files, which are not data): anything is accepted here.
impl Input for IgnoredAny {
    fn from_js(_: &str, _: &JsValue) -> Result<IgnoredAny> {
        Ok(IgnoredAny)
    }
}

/// One of a closed set of names (a `code_enum!`'s snake_case names), else an error listing them.
pub fn one_of<T: Copy>(field: &str, value: &JsValue, set: &[(&str, T)]) -> Result<T> {
    let text = String::from_js(field, value)?;
    match set.iter().find(|(name, _)| *name == text) {
        Some((_, value)) => Ok(*value),
        None => {
            let names: Vec<String> = set.iter().map(|(name, _)| format!("`{name}`")).collect();
            Err(Error::invalid_input(field, format!("unknown value: expected one of {}", names.join(", "))))
        }
    }
}
