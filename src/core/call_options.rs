//! The optional last argument of every method: `{ signal?, timeoutMs? }`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::AbortSignal;

use crate::core::error::{Error, Result};
use crate::core::options::whole_number;

/// Per-call settings, read from the caller's `RequestOptions` object.
#[derive(Default, Clone)]
pub struct CallOptions {
    pub signal: Option<AbortSignal>,
    pub timeout_ms: Option<u32>,
}

impl CallOptions {
    /// Reads `{ signal?, timeoutMs? }`; `undefined` and `null` mean none.
    pub fn from_js(value: &JsValue) -> Result<CallOptions> {
        if value.is_undefined() || value.is_null() {
            return Ok(CallOptions::default());
        }
        if !value.is_object() {
            return Err(Error::invalid_input("options", "must be an object like { signal, timeoutMs }"));
        }
        let get = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).map_err(|_| crate::core::js::unreadable(key));
        let signal = match get("signal")? {
            s if s.is_undefined() || s.is_null() => None,
            // `aborted` read as a property: a Proxy of a signal passes `instanceof`, and
            // its getter then throws, which `AbortSignal::aborted` would let unwind through wasm.
            s if s.is_instance_of::<AbortSignal>() && js_sys::Reflect::get(&s, &"aborted".into()).is_ok() => Some(s.unchecked_into()),
            _ => return Err(Error::invalid_input("signal", "must be an AbortSignal")),
        };
        let timeout_ms = match get("timeoutMs")? {
            t if t.is_undefined() || t.is_null() => None,
            t => match t.as_f64() {
                Some(v) => Some(whole_number("timeoutMs", Some(v), 1, 600_000, 0)?),
                None => return Err(Error::invalid_input("timeoutMs", "must be a number of milliseconds")),
            },
        };
        Ok(CallOptions { signal, timeout_ms })
    }
}

#[wasm_bindgen(typescript_custom_section)]
const CALL_OPTIONS_TS: &'static str = r#"
/** Per-call settings, the optional last argument of every method. */
export interface RequestOptions {
  /** Cancels the call (and the underlying fetch); the promise rejects with kind `"aborted"`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (per attempt). */
  timeoutMs?: number;
}
"#;
