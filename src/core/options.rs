//! The options every client takes, checked once at construction.

use serde::Deserialize;
use tsify::Tsify;

use crate::core::error::{Error, Result};
use crate::core::url::check_base_url;

/// Default time a single attempt may take.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// Default number of retries of a call that is safe to repeat.
pub const DEFAULT_RETRIES: u32 = 2;
/// Default cap on the size of one answer.
pub const DEFAULT_MAX_RESPONSE_BYTES: u32 = 16 * 1024 * 1024;

/// Options shared by every client.
#[derive(Tsify, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ClientOptions {
    /// Where the back end lives, e.g. `"https://crm.example.com"`. Plain `http:` is accepted
    /// only for local hosts (localhost, 127.0.0.0/8, [::1]) unless `allowInsecureHttp` is set.
    pub base_url: String,
    /// How long one attempt may take, in milliseconds (default 30000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub timeout_ms: Option<f64>,
    /// How many times a call that is safe to repeat is retried after a network error,
    /// 408, 429 or 5xx (default 2; 0 disables retries). Writes are never retried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub retries: Option<f64>,
    /// Allow a plain `http:` base URL for a non-local host (credentials travel unencrypted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub allow_insecure_http: Option<bool>,
    /// The largest answer accepted, in bytes (default 16 MiB); a larger one fails with `too_large`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_response_bytes: Option<f64>,
}

/// Checked options: what the transport works with.
#[derive(Clone, Debug)]
pub struct Settings {
    pub base_url: String,
    pub timeout_ms: u32,
    pub retries: u32,
    pub max_response_bytes: u32,
}

impl ClientOptions {
    /// Reads and checks the common options from a client's options object (whatever else
    /// it holds). Read directly, not through a back end's `#[serde(flatten)]` struct, so that
    /// a wrong type is reported with its field name.
    pub fn settings_from_js(options: &wasm_bindgen::JsValue) -> Result<Settings> {
        let json = crate::core::js::json("options", options)?;
        let Some(fields) = json.as_object() else {
            return Err(Error::invalid_input("options", "must be an object like { baseUrl }"));
        };
        let get = |name: &str| fields.get(name).filter(|value| !value.is_null());
        let number = |name: &str| match get(name) {
            None => Ok(None),
            Some(value) => value.as_f64().map(Some).ok_or_else(|| Error::invalid_input(name, "must be a number")),
        };
        ClientOptions {
            base_url: match get("baseUrl") {
                None => return Err(Error::invalid_input("baseUrl", "is required")),
                Some(url) => url.as_str().ok_or_else(|| Error::invalid_input("baseUrl", "must be a string"))?.to_string(),
            },
            timeout_ms: number("timeoutMs")?,
            retries: number("retries")?,
            allow_insecure_http: match get("allowInsecureHttp") {
                None => None,
                Some(flag) => Some(flag.as_bool().ok_or_else(|| Error::invalid_input("allowInsecureHttp", "must be true or false"))?),
            },
            max_response_bytes: number("maxResponseBytes")?,
        }
        .check()
    }

    /// Checks every field; errors name the field.
    pub fn check(&self) -> Result<Settings> {
        Ok(Settings {
            base_url: check_base_url(&self.base_url, self.allow_insecure_http.unwrap_or(false))?,
            timeout_ms: whole_number("timeoutMs", self.timeout_ms, 1, 600_000, DEFAULT_TIMEOUT_MS)?,
            retries: whole_number("retries", self.retries, 0, 10, DEFAULT_RETRIES)?,
            max_response_bytes: whole_number(
                "maxResponseBytes",
                self.max_response_bytes,
                1024,
                1024 * 1024 * 1024,
                DEFAULT_MAX_RESPONSE_BYTES,
            )?,
        })
    }
}

/// An optional whole number within `min..=max`, or the default.
pub fn whole_number(field: &str, value: Option<f64>, min: u32, max: u32, default: u32) -> Result<u32> {
    match value {
        None => Ok(default),
        Some(v) if v.fract() == 0.0 && v >= min as f64 && v <= max as f64 => Ok(v as u32),
        Some(_) => Err(Error::invalid_input(
            field,
            format!("must be a whole number from {min} to {max}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::ErrorKind;

    fn options(base_url: &str) -> ClientOptions {
        ClientOptions {
            base_url: base_url.into(),
            timeout_ms: None,
            retries: None,
            allow_insecure_http: None,
            max_response_bytes: None,
        }
    }

    #[test]
    fn defaults_apply() {
        let s = options("https://x.example").check().unwrap();
        assert_eq!((s.timeout_ms, s.retries), (DEFAULT_TIMEOUT_MS, DEFAULT_RETRIES));
    }

    #[test]
    fn out_of_range_numbers_name_the_field() {
        let mut o = options("https://x.example");
        o.timeout_ms = Some(-1.0);
        let e = o.check().unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidInput);
        assert!(e.message.contains("timeoutMs"));
        o.timeout_ms = None;
        o.retries = Some(1.5);
        assert!(o.check().unwrap_err().message.contains("retries"));
        o.retries = Some(f64::NAN);
        assert!(o.check().unwrap_err().message.contains("retries"));
    }
}
