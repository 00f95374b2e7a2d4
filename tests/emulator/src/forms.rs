//! Decoding of what clients put in URLs and bodies: percent-encoding,
//! `application/x-www-form-urlencoded` and `multipart/form-data`, and what PHP (which all four
//! real back ends run on) makes of a POST body: `$_POST` and `$_FILES`.

use crate::http::Request;

/// One part of a multipart/form-data body.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// One uploaded file, as PHP lists it in `$_FILES`.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The form field it came in (`attachment[0]`, `file`, ...).
    pub field: String,
    /// The file name sent, without any directory part (PHP keeps only the base name).
    pub file_name: String,
    /// The part's Content-Type, `application/octet-stream` when it had none.
    pub content_type: String,
    pub data: Vec<u8>,
}

/// What PHP makes of a POST body: text fields (`$_POST`, in order) and files (`$_FILES`).
#[derive(Debug, Default)]
pub struct PostBody {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Upload>,
}

/// The media type of a Content-Type value as PHP picks a body reader by it: lower-cased and cut
/// at the first `;`, `,` or space (`Multipart/Form-Data; boundary=x` → `multipart/form-data`).
pub fn media_type(content_type: &str) -> String {
    let value = content_type.trim_start();
    let end = value.find([';', ',', ' ']).unwrap_or(value.len());
    value[..end].to_ascii_lowercase()
}

/// `$_POST` and `$_FILES` for a body: only `application/x-www-form-urlencoded` and
/// `multipart/form-data` (by media type) are read; None for any other Content-Type.
/// Multipart text parts are fields; parts with a filename are files, except an empty file
/// input (no file name and no bytes), which is left out.
pub fn php_post(content_type: &str, body: &[u8]) -> Option<PostBody> {
    match media_type(content_type).as_str() {
        "application/x-www-form-urlencoded" => Some(PostBody {
            fields: parse_urlencoded(body),
            files: Vec::new(),
        }),
        "multipart/form-data" => {
            let mut post = PostBody::default();
            for part in parse_multipart(content_type, body) {
                match part.filename {
                    None => post
                        .fields
                        .push((part.name, String::from_utf8_lossy(&part.data).into_owned())),
                    Some(name) if name.is_empty() && part.data.is_empty() => {}
                    Some(name) => post.files.push(Upload {
                        field: part.name,
                        file_name: base_name(&name).to_string(),
                        content_type: part
                            .content_type
                            .unwrap_or_else(|| "application/octet-stream".into()),
                        data: part.data,
                    }),
                }
            }
            Some(post)
        }
        _ => None,
    }
}

/// The last path segment of a client-side file name (`C:\Users\a\log.bin` → `log.bin`).
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// A numeric id as the PBX and NeuCRM wrappers take one from a form field: digits only
/// (surrounding whitespace ignored), at most 18 of them so it fits the database column.
pub fn parse_id(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || text.len() > 18 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The POST fields the PBX and NeuCRM wrappers read: PHP's `$_POST` (urlencoded, or the text
/// parts of multipart), and also a body sent without a Content-Type, read as urlencoded. Any
/// other body type gives no fields. Of a repeated field the last one counts, as in PHP.
pub struct Form(Vec<(String, String)>);

impl Form {
    pub fn from_request(req: &Request) -> Form {
        match req.post() {
            Some(post) => Form(post.fields),
            None if req.header("content-type").unwrap_or("").trim().is_empty() => Form(req.form()),
            None => Form(Vec::new()),
        }
    }

    /// The last value of this field, if sent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of this field when it was sent and is not blank.
    pub fn required(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.trim().is_empty())
    }
}

/// Percent-decodes `input`; with `plus_as_space`, `+` becomes a space (as in form data and
/// query strings, but not in paths). A `%` not followed by two hex digits is kept as is.
pub fn percent_decode(input: &[u8], plus_as_space: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'%' => match (
                input.get(i + 1).and_then(hex_value),
                input.get(i + 2).and_then(hex_value),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' if plus_as_space => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    out
}

/// The value of one hex digit.
fn hex_value(digit: &u8) -> Option<u8> {
    (*digit as char).to_digit(16).map(|d| d as u8)
}

/// Percent-decodes a URL path (`+` stays a `+`) into a string, replacing invalid UTF-8.
pub fn decode_path(path: &str) -> String {
    String::from_utf8_lossy(&percent_decode(path.as_bytes(), false)).into_owned()
}

/// Parses `a=1&b=x+y%21` into pairs, in order, as PHP fills `$_GET` / `$_POST`: `+` is a space,
/// percent-escapes are decoded (a `%` without two hex digits stays), invalid UTF-8 is replaced,
/// a field without `=` has an empty value, and empty fields and fields with an empty name
/// (`=x`) are skipped.
pub fn parse_urlencoded(body: &[u8]) -> Vec<(String, String)> {
    body.split(|&b| b == b'&')
        .filter(|field| !field.is_empty())
        .map(|field| {
            let (name, value) = match field.iter().position(|&b| b == b'=') {
                Some(eq) => (&field[..eq], &field[eq + 1..]),
                None => (field, &field[..0]),
            };
            (decode_form_text(name), decode_form_text(value))
        })
        .filter(|(name, _)| !name.is_empty())
        .collect()
}

/// One name or value of a urlencoded form, as text.
fn decode_form_text(raw: &[u8]) -> String {
    String::from_utf8_lossy(&percent_decode(raw, true)).into_owned()
}

/// Splits the parameters of a header value such as `form-data; name="a"; filename="b.txt"`
/// or `multipart/form-data; boundary=xyz` into lower-case names and unquoted values.
/// The part before the first `;` is skipped.
pub fn header_params(value: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = match value.find(';') {
        Some(semi) => &value[semi + 1..],
        None => return params,
    };
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq]
            .rsplit(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let (param_value, after) = param_value(rest[eq + 1..].trim_start());
        params.push((name, param_value));
        rest = after;
    }
    params
}

/// Reads one parameter value (quoted, or a bare token up to `;`) and returns it with the text
/// after it. In a quoted value only `\\` and `\"` are escapes, as in PHP's multipart reader; any
/// other backslash is kept (`filename="C:\\dir\\a.txt"` as old browsers send it).
fn param_value(text: &str) -> (String, &str) {
    let Some(quoted) = text.strip_prefix('"') else {
        let end = text.find(';').unwrap_or(text.len());
        return (text[..end].trim().to_string(), &text[end..]);
    };
    let mut value = String::new();
    let mut chars = quoted.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (value, &quoted[i + 1..]),
            '\\' => match chars.next_if(|&(_, next)| next == '\\' || next == '"') {
                Some((_, escaped)) => value.push(escaped),
                None => value.push(c),
            },
            _ => value.push(c),
        }
    }
    (value, "")
}

/// The parts of a multipart/form-data body, in order. The boundary comes from `content_type`
/// (quoted or not). Part data is kept byte for byte. Empty when there is no boundary or the
/// body has no delimiter; a part not closed by a delimiter is left out.
pub fn parse_multipart(content_type: &str, body: &[u8]) -> Vec<Part> {
    let Some(boundary) = header_params(content_type)
        .into_iter()
        .find(|(name, _)| name == "boundary")
        .map(|(_, value)| value)
        .filter(|b| !b.is_empty())
    else {
        return Vec::new();
    };
    let delimiter = format!("--{boundary}").into_bytes();
    let Some(mut at) = find_delimiter(body, &delimiter, 0) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    loop {
        let after = &body[at + delimiter.len()..];
        if after.starts_with(b"--") {
            break;
        }
        let Some(line_end) = after.iter().position(|&b| b == b'\n') else {
            break;
        };
        let part_start = at + delimiter.len() + line_end + 1;
        let Some(next) = find_delimiter(body, &delimiter, part_start) else {
            break;
        };
        parts.extend(parse_part(strip_line_end(&body[part_start..next])));
        at = next;
    }
    parts
}

/// The index of the next delimiter at or after `from` that starts a line.
fn find_delimiter(body: &[u8], delimiter: &[u8], from: usize) -> Option<usize> {
    let mut start = from;
    while start + delimiter.len() <= body.len() {
        let offset = body[start..]
            .windows(delimiter.len())
            .position(|w| w == delimiter)?;
        let found = start + offset;
        if found == 0 || body[found - 1] == b'\n' {
            return Some(found);
        }
        start = found + 1;
    }
    None
}

/// Drops the line break that belongs to the delimiter following a part.
fn strip_line_end(raw: &[u8]) -> &[u8] {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    raw.strip_suffix(b"\r").unwrap_or(raw)
}

/// One part: its headers, a blank line, its data. None when the headers do not end or
/// there is no `Content-Disposition` name.
fn parse_part(raw: &[u8]) -> Option<Part> {
    let (headers, data) = split_part_head(raw)?;
    let mut part = Part {
        name: String::new(),
        filename: None,
        content_type: None,
        data: data.to_vec(),
    };
    let mut named = false;
    for line in String::from_utf8_lossy(headers).lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "content-disposition" => {
                for (param, param_value) in header_params(value) {
                    match param.as_str() {
                        "name" => {
                            part.name = param_value;
                            named = true;
                        }
                        "filename" => part.filename = Some(param_value),
                        _ => {}
                    }
                }
            }
            "content-type" => part.content_type = Some(value.trim().to_string()),
            _ => {}
        }
    }
    named.then_some(part)
}

/// Splits a part at the blank line after its headers (CRLF or bare LF line ends).
fn split_part_head(raw: &[u8]) -> Option<(&[u8], &[u8])> {
    if let Some(rest) = raw
        .strip_prefix(b"\r\n")
        .or_else(|| raw.strip_prefix(b"\n"))
    {
        return Some((&raw[..0], rest));
    }
    let crlf = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4));
    let lf = raw.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2));
    let (end, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&raw[..end], &raw[end + len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoded_decodes_plus_percent_and_lossy_utf8() {
        let fields = parse_urlencoded(b"a=1&b=x+y%21&&flag&e=%E2%82%AC&bad=%ZZ%&lossy=%FF");
        let expected = [
            ("a", "1"),
            ("b", "x y!"),
            ("flag", ""),
            ("e", "\u{20ac}"),
            ("bad", "%ZZ%"),
            ("lossy", "\u{fffd}"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(fields, expected);
        assert!(parse_urlencoded(b"").is_empty());
    }

    #[test]
    fn urlencoded_skips_empty_names_as_php_does() {
        let fields = parse_urlencoded(b"=x&=&a=%3D&b");
        let expected = [("a", "="), ("b", "")];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(fields, expected);
    }

    #[test]
    fn path_decoding_keeps_plus() {
        assert_eq!(decode_path("/a+b/%20c%2Fd"), "/a+b/ c/d");
    }

    #[test]
    fn header_params_handle_quotes_and_escapes() {
        let params = header_params(r#"form-data; name="a;b"; filename="say \"hi\".txt"; x=plain"#);
        assert_eq!(params[0], ("name".into(), "a;b".into()));
        assert_eq!(params[1], ("filename".into(), "say \"hi\".txt".into()));
        assert_eq!(params[2], ("x".into(), "plain".into()));
    }

    #[test]
    fn header_params_keep_backslashes_that_escape_nothing() {
        let params = header_params(r#"form-data; name="f"; filename="C:\Users\a\\b.txt""#);
        assert_eq!(params[1], ("filename".into(), r"C:\Users\a\b.txt".into()));
    }

    #[test]
    fn multipart_with_binary_data() {
        let binary: Vec<u8> = (0u8..=255)
            .chain(b"\r\n--not-the-boundary\r\n".iter().copied())
            .collect();
        let mut body = Vec::new();
        body.extend_from_slice(b"preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nHello\r\nworld\r\n");
        body.extend_from_slice(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n",
        );
        body.extend_from_slice(b"Content-Type: application/octet-stream\r\n\r\n");
        body.extend_from_slice(&binary);
        body.extend_from_slice(b"\r\n--XyZ--\r\nepilogue");
        for content_type in [
            "multipart/form-data; boundary=XyZ",
            "multipart/form-data; boundary=\"XyZ\"",
        ] {
            let parts = parse_multipart(content_type, &body);
            assert_eq!(parts.len(), 2);
            assert_eq!(parts[0].name, "subject");
            assert_eq!(parts[0].data, b"Hello\r\nworld");
            assert_eq!(parts[0].filename, None);
            assert_eq!(parts[1].name, "file");
            assert_eq!(parts[1].filename.as_deref(), Some("a.bin"));
            assert_eq!(
                parts[1].content_type.as_deref(),
                Some("application/octet-stream")
            );
            assert_eq!(parts[1].data, binary);
        }
    }

    #[test]
    fn multipart_with_bare_line_feeds_and_empty_data() {
        let body = b"--b\nContent-Disposition: form-data; name=\"x\"\n\n\n--b\nContent-Disposition: form-data; name=\"y\"\n\nv\n--b--\n";
        let parts = parse_multipart("multipart/form-data; boundary=b", body);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].data, b"");
        assert_eq!(parts[1].data, b"v");
    }

    #[test]
    fn multipart_malformed_gives_nothing() {
        assert!(parse_multipart("multipart/form-data", b"--x\r\n\r\n").is_empty());
        assert!(parse_multipart("multipart/form-data; boundary=x", b"no delimiter").is_empty());
        let unclosed = b"--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ndata";
        assert!(parse_multipart("multipart/form-data; boundary=x", unclosed).is_empty());
    }

    fn request_with(content_type: Option<&str>, body: &[u8]) -> Request {
        let headers: Vec<(&str, &str)> = content_type
            .map(|c| ("content-type", c))
            .into_iter()
            .collect();
        crate::test_support::request("POST", "/", &headers, body, 0)
    }

    #[test]
    fn media_type_is_what_php_picks_its_reader_by() {
        assert_eq!(
            media_type("Multipart/Form-Data; boundary=x"),
            "multipart/form-data"
        );
        assert_eq!(
            media_type("application/x-www-form-urlencoded;charset=UTF-8"),
            "application/x-www-form-urlencoded"
        );
        assert_eq!(
            media_type("application/json, text/plain"),
            "application/json"
        );
        assert_eq!(media_type(""), "");
    }

    #[test]
    fn php_post_reads_only_the_two_form_types() {
        assert_eq!(
            php_post("application/x-www-form-urlencoded", b"a=1").map(|p| p.fields.len()),
            Some(1)
        );
        for other in [
            "",
            "text/plain",
            "application/json",
            "multipart/form-data-x; boundary=b",
        ] {
            assert!(php_post(other, b"a=1").is_none(), "{other:?}");
        }
        let body = b"--b\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nv\r\n\
--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"C:\\dir\\a.txt\"\r\n\r\nxy\r\n\
--b\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n\r\n--b--\r\n";
        let post = php_post("multipart/form-data; boundary=b", body).unwrap();
        assert_eq!(post.fields, vec![("t".to_string(), "v".to_string())]);
        assert_eq!(post.files.len(), 1);
        let file = &post.files[0];
        assert_eq!(
            (file.field.as_str(), file.file_name.as_str()),
            ("f", "a.txt")
        );
        assert_eq!(
            (file.content_type.as_str(), file.data.as_slice()),
            ("application/octet-stream", &b"xy"[..])
        );
    }

    #[test]
    fn form_is_post_plus_a_body_without_content_type() {
        let form = Form::from_request(&request_with(None, b"a=1&a=2&b=+"));
        assert_eq!(
            (form.get("a"), form.get("b"), form.required("b")),
            (Some("2"), Some(" "), None)
        );
        assert_eq!(
            Form::from_request(&request_with(
                Some("application/x-www-form-urlencoded"),
                b"a=1"
            ))
            .get("a"),
            Some("1")
        );
        assert_eq!(
            Form::from_request(&request_with(Some("application/json"), b"a=1")).get("a"),
            None
        );
    }
}
