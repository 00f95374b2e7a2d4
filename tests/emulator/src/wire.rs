//! HTTP/1.1 on the wire: reading one request (Content-Length or chunked body,
//! `Expect: 100-continue`) and writing a response, whole or deliberately cut short.

use std::io::{self, BufRead, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

use crate::http::Response;

/// Longest request line or header line accepted.
const MAX_LINE: u64 = 16 * 1024;
/// Most header lines accepted in one request.
const MAX_HEADERS: usize = 200;

/// A request as read from the socket, before any routing.
#[derive(Debug)]
pub struct RawRequest {
    /// Upper-case method.
    pub method: String,
    /// The request target as sent: `/path?query` (an absolute URL is reduced to this).
    pub target: String,
    /// Whether the request line said HTTP/1.0.
    pub http10: bool,
    /// Headers with lower-case names, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Why no request could be read.
#[derive(Debug, PartialEq)]
pub enum ReadError {
    /// The peer closed the connection, went quiet or the socket failed: nothing to answer.
    Closed,
    /// The request is unacceptable: answer with this status and reason, then close.
    Reject(u16, &'static str),
}

impl RawRequest {
    /// The first header with this lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the connection may carry another request after this one.
    pub fn keep_alive(&self) -> bool {
        let connection = self.header("connection").unwrap_or("").to_ascii_lowercase();
        let has = |token: &str| connection.split(',').any(|t| t.trim() == token);
        if self.http10 {
            has("keep-alive")
        } else {
            !has("close")
        }
    }

    /// The path part of the target (before `?`).
    pub fn path(&self) -> &str {
        self.target
            .split_once('?')
            .map_or(self.target.as_str(), |(path, _)| path)
    }

    /// The raw query string (after `?`, empty when there is none).
    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, query)| query)
    }
}

/// Reads one request from `reader`. `interim` receives `100 Continue` when the client asks
/// for it. Bodies longer than `max_body` are refused with 413.
pub fn read_request<R: BufRead, W: Write>(
    reader: &mut R,
    interim: &mut W,
    max_body: usize,
) -> Result<RawRequest, ReadError> {
    let (method, target, http10) = read_request_line(reader)?;
    let headers = read_headers(reader)?;
    let mut request = RawRequest {
        method,
        target,
        http10,
        headers,
        body: Vec::new(),
    };
    let framing = body_framing(&request, max_body)?;
    if framing != BodyFraming::Length(0) && wants_continue(&request) {
        interim
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|_| ReadError::Closed)?;
        interim.flush().map_err(|_| ReadError::Closed)?;
    }
    request.body = match framing {
        BodyFraming::Length(len) => read_exact_vec(reader, len)?,
        BodyFraming::Chunked => read_chunked(reader, max_body)?,
    };
    Ok(request)
}

/// How the body of a request is delimited.
#[derive(Debug, PartialEq)]
enum BodyFraming {
    Length(usize),
    Chunked,
}

/// Reads `METHOD target HTTP/1.x`, skipping blank lines before it.
fn read_request_line<R: BufRead>(reader: &mut R) -> Result<(String, String, bool), ReadError> {
    let line = loop {
        let line = read_line(reader)?.ok_or(ReadError::Closed)?;
        if !line.is_empty() {
            break line;
        }
    };
    let mut words = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return Err(ReadError::Reject(400, "malformed request line"));
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(ReadError::Reject(400, "malformed method"));
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => {
            return Err(ReadError::Reject(
                505,
                "only HTTP/1.0 and HTTP/1.1 are spoken here",
            ))
        }
    };
    let target = origin_form(target).ok_or(ReadError::Reject(400, "malformed request target"))?;
    Ok((method.to_ascii_uppercase(), target, http10))
}

/// Reduces a request target to `/path?query`: an absolute URL loses its scheme and
/// authority, a fragment is dropped. None for `*` or anything else not starting with `/`.
fn origin_form(target: &str) -> Option<String> {
    let target = target.split('#').next().unwrap_or("");
    let target = match target.split_once("://") {
        Some((_, after_scheme)) if !target.starts_with('/') => {
            let path_start = after_scheme.find(['/', '?']).unwrap_or(after_scheme.len());
            let rest = &after_scheme[path_start..];
            return Some(if rest.starts_with('/') {
                rest.to_string()
            } else {
                format!("/{rest}")
            });
        }
        _ => target,
    };
    target.starts_with('/').then(|| target.to_string())
}

/// Reads header lines up to the blank line; names are lower-cased.
fn read_headers<R: BufRead>(reader: &mut R) -> Result<Vec<(String, String)>, ReadError> {
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader)?.ok_or(ReadError::Closed)?;
        if line.is_empty() {
            return Ok(headers);
        }
        if headers.len() == MAX_HEADERS {
            return Err(ReadError::Reject(431, "too many header lines"));
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Reject(400, "malformed header line"));
        };
        if name.is_empty() || name.bytes().any(|b| b.is_ascii_whitespace()) {
            return Err(ReadError::Reject(400, "malformed header name"));
        }
        headers.push((name.to_ascii_lowercase(), value.trim().to_string()));
    }
}

/// Decides the body framing from Transfer-Encoding and Content-Length.
fn body_framing(request: &RawRequest, max_body: usize) -> Result<BodyFraming, ReadError> {
    if let Some(encoding) = request.header("transfer-encoding") {
        return match encoding
            .to_ascii_lowercase()
            .rsplit(',')
            .next()
            .map(str::trim)
        {
            Some("chunked") => Ok(BodyFraming::Chunked),
            _ => Err(ReadError::Reject(501, "unsupported transfer encoding")),
        };
    }
    let mut lengths = request
        .headers
        .iter()
        .filter(|(k, _)| k == "content-length")
        .map(|(_, v)| v.trim());
    let Some(first) = lengths.next() else {
        return Ok(BodyFraming::Length(0));
    };
    if lengths.any(|other| other != first) {
        return Err(ReadError::Reject(400, "conflicting Content-Length headers"));
    }
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ReadError::Reject(400, "malformed Content-Length"));
    }
    match first.parse::<usize>() {
        Ok(len) if len <= max_body => Ok(BodyFraming::Length(len)),
        _ => Err(ReadError::Reject(413, "request body too large")),
    }
}

/// Whether the client sent `Expect: 100-continue`.
fn wants_continue(request: &RawRequest) -> bool {
    request
        .header("expect")
        .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
}

/// Reads a chunked body (extensions and trailers are ignored).
fn read_chunked<R: BufRead>(reader: &mut R, max_body: usize) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    loop {
        let line = read_line(reader)?.ok_or(ReadError::Closed)?;
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| ReadError::Reject(400, "malformed chunk size"))?;
        if size == 0 {
            while !read_line(reader)?.ok_or(ReadError::Closed)?.is_empty() {}
            return Ok(body);
        }
        if size > max_body - body.len() {
            return Err(ReadError::Reject(413, "request body too large"));
        }
        body.extend(read_exact_vec(reader, size)?);
        if !read_line(reader)?.ok_or(ReadError::Closed)?.is_empty() {
            return Err(ReadError::Reject(400, "chunk data longer than its size"));
        }
    }
}

/// Reads exactly `len` bytes.
fn read_exact_vec<R: Read>(reader: &mut R, len: usize) -> Result<Vec<u8>, ReadError> {
    let mut data = Vec::new();
    let read = reader
        .by_ref()
        .take(len as u64)
        .read_to_end(&mut data)
        .map_err(|_| ReadError::Closed)?;
    if read == len {
        Ok(data)
    } else {
        Err(ReadError::Closed)
    }
}

/// Reads one line without its CRLF or LF; None at end of stream before any byte.
fn read_line<R: BufRead>(reader: &mut R) -> Result<Option<String>, ReadError> {
    let mut line = Vec::new();
    reader
        .by_ref()
        .take(MAX_LINE + 1)
        .read_until(b'\n', &mut line)
        .map_err(|_| ReadError::Closed)?;
    if line.is_empty() {
        return Ok(None);
    }
    if line.pop() != Some(b'\n') {
        return Err(if line.len() as u64 >= MAX_LINE {
            ReadError::Reject(431, "line too long")
        } else {
            ReadError::Closed
        });
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

/// How a response is framed on the connection.
#[derive(Debug, Clone, Copy)]
pub struct Framing {
    /// The request was HEAD: send the headers only.
    pub head_only: bool,
    /// Announce `Connection: keep-alive` rather than `close`.
    pub keep_alive: bool,
}

/// Writes a whole response.
pub fn write_response<W: Write>(
    out: &mut W,
    response: &Response,
    framing: Framing,
) -> io::Result<()> {
    let has_body = status_allows_body(response.status);
    let length = has_body.then_some(response.body.len());
    out.write_all(&head(response, length, framing.keep_alive))?;
    if has_body && !framing.head_only {
        out.write_all(&response.body)?;
    }
    out.flush()
}

/// Writes the head announcing `declared_len` body bytes, then only `response.body`
/// (shorter than announced), as a server dying mid-answer would.
pub fn write_partial<W: Write>(
    out: &mut W,
    response: &Response,
    declared_len: usize,
) -> io::Result<()> {
    out.write_all(&head(response, Some(declared_len), false))?;
    out.write_all(&response.body)?;
    out.flush()
}

/// Whether a response with this status may carry a body.
fn status_allows_body(status: u16) -> bool {
    status >= 200 && status != 204 && status != 304
}

/// Status line and headers. Framing headers given by the response are replaced by ours;
/// CR and LF in values are blanked so no header can split the response.
fn head(response: &Response, content_length: Option<usize>, keep_alive: bool) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason_phrase(response.status)
    );
    for (name, value) in &response.headers {
        let lower = name.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "content-length" | "connection" | "transfer-encoding"
        ) {
            continue;
        }
        let value = value.replace(['\r', '\n'], " ");
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(length) = content_length {
        head.push_str(&format!("Content-Length: {length}\r\n"));
    }
    head.push_str(if keep_alive {
        "Connection: keep-alive\r\n\r\n"
    } else {
        "Connection: close\r\n\r\n"
    });
    head.into_bytes()
}

/// The usual reason phrase of a status code.
fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

/// Closes a connection after an error answer without resetting it: stop writing, then read
/// and discard what the client is still sending (for a short while), so the answer is not
/// lost to a TCP reset.
pub fn linger_close(stream: &TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    let mut sink = [0u8; 16 * 1024];
    let mut reader = stream;
    let mut drained = 0usize;
    while drained < 8 * 1024 * 1024 {
        match reader.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads one request from `raw`, returning it with whatever was sent as interim answers.
    fn read(raw: &[u8], max_body: usize) -> (Result<RawRequest, ReadError>, Vec<u8>) {
        let mut reader = io::BufReader::new(raw);
        let mut interim = Vec::new();
        (read_request(&mut reader, &mut interim, max_body), interim)
    }

    #[test]
    fn content_length_body_and_lowercase_headers() {
        let (request, interim) = read(b"POST /a/b?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nX-Thing:  v \r\n\r\nhelloEXTRA", 100);
        let request = request.unwrap();
        assert_eq!(request.method, "POST");
        assert_eq!(request.path(), "/a/b");
        assert_eq!(request.query(), "x=1");
        assert_eq!(request.header("x-thing"), Some("v"));
        assert_eq!(request.body, b"hello");
        assert!(request.keep_alive());
        assert!(interim.is_empty());
    }

    #[test]
    fn chunked_body_with_extensions_and_trailers() {
        let raw = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, world!!!\r\n0\r\nTrailer: x\r\n\r\n";
        let request = read(raw, 100).0.unwrap();
        assert_eq!(request.body, b"hello, world!!!");
    }

    #[test]
    fn chunked_body_over_the_cap_is_refused() {
        let raw = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n";
        assert_eq!(
            read(raw, 10).0.unwrap_err(),
            ReadError::Reject(413, "request body too large")
        );
        let bad = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
        assert!(matches!(read(bad, 10).0, Err(ReadError::Reject(400, _))));
    }

    #[test]
    fn expect_continue_gets_an_interim_answer() {
        let (request, interim) = read(
            b"PUT /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
            100,
        );
        assert_eq!(request.unwrap().body, b"ok");
        assert_eq!(interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    }

    #[test]
    fn oversized_and_malformed_requests_are_rejected() {
        let too_big = read(b"POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 100).0;
        assert_eq!(
            too_big.unwrap_err(),
            ReadError::Reject(413, "request body too large")
        );
        for raw in [
            &b"GARBAGE\r\n\r\n"[..],
            b"GET / HTTP/1.1\r\nno colon\r\n\r\n",
            b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
            b"GET * HTTP/1.1\r\n\r\n",
            b"G\xc3T / HTTP/1.1\r\n\r\n",
        ] {
            assert!(
                matches!(read(raw, 100).0, Err(ReadError::Reject(400, _))),
                "{raw:?}"
            );
        }
        assert_eq!(read(b"", 100).0.unwrap_err(), ReadError::Closed);
        assert_eq!(
            read(b"POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc", 100)
                .0
                .unwrap_err(),
            ReadError::Closed
        );
    }

    #[test]
    fn absolute_targets_and_http10() {
        let request = read(b"GET http://127.0.0.1:8080/p?q=1 HTTP/1.0\r\n\r\n", 0)
            .0
            .unwrap();
        assert_eq!(request.target, "/p?q=1");
        assert!(!request.keep_alive());
        assert_eq!(origin_form("http://host?x"), Some("/?x".into()));
    }

    #[test]
    fn responses_are_framed() {
        let response = Response {
            status: 200,
            headers: vec![
                ("X-A".into(), "1\r\nInjected: yes".into()),
                ("Content-Length".into(), "99".into()),
            ],
            body: b"body".to_vec(),
        };
        let mut out = Vec::new();
        write_response(
            &mut out,
            &response,
            Framing {
                head_only: false,
                keep_alive: true,
            },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "HTTP/1.1 200 OK\r\nX-A: 1  Injected: yes\r\nContent-Length: 4\r\nConnection: keep-alive\r\n\r\nbody");
        let mut out = Vec::new();
        let empty = Response {
            status: 204,
            headers: Vec::new(),
            body: b"ignored".to_vec(),
        };
        write_response(
            &mut out,
            &empty,
            Framing {
                head_only: false,
                keep_alive: false,
            },
        )
        .unwrap();
        assert_eq!(out, b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    }
}
