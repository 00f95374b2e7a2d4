//! Secrets (tokens, passwords, api keys): kept in memory, never printed.

use crate::core::search::{cut, find};

/// A secret string: its `Debug` and `Display` never show the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// Replaces every occurrence of each (non-trivial) secret in `text` with `[redacted]`.
pub fn scrub(text: &mut String, secrets: &[&str]) {
    // Very short values would redact ordinary words; they are not worth hiding this way.
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        let mut rest = text.as_str();
        let mut scrubbed = String::new();
        while let Some(at) = find(rest, secret) {
            scrubbed.push_str(cut(rest, ..at));
            scrubbed.push_str("[redacted]");
            rest = cut(rest, at + secret.len()..);
        }
        if rest.len() < text.len() {
            scrubbed.push_str(rest);
            *text = scrubbed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_value() {
        assert_eq!(format!("{:?}", Secret::new("hunter22")), "Secret([redacted])");
    }

    #[test]
    fn scrub_replaces_every_occurrence() {
        let mut text = String::from("token abc123 and abc123 again");
        scrub(&mut text, &["abc123", "x"]);
        assert_eq!(text, "token [redacted] and [redacted] again");
        let mut text = String::from("é-pässwörd-é-pässwörd");
        scrub(&mut text, &["pässwörd"]);
        assert_eq!(text, "é-[redacted]-é-[redacted]");
    }
}
