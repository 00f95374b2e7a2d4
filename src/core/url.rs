//! Base URL checks and query/form encoding.

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::search::{cut, find};

/// Checks a base URL and returns it without trailing slashes.
/// `http:` is refused for a non-local host unless `allow_insecure_http`.
pub fn check_base_url(raw: &str, allow_insecure_http: bool) -> Result<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let at = find(trimmed, "://").ok_or_else(|| Error::invalid_input("baseUrl", "must be an absolute http(s) URL"))?;
    let (scheme, rest) = (cut(trimmed, ..at), cut(trimmed, at + 3..));
    let host = host_of(rest);
    if host.is_empty() || rest.contains(['?', '#', ' ']) {
        return Err(Error::invalid_input("baseUrl", "must be an absolute http(s) URL without query or fragment"));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(trimmed.to_string()),
        "http" if allow_insecure_http || is_local(&host) => Ok(trimmed.to_string()),
        "http" => Err(Error::new(
            ErrorKind::InsecureUrl,
            format!("baseUrl: plain http to {host} would expose credentials; use https or set allowInsecureHttp"),
        )),
        _ => Err(Error::invalid_input("baseUrl", "must start with https:// (or http:// for a local server)")),
    }
}

/// The host part (without port, userinfo or brackets) of "host:port/path".
fn host_of(rest: &str) -> String {
    let authority = before(rest, b'/');
    let authority = authority.bytes().rposition(|b| b == b'@').map_or(authority, |at| cut(authority, at + 1..));
    let host = match authority.strip_prefix('[') {
        Some(v6) => before(v6, b']'),
        None => before(authority, b':'),
    };
    host.to_ascii_lowercase()
}

/// `text` up to the first `stop` byte (an ASCII byte, so a character boundary): a plain scan,
/// not str's pattern searchers.
fn before(text: &str, stop: u8) -> &str {
    text.bytes().position(|b| b == stop).map_or(text, |at| cut(text, ..at))
}

/// Loopback names and addresses, where plain http exposes nothing.
fn is_local(host: &str) -> bool {
    host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.") || host == "::1"
}

/// `application/x-www-form-urlencoded` encoding of name/value pairs (also used for queries).
pub fn form_encode(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_component(name, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

/// Percent-encodes a path segment or form component (unreserved characters stay).
pub fn encode_component(text: &str, out: &mut String) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
}

/// A path segment from caller input, percent-encoded so it cannot change the path.
pub fn segment(text: &str) -> String {
    let mut out = String::new();
    encode_component(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_kept_and_trailing_slash_dropped() {
        assert_eq!(check_base_url("https://crm.example.com/", false).unwrap(), "https://crm.example.com");
    }

    #[test]
    fn local_http_is_allowed() {
        for url in ["http://localhost:8080", "http://127.0.0.1:9/perfex", "http://[::1]:80", "http://app.localhost"] {
            assert!(check_base_url(url, false).is_ok(), "{url}");
        }
    }

    #[test]
    fn remote_http_needs_the_opt_in() {
        let err = check_base_url("http://crm.example.com", false).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InsecureUrl);
        assert!(check_base_url("http://crm.example.com", true).is_ok());
        // A userinfo trick must not pass for local.
        assert!(check_base_url("http://localhost@evil.example.com", false).is_err());
    }

    #[test]
    fn garbage_is_invalid_input_naming_the_field() {
        for url in ["", "crm.example.com", "ftp://x.example", "https://", "https://x.example/?a=1"] {
            let err = check_base_url(url, false).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidInput, "{url}");
            assert!(err.message.starts_with("baseUrl"), "{url}");
        }
    }

    #[test]
    fn form_encoding_escapes_everything_but_unreserved() {
        let pairs = vec![("a b".to_string(), "x&y=z/é".to_string()), ("n".into(), "%".into())];
        assert_eq!(form_encode(&pairs), "a%20b=x%26y%3Dz%2F%C3%A9&n=%25");
    }
}
