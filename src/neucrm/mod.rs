//! NeuCRM ISP billing API: an ISP's customers, its resellers and franchisees, and the
//! franchisees' wallets. Every call is a form POST carrying the login user's id and api key.

mod client;
mod customers;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
mod resellers;
mod types;
mod wire;

pub use client::NeuCrmClient;
