//! The one error type every call rejects with, and its conversion to a real JS `Error`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Why a call failed: a closed set, exported to TypeScript as the `ErrorKind` union.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request never got an answer (DNS, refused or dropped connection, CORS).
    Network,
    /// No complete answer within the timeout.
    Timeout,
    /// The caller's `AbortSignal` fired.
    Aborted,
    /// An HTTP status the API does not describe further (5xx, 429, 408, ...).
    Http,
    /// Not signed in, wrong credentials, or the session expired or was revoked.
    Auth,
    /// Signed in, but not allowed to do this.
    Forbidden,
    /// The record does not exist.
    NotFound,
    /// The server refused the input; `details` names the fields.
    Validation,
    /// The server answered with an application-level failure.
    Api,
    /// The answer could not be read (HTML instead of JSON, truncated, wrong shape).
    Decode,
    /// The answer was larger than `maxResponseBytes`.
    TooLarge,
    /// The caller's input was refused before anything was sent; the message names the field.
    InvalidInput,
    /// A plain `http:` base URL for a non-local host without `allowInsecureHttp`.
    InsecureUrl,
}

impl ErrorKind {
    /// The wire name of the kind, as JS sees it in `error.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Network => "network",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Aborted => "aborted",
            ErrorKind::Http => "http",
            ErrorKind::Auth => "auth",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Validation => "validation",
            ErrorKind::Api => "api",
            ErrorKind::Decode => "decode",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::InsecureUrl => "insecure_url",
        }
    }
}

/// A failed call: what kind of failure, where, and whether trying again may help. Every
/// `Result` carries one, so its parts are boxed (read and set through `Deref` as if they were
/// inline): a pointer-sized error takes less code to move and return at each of the crate's
/// many `?`.
#[derive(Clone, PartialEq)]
pub struct Error(Box<ErrorParts>);

/// The parts of an `Error` (read and set through it).
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorParts {
    pub message: String,
    pub kind: ErrorKind,
    pub status: Option<u16>,
    pub backend: Option<&'static str>,
    pub operation: Option<&'static str>,
    pub retryable: bool,
    /// Field name → plain-text problem, for `validation` and `invalid_input`.
    pub details: Vec<(String, String)>,
    /// The server's own error code, when it sends one (`ACCESS_DENIED`).
    pub code: Option<String>,
}

impl std::ops::Deref for Error {
    type Target = ErrorParts;
    fn deref(&self) -> &ErrorParts {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorParts {
        &mut self.0
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Every fallible function in the crate returns this.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error of this kind with this message; everything else empty.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorParts {
            message: message.into(),
            kind,
            status: None,
            backend: None,
            operation: None,
            retryable: false,
            details: Vec::new(),
            code: None,
        }))
    }

    /// The caller's input is wrong: names the field in the message and in `details`.
    pub fn invalid_input(field: &str, problem: impl Into<String>) -> Error {
        let problem = problem.into();
        let mut e = Error::new(ErrorKind::InvalidInput, format!("{field}: {problem}"));
        e.details.push((field.to_string(), problem));
        e
    }

    /// The answer could not be decoded.
    pub fn decode(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Decode, message)
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Error {
        self.status = Some(status);
        self
    }

    /// Marks the error as worth retrying (or not).
    pub fn with_retryable(mut self, retryable: bool) -> Error {
        self.retryable = retryable;
        self
    }

    /// Sets the server's own error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Error {
        self.code = Some(code.into());
        self
    }

    /// Sets per-field details.
    pub fn with_details(mut self, details: Vec<(String, String)>) -> Error {
        self.details = details;
        self
    }

    /// Names the back end and the operation, unless already named.
    pub fn at(mut self, backend: &'static str, operation: &'static str) -> Error {
        self.backend.get_or_insert(backend);
        self.operation.get_or_insert(operation);
        self
    }

    /// Replaces every occurrence of each secret in every text of the error.
    pub fn redact(mut self, secrets: &[&str]) -> Error {
        let scrub = |text: &mut String| crate::core::secret::scrub(text, secrets);
        scrub(&mut self.message);
        for (field, problem) in &mut self.details {
            scrub(field);
            scrub(problem);
        }
        if let Some(code) = &mut self.code {
            scrub(code);
        }
        self
    }

    /// The error as the caller gets it: named by back end and operation (unless already
    /// named), with every one of `secrets` removed from its texts.
    pub fn for_caller(self, backend: &'static str, operation: &'static str, secrets: &[String]) -> Error {
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        self.at(backend, operation).redact(&secrets)
    }

    /// The full message: "<backend> <operation>: <message>".
    pub fn full_message(&self) -> String {
        match (self.backend, self.operation) {
            (Some(b), Some(o)) => format!("{b} {o}: {}", self.message),
            (Some(b), None) => format!("{b}: {}", self.message),
            _ => self.message.clone(),
        }
    }

    /// A real JS `Error` named `SwitchboardError` carrying every field.
    pub fn to_js(&self) -> JsValue {
        let error = js_sys::Error::new(&self.full_message());
        error.set_name("SwitchboardError");
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &value);
        };
        set("kind", JsValue::from_str(self.kind.as_str()));
        set("status", self.status.map(JsValue::from).unwrap_or(JsValue::UNDEFINED));
        set("backend", self.backend.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED));
        set("operation", self.operation.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED));
        set("retryable", JsValue::from_bool(self.retryable));
        set("code", self.code.as_deref().map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED));
        if !self.details.is_empty() {
            let details = js_sys::Object::new();
            for (field, problem) in &self.details {
                let _ = js_sys::Reflect::set(&details, &JsValue::from_str(field), &JsValue::from_str(problem));
            }
            set("details", details.into());
        }
        error.into()
    }
}

impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        error.to_js()
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.full_message())
    }
}

/// Whether `value` is an error thrown by Switchboard (works across copies of the package,
/// where `instanceof` would not).
#[wasm_bindgen(js_name = isSwitchboardError, unchecked_return_type = "value is SwitchboardError")]
pub fn is_switchboard_error(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> bool {
    value.is_instance_of::<js_sys::Error>()
        && js_sys::Reflect::get(&value, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .as_deref()
            == Some("SwitchboardError")
        && js_sys::Reflect::get(&value, &JsValue::from_str("kind"))
            .map(|k| k.is_string())
            .unwrap_or(false)
}

#[wasm_bindgen(typescript_custom_section)]
const ERROR_TS: &'static str = r#"
/** Why a call failed. */
export type ErrorKind =
  | "network" | "timeout" | "aborted" | "http" | "auth" | "forbidden" | "not_found"
  | "validation" | "api" | "decode" | "too_large" | "invalid_input" | "insecure_url";

/** Which back end a client talks to. */
export type Backend = "erp" | "pbx" | "perfex" | "neucrm";

/**
 * The error every Switchboard promise rejects with: a real `Error` whose `name` is
 * `"SwitchboardError"`. Test for it with `isSwitchboardError(e)`.
 */
export interface SwitchboardError extends Error {
  /** Always `"SwitchboardError"`: what tells this error from others without `instanceof`. */
  readonly name: "SwitchboardError";
  /** Why the call failed. */
  readonly kind: ErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The back end the call went to. */
  readonly backend?: Backend;
  /** The client method that failed, e.g. `"listTickets"`. */
  readonly operation?: string;
  /** Whether the same call may succeed if tried again later. */
  readonly retryable: boolean;
  /** The server's own error code, when it sends one (e.g. `"ACCESS_DENIED"`). */
  readonly code?: string;
  /** Field name → plain-text problem, for `validation` and `invalid_input` errors. */
  readonly details?: Readonly<Record<string, string>>;
}
"#;
