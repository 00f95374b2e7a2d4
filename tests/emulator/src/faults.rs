//! Faults a test can arm in a scope (`POST /__emulator/faults`), and what each one does
//! to the answer of a matching request.

use std::time::Duration;

use serde_json::{json, Value};

use crate::http::Response;

/// Largest `size` an `oversized` fault may ask for.
const MAX_OVERSIZED: u64 = 1 << 30;
/// `delayMs` of a `delay` fault when the body gives none.
const DEFAULT_DELAY_MS: u64 = 1000;
/// `delayMs` of a `stall` fault when the body gives none.
const DEFAULT_STALL_MS: u64 = 30_000;
/// `size` of an `oversized` fault when the body gives none.
const DEFAULT_OVERSIZED: u64 = 20_000_000;

/// A body the `truncated` and `stall` faults send only part of.
const PARTIAL_BODY: &str = r#"{"status":true,"message":"this answer is cut short by the emulator","data":[{"id":"1"},{"id":"2"},{"id":"3"}]}"#;

/// What a PHP back end prints when it dies.
const PHP_ERROR_PAGE: &str =
    "<br />\n<b>Fatal error</b>:  Uncaught mysqli_sql_exception: Too many connections \
in /var/www/html/application/core/MY_Model.php:42\nStack trace:\n#0 {main}\n  thrown in \
<b>/var/www/html/application/core/MY_Model.php</b> on line <b>42</b><br />\n";

/// One armed fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// Substring of the path (below the scope prefix) a request must contain.
    pub pattern: String,
    /// Matching requests this fault still applies to.
    pub remaining: u64,
    pub kind: FaultKind,
}

/// The kinds of fault the README lists.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    Delay(Duration),
    Status {
        status: u16,
        retry_after: Option<String>,
        body: Option<String>,
    },
    Html,
    Malformed,
    /// Half of [`PARTIAL_BODY`], announced as this many bytes.
    Truncated(usize),
    Drop,
    Stall(Duration),
    Oversized(usize),
    /// A redirect answer (301, 302, 303, 307 or 308) to `location`.
    Redirect { status: u16, location: String },
}

/// What the server does instead of (or before) answering normally.
#[derive(Debug)]
pub enum Effect {
    /// Wait, then answer normally.
    Delay(Duration),
    /// Send this answer instead of the normal one.
    Answer(Response),
    /// Announce `declared_len` body bytes, send only `response.body`, wait, close.
    Partial {
        response: Response,
        declared_len: usize,
        wait: Duration,
    },
    /// Close the connection without a word.
    Drop,
}

impl Fault {
    /// Reads a fault from the JSON body of `POST /__emulator/faults`.
    pub fn from_json(body: &Value) -> Result<Fault, String> {
        let fields = body.as_object().ok_or("the fault must be a JSON object")?;
        let pattern = match fields.get("match") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err("\"match\" must be a string".into()),
        };
        let remaining = optional_u64(body, "times")?.unwrap_or(1);
        if remaining == 0 {
            return Err("\"times\" must be at least 1".into());
        }
        let kind_name = fields
            .get("kind")
            .and_then(Value::as_str)
            .ok_or("\"kind\" is required")?;
        let kind = FaultKind::from_json(kind_name, body)?;
        Ok(Fault {
            pattern,
            remaining,
            kind,
        })
    }

    /// Whether this fault applies to a request for `path`.
    pub fn matches(&self, path: &str) -> bool {
        path.contains(&self.pattern)
    }
}

impl FaultKind {
    /// The kind named `name`, with its extra fields from `body`.
    fn from_json(name: &str, body: &Value) -> Result<FaultKind, String> {
        let millis = |default| {
            optional_u64(body, "delayMs").map(|ms| Duration::from_millis(ms.unwrap_or(default)))
        };
        Ok(match name {
            "delay" => FaultKind::Delay(millis(DEFAULT_DELAY_MS)?),
            "status" => FaultKind::Status {
                status: fault_status(body)?,
                retry_after: optional_text(body, "retryAfter")?,
                body: optional_text(body, "body")?,
            },
            "html" => FaultKind::Html,
            "malformed" => FaultKind::Malformed,
            "truncated" => {
                let declared = optional_u64(body, "declaredLength")?.unwrap_or(PARTIAL_BODY.len() as u64);
                if declared < PARTIAL_BODY.len() as u64 || declared > MAX_OVERSIZED {
                    return Err(format!("\"declaredLength\" must be from {} to {MAX_OVERSIZED}", PARTIAL_BODY.len()));
                }
                FaultKind::Truncated(declared as usize)
            }
            "drop" => FaultKind::Drop,
            "stall" => FaultKind::Stall(millis(DEFAULT_STALL_MS)?),
            "oversized" => {
                let size = optional_u64(body, "size")?.unwrap_or(DEFAULT_OVERSIZED);
                if size == 0 || size > MAX_OVERSIZED {
                    return Err(format!("\"size\" must be from 1 to {MAX_OVERSIZED}"));
                }
                FaultKind::Oversized(size as usize)
            }
            "redirect" => FaultKind::Redirect {
                status: match optional_u64(body, "status")? {
                    None => 307,
                    Some(status @ (301..=303 | 307 | 308)) => status as u16,
                    Some(_) => return Err("a redirect's \"status\" must be 301, 302, 303, 307 or 308".into()),
                },
                location: optional_text(body, "location")?.ok_or("a redirect fault needs \"location\"")?,
            },
            other => return Err(format!("unknown fault kind {other:?}")),
        })
    }

    /// What this fault does to the request it catches.
    pub fn effect(&self) -> Effect {
        match self {
            FaultKind::Delay(wait) => Effect::Delay(*wait),
            FaultKind::Status {
                status,
                retry_after,
                body,
            } => Effect::Answer(status_answer(*status, retry_after, body)),
            FaultKind::Html => Effect::Answer(Response::text(
                200,
                "text/html; charset=UTF-8",
                PHP_ERROR_PAGE,
            )),
            FaultKind::Malformed => {
                Effect::Answer(Response::text(200, "application/json", r#"{"status": tru"#))
            }
            FaultKind::Truncated(declared) => partial(Duration::ZERO, *declared),
            FaultKind::Drop => Effect::Drop,
            FaultKind::Stall(wait) => partial(*wait, PARTIAL_BODY.len()),
            FaultKind::Oversized(size) => {
                Effect::Answer(Response::text(200, "application/json", json_of_size(*size)))
            }
            FaultKind::Redirect { status, location } => {
                let mut response = Response::text(*status, "text/html; charset=utf-8", error_page(*status));
                response.headers.push(("Location".into(), location.clone()));
                Effect::Answer(response)
            }
        }
    }
}

/// The `status` field: a number from 200 to 599.
fn fault_status(body: &Value) -> Result<u16, String> {
    match optional_u64(body, "status")? {
        Some(status @ 200..=599) => Ok(status as u16),
        Some(_) => Err("\"status\" must be between 200 and 599".into()),
        None => Err("a status fault needs \"status\"".into()),
    }
}

/// An optional non-negative integer field.
fn optional_u64(body: &Value, field: &str) -> Result<Option<u64>, String> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .map(Some)
            .ok_or(format!("{field:?} must be a non-negative integer")),
    }
}

/// An optional text field; a number is taken as its decimal text (`"retryAfter": 2`).
fn optional_text(body: &Value, field: &str) -> Result<Option<String>, String> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(format!("{field:?} must be a string")),
    }
}

/// The answer of a `status` fault: the given body (JSON when it looks like JSON, else HTML)
/// or a web server's HTML error page.
fn status_answer(status: u16, retry_after: &Option<String>, body: &Option<String>) -> Response {
    let mut response = match body {
        Some(text)
            if serde_json::from_str::<Value>(text).is_ok_and(|v| v.is_object() || v.is_array()) =>
        {
            Response::text(status, "application/json; charset=utf-8", text.as_str())
        }
        Some(text) => Response::text(status, "text/html; charset=utf-8", text.as_str()),
        None => Response::text(status, "text/html; charset=utf-8", error_page(status)),
    };
    if let Some(seconds) = retry_after {
        response
            .headers
            .push(("Retry-After".into(), seconds.clone()));
    }
    response
}

/// An nginx-style error page.
fn error_page(status: u16) -> String {
    format!(
        "<html>\r\n<head><title>{status} Error</title></head>\r\n<body>\r\n<center><h1>{status} Error</h1></center>\r\n\
         <hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
}

/// A `truncated` or `stall` answer: the first half of [`PARTIAL_BODY`], announced as
/// `declared_len` bytes.
fn partial(wait: Duration, declared_len: usize) -> Effect {
    let half = PARTIAL_BODY.len() / 2;
    Effect::Partial {
        response: Response::text(
            200,
            "application/json; charset=utf-8",
            &PARTIAL_BODY[..half],
        ),
        declared_len,
        wait,
    }
}

/// A valid JSON document of exactly `size` bytes (from 1 byte up).
fn json_of_size(size: usize) -> Vec<u8> {
    let frame = json!({ "data": "" }).to_string().into_bytes();
    if size < frame.len() {
        return vec![b'1'; size];
    }
    let mut body = Vec::with_capacity(size);
    body.extend_from_slice(&frame[..frame.len() - 2]);
    body.resize(size - 2, b'x');
    body.extend_from_slice(b"\"}");
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_parse_with_defaults() {
        let fault = Fault::from_json(&json!({"match": "/tickets", "kind": "stall"})).unwrap();
        assert_eq!(fault.remaining, 1);
        assert_eq!(
            fault.kind,
            FaultKind::Stall(Duration::from_millis(DEFAULT_STALL_MS))
        );
        assert!(fault.matches("/perfex/customers_api/v1/tickets"));
        assert!(!fault.matches("/perfex/customers_api/v1/projects"));
        let fault = Fault::from_json(
            &json!({"kind": "status", "status": 429, "retryAfter": 2, "times": 3}),
        )
        .unwrap();
        assert_eq!(fault.pattern, "");
        assert_eq!(fault.remaining, 3);
        assert_eq!(
            fault.kind,
            FaultKind::Status {
                status: 429,
                retry_after: Some("2".into()),
                body: None
            }
        );
    }

    #[test]
    fn bad_faults_are_refused() {
        for body in [
            json!([]),
            json!({"kind": "explode"}),
            json!({"match": "/x"}),
            json!({"kind": "status"}),
            json!({"kind": "status", "status": 100}),
            json!({"kind": "delay", "delayMs": -1}),
            json!({"kind": "drop", "times": 0}),
            json!({"kind": "oversized", "size": MAX_OVERSIZED + 1}),
            json!({"kind": "oversized", "size": 0}),
            json!({"kind": "redirect"}),
            json!({"kind": "truncated", "declaredLength": 5}),
            json!({"kind": "redirect", "location": "/x", "status": 304}),
        ] {
            assert!(Fault::from_json(&body).is_err(), "{body}");
        }
    }

    #[test]
    fn oversized_bodies_are_valid_json_of_the_exact_size() {
        for size in [1, 5, 10, 11, 12, 1000] {
            let body = json_of_size(size);
            assert_eq!(body.len(), size);
            assert!(serde_json::from_slice::<Value>(&body).is_ok(), "{size}");
        }
    }

    #[test]
    fn status_bodies_pick_their_content_type() {
        let answer = status_answer(503, &Some("7".into()), &Some(r#"{"status":false}"#.into()));
        assert_eq!(answer.headers[0].1, "application/json; charset=utf-8");
        assert!(answer.headers.contains(&("Retry-After".into(), "7".into())));
        let answer = status_answer(500, &None, &None);
        assert!(answer.headers[0].1.starts_with("text/html"));
        assert!(String::from_utf8_lossy(&answer.body).contains("500"));
    }
}
