//! Emulation of the Pbx back end (placeholder: to be written).

use crate::http::{Request, Response};

/// The state of one Pbx installation (one per scope).
pub struct Pbx {}

impl Pbx {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        Pbx {}
    }

    /// Answers one request whose path has the `/pbx` prefix removed.
    pub fn handle(&mut self, _req: &Request) -> Response {
        Response::unknown_path()
    }
}
