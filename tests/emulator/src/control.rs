//! The control endpoints under `/__emulator/` (per scope): reset, faults (arm and disarm), clock,
//! request log, health, and bulk seed data for benchmarks.

use std::sync::Mutex;

use serde_json::{json, Value};

use crate::faults::Fault;
use crate::http::Response;
use crate::scope::Scope;
use crate::server::lock;

/// The control endpoints.
#[derive(Clone, Copy)]
enum Endpoint {
    Reset,
    Faults,
    Clock,
    Requests,
    Health,
    Seed,
}

impl Endpoint {
    /// The endpoint at `path` (the part after `/__emulator`).
    fn at(path: &str) -> Option<Endpoint> {
        Some(match path {
            "/reset" => Endpoint::Reset,
            "/faults" => Endpoint::Faults,
            "/clock" => Endpoint::Clock,
            "/requests" => Endpoint::Requests,
            "/health" => Endpoint::Health,
            "/seed" => Endpoint::Seed,
            _ => return None,
        })
    }

    /// The methods the endpoint answers (GET endpoints answer HEAD too).
    fn methods(self) -> &'static [&'static str] {
        match self {
            Endpoint::Reset | Endpoint::Clock | Endpoint::Seed => &["POST"],
            Endpoint::Faults => &["POST", "DELETE"],
            Endpoint::Requests | Endpoint::Health => &["GET", "HEAD"],
        }
    }
}

/// Answers a control call. `path` is the part after `/__emulator` (e.g. `/faults`);
/// `scope` is locked only for as long as the call needs it.
pub fn handle(scope: &Mutex<Scope>, method: &str, path: &str, body: &[u8]) -> Response {
    let Some(endpoint) = Endpoint::at(path) else {
        return error(404, &format!("no control endpoint {path:?}"));
    };
    let allowed = endpoint.methods();
    if !allowed.contains(&method) {
        let allowed = allowed.join(", ");
        let mut response = error(405, &format!("use {allowed} for {path}"));
        response.headers.push(("Allow".into(), allowed));
        return response;
    }
    let mut scope = lock(scope);
    match endpoint {
        Endpoint::Reset => {
            scope.reset();
            Response::json(200, &json!({ "ok": true }))
        }
        Endpoint::Faults if method == "DELETE" => {
            scope.disarm();
            Response::json(200, &json!({ "disarmed": true }))
        }
        Endpoint::Faults => arm_fault(&mut scope, body),
        Endpoint::Clock => advance_clock(&mut scope, body),
        Endpoint::Requests => Response::json(
            200,
            &Value::Array(scope.log().iter().map(|e| e.to_json()).collect()),
        ),
        Endpoint::Health => Response::json(200, &json!({ "ok": true })),
        Endpoint::Seed => seed(&mut scope, body),
    }
}

/// `POST /__emulator/faults`.
fn arm_fault(scope: &mut Scope, body: &[u8]) -> Response {
    let fault = serde_json::from_slice::<Value>(body)
        .map_err(|e| format!("the body is not JSON: {e}"))
        .and_then(|value| Fault::from_json(&value));
    match fault {
        Ok(fault) => {
            scope.arm(fault);
            Response::json(200, &json!({ "armed": true }))
        }
        Err(message) => error(400, &message),
    }
}

/// `POST /__emulator/clock` with `{"advanceSecs": N}`; answers the new clock.
fn advance_clock(scope: &mut Scope, body: &[u8]) -> Response {
    let secs = serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v.get("advanceSecs").and_then(Value::as_i64));
    match secs {
        Some(secs) => {
            scope.advance_clock(secs);
            Response::json(200, &json!({ "ok": true, "now": scope.now() }))
        }
        None => error(400, "the body must be {\"advanceSecs\": <integer>}"),
    }
}

/// Most tickets one seed call adds (about 100 MB of list answer).
const MAX_SEED_TICKETS: u64 = 50_000;

/// `POST /__emulator/seed` with `{"backend": "perfex", "tickets": N}`: adds N made-up tickets
/// to customer 1 of this scope's Perfex; answers `{"ok": true, "added": N}`.
fn seed(scope: &mut Scope, body: &[u8]) -> Response {
    let request = serde_json::from_slice::<Value>(body).ok();
    let backend = request
        .as_ref()
        .and_then(|v| v.get("backend"))
        .and_then(Value::as_str);
    let tickets = request
        .as_ref()
        .and_then(|v| v.get("tickets"))
        .and_then(Value::as_u64);
    match (backend, tickets) {
        (Some("perfex"), Some(count)) if count <= MAX_SEED_TICKETS => {
            scope.add_perfex_tickets(count);
            Response::json(200, &json!({ "ok": true, "added": count }))
        }
        _ => error(
            400,
            &format!("the body must be {{\"backend\": \"perfex\", \"tickets\": <0..={MAX_SEED_TICKETS}>}}"),
        ),
    }
}

/// A JSON error answer: `{"error": message}`.
pub fn error(status: u16, message: &str) -> Response {
    Response::json(status, &json!({ "error": message }))
}
