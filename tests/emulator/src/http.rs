//! The request and response types every back-end module of the emulator works with.
//! The server (server.rs) parses raw HTTP into a `Request` and writes a `Response` back;
//! back-end modules never touch sockets.

use serde_json::Value;

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

/// One part of a multipart/form-data body.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
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

    /// The first query parameter with this name.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The body as `application/x-www-form-urlencoded` fields (empty when it is not).
    pub fn form(&self) -> Vec<(String, String)> {
        crate::forms::parse_urlencoded(&self.body)
    }

    /// The first form field (urlencoded or multipart text part) with this name.
    pub fn form_field(&self, name: &str) -> Option<String> {
        if self.is_multipart() {
            return self
                .multipart()
                .into_iter()
                .find(|p| p.name == name && p.filename.is_none())
                .map(|p| String::from_utf8_lossy(&p.data).into_owned());
        }
        self.form().into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Whether the body is multipart/form-data.
    pub fn is_multipart(&self) -> bool {
        self.header("content-type")
            .map(|c| c.to_ascii_lowercase().starts_with("multipart/form-data"))
            .unwrap_or(false)
    }

    /// The parts of a multipart/form-data body (empty when it is not multipart or is malformed).
    pub fn multipart(&self) -> Vec<Part> {
        crate::forms::parse_multipart(self.header("content-type").unwrap_or(""), &self.body)
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
