//! The request and response types every back-end module of the emulator works with.
//! The server (server.rs) parses raw HTTP into a `Request` and writes a `Response` back;
//! back-end modules never touch sockets.

use serde_json::Value;

use crate::forms::{self, PostBody};

/// One parsed HTTP request, as a back-end module sees it.
#[derive(Debug, Clone)]
pub struct Request {
    /// Upper-case method: "GET", "POST", ...
    pub method: String,
    /// Path with the scope prefix and the back-end prefix removed, percent-decoded,
    /// e.g. "/customers_api/v1/tickets" for `/perfex/customers_api/v1/tickets`.
    pub path: String,
    /// Query parameters, percent-decoded, in order.
    pub query: Vec<(String, String)>,
    /// Headers with lower-case names, in order.
    pub headers: Vec<(String, String)>,
    /// Raw body bytes.
    pub body: Vec<u8>,
    /// The emulated clock of this scope: unix seconds (real time plus the scope's offset).
    pub now: i64,
}

/// A response a back-end module returns; the server adds CORS headers and Content-Length.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header with this (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The media type of the Content-Type header as PHP reads it (see [`forms::media_type`]):
    /// lower-case, no parameters; `""` when there is none.
    pub fn media_type(&self) -> String {
        forms::media_type(self.header("content-type").unwrap_or(""))
    }

    /// The body as `application/x-www-form-urlencoded` fields, whatever the Content-Type says.
    pub fn form(&self) -> Vec<(String, String)> {
        forms::parse_urlencoded(&self.body)
    }

    /// What PHP puts in `$_POST` / `$_FILES` for this body; None unless the Content-Type is
    /// urlencoded or multipart/form-data (see [`forms::php_post`]).
    pub fn post(&self) -> Option<PostBody> {
        forms::php_post(self.header("content-type").unwrap_or(""), &self.body)
    }

    /// The body parsed as JSON (None when it is not valid JSON), whatever the Content-Type says.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

impl Response {
    /// A JSON response with this status.
    pub fn json(status: u16, value: &Value) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), "application/json; charset=utf-8".into())],
            body: serde_json::to_vec(value).unwrap_or_default(),
        }
    }

    /// A plain-text or HTML response with this status and content type.
    pub fn text(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }

    /// A 404 for a path the back end does not know (an HTML page, as a PHP server would send).
    pub fn unknown_path() -> Response {
        Response::text(404, "text/html; charset=utf-8", "<html><body><h1>404 Not Found</h1></body></html>")
    }
}
