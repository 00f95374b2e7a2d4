//! Finding, cutting and joining texts without std's heavier machinery: `str::contains` and
//! `str::find` with a text pattern link core's two-way searcher (about 2 KB of wasm in every
//! entry), indexing a `str` links its panic message, and `join` its length arithmetic, for the
//! few short server messages, URLs and error texts handled here, where they buy nothing.

/// Where `part` first occurs in `text` (a byte offset; both are UTF-8, so a match starts and
/// ends on character boundaries).
pub fn find(text: &str, part: &str) -> Option<usize> {
    if part.is_empty() {
        return Some(0);
    }
    text.as_bytes().windows(part.len()).position(|window| window == part.as_bytes())
}

/// Whether `part` occurs in `text`.
pub fn contains(text: &str, part: &str) -> bool {
    find(text, part).is_some()
}

/// `items` with `around` on both sides of each and `between` them: `joined(&["a", "b"], "'",
/// ", ")` is `'a', 'b'`.
pub fn joined(items: &[&str], around: &str, between: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        out.push_str(around);
        out.push_str(item);
        out.push_str(around);
    }
    out
}

/// `text[range]`, for a range whose ends are character boundaries by construction (found by
/// `find`, or at an ASCII byte). Indexing a `str` would link the message of its panic, which
/// prints characters in their Debug form (about 1.5 KB gzip of wasm); `get` links none, and
/// an empty text stands in for the impossible miss.
pub fn cut<R: std::slice::SliceIndex<str, Output = str>>(text: &str, range: R) -> &str {
    text.get(range).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_as_str_find_does() {
        for (text, part) in [("abc", ""), ("", "a"), ("abc", "abc"), ("abcd", "cd"), ("ab", "abc"), ("é://x", "://"), ("aaab", "aab"), ("xyz", "q")] {
            assert_eq!(find(text, part), text.find(part), "{text} {part}");
        }
        assert!(contains("Reseller code already exists", "code already exists"));
        assert_eq!(joined(&["a", "b", "c"], "\"", ", "), r#""a", "b", "c""#);
        assert_eq!(joined(&["x"], "", ", "), "x");
        assert_eq!(joined(&[], "'", ", "), "");
    }
}
