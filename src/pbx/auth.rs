//! HTTP Basic credentials: checked once, held as secrets, turned into the `Authorization`
//! header of every call (base64 from `core::base64`).

use crate::core::base64::encode;
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
        let header = format!("Basic {}", encode(format!("{username}:{password}").as_bytes()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::base64::encode;
    use crate::core::error::ErrorKind;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(encode(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn the_header_is_basic_over_utf8() {
        let c = Credentials::new("admin", "made-up-pw").unwrap();
        assert_eq!(c.header(), format!("Basic {}", encode(b"admin:made-up-pw")));
        let c = Credentials::new("zoë", "pässword").unwrap();
        assert_eq!(c.header(), format!("Basic {}", encode("zoë:pässword".as_bytes())));
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
        assert!(s.contains(&encode(b"admin:made-up-pw")));
    }
}
