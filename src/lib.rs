//! Switchboard: typed clients for the Cal4care ERP customer portal, a PBX admin API,
//! Perfex CRM and NeuCRM, for web frontends and Node, compiled to WebAssembly.
//!
//! `core` is shared by every back end and names none of them; each back end is a module
//! behind its own cargo feature, so a build for one back end carries only that one.

pub mod core;

#[cfg(feature = "erp")]
pub mod erp;
#[cfg(feature = "neucrm")]
pub mod neucrm;
#[cfg(feature = "pbx")]
pub mod pbx;
#[cfg(feature = "perfex")]
pub mod perfex;

pub use crate::core::error::is_switchboard_error;

/// The module's allocator: talc, smaller and faster on wasm than the default dlmalloc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
