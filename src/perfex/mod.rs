//! Perfex CRM, "REST API for Customers" module: a customer's contact signs in and works with
//! their tickets, projects, invoices and the rest.

mod client;
mod table;
mod types;
mod wire;

pub use client::PerfexClient;
