//! The caller's input object read field by field, for inputs declared without a serde derive
//! (one copy of this code serves every input type): each reader names the field in its
//! `invalid_input` error and never quotes the value (it may be a password).

use serde_json::{Map, Value};
use wasm_bindgen::JsValue;

use crate::core::error::{Error, Result};

/// The fields of one input object.
pub struct Fields {
    fields: Map<String, Value>,
}

impl Fields {
    /// Reads the caller's object `argument` (see `js::json`); anything but an object, or a key
    /// not among `known`, is an `invalid_input` error naming it.
    pub fn from_js(argument: &str, value: &JsValue, known: &[&str]) -> Result<Fields> {
        Fields::from_json(argument, &crate::core::js::json(argument, value)?, known)
    }

    /// `from_js` for a value already read as JSON.
    pub fn from_json(argument: &str, value: &Value, known: &[&str]) -> Result<Fields> {
        Ok(Fields { fields: crate::core::js::object_fields(argument, value, known)?.clone() })
    }

    /// The value of `name`, absent when missing or `null`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.fields.get(name).filter(|value| !value.is_null())
    }

    /// An optional text.
    pub fn text(&self, name: &str) -> Result<Option<String>> {
        self.get(name).map(|value| value.as_str().map(str::to_string).ok_or_else(|| Error::invalid_input(name, "must be a string"))).transpose()
    }

    /// A required text (it may still be blank; the caller checks what blank means).
    pub fn required_text(&self, name: &str) -> Result<String> {
        self.text(name)?.ok_or_else(|| Error::invalid_input(name, "is required"))
    }

    /// An optional `true` or `false`.
    pub fn flag(&self, name: &str) -> Result<Option<bool>> {
        self.get(name).map(|value| value.as_bool().ok_or_else(|| Error::invalid_input(name, "must be true or false"))).transpose()
    }

    /// An optional number.
    pub fn number(&self, name: &str) -> Result<Option<f64>> {
        self.get(name).map(|value| value.as_f64().ok_or_else(|| Error::invalid_input(name, "must be a number"))).transpose()
    }
}

/// A number as the caller would write it: whole numbers without a fraction (`2`, not `2.0`),
/// others as JSON writes them (`0.25`). Not Rust's float formatting, which is large in wasm.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        (n as i64).to_string()
    } else {
        serde_json::Number::from_f64(n).map_or_else(String::new, |n| n.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(value: Value) -> Fields {
        Fields::from_json("input", &value, &["name", "on", "n"]).unwrap()
    }

    #[test]
    fn each_reader_names_its_field() {
        let f = fields(json!({ "name": "x", "on": true, "n": 2.5 }));
        assert_eq!((f.text("name").unwrap(), f.flag("on").unwrap(), f.number("n").unwrap()), (Some("x".into()), Some(true), Some(2.5)));
        let wrong = fields(json!({ "name": 1, "on": "yes", "n": "2" }));
        assert_eq!(wrong.text("name").unwrap_err().details[0].0, "name");
        assert_eq!(wrong.flag("on").unwrap_err().details[0].0, "on");
        assert_eq!(wrong.number("n").unwrap_err().details[0].0, "n");
        let empty = fields(json!({ "name": null }));
        assert_eq!(empty.text("name").unwrap(), None);
        assert_eq!(empty.required_text("name").unwrap_err().details[0].0, "name");
        assert!(Fields::from_json("input", &json!({ "nmae": 1 }), &["name"]).is_err());
    }

    #[test]
    fn numbers_are_written_as_callers_write_them() {
        assert_eq!(number_text(2.0), "2");
        assert_eq!(number_text(0.25), "0.25");
        assert_eq!(number_text(-3.0), "-3");
    }
}
