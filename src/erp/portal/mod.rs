//! The portal's own settings: its users (sub-logins with menu permissions) and the
//! customer's extension directory.

mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
pub mod types;
