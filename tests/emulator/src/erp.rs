//! Emulation of the Erp back end (placeholder: to be written).

use crate::http::{Request, Response};

/// The state of one Erp installation (one per scope).
pub struct Erp {}

impl Erp {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        Erp {}
    }

    /// Answers one request whose path has the `/erp` prefix removed.
    pub fn handle(&mut self, _req: &Request) -> Response {
        Response::unknown_path()
    }
}
