//! Emulation of the NeuCrm back end (placeholder: to be written).

use crate::http::{Request, Response};

/// The state of one NeuCrm installation (one per scope).
pub struct NeuCrm {}

impl NeuCrm {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        NeuCrm {}
    }

    /// Answers one request whose path has the `/neucrm` prefix removed.
    pub fn handle(&mut self, _req: &Request) -> Response {
        Response::unknown_path()
    }
}
