//! Crossing the JS boundary: caller input in, typed output out, with errors that name fields.

use serde::de::DeserializeOwned;
use serde::Serialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::JsValue;

use crate::core::error::{Error, Result};

/// Reads the caller's input object; a wrong or missing field is an `invalid_input` error
/// naming it (the argument's name when the whole value is wrong).
pub fn input<T: DeserializeOwned>(argument: &str, value: JsValue) -> Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::invalid_input(argument, "is required"));
    }
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        let text = e.into_inner().to_string();
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
