//! Emulation of the Perfex back end (placeholder: to be written).

use crate::http::{Request, Response};

/// The state of one Perfex installation (one per scope).
pub struct Perfex {}

impl Perfex {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        Perfex {}
    }

    /// Answers one request whose path has the `/perfex` prefix removed.
    pub fn handle(&mut self, _req: &Request) -> Response {
        Response::unknown_path()
    }
}
