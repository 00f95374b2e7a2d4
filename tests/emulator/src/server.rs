//! The HTTP server, scopes, fault injection and control endpoints (placeholder: to be written).

use crate::http::Part;

pub fn run() {}

pub fn parse_urlencoded(_body: &[u8]) -> Vec<(String, String)> {
    Vec::new()
}

pub fn parse_multipart(_content_type: &str, _body: &[u8]) -> Vec<Part> {
    Vec::new()
}
