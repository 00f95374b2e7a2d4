//! Signing in (password, then the one-time code), signing out, and the session API shared
//! with the other clients: `isSignedIn`, `sessionToken()`, `customerId`, `restoreSession`,
//! `onSessionExpired`.
//!
//! Restoring needs two things the caller stored: the token (`sessionToken()`) and the
//! numeric customer id (the `customerId` getter), as `restoreSession({ token, customerId })`:
//! the portal's token does not name the customer, and every data action must.

mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
pub mod types;
mod wire;
