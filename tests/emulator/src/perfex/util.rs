//! Small helpers of the Perfex emulation: row hashes, request bodies and the
//! canned answers (401/403/404/405/422/500) every route shares.

use serde_json::{json, Map, Value};

use crate::codec::{hex, keyed_hash};
use crate::forms::Upload;
use crate::http::{Request, Response};

/// A 32-hex-digit "hash" column value (ticketkey, estimate hash, ...), derived from a label.
pub(super) fn hash32(label: &str) -> String {
    hex(&keyed_hash(b"switchboard-perfex-rows", label.as_bytes(), 16))
}

// ---------------------------------------------------------------------------------------------
// JSON row helpers
// ---------------------------------------------------------------------------------------------

/// The string value of a column ("" when missing, null or not a string).
pub(super) fn s<'a>(row: &'a Value, key: &str) -> &'a str {
    row.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A numeric id column (0 when missing or not a number).
pub(super) fn n(row: &Value, key: &str) -> u64 {
    match row.get(key) {
        Some(Value::String(t)) => t.trim().parse().unwrap_or(0),
        Some(Value::Number(x)) => x.as_u64().unwrap_or(0),
        _ => 0,
    }
}

/// Sets a column on an object row (no-op on anything else).
pub(super) fn set(row: &mut Value, key: &str, value: Value) {
    if let Some(m) = row.as_object_mut() {
        m.insert(key.to_string(), value);
    }
}

/// Copies every column of `extra` into `base` (both objects; later wins, like SQL joins in PHP).
pub(super) fn merge(base: &mut Value, extra: &Value) {
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
}

/// An object built from (key, value) pairs.
pub(super) fn obj(pairs: Vec<(&str, Value)>) -> Value {
    let mut m = Map::new();
    for (k, v) in pairs {
        m.insert(k.to_string(), v);
    }
    Value::Object(m)
}

/// A path id (`/id/:id`) as a number; None when it is not one.
pub(super) fn parse_id(raw: &str) -> Option<u64> {
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

// ---------------------------------------------------------------------------------------------
// Request bodies: what PHP + the CodeIgniter REST controller would read
// ---------------------------------------------------------------------------------------------

/// The fields of a request body, as PHP sees them.
#[derive(Debug, Default)]
pub(super) struct Fields {
    pairs: Vec<(String, String)>,
    pub files: Vec<Upload>,
}

impl Fields {
    /// JSON when `Content-Type: application/json` (the REST controller's own check: the header up to
    /// `;`). Otherwise POST: what PHP puts in `$_POST` / `$_FILES`, so urlencoded or multipart with
    /// their Content-Type, nothing for other types. PUT: the raw body read as urlencoded whatever the
    /// Content-Type (PHP does not parse PUT bodies; the module parses them itself).
    pub(super) fn from_request(req: &Request) -> Fields {
        let ct = req.header("content-type").unwrap_or("");
        if ct.split(';').next().unwrap_or("").trim().eq_ignore_ascii_case("application/json") {
            return Fields { pairs: json_pairs(&req.body), files: Vec::new() };
        }
        if req.method == "PUT" {
            return Fields { pairs: req.form(), files: Vec::new() };
        }
        let post = req.post().unwrap_or_default();
        Fields { pairs: post.fields, files: post.files }
    }

    /// A scalar field (the last one of that exact name, as PHP keeps the last).
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A scalar field, trimmed, "" when absent.
    pub(super) fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_string()
    }

    /// Whether the field was sent at all (even empty).
    pub(super) fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// An array field: `name[]=a&name[]=b`, `name[0]=a`, or a JSON array under `name`/`name[]`.
    pub(super) fn list(&self, name: &str) -> Option<Vec<String>> {
        let prefix = format!("{name}[");
        let values: Vec<String> = self
            .pairs
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix) && k.ends_with(']'))
            .map(|(_, v)| v.trim().to_string())
            .collect();
        let sent = self.pairs.iter().any(|(k, _)| k.starts_with(&prefix) && k.ends_with(']'));
        if sent {
            Some(values)
        } else {
            None
        }
    }
}

/// JSON object → PHP-like fields: arrays become `key[]` entries, objects `key[sub]`, booleans
/// "1"/"", nulls are left out (isset() is false for them).
fn json_pairs(body: &[u8]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return pairs;
    };
    for (k, v) in map {
        match v {
            Value::Array(items) => {
                let key = if k.ends_with("[]") { k.clone() } else { format!("{k}[]") };
                for item in items {
                    if let Some(t) = scalar_text(&item) {
                        pairs.push((key.clone(), t));
                    }
                }
            }
            Value::Object(sub) => {
                for (sk, sv) in sub {
                    if let Some(t) = scalar_text(&sv) {
                        pairs.push((format!("{k}[{sk}]"), t));
                    }
                }
            }
            other => {
                if let Some(t) = scalar_text(&other) {
                    pairs.push((k, t));
                }
            }
        }
    }
    pairs
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(t) => Some(t.clone()),
        Value::Number(x) => Some(x.to_string()),
        Value::Bool(true) => Some("1".into()),
        Value::Bool(false) => Some(String::new()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Canned answers. `status` is always (HTTP code == 200), as the module computes it.
// ---------------------------------------------------------------------------------------------

pub(super) const NO_PERMISSION: &str = "You do not have permission to perform this action";

/// 200 `{"status": true, "data": …, "message": …}`.
pub(super) fn ok_data(data: Value, message: &str) -> Response {
    Response::json(200, &json!({"status": true, "data": data, "message": message}))
}

/// 200 `{"status": true, "message": …}`.
pub(super) fn ok_message(message: &str) -> Response {
    Response::json(200, &json!({"status": true, "message": message}))
}

/// `{"status": false, "message": …}` with that code.
pub(super) fn fail(code: u16, message: &str) -> Response {
    Response::json(code, &json!({"status": code == 200, "message": message}))
}

pub(super) fn not_found() -> Response {
    fail(404, "No data found")
}

pub(super) fn forbidden() -> Response {
    fail(403, NO_PERMISSION)
}

/// The REST framework's answer to a method the controller does not implement.
pub(super) fn unknown_method() -> Response {
    Response::json(405, &json!({"status": false, "error": "Unknown method"}))
}

/// 422 in CodeIgniter form-validation style: per-field `<p>` messages under `error`, all of them
/// joined (each followed by "\n") under `message`.
pub(super) fn validation(errors: &[(&str, String)]) -> Response {
    let mut map = Map::new();
    let mut joined = String::new();
    for (field, text) in errors {
        let p = format!("<p>{text}</p>");
        joined.push_str(&p);
        joined.push('\n');
        map.entry(field.to_string()).or_insert(Value::String(p));
    }
    Response::json(422, &json!({"status": false, "error": Value::Object(map), "message": joined}))
}

/// CodeIgniter's `required` rule text.
pub(super) fn required(label: &str) -> String {
    format!("The {label} field is required.")
}

/// CodeIgniter's `numeric` rule text.
pub(super) fn numeric(label: &str) -> String {
    format!("The {label} field must contain only numbers.")
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The PHP error page the real server gives when a query parameter reaches its database query.
pub(super) fn query_param_error(name: &str) -> Response {
    let name = html_escape(name);
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Database Error</title>\n</head>\n<body>\n\
<div id=\"container\">\n<h1>A Database Error Occurred</h1>\n<p>Error Number: 1054</p>\
<p>Unknown column '{name}' in 'where clause'</p>\
<p>Filename: modules/customers_api/controllers/Customers_api.php</p>\n</div>\n</body>\n</html>\n"
    );
    Response::text(500, "text/html; charset=UTF-8", page)
}

/// One object from several (the `json!` macro cannot take a whole wide row at once).
pub(super) fn join(parts: Vec<Value>) -> Value {
    let mut out = Value::Object(Map::new());
    for p in &parts {
        merge(&mut out, p);
    }
    out
}
