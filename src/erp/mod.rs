//! Cal4care ERP customer portal (CMS API): a customer signs in with a password and a
//! one-time code, orders 3CX licenses through the cart, and works with tickets, invoices,
//! licenses, notes, portal users and extensions.
//!
//! Layout: `client.rs` (the class, its state, the one request path and the list helpers),
//! `wire.rs` (the envelope and every wire quirk), `types.rs` (options, paging, editions), then
//! one directory per area, each with its methods (`client.rs`), caller types (`types.rs`) and
//! server shapes (`wire.rs`): `session/`, `orders/` (plus `steps.rs`, `cart.rs`), `tickets/`,
//! `account/` (plus `sales.rs`), `portal/`. Every exported type is named `Erp…`: the
//! package's declarations are shared with the other back ends.

mod account;
mod client;
mod from_wire;
mod input;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
mod orders;
mod portal;
mod session;
mod tickets;
mod types;
mod wire;

pub use client::ErpClient;
