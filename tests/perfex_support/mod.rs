//! Helpers of the Perfex wasm tests (`tests/perfex.rs`, `tests/perfex_resources.rs`,
//! `tests/perfex_failures.rs`).
#![allow(dead_code)]

use switchboard::perfex::PerfexClient;
use tsify::Ts;

use crate::common::*;

/// The emulator's seed password of every Perfex contact.
pub const PASSWORD: &str = "perfex-demo-1";

/// A client of the scope's Perfex emulation; `extra` adds client options (JSON members).
pub fn client(scope: &Scope, extra: &str) -> PerfexClient {
    PerfexClient::new(Ts::new_unchecked(scope.options("perfex", extra))).expect("client")
}

/// A client signed in as the seed contact `email`.
pub async fn signed_in(scope: &Scope, email: &str) -> PerfexClient {
    let c = client(scope, "");
    c.login(Ts::new_unchecked(js(&format!(r#"{{"email":"{email}","password":"{PASSWORD}"}}"#))), None)
        .await
        .expect("login");
    c
}
