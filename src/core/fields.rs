//! The caller's input objects read by a field walk instead of a serde derive per type: the
//! value becomes JSON by one walk (`js::json`), unknown keys are refused by name
//! (`js::object_fields`), and each type reads its fields with the readers of `Fields` (one copy
//! of each, whatever the number of input types). Every error is an `invalid_input` that names
//! the field and never quotes the value (it may be a password).

use crate::core::json::{Map, Value};
use wasm_bindgen::JsValue;

use crate::core::error::{Error, Result};
use crate::core::js::{id_text, json, object_fields};
use crate::core::lenient::Text;
use crate::core::record::text;

/// An input object of the caller's, read field by field.
pub trait Input: Sized {
    /// The caller's names of its fields (camelCase).
    const FIELDS: &'static [&'static str];
    /// The value of the checked fields.
    fn read(fields: &Fields) -> Result<Self>;
}

/// The caller's `argument` as `T`: `undefined` / `null` are refused as "is required".
pub fn read_input<T: Input>(argument: &str, value: &JsValue) -> Result<T> {
    let fields = input_fields(argument, value, T::FIELDS)?;
    let input = T::read(&Fields(&fields));
    discard(fields);
    input
}

/// The checked fields of the caller's `argument` (the part of `read_input` that does not
/// depend on the input type, kept out of line so that each type's copy stays a few calls).
#[inline(never)]
fn input_fields(argument: &str, value: &JsValue, known: &[&str]) -> Result<Map> {
    let value = json(argument, value)?;
    object_fields(argument, &value, known)?;
    match value {
        Value::Object(fields) => Ok(fields),
        _ => Ok(Map::new()),
    }
}

/// Drops the fields read (out of line: one copy of the drop, not one per input type).
#[inline(never)]
fn discard(fields: Map) {
    drop(fields);
}

/// The caller's `argument`, an object whose keys are not checked (for an input tagged by one
/// field, whose other fields depend on it), read by `read`.
pub fn read_open_input<T>(argument: &str, value: &JsValue, read: impl FnOnce(&Fields) -> Result<T>) -> Result<T> {
    let value = json(argument, value)?;
    let fields = value.as_object().ok_or_else(|| Error::invalid_input(argument, "must be an object"))?;
    read(&Fields(fields))
}

/// The caller's `argument` as `T` (see `read_input`) and, taken as it is, its field `aside`
/// (files, say, which are not plain data; `undefined` when left out). `T::FIELDS` need not
/// name `aside`.
pub fn read_input_beside<T: Input>(argument: &str, value: &JsValue, aside: &str) -> Result<(T, JsValue)> {
    let (rest, set_aside) = set_aside(argument, value, aside)?;
    Ok((read_input(argument, &rest)?, set_aside))
}

/// The caller's value without its field `aside`, and that field (`undefined` when left out,
/// or when the value is not a plain object, which `read_input` then refuses); an
/// `invalid_input` error naming `argument` or `aside` when reading them throws.
#[inline(never)]
fn set_aside(argument: &str, value: &JsValue, aside: &str) -> Result<(JsValue, JsValue)> {
    if !value.is_object() || value.is_function() || crate::core::js::is_array(argument, value)? {
        return Ok((value.clone(), JsValue::UNDEFINED));
    }
    let key = JsValue::from_str(aside);
    let set_aside = js_sys::Reflect::get(value, &key).map_err(|_| crate::core::js::unreadable(aside))?;
    let rest = crate::core::js::copy_of(argument, value)?;
    // Deleting a property of a fresh plain object cannot fail.
    let _ = js_sys::Reflect::delete_property(&rest, &key);
    Ok((rest.into(), set_aside))
}

/// The fields of a caller's object; a field set to `null` or `undefined` is absent.
pub struct Fields<'a>(&'a Map);

impl Fields<'_> {
    /// A field's value, `None` when absent.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name).filter(|value| !value.is_null())
    }

    /// A text the caller must give.
    pub fn string(&self, name: &str) -> Result<String> {
        self.optional_string(name)?.ok_or_else(|| Error::invalid_input(name, "is required"))
    }

    /// A text the caller may give.
    pub fn optional_string(&self, name: &str) -> Result<Option<String>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Error::invalid_input(name, "must be a string")),
        }
    }

    /// A number the caller must give.
    pub fn number(&self, name: &str) -> Result<f64> {
        self.optional_number(name)?.ok_or_else(|| Error::invalid_input(name, "is required"))
    }

    /// A number the caller may give.
    pub fn optional_number(&self, name: &str) -> Result<Option<f64>> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => value.as_f64().map(Some).ok_or_else(|| Error::invalid_input(name, "must be a number")),
        }
    }

    /// An id the caller must give, as a string or a number.
    pub fn id(&self, name: &str) -> Result<Text> {
        match self.get(name) {
            None => Err(Error::invalid_input(name, "is required")),
            Some(value) => Ok(Text(text(value))),
        }
    }

    /// An id the caller may give, as a string or a number.
    pub fn optional_id(&self, name: &str) -> Text {
        Text(self.get(name).and_then(text))
    }

    /// A record id the caller must give: a whole number or a non-empty string (see
    /// `js::record_id`), as text.
    pub fn record_id(&self, name: &str) -> Result<String> {
        self.optional_record_id(name)?.ok_or_else(|| Error::invalid_input(name, "is required"))
    }

    /// A record id the caller may give (see `record_id`).
    pub fn optional_record_id(&self, name: &str) -> Result<Option<String>> {
        self.get(name).map(|value| record_id(name, value)).transpose()
    }

    /// A list of record ids the caller may give; a wrong one is named by its place (`ids.1`).
    pub fn optional_record_ids(&self, name: &str) -> Result<Option<Vec<String>>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let items = value.as_array().ok_or_else(|| Error::invalid_input(name, "must be an array of record ids"))?;
        items.iter().enumerate().map(|(i, item)| record_id(&format!("{name}.{i}"), item)).collect::<Result<Vec<_>>>().map(Some)
    }

    /// A list of texts the caller may give.
    pub fn optional_strings(&self, name: &str) -> Result<Option<Vec<String>>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let items = value.as_array().ok_or_else(|| Error::invalid_input(name, "must be an array of strings"))?;
        items
            .iter()
            .map(|item| item.as_str().map(str::to_string).ok_or_else(|| Error::invalid_input(name, "must be an array of strings")))
            .collect::<Result<Vec<_>>>()
            .map(Some)
    }

    /// One of a closed set of texts (exactly as written), if the caller gives one; its index.
    pub fn optional_choice(&self, name: &str, choices: &[&str]) -> Result<Option<usize>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let found = value.as_str().and_then(|given| choices.iter().position(|choice| *choice == given));
        found.map(Some).ok_or_else(|| Error::invalid_input(name, format!("must be one of {}", crate::core::search::joined(choices, "\"", ", "))))
    }
}

/// A record id in the caller's JSON (see `Fields::record_id`).
fn record_id(field: &str, value: &Value) -> Result<String> {
    id_text(field, value.as_f64(), value.as_str())
}

/// A number as the caller would write it: whole numbers without a fraction (`2`, not `2.0`),
/// others as JavaScript's `String(n)` writes them (`0.25`). In wasm that is JavaScript's own
/// formatting, not a Rust float printer, which is large there; native builds (tests) use
/// Rust's, which agrees with it but for the exponent form of huge and tiny numbers.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        return (n as i64).to_string();
    }
    #[cfg(target_arch = "wasm32")]
    return js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    return n.to_string();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    fn fields(value: &Value) -> Fields<'_> {
        Fields(value.as_object().unwrap())
    }

    #[test]
    fn numbers_are_written_as_callers_write_them() {
        assert_eq!(number_text(2.0), "2");
        assert_eq!(number_text(0.25), "0.25");
        assert_eq!(number_text(-3.0), "-3");
    }

    #[test]
    fn record_ids_are_whole_numbers_or_texts() {
        let value = json!({ "n": 7, "s": " 12 ", "ids": [1, "a"], "bad": [1, 2.5], "half": 1.5, "empty": " ", "no": true });
        let f = fields(&value);
        assert_eq!(f.record_id("n").unwrap(), "7");
        assert_eq!(f.record_id("s").unwrap(), "12");
        assert_eq!(f.optional_record_id("missing").unwrap(), None);
        assert_eq!(f.optional_record_ids("ids").unwrap(), Some(vec!["1".to_string(), "a".to_string()]));
        assert_eq!(f.optional_record_ids("missing").unwrap(), None);
        for (e, field) in [
            (f.optional_record_ids("bad").unwrap_err(), "bad.1"),
            (f.optional_record_ids("n").unwrap_err(), "n"),
            (f.record_id("half").unwrap_err(), "half"),
            (f.record_id("empty").unwrap_err(), "empty"),
            (f.record_id("no").unwrap_err(), "no"),
            (f.record_id("missing").unwrap_err(), "missing"),
        ] {
            assert_eq!(e.details[0].0, field, "{}", e.message);
        }
    }

    #[test]
    fn fields_are_read_and_wrong_ones_named() {
        let value = json!({ "name": "x", "n": 3, "id": 7, "tags": ["a"], "kind": "paid", "none": null });
        let f = fields(&value);
        assert_eq!(f.string("name").unwrap(), "x");
        assert_eq!(f.number("n").unwrap(), 3.0);
        assert_eq!(f.id("id").unwrap().or_empty(), "7");
        assert_eq!(f.optional_strings("tags").unwrap(), Some(vec!["a".to_string()]));
        assert_eq!(f.optional_choice("kind", &["paid", "unpaid"]).unwrap(), Some(0));
        assert_eq!(f.optional_string("none").unwrap(), None);
        for (e, field) in [
            (f.string("n").unwrap_err(), "n"),
            (f.string("none").unwrap_err(), "none"),
            (f.number("name").unwrap_err(), "name"),
            (f.optional_strings("n").unwrap_err(), "n"),
            (f.optional_choice("name", &["paid"]).unwrap_err(), "name"),
            (f.id("missing").unwrap_err(), "missing"),
        ] {
            assert_eq!(e.details[0].0, field, "{}", e.message);
        }
    }
}
