//! HTTP Basic credentials: checked once, held as secrets, turned into the `Authorization`
//! header of every call. (A base64 encoder lives here because core has none; it could move
//! to `core` if another back end needs one.)

use crate::core::error::{Error, Result};
use crate::core::secret::Secret;

/// The user name and password the client signs every call with.
#[derive(Clone)]
pub struct Credentials {
    username: Secret,
    password: Secret,
    /// `Basic <base64(username:password)>`.
    header: Secret,
}

impl Credentials {
    /// Checks and wraps the credentials; errors name the field.
    pub fn new(username: &str, password: &str) -> Result<Credentials> {
        if username.trim().is_empty() {
            return Err(Error::invalid_input("username", "must be a non-empty string"));
        }
        if username.contains(':') {
            return Err(Error::invalid_input("username", "cannot contain ':' (HTTP Basic auth cannot carry it)"));
        }
        if username.chars().any(char::is_control) {
            return Err(Error::invalid_input("username", "cannot contain control characters"));
        }
        if password.is_empty() {
            return Err(Error::invalid_input("password", "must be a non-empty string"));
        }
        let header = format!("Basic {}", base64(format!("{username}:{password}").as_bytes()));
        Ok(Credentials { username: Secret::new(username), password: Secret::new(password), header: Secret::new(header) })
    }

    /// The same user with a new password.
    pub fn with_password(&self, password: &str) -> Result<Credentials> {
        Credentials::new(self.username.expose(), password)
    }

    /// The `Authorization` header value.
    pub fn header(&self) -> &str {
        self.header.expose()
    }

    /// Every text that must never appear in an error: both credentials, the header value
    /// and its base64 part.
    pub fn secrets(&self) -> Vec<String> {
        let header = self.header.expose();
        let token = header.strip_prefix("Basic ").unwrap_or(header);
        vec![header.to_string(), token.to_string(), self.password.expose().to_string(), self.username.expose().to_string()]
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::ErrorKind;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")];
        for (plain, encoded) in vectors {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn the_header_is_basic_over_utf8() {
        let c = Credentials::new("admin", "made-up-pw").unwrap();
        assert_eq!(c.header(), format!("Basic {}", base64(b"admin:made-up-pw")));
        let c = Credentials::new("zoë", "pässword").unwrap();
        assert_eq!(c.header(), format!("Basic {}", base64("zoë:pässword".as_bytes())));
    }

    #[test]
    fn bad_credentials_name_the_field() {
        for (user, pass, field) in [("", "x", "username"), ("a:b", "x", "username"), ("admin", "", "password")] {
            let e = Credentials::new(user, pass).err().unwrap();
            assert_eq!(e.kind, ErrorKind::InvalidInput);
            assert!(e.message.starts_with(field), "{}", e.message);
        }
    }

    #[test]
    fn secrets_cover_the_header_and_both_credentials() {
        let c = Credentials::new("admin", "made-up-pw").unwrap();
        let s = c.secrets();
        assert!(s.contains(&"made-up-pw".to_string()) && s.contains(&"admin".to_string()));
        assert!(s.iter().any(|v| v.starts_with("Basic ")));
        assert!(s.contains(&base64(b"admin:made-up-pw")));
    }
}
