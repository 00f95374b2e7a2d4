//! End-to-end tests of the server machinery over real sockets: one emulator on an ephemeral
//! port serves every test, and each test works in its own scope so they can run in parallel.
//! Back-end answers are not asserted here (the back-end modules test themselves).

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{serve, Emulator};
use crate::statics::StaticRoots;

/// One answer as a client sees it.
#[derive(Debug)]
struct Reply {
    /// 0 when the connection closed before a status line.
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn declared_len(&self) -> Option<usize> {
        self.header("content-length").and_then(|v| v.parse().ok())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// The port of the shared test server, started on first use with static roots in a temp dir.
fn port() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        let (www, pkg) = static_fixture();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        thread::spawn(move || serve(listener, Emulator::new(StaticRoots::new(www, pkg))));
        port
    })
}

/// Writes `www/` and `pkg/` fixtures, plus a secret file beside them that must stay unreachable.
fn static_fixture() -> (PathBuf, PathBuf) {
    let base =
        std::env::temp_dir().join(format!("switchboard-emulator-test-{}", std::process::id()));
    let _ = fs::remove_dir_all(&base);
    let (www, pkg) = (base.join("www"), base.join("pkg"));
    fs::create_dir_all(www.join("sub")).unwrap();
    fs::create_dir_all(&pkg).unwrap();
    fs::write(www.join("index.html"), "<h1>home</h1>").unwrap();
    fs::write(www.join("app.js"), "export {};").unwrap();
    fs::write(www.join("sub").join("index.html"), "<h1>sub</h1>").unwrap();
    fs::write(pkg.join("switchboard_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    fs::write(base.join("secret.txt"), "do not serve").unwrap();
    (www, pkg)
}

/// A connection to the test server.
fn connect() -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port())).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

/// Sends raw bytes on a fresh connection and reads one answer.
fn exchange(raw: &[u8]) -> Reply {
    let mut stream = connect();
    stream.write_all(raw).unwrap();
    read_reply(&mut BufReader::new(stream))
}

/// One request with `Connection: close`.
fn call(method: &str, path: &str, body: &[u8]) -> Reply {
    let mut raw = format!(
        "{method} {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(body);
    exchange(&raw)
}

/// POSTs JSON to a control endpoint and expects 200.
fn control(path: &str, body: Value) -> Value {
    let reply = call("POST", path, body.to_string().as_bytes());
    assert_eq!(
        reply.status,
        200,
        "{path}: {:?}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

/// Arms a fault in a scope.
fn arm(scope: &str, fault: Value) {
    assert_eq!(
        control(&format!("/s/{scope}/__emulator/faults"), fault),
        json!({"armed": true})
    );
}

/// The request log of a scope.
fn log_of(scope: &str) -> Vec<Value> {
    call("GET", &format!("/s/{scope}/__emulator/requests"), b"")
        .json()
        .as_array()
        .unwrap()
        .clone()
}

/// Reads one answer: the head, then the announced body or as much of it as arrives before
/// the connection closes.
fn read_reply<R: BufRead>(reader: &mut R) -> Reply {
    let mut reply = Reply {
        status: 0,
        headers: Vec::new(),
        body: Vec::new(),
    };
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return reply;
    }
    reply.status = line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let (name, value) = trimmed.split_once(':').unwrap();
        reply
            .headers
            .push((name.to_string(), value.trim().to_string()));
    }
    let len = reply.declared_len().unwrap_or(0);
    let _ = reader.take(len as u64).read_to_end(&mut reply.body);
    reply
}

#[test]
fn health_and_cors_on_every_answer() {
    let reply = call("GET", "/__emulator/health", b"");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), json!({"ok": true}));
    for reply in [
        reply,
        call("GET", "/__emulator/nothing", b""),
        call("GET", "/s/bad.name/x", b""),
    ] {
        assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
        assert_eq!(
            reply.header("access-control-expose-headers"),
            Some("Retry-After")
        );
    }
    assert_eq!(call("GET", "/__emulator/nothing", b"").status, 404);
    assert_eq!(call("GET", "/__emulator/reset", b"").status, 405);
    assert_eq!(call("GET", "/s/bad.name/x", b"").status, 404);
}

#[test]
fn options_answers_204_and_is_not_logged() {
    let reply = call("OPTIONS", "/s/options/perfex/customers_api/v1/tickets", b"");
    assert_eq!(reply.status, 204);
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        reply.header("access-control-allow-methods"),
        Some("GET, POST, PUT, DELETE, OPTIONS")
    );
    assert_eq!(
        reply.header("access-control-allow-headers"),
        Some("Authorization, Content-Type")
    );
    assert_eq!(reply.header("access-control-max-age"), Some("600"));
    assert!(log_of("options").is_empty());
}

#[test]
fn request_log_records_everything_but_control_calls() {
    let raw = b"POST /s/log/perfex/customers_api/v1/tickets?a=1&b=%20 HTTP/1.1\r\nX-Test: yes\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\x00\x01\x02\xff";
    exchange(raw);
    let log = log_of("log");
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(entry["method"], "POST");
    assert_eq!(entry["path"], "/perfex/customers_api/v1/tickets");
    assert_eq!(entry["query"], "a=1&b=%20");
    assert_eq!(entry["headers"]["x-test"], "yes");
    assert_eq!(entry["bodyBase64"], "AAEC/w==");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!((entry["at"].as_f64().unwrap() - now).abs() < 60.0);
}

#[test]
fn scopes_are_isolated_and_reset() {
    arm(
        "iso-a",
        json!({"match": "/perfex", "kind": "status", "status": 502, "times": 5}),
    );
    assert_eq!(call("GET", "/s/iso-a/perfex/x", b"").status, 502);
    assert_ne!(call("GET", "/s/iso-b/perfex/x", b"").status, 502);
    assert_eq!(log_of("iso-a").len(), 1);
    assert_eq!(log_of("iso-b").len(), 1);
    control("/s/iso-a/__emulator/reset", json!({}));
    assert!(log_of("iso-a").is_empty());
    assert_eq!(log_of("iso-b").len(), 1);
    assert_ne!(call("GET", "/s/iso-a/perfex/x", b"").status, 502);
}

#[test]
fn clock_moves_per_scope() {
    let before = log_entry_time("clock-a");
    let answer = control("/s/clock-a/__emulator/clock", json!({"advanceSecs": 3600}));
    assert!(answer["now"].as_f64().unwrap() >= before + 3599.0);
    assert!(log_entry_time("clock-a") >= before + 3599.0);
    assert!(log_entry_time("clock-b") < before + 60.0);
    assert_eq!(
        call("POST", "/s/clock-a/__emulator/clock", b"{}").status,
        400
    );
}

/// Makes one request in `scope` and returns the `at` the log gives it.
fn log_entry_time(scope: &str) -> f64 {
    call("GET", &format!("/s/{scope}/neucrm/ping"), b"");
    log_of(scope).last().unwrap()["at"].as_f64().unwrap()
}

#[test]
fn status_fault_with_retry_after_and_times() {
    arm(
        "status",
        json!({"match": "/pbx/", "kind": "status", "status": 429, "retryAfter": "2", "times": 2}),
    );
    for _ in 0..2 {
        let reply = call("GET", "/s/status/pbx/extension/bytenant", b"");
        assert_eq!(reply.status, 429);
        assert_eq!(reply.header("retry-after"), Some("2"));
        assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
        assert!(reply
            .header("content-type")
            .unwrap()
            .starts_with("text/html"));
    }
    assert_ne!(
        call("GET", "/s/status/pbx/extension/bytenant", b"").status,
        429
    );
    assert_eq!(log_of("status").len(), 3);
    assert_eq!(
        call(
            "POST",
            "/s/status/__emulator/faults",
            b"{\"kind\": \"nope\"}"
        )
        .status,
        400
    );
    assert_eq!(
        call("POST", "/s/status/__emulator/faults", b"not json").status,
        400
    );
}

#[test]
fn delete_disarms_every_fault_of_the_scope_only() {
    arm("disarm", json!({"match": "/pbx", "kind": "status", "status": 503, "times": 100}));
    arm("disarm-other", json!({"match": "/pbx", "kind": "status", "status": 503}));
    let path = "/pbx/extension/bytenant";
    assert_eq!(call("GET", &format!("/s/disarm{path}"), b"").status, 503);
    let reply = call("DELETE", "/s/disarm/__emulator/faults", b"");
    assert_eq!((reply.status, reply.json()), (200, json!({"disarmed": true})));
    assert_ne!(call("GET", &format!("/s/disarm{path}"), b"").status, 503);
    assert_eq!(log_of("disarm").len(), 2, "the log is kept");
    assert_eq!(call("GET", &format!("/s/disarm-other{path}"), b"").status, 503);
    assert_eq!(call("PUT", "/s/disarm/__emulator/faults", b"").status, 405);
}

#[test]
fn html_and_malformed_faults() {
    arm("bodies", json!({"match": "/erp", "kind": "html"}));
    arm("bodies", json!({"match": "/erp", "kind": "malformed"}));
    let html = call("POST", "/s/bodies/erp/cms/api_cms/v1.0/index.php", b"");
    assert_eq!(html.status, 200);
    assert!(html
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(String::from_utf8_lossy(&html.body).contains("Fatal error"));
    let malformed = call("POST", "/s/bodies/erp/cms/api_cms/v1.0/index.php", b"");
    assert_eq!(malformed.status, 200);
    assert_eq!(malformed.header("content-type"), Some("application/json"));
    assert!(serde_json::from_slice::<Value>(&malformed.body).is_err());
}

#[test]
fn truncated_fault_announces_more_than_it_sends() {
    arm(
        "truncated",
        json!({"match": "tickets", "kind": "truncated"}),
    );
    let reply = call("GET", "/s/truncated/perfex/customers_api/v1/tickets", b"");
    assert_eq!(reply.status, 200);
    assert!(reply.declared_len().unwrap() > reply.body.len());
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
}

#[test]
fn drop_fault_closes_without_an_answer() {
    arm("drop", json!({"match": "", "kind": "drop"}));
    let reply = call("GET", "/s/drop/perfex/x", b"");
    assert_eq!(reply.status, 0);
    assert_eq!(log_of("drop").len(), 1);
}

#[test]
fn stall_fault_sends_half_then_waits_then_closes() {
    arm(
        "stall",
        json!({"match": "/neucrm", "kind": "stall", "delayMs": 400}),
    );
    let started = Instant::now();
    let mut stream = connect();
    stream
        .write_all(b"GET /s/stall/neucrm/api/customer/list HTTP/1.1\r\n\r\n")
        .unwrap();
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "the head must come before the stall"
    );
    assert!(status_line.starts_with("HTTP/1.1 200"));
    let mut rest = Vec::new();
    let _ = reader.read_to_end(&mut rest);
    assert!(started.elapsed() >= Duration::from_millis(400));
    let text = String::from_utf8_lossy(&rest);
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let declared: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert!(!body.is_empty() && body.len() < declared);
}

#[test]
fn oversized_fault_sends_valid_json_of_the_size() {
    arm(
        "oversized",
        json!({"match": "/perfex", "kind": "oversized", "size": 100_000}),
    );
    let reply = call("GET", "/s/oversized/perfex/customers_api/v1/tickets", b"");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body.len(), 100_000);
    reply.json();
}

#[test]
fn delay_fault_blocks_only_its_own_connection() {
    let normal_status = call("GET", "/s/delay/perfex/slow", b"").status;
    arm(
        "delay",
        json!({"match": "/perfex/slow", "kind": "delay", "delayMs": 800}),
    );
    let started = Instant::now();
    let slow = thread::spawn(|| call("GET", "/s/delay/perfex/slow", b""));
    thread::sleep(Duration::from_millis(100));
    let quick_started = Instant::now();
    call("GET", "/s/delay/perfex/quick", b"");
    assert_eq!(call("GET", "/s/delay/__emulator/health", b"").status, 200);
    assert!(quick_started.elapsed() < Duration::from_millis(500));
    let slow = slow.join().unwrap();
    assert!(started.elapsed() >= Duration::from_millis(800));
    assert_eq!(slow.status, normal_status);
}

#[test]
fn keep_alive_chunked_and_expect_continue() {
    let mut stream = connect();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    stream
        .write_all(b"GET /s/keep/__emulator/health HTTP/1.1\r\n\r\n")
        .unwrap();
    assert_eq!(read_reply(&mut reader).status, 200);
    stream
        .write_all(b"POST /s/keep/erp/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n")
        .unwrap();
    assert_eq!(read_reply(&mut reader).status, 100);
    stream
        .write_all(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
        .unwrap();
    let reply = read_reply(&mut reader);
    assert_eq!(reply.header("connection"), Some("keep-alive"));
    stream
        .write_all(b"GET /s/keep/__emulator/requests HTTP/1.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let log = read_reply(&mut reader).json();
    assert_eq!(log[0]["bodyBase64"], "YWJjZGU=");
}

#[test]
fn bad_requests_get_an_answer_and_the_server_survives() {
    let reply = exchange(b"NOT A VALID REQUEST LINE\r\n\r\n");
    assert_eq!(reply.status, 400);
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    let reply = exchange(b"POST /perfex/x HTTP/1.1\r\nContent-Length: 100000000\r\n\r\n");
    assert_eq!(reply.status, 413);
    assert_eq!(call("GET", "/__emulator/health", b"").status, 200);
}

#[test]
fn static_files_are_served_without_traversal() {
    let index = call("GET", "/", b"");
    assert_eq!(
        (index.status, index.body.as_slice()),
        (200, &b"<h1>home</h1>"[..])
    );
    assert_eq!(
        index.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(index.header("cache-control"), Some("no-store"));
    let script = call("GET", "/s/static/app.js", b"");
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    let wasm = call("GET", "/pkg/switchboard_bg.wasm", b"");
    assert_eq!(wasm.header("content-type"), Some("application/wasm"));
    assert_eq!(wasm.body, b"\0asm\x01\0\0\0");
    assert_eq!(call("GET", "/sub/", b"").body, b"<h1>sub</h1>");
    assert_eq!(call("GET", "/missing.js", b"").status, 404);
    for sneaky in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/pkg/../../secret.txt",
        "/sub/..%2F..%2Fsecret.txt",
    ] {
        let reply = call("GET", sneaky, b"");
        assert_eq!(reply.status, 403, "{sneaky}");
        assert!(!String::from_utf8_lossy(&reply.body).contains("do not serve"));
    }
    assert_eq!(call("POST", "/index.html", b"").status, 405);
}

#[test]
fn seed_adds_perfex_tickets_to_one_scope() {
    let answer = control(
        "/s/seed-a/__emulator/seed",
        json!({"backend": "perfex", "tickets": 20}),
    );
    assert_eq!(answer, json!({"ok": true, "added": 20}));
    for bad in [
        json!({"backend": "erp", "tickets": 5}),
        json!({"backend": "perfex"}),
        json!({"backend": "perfex", "tickets": -1}),
    ] {
        let reply = call(
            "POST",
            "/s/seed-a/__emulator/seed",
            bad.to_string().as_bytes(),
        );
        assert_eq!(reply.status, 400, "{bad}");
    }
    assert_eq!(call("GET", "/s/seed-a/__emulator/seed", b"").status, 405);
}
