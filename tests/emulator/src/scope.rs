//! The state of one scope: its four back ends (created on first use), its armed faults,
//! its clock offset and its request log.

use std::panic::{self, AssertUnwindSafe};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Map, Value};

use crate::codec::base64;
use crate::erp::Erp;
use crate::faults::{Fault, FaultKind};
use crate::http::{Request, Response};
use crate::neucrm::NeuCrm;
use crate::pbx::Pbx;
use crate::perfex::Perfex;

/// The four emulated back ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Backend {
    Perfex,
    Erp,
    Pbx,
    NeuCrm,
}

impl Backend {
    const ALL: [Backend; 4] = [Backend::Perfex, Backend::Erp, Backend::Pbx, Backend::NeuCrm];

    /// The path prefix this back end answers under.
    fn prefix(self) -> &'static str {
        match self {
            Backend::Perfex => "/perfex",
            Backend::Erp => "/erp",
            Backend::Pbx => "/pbx",
            Backend::NeuCrm => "/neucrm",
        }
    }

    /// Splits `/perfex/customers_api/v1/tickets` into the back end and `/customers_api/v1/tickets`
    /// (`/perfex` alone gives `/`). None when the path belongs to no back end.
    pub fn split(path: &str) -> Option<(Backend, &str)> {
        Backend::ALL.into_iter().find_map(|backend| {
            let rest = path.strip_prefix(backend.prefix())?;
            match rest {
                "" => Some((backend, "/")),
                _ if rest.starts_with('/') => Some((backend, rest)),
                _ => None,
            }
        })
    }
}

/// The back ends of one scope, each created from its seed data on first use.
#[derive(Default)]
struct Backends {
    perfex: Option<Perfex>,
    erp: Option<Erp>,
    pbx: Option<Pbx>,
    neucrm: Option<NeuCrm>,
}

impl Backends {
    /// Lets `backend` answer `request`.
    fn handle(&mut self, backend: Backend, request: &Request) -> Response {
        match backend {
            Backend::Perfex => self.perfex.get_or_insert_with(Perfex::new).handle(request),
            Backend::Erp => self.erp.get_or_insert_with(Erp::new).handle(request),
            Backend::Pbx => self.pbx.get_or_insert_with(Pbx::new).handle(request),
            Backend::NeuCrm => self.neucrm.get_or_insert_with(NeuCrm::new).handle(request),
        }
    }
}

/// One request as the log keeps it.
pub struct LogEntry {
    pub method: String,
    /// The path as received, below the scope prefix, without the query.
    pub path: String,
    /// The raw query string, without `?`.
    pub query: String,
    /// Headers with lower-case names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The scope's clock when the request came in, in unix milliseconds.
    pub at_millis: i64,
}

impl LogEntry {
    /// The entry as `GET /__emulator/requests` shows it. Repeated headers are joined with `, `;
    /// `at` is in unix seconds of the scope's clock, with milliseconds as the fraction.
    pub fn to_json(&self) -> Value {
        let mut headers = Map::new();
        for (name, value) in &self.headers {
            let joined = match headers.get(name).and_then(Value::as_str) {
                Some(earlier) => format!("{earlier}, {value}"),
                None => value.clone(),
            };
            headers.insert(name.clone(), Value::String(joined));
        }
        json!({
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": headers,
            "bodyBase64": base64(&self.body),
            "at": self.at_millis as f64 / 1000.0,
        })
    }
}

/// Everything one scope owns.
#[derive(Default)]
pub struct Scope {
    backends: Backends,
    faults: Vec<Fault>,
    clock_offset_secs: i64,
    log: Vec<LogEntry>,
}

impl Scope {
    /// Back to the seed data, no faults, clock offset 0, empty log.
    pub fn reset(&mut self) {
        *self = Scope::default();
    }

    /// The scope's clock in unix seconds.
    pub fn now(&self) -> i64 {
        self.now_millis().div_euclid(1000)
    }

    /// The scope's clock in unix milliseconds.
    pub fn now_millis(&self) -> i64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        real.saturating_add(self.clock_offset_secs.saturating_mul(1000))
    }

    /// Moves the clock by `secs` (forward when positive).
    pub fn advance_clock(&mut self, secs: i64) {
        self.clock_offset_secs = self.clock_offset_secs.saturating_add(secs);
    }

    /// Arms a fault; earlier faults are checked first.
    pub fn arm(&mut self, fault: Fault) {
        self.faults.push(fault);
    }

    /// Disarms every fault (the data, clock and log stay as they are).
    pub fn disarm(&mut self) {
        self.faults.clear();
    }

    /// Logs a request and uses up one turn of the first armed fault matching its path.
    pub fn admit(&mut self, entry: LogEntry) -> Option<FaultKind> {
        let index = self
            .faults
            .iter()
            .position(|fault| fault.matches(&entry.path));
        self.log.push(entry);
        let index = index?;
        let fault = &mut self.faults[index];
        fault.remaining -= 1;
        let kind = fault.kind.clone();
        if fault.remaining == 0 {
            self.faults.remove(index);
        }
        Some(kind)
    }

    /// Adds `count` made-up tickets to this scope's Perfex (for benchmarks: `POST /__emulator/seed`).
    pub fn add_perfex_tickets(&mut self, count: u64) {
        self.backends
            .perfex
            .get_or_insert_with(Perfex::new)
            .add_tickets(count);
    }

    /// The request log, oldest first.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// Lets `backend` answer `request`. A back end that panics answers 500 instead of
    /// taking the connection down.
    pub fn handle(&mut self, backend: Backend, request: &Request) -> Response {
        let backends = &mut self.backends;
        panic::catch_unwind(AssertUnwindSafe(|| backends.handle(backend, request))).unwrap_or_else(
            |_| {
                Response::text(
                    500,
                    "text/plain; charset=utf-8",
                    "the emulated back end panicked (see the emulator's stderr)",
                )
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn backend_prefixes_split_whole_segments() {
        assert_eq!(
            Backend::split("/perfex/a/b"),
            Some((Backend::Perfex, "/a/b"))
        );
        assert_eq!(Backend::split("/neucrm"), Some((Backend::NeuCrm, "/")));
        assert_eq!(Backend::split("/pbxx/a"), None);
        assert_eq!(Backend::split("/index.html"), None);
    }

    #[test]
    fn faults_are_used_up_in_order() {
        let mut scope = Scope::default();
        let entry = |path: &str| LogEntry {
            method: "GET".into(),
            path: path.into(),
            query: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
            at_millis: 0,
        };
        scope.arm(Fault::from_json(&json!({"match": "/a", "kind": "drop", "times": 2})).unwrap());
        scope.arm(Fault::from_json(&json!({"match": "", "kind": "html"})).unwrap());
        assert_eq!(scope.admit(entry("/a")), Some(FaultKind::Drop));
        assert_eq!(scope.admit(entry("/b")), Some(FaultKind::Html));
        assert_eq!(scope.admit(entry("/a")), Some(FaultKind::Drop));
        assert_eq!(scope.admit(entry("/a")), None);
        assert_eq!(scope.log().len(), 4);
    }

    #[test]
    fn log_entries_join_repeated_headers() {
        let entry = LogEntry {
            method: "POST".into(),
            path: "/p".into(),
            query: "a=1".into(),
            headers: vec![("x".into(), "1".into()), ("x".into(), "2".into())],
            body: b"hi".to_vec(),
            at_millis: 1_500,
        };
        let value = entry.to_json();
        assert_eq!(value["headers"]["x"], "1, 2");
        assert_eq!(value["bodyBase64"], "aGk=");
        assert_eq!(value["at"], 1.5);
    }
}
