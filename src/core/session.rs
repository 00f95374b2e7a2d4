//! A signed-in session: the token in memory only, when it expires, and who to tell when it
//! is lost. Persisting it is the caller's choice (`sessionToken()` / `restoreSession()`).

use std::cell::{Cell, RefCell};

use js_sys::Function;
use wasm_bindgen::prelude::*;

use crate::core::secret::Secret;

/// Why a session ended, as passed to the `onSessionExpired` listener.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionEnd {
    /// Its known lifetime ran out.
    Expired,
    /// The server refused it (signed in elsewhere, revoked, expired early).
    Rejected,
}

impl SessionEnd {
    fn as_str(self) -> &'static str {
        match self {
            SessionEnd::Expired => "expired",
            SessionEnd::Rejected => "rejected",
        }
    }
}

/// The current token, if any.
#[derive(Default)]
pub struct Session {
    token: RefCell<Option<Secret>>,
    /// Milliseconds since the epoch after which the token is known to be refused.
    expires_at_ms: Cell<Option<f64>>,
    listener: RefCell<Option<Function>>,
}

impl Session {
    /// Starts a session with this token.
    pub fn open(&self, token: Secret, expires_at_ms: Option<f64>) {
        *self.token.borrow_mut() = Some(token);
        self.expires_at_ms.set(expires_at_ms);
    }

    /// The token, unless there is none or it has expired (which ends the session and tells
    /// the listener).
    pub fn token(&self) -> Option<Secret> {
        if expired(self.expires_at_ms.get()) && self.token.borrow().is_some() {
            self.end(SessionEnd::Expired);
        }
        self.token.borrow().clone()
    }

    /// Whether `sent`, the token a call carried, is still the current one. A refusal of an
    /// older token (replaced by a later sign-in or `restoreSession`) must not end the session.
    pub fn is_current(&self, sent: &Secret) -> bool {
        self.token().as_ref() == Some(sent)
    }

    /// Whether a token is held and not known to be expired.
    pub fn is_active(&self) -> bool {
        self.token().is_some()
    }

    /// When the token is known to expire (ms since the epoch).
    pub fn expires_at_ms(&self) -> Option<f64> {
        self.token.borrow().as_ref().and(self.expires_at_ms.get())
    }

    /// Forgets the token without telling anyone (sign-out).
    pub fn close(&self) {
        *self.token.borrow_mut() = None;
        self.expires_at_ms.set(None);
    }

    /// Forgets the token and tells the listener why, if there was one.
    pub fn end(&self, why: SessionEnd) {
        let had = self.token.borrow_mut().take().is_some();
        self.expires_at_ms.set(None);
        if had {
            let listener = self.listener.borrow().clone();
            if let Some(listener) = listener {
                // A throwing listener must not break the call that noticed the loss.
                let _ = listener.call1(&JsValue::UNDEFINED, &JsValue::from_str(why.as_str()));
            }
        }
    }

    /// Sets (or with `None`, removes) the listener told when the session is lost.
    pub fn set_listener(&self, listener: Option<Function>) {
        *self.listener.borrow_mut() = listener;
    }
}

/// Whether a token that expires at `expires_at_ms` (ms since the epoch) already has; checked
/// on a candidate token before it replaces the current one.
pub fn expired(expires_at_ms: Option<f64>) -> bool {
    expires_at_ms.is_some_and(|at| now_ms() >= at)
}

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen(typescript_custom_section)]
const SESSION_TS: &'static str = r#"
/** Why a session was lost: its lifetime ran out, or the server refused the token. */
export type SessionEndReason = "expired" | "rejected";
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_current_token_is_current() {
        let session = Session::default();
        let (old, new) = (Secret::new("token-old"), Secret::new("token-new"));
        assert!(!session.is_current(&old));
        session.open(old.clone(), None);
        assert!(session.is_current(&old));
        // A later sign-in replaces it: a refusal of the old token is no news of the new one.
        session.open(new.clone(), None);
        assert!(!session.is_current(&old) && session.is_current(&new));
        session.close();
        assert!(!session.is_current(&new));
    }

    #[test]
    fn a_token_without_a_known_expiry_is_not_expired() {
        assert!(!expired(None));
    }
}
