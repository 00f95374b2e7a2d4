//! Base URL checks and query/form encoding.

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::search::{cut, find};

/// Checks a base URL and returns it without trailing slashes.
/// `http:` is refused for a non-local host unless `allow_insecure_http`. Refused too, so that
/// the host checked is the host `fetch` reaches and every later call can be sent: a backslash
/// (the platform's parser reads it as `/`), userinfo (credentials belong in the options, never
/// in a URL), a port that is not a number up to 65535, an IPv6 literal that is not closed.
pub fn check_base_url(raw: &str, allow_insecure_http: bool) -> Result<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let at = find(trimmed, "://").ok_or_else(|| Error::invalid_input("baseUrl", "must be an absolute http(s) URL"))?;
    let (scheme, rest) = (cut(trimmed, ..at), cut(trimmed, at + 3..));
    if rest.bytes().any(|b| matches!(b, b'?' | b'#' | b'\\') || b <= b' ' || b == 0x7f) {
        return Err(Error::invalid_input("baseUrl", "must be an absolute http(s) URL without query, fragment, spaces or backslashes"));
    }
    let authority = before(rest, b'/');
    if authority.bytes().any(|b| b == b'@') {
        // The message must not quote the URL: it holds the credentials.
        return Err(Error::invalid_input("baseUrl", "must not hold a user name or password"));
    }
    let host = host_of(authority).ok_or_else(|| Error::invalid_input("baseUrl", "has an invalid port or IPv6 address"))?;
    if host.is_empty() {
        return Err(Error::invalid_input("baseUrl", "must be an absolute http(s) URL"));
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

/// The host (lowercase, IPv6 without brackets) of an authority `host[:port]` without
/// userinfo; `None` when the port is not a number up to 65535 or an IPv6 literal is not closed.
fn host_of(authority: &str) -> Option<String> {
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let host = before(v6, b']');
            let after = v6.get(host.len() + 1..)?;
            (host, if after.is_empty() { "" } else { after.strip_prefix(':')? })
        }
        None => {
            let host = before(authority, b':');
            (host, authority.get(host.len() + 1..).unwrap_or_default())
        }
    };
    (port.is_empty() || decimals(port, 65535) == Some(1)).then(|| host.to_ascii_lowercase())
}

/// `text` up to the first `stop` byte (an ASCII byte, so a character boundary): a plain scan,
/// not str's pattern searchers.
fn before(text: &str, stop: u8) -> &str {
    text.bytes().position(|b| b == stop).map_or(text, |at| cut(text, ..at))
}

/// How many dot-separated decimal numbers, each at most `max`, `text` is made of; `None` when
/// it holds anything else (an empty part, another character, a larger number). A plain scan:
/// `str::parse` and `split` would link far more code.
fn decimals(text: &str, max: u32) -> Option<u32> {
    let (mut parts, mut value, mut digits) = (1, 0, 0);
    for b in text.bytes() {
        let next = value * 10 + u32::from(b.wrapping_sub(b'0'));
        if b == b'.' && digits > 0 {
            (parts, value, digits) = (parts + 1, 0, 0);
        } else if b.is_ascii_digit() && next <= max {
            (value, digits) = (next, digits + 1);
        } else {
            return None;
        }
    }
    (digits > 0).then_some(parts)
}

/// Loopback names and addresses, where plain http exposes nothing: `localhost`, `*.localhost`,
/// `::1`, and a dotted-quad IPv4 literal of 127/8 (not a name that merely starts with `127.`).
fn is_local(host: &str) -> bool {
    let loopback_v4 = host.strip_prefix("127.").is_some_and(|rest| decimals(rest, 255) == Some(3));
    host == "localhost" || host.ends_with(".localhost") || host == "::1" || loopback_v4
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
    fn only_loopback_hosts_count_as_local() {
        for url in ["http://127.attacker.example", "http://127.0.0.1.nip.io", "http://127.0.0.1x", "http://127.0.0.256", "http://127.0.0.1.", "http://127..0.1", "http://127.0.+0.1", "http://128.0.0.1", "http://localhost.evil.example", "http://[::2]"] {
            assert_eq!(check_base_url(url, false).unwrap_err().kind, ErrorKind::InsecureUrl, "{url}");
        }
        for url in ["http://127.255.0.9:8080/crm", "http://LOCALHOST", "http://a.b.localhost:1"] {
            assert!(check_base_url(url, false).is_ok(), "{url}");
        }
    }

    #[test]
    fn backslashes_and_userinfo_are_refused_without_quoting_credentials() {
        for url in ["http://evil.example\\@localhost", "https://crm.example.com\\path", "https://user:s3cretpw@crm.example.com", "http://localhost:8080@evil.example"] {
            let err = check_base_url(url, true).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidInput, "{url}");
            assert!(err.message.starts_with("baseUrl") && !err.message.contains("s3cretpw"), "{url}: {}", err.message);
        }
    }

    #[test]
    fn bad_ports_and_unclosed_ipv6_literals_are_refused() {
        for url in ["https://crm.example.com:99999", "https://crm.example.com:65536", "https://crm.example.com:80x", "https://crm.example.com:+80", "https://[::1", "https://[::1]x"] {
            let err = check_base_url(url, false).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidInput, "{url}");
            assert!(err.message.starts_with("baseUrl"), "{url}");
        }
        for url in ["https://crm.example.com:65535/x", "https://crm.example.com:", "https://[2001:db8::1]:443"] {
            assert!(check_base_url(url, false).is_ok(), "{url}");
        }
    }

    #[test]
    fn form_encoding_escapes_everything_but_unreserved() {
        let pairs = vec![("a b".to_string(), "x&y=z/é".to_string()), ("n".into(), "%".into())];
        assert_eq!(form_encode(&pairs), "a%20b=x%26y%3Dz%2F%C3%A9&n=%25");
    }
}
