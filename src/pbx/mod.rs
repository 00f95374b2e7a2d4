//! PBX admin API: a wrapper over a MiRTA PBX (tenants, extensions, DIDs, hunt lists, phones,
//! voicemail, conditions, IVRs, custom destinations, call history), signed with HTTP Basic
//! auth on every call.

mod auth;
mod checks;
mod client;
mod convert;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
mod inputs;
mod resources;
mod types;
mod wire;

pub use client::PbxClient;
