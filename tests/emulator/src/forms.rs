//! Decoding of what clients put in URLs and bodies: percent-encoding,
//! `application/x-www-form-urlencoded` and `multipart/form-data`.

use crate::http::Part;

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

/// Parses `a=1&b=x+y%21` into pairs, in order: `+` is a space, percent-escapes are decoded,
/// invalid UTF-8 is replaced, a field without `=` has an empty value and empty fields are skipped.
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

/// Reads one parameter value (quoted with backslash escapes, or a bare token up to `;`)
/// and returns it with the text after it.
fn param_value(text: &str) -> (String, &str) {
    let Some(quoted) = text.strip_prefix('"') else {
        let end = text.find(';').unwrap_or(text.len());
        return (text[..end].trim().to_string(), &text[end..]);
    };
    let mut value = String::new();
    let mut chars = quoted.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (value, &quoted[i + 1..]),
            '\\' => value.extend(chars.next().map(|(_, escaped)| escaped)),
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
}
