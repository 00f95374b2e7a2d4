//! Cal4care ERP customer portal (CMS API): a customer signs in with a password and a
//! one-time code, orders 3CX licenses through the cart, and works with tickets, invoices,
//! licenses, notes, portal users and extensions.
//!
//! Layout: `client.rs` (the class, its state, the one request path and the list helpers),
//! `wire.rs` (the envelope and every wire quirk), `types.rs` (options, paging, editions),
//! `out.rs` (answers read field by field and results built as JSON), `from_wire.rs` (the
//! shape check of a server record), then one directory per area, each with its methods
//! (`client.rs`) and caller types (`types.rs`, which also build the results): `session/`
//! (plus `wire.rs`, what a sign-in answer means), `orders/` (plus `steps.rs`, the order flow's step
//! runner, and `cart.rs`), `tickets/`, `account/` (plus `sales.rs`), `portal/`. Results reach JS as JSON
//! through `core::js::js_of`: a `core::record` column table for flat rows, `out::Out` for the
//! rest; no result type has a serde derive. Every exported type is named `Erp…`: the
//! package's declarations are shared with the other back ends.

mod account;
mod client;
mod from_wire;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
mod orders;
mod out;
mod portal;
mod session;
mod tickets;
mod types;
mod wire;

pub use client::ErpClient;
