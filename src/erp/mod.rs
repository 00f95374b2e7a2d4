//! Cal4care ERP customer portal (CMS API): a customer signs in with a password and a
//! one-time code, orders 3CX licenses through the cart, and works with tickets, invoices,
//! licenses, notes, portal users and extensions.
//!
//! Layout: `client.rs` (the class, its state, the shared request path and list helpers),
//! `wire.rs` (the envelope and every wire quirk), `types.rs` (sign-in and shared types),
//! `session.rs` (sign-in methods), then one directory per area, each with its methods
//! (`client.rs`), caller types (`types.rs`) and server shapes (`wire.rs`): `orders/`,
//! `tickets/`, `account/`, `portal/`.

mod account;
mod client;
mod orders;
mod portal;
mod session;
mod tickets;
mod types;
mod wire;

pub use client::ErpClient;
