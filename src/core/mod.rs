//! What every back end shares: the request path (build, send, read, classify), errors,
//! options, sessions, secrets, lenient decoding and paging. Nothing here names a back end.

pub mod base64;
pub mod body;
pub mod call_options;
pub mod date;
pub mod error;
pub mod fields;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod fuzz;
pub mod js;
pub mod json;
pub mod json_text;
pub mod jwt;
pub mod lenient;
pub mod options;
pub mod record;
pub mod search;
pub mod paging;
pub mod secret;
pub mod session;
pub mod timer;
pub mod transport;
pub mod url;
