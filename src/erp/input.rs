//! ERP input that is more than plain data: a ticket's attachments (files) travel as they are,
//! beside the fields `core::fields` reads.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::error::Result;
use crate::core::fields::{read_input, Input};

/// The caller's `argument` as `T` and, taken as it is, its field `attachments` (files, which
/// are not plain data); the other fields are read as `read_input` reads them.
pub fn read_input_with_files<T: Input>(argument: &str, value: &JsValue) -> Result<(T, JsValue)> {
    if !value.is_object() || value.is_function() || js_sys::Array::is_array(value) {
        return read_input(argument, value).map(|input| (input, JsValue::UNDEFINED));
    }
    let key = JsValue::from_str("attachments");
    let files = js_sys::Reflect::get(value, &key).unwrap_or_default();
    let rest = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
    // Deleting a property of a fresh plain object cannot fail.
    let _ = js_sys::Reflect::delete_property(&rest, &key);
    Ok((read_input(argument, &rest)?, files))
}
