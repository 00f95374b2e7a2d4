//! The HTTP server: one thread per connection, scopes (`/s/<scope>/…`), CORS, the control
//! endpoints, the four back ends, static files, and the faults a test has armed.

use std::collections::HashMap;
use std::io::{self, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use crate::control;
use crate::faults::{Effect, FaultKind};
use crate::forms::{decode_path, parse_urlencoded};
use crate::http::{Request, Response};
use crate::scope::{Backend, LogEntry, Scope};
use crate::statics::StaticRoots;
use crate::wire::{self, Framing, RawRequest, ReadError};

/// Port used when `PORT` is not set.
const DEFAULT_PORT: u16 = 8080;
/// Largest request body accepted (larger ones get 413).
const MAX_BODY: usize = 64 * 1024 * 1024;
/// How long a connection may sit idle (or a request take to arrive) before it is closed.
const IDLE_TIMEOUT: Duration = Duration::from_secs(120);
/// Longest scope name accepted.
const MAX_SCOPE_NAME: usize = 100;

/// Reads `PORT`, binds 127.0.0.1, announces the address on stdout and serves forever.
pub fn run() {
    let port = match std::env::var("PORT") {
        Ok(text) => text
            .trim()
            .parse::<u16>()
            .unwrap_or_else(|_| fail(&format!("PORT={text:?} is not a port number"))),
        Err(_) => DEFAULT_PORT,
    };
    let listener = TcpListener::bind(("127.0.0.1", port))
        .unwrap_or_else(|e| fail(&format!("cannot listen on 127.0.0.1:{port}: {e}")));
    let port = listener.local_addr().map_or(port, |address| address.port());
    println!("switchboard-emulator listening on http://127.0.0.1:{port}/");
    let _ = io::stdout().flush();
    serve(listener, Emulator::new(StaticRoots::from_env()));
}

/// Prints `message` and exits with status 1.
fn fail(message: &str) -> ! {
    eprintln!("switchboard-emulator: {message}");
    std::process::exit(1)
}

/// Accepts connections on `listener` forever, each on its own thread.
pub fn serve(listener: TcpListener, emulator: Emulator) {
    let emulator = Arc::new(emulator);
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let emulator = Arc::clone(&emulator);
                let spawned =
                    thread::Builder::new().spawn(move || emulator.serve_connection(stream));
                if let Err(e) = spawned {
                    eprintln!("switchboard-emulator: cannot start a connection thread: {e}");
                }
            }
            Err(e) => {
                eprintln!("switchboard-emulator: accept failed: {e}");
                thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// Locks a mutex, carrying on with the data if a panicking thread poisoned it.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What all connection threads share: the scopes and the static roots.
pub struct Emulator {
    scopes: Mutex<HashMap<String, Arc<Mutex<Scope>>>>,
    statics: StaticRoots,
}

impl Emulator {
    /// An emulator with no scope created yet.
    pub fn new(statics: StaticRoots) -> Emulator {
        Emulator {
            scopes: Mutex::new(HashMap::new()),
            statics,
        }
    }

    /// The scope with this name (`""` is the default scope), created on first use.
    fn scope(&self, name: &str) -> Arc<Mutex<Scope>> {
        Arc::clone(lock(&self.scopes).entry(name.to_string()).or_default())
    }

    /// Answers requests on one connection until it closes or a request asks to close it.
    fn serve_connection(&self, stream: TcpStream) {
        let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
        let _ = stream.set_nodelay(true);
        let Ok(read_half) = stream.try_clone() else {
            return;
        };
        let mut reader = BufReader::new(read_half);
        let mut out = stream;
        loop {
            let request = match wire::read_request(&mut reader, &mut out, MAX_BODY) {
                Ok(request) => request,
                Err(ReadError::Closed) => return,
                Err(ReadError::Reject(status, reason)) => {
                    let framing = Framing {
                        head_only: false,
                        keep_alive: false,
                    };
                    let _ = send(&mut out, control::error(status, reason), framing);
                    wire::linger_close(&out);
                    return;
                }
            };
            if !self.answer(request, &mut out) {
                return;
            }
        }
    }

    /// Answers one request; false when the connection must close afterwards.
    fn answer(&self, request: RawRequest, out: &mut TcpStream) -> bool {
        let framing = Framing {
            head_only: request.method == "HEAD",
            keep_alive: request.keep_alive(),
        };
        if request.method == "OPTIONS" {
            return send(out, preflight(), framing);
        }
        let Some((scope_name, below)) = split_scope(request.path()) else {
            return send(
                out,
                control::error(404, "a scope name is letters, digits, '-' and '_'"),
                framing,
            );
        };
        let scope = self.scope(scope_name);
        if let Some(endpoint) = control_endpoint(below) {
            return send(
                out,
                control::handle(&scope, &request.method, endpoint, &request.body),
                framing,
            );
        }
        let below = below.to_string();
        let fault = admit(&scope, &request, &below);
        let normal = || self.dispatch(&scope, request, &below);
        match fault.map(|kind| kind.effect()) {
            None => send(out, normal(), framing),
            Some(Effect::Delay(wait)) => {
                thread::sleep(wait);
                send(out, normal(), framing)
            }
            Some(Effect::Answer(response)) => send(out, response, framing),
            Some(Effect::Partial {
                response,
                declared_len,
                wait,
            }) => {
                let _ = wire::write_partial(out, &with_cors(response), declared_len);
                thread::sleep(wait);
                let _ = out.shutdown(Shutdown::Both);
                false
            }
            Some(Effect::Drop) => {
                let _ = out.shutdown(Shutdown::Both);
                false
            }
        }
    }

    /// The normal answer: a back end's (holding the scope's lock only while it runs) or a static file.
    fn dispatch(&self, scope: &Mutex<Scope>, request: RawRequest, below: &str) -> Response {
        let Some((backend, path)) = Backend::split(below) else {
            return self.statics.serve(&request.method, below);
        };
        let mut backend_request = Request {
            path: decode_path(path),
            query: parse_urlencoded(request.query().as_bytes()),
            method: request.method,
            headers: request.headers,
            body: request.body,
            now: 0,
        };
        let mut state = lock(scope);
        backend_request.now = state.now();
        state.handle(backend, &backend_request)
    }
}

/// Logs a request in its scope and takes the fault (if any) armed for its path.
fn admit(scope: &Mutex<Scope>, request: &RawRequest, below: &str) -> Option<FaultKind> {
    let mut state = lock(scope);
    let at_millis = state.now_millis();
    state.admit(LogEntry {
        method: request.method.clone(),
        path: below.to_string(),
        query: request.query().to_string(),
        headers: request.headers.clone(),
        body: request.body.clone(),
        at_millis,
    })
}

/// Splits `/s/<scope>/rest` into the scope name and `/rest`; a path without the prefix
/// belongs to the default scope `""`. None when the scope name is not acceptable.
fn split_scope(path: &str) -> Option<(&str, &str)> {
    let Some(after) = path.strip_prefix("/s/") else {
        return Some(("", path));
    };
    let (name, rest) = after
        .find('/')
        .map_or((after, "/"), |slash| after.split_at(slash));
    let valid = !name.is_empty()
        && name.len() <= MAX_SCOPE_NAME
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some((name, rest))
}

/// The control endpoint named by a path below the scope (`/__emulator/reset` → `/reset`).
fn control_endpoint(below: &str) -> Option<&str> {
    let rest = below.strip_prefix("/__emulator")?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// The answer to any `OPTIONS` request.
fn preflight() -> Response {
    let mut response = Response {
        status: 204,
        headers: Vec::new(),
        body: Vec::new(),
    };
    response.headers.extend(
        [
            (
                "Access-Control-Allow-Methods",
                "GET, POST, PUT, DELETE, OPTIONS",
            ),
            (
                "Access-Control-Allow-Headers",
                "Authorization, Content-Type",
            ),
            ("Access-Control-Max-Age", "600"),
        ]
        .map(|(name, value)| (name.to_string(), value.to_string())),
    );
    response
}

/// Adds the CORS headers every answer carries, replacing any the back end set itself.
fn with_cors(mut response: Response) -> Response {
    const CORS: [(&str, &str); 2] = [
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Expose-Headers", "Retry-After"),
    ];
    response
        .headers
        .retain(|(name, _)| !CORS.iter().any(|(cors, _)| name.eq_ignore_ascii_case(cors)));
    response
        .headers
        .extend(CORS.map(|(name, value)| (name.to_string(), value.to_string())));
    response
}

/// Writes `response` with CORS headers; true when the connection stays open.
fn send(out: &mut TcpStream, response: Response, framing: Framing) -> bool {
    wire::write_response(out, &with_cors(response), framing).is_ok() && framing.keep_alive
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
