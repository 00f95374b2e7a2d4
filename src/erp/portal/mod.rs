//! The portal's own settings: its users (sub-logins with menu permissions) and the
//! customer's extension directory.

mod client;
pub mod types;
mod wire;
