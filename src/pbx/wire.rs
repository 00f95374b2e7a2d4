//! What the PBX server sends and reads: its envelope, its rows, its write payloads, and how
//! its answers map to errors (its row fields are named in the columns of `types.rs`).
//!
//! Every answer is `{"status":"success","data":…}` or `{"status":"failed","message":"…"}`,
//! whatever the HTTP status; `data` is an object, an array or a bare string.

use crate::core::json::Value;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::looks_like_html;
use crate::core::record::{self, Column};
use crate::core::transport::Reply;

mod payloads;
pub use payloads::*;

/// The `data` of a success answer (`Null` when there is none), or the error the answer means.
pub fn data(reply: &Reply) -> Result<Value> {
    let parsed = match crate::core::json::parse(&reply.body) {
        Ok(Value::Object(envelope)) => Some(envelope),
        _ => None,
    };
    let get = |key: &str| parsed.as_ref().and_then(|e| e.get(key)).and_then(record::text);
    let status = get("status").map(|s| s.trim().to_ascii_lowercase());
    let message = get("message").filter(|m| !m.is_empty());
    match (status.as_deref(), &parsed) {
        (Some("success"), Some(envelope)) => Ok(envelope.get("data").cloned().unwrap_or(Value::Null)),
        (Some("failed"), Some(_)) => Err(failure(message.as_deref().unwrap_or(""))),
        // Not the wrapper's envelope: trust the HTTP status only to say what went wrong.
        _ if reply.status >= 400 => Err(status_error(reply)),
        _ => match message {
            Some(message) if parsed.is_some() => Err(Error::new(ErrorKind::Api, message.trim().to_string())),
            _ => Err(unreadable(&reply.body)),
        },
    }
}

/// The decode error for a body that is not the envelope; names the shape without repeating
/// the body (it may hold secrets).
fn unreadable(body: &[u8]) -> Error {
    if looks_like_html(body) {
        return Error::decode("the server sent an HTML page instead of JSON");
    }
    match crate::core::json::parse(body) {
        Ok(_) => Error::decode("the answer has no \"status\" of \"success\" or \"failed\""),
        // Syntax errors name a position only, never the text.
        Err(e) => Error::decode(format!("the server sent invalid JSON ({e})")),
    }
}

/// The error a `{"status":"failed"}` message means.
pub fn failure(message: &str) -> Error {
    let text = message.trim();
    let key = text.trim_end_matches('.').to_ascii_lowercase();
    let kind = match key.as_str() {
        "unauthorized access" => ErrorKind::Auth,
        "record not found" => ErrorKind::NotFound,
        "please enter required fields" | "invalid date format" => ErrorKind::Validation,
        "unknown method" => ErrorKind::Http,
        _ => ErrorKind::Api,
    };
    let text = if text.is_empty() { "the server reported a failure without a message" } else { text };
    let hint = match kind {
        ErrorKind::Auth => " (wrong user name or password)",
        _ => "",
    };
    Error::new(kind, format!("{text}{hint}"))
}

/// The error for an HTTP failure that carries no envelope (a proxy's page, an unknown path).
fn status_error(reply: &Reply) -> Error {
    let kind = match reply.status {
        401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        _ => ErrorKind::Http,
    };
    let what = if looks_like_html(&reply.body) { "an HTML page" } else { "no PBX answer" };
    Error::new(kind, format!("the server answered HTTP {} with {what}", reply.status)).with_status(reply.status)
}

/// A list answer's rows (the server's items, each an object), as the caller's records. The
/// wrapper says "Record Not Found." for an empty list, which is `[]` here. The error never
/// quotes the data (it may hold secrets).
pub fn list(answer: Result<Value>, columns: &[Column], what: &str) -> Result<Vec<Value>> {
    match answer {
        Err(e) if e.kind == ErrorKind::NotFound => Ok(Vec::new()),
        data => record::rows(&data?, columns).map_err(|_| shape_error(what)),
    }
}

/// A list answer's items as they are (for the answers that are not rows of one record).
pub fn items(answer: Result<Value>, what: &str) -> Result<Vec<Value>> {
    match answer {
        Err(e) if e.kind == ErrorKind::NotFound => Ok(Vec::new()),
        data => Ok(record::items(&data?).map_err(|_| shape_error(what))?.into_iter().cloned().collect()),
    }
}

/// `data` as one row: the server's one-element array, or a bare object.
pub fn first(data: Value, what: &str) -> Result<Value> {
    let row = match data {
        Value::Array(rows) => rows.into_iter().next(),
        Value::Object(_) => Some(data),
        _ => None,
    };
    let row = row.ok_or_else(|| Error::new(ErrorKind::NotFound, format!("the server sent no {what}")))?;
    if row.is_object() {
        Ok(row)
    } else {
        Err(shape_error(what))
    }
}

/// One row of `data` as the caller's record.
pub fn one(data: Value, columns: &[Column], what: &str) -> Result<Value> {
    record::row(&first(data, what)?, columns).map_err(|_| shape_error(what))
}

/// The text of a row's field (numbers written out), if there is one.
pub fn field(row: &Value, name: &str) -> Option<String> {
    row.get(name).and_then(record::text).filter(|t| !t.is_empty())
}

/// `data` as a bare string (numbers written out; `null` is "").
pub fn text(data: Value, what: &str) -> Result<String> {
    match data {
        Value::String(text) => Ok(text),
        Value::Null => Ok(String::new()),
        number @ Value::Number(_) => record::text(&number).ok_or_else(|| shape_error(what)),
        _ => Err(shape_error(what)),
    }
}

/// The error for data of the wrong shape; it never quotes the data.
pub fn shape_error(what: &str) -> Error {
    Error::decode(format!("the answer's data is not the expected {what}"))
}

#[cfg(test)]
mod tests;
