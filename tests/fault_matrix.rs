//! Every fault the emulator can inject × every back end: the error kind a user sees, the
//! retry policy (a read is sent again, a write exactly once, counted in the emulator's
//! request log), and the same client working again on its next call.
#![cfg(target_arch = "wasm32")]

mod common;
mod subjects;

use common::*;
use subjects::{Outcome, Subject};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Retries of a read; small so that the matrix runs in seconds.
const RETRIES: u32 = 1;
/// Client options of every subject: one retry, a short timeout, a small answer cap.
const OPTIONS: &str = r#""retries": 1, "timeoutMs": 1000, "maxResponseBytes": 262144"#;

/// One fault and what it must look like to the caller.
struct Fault {
    /// The emulator's fault fields (besides `match` and `times`).
    spec: &'static str,
    /// The `kind` of the error.
    kind: &'static str,
    /// The `status` of the error, when the server answered with one (a `decode` error may
    /// leave out the 200 of the answer it could not read).
    status: Option<f64>,
    /// Whether the error says trying again may help; a read is then retried.
    retryable: bool,
}

const fn fault(spec: &'static str, kind: &'static str, status: Option<f64>, retryable: bool) -> Fault {
    Fault { spec, kind, status, retryable }
}

/// Every fault kind of tests/emulator/README.md (statuses with and without `Retry-After`).
const FAULTS: &[Fault] = &[
    fault(r#""kind": "delay", "delayMs": 2500"#, "timeout", None, true),
    fault(r#""kind": "status", "status": 500"#, "http", Some(500.0), true),
    fault(r#""kind": "status", "status": 500, "retryAfter": "0""#, "http", Some(500.0), true),
    fault(r#""kind": "status", "status": 502"#, "http", Some(502.0), true),
    fault(r#""kind": "status", "status": 502, "retryAfter": "0""#, "http", Some(502.0), true),
    fault(r#""kind": "status", "status": 503"#, "http", Some(503.0), true),
    fault(r#""kind": "status", "status": 503, "retryAfter": "0""#, "http", Some(503.0), true),
    fault(r#""kind": "status", "status": 429"#, "http", Some(429.0), true),
    fault(r#""kind": "status", "status": 429, "retryAfter": "0""#, "http", Some(429.0), true),
    fault(r#""kind": "html""#, "decode", Some(200.0), false),
    fault(r#""kind": "malformed""#, "decode", Some(200.0), false),
    fault(r#""kind": "truncated""#, "network", Some(200.0), true),
    fault(r#""kind": "drop""#, "network", None, true),
    fault(r#""kind": "stall", "delayMs": 2500"#, "timeout", Some(200.0), true),
    fault(r#""kind": "oversized", "size": 1000000"#, "too_large", Some(200.0), false),
];

/// Whether the tests run in a browser, which resends a request by itself (once) when a
/// reused keep-alive connection closes with no answer, even a POST: a `drop` then reaches
/// the emulator up to twice per attempt of ours.
fn in_browser() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false)
}

/// Runs `call` with `fault` armed on every path of the subject's back end, checks the error
/// and how many requests reached the emulator, then checks the client works again.
async fn check(subject: &Subject, fault: &Fault, write: bool, call: impl Fn() -> Outcome) {
    let (operation, attempts) = match write {
        true => (subject.write_op, 1),
        false => (subject.read_op, if fault.retryable { RETRIES + 1 } else { 1 }),
    };
    let what = format!("{} {operation} with {{{}}}", subject.backend, fault.spec);
    let before = subject.scope.request_count().await;
    let armed = format!(r#"{{"match": "/{}/", "times": 1000, {}}}"#, subject.backend, fault.spec);
    subject.scope.fault(&armed).await;
    let err = call().await.map(|v| json(&v)).expect_err(&what);
    subject.scope.disarm().await;

    assert_eq!(kind(&err), fault.kind, "{what}: {}", message(&err));
    let status = get(&err, "status").as_f64();
    match fault.kind {
        "decode" => assert!(status.is_none() || status == Some(200.0), "{what}: status {status:?}"),
        _ => assert_eq!(status, fault.status, "{what}: status"),
    }
    assert_eq!(get(&err, "retryable"), JsValue::from_bool(fault.retryable), "{what}: retryable");
    assert_eq!((text(&err, "backend"), text(&err, "operation")), (subject.backend.into(), operation.into()), "{what}");
    assert!(message(&err).starts_with(&format!("{} {operation}: ", subject.backend)), "{what}: {}", message(&err));

    let sent = subject.scope.request_count().await - before;
    if fault.spec.contains("\"drop\"") && in_browser() {
        assert!((attempts..=2 * attempts).contains(&sent), "{what}: {sent} requests for {attempts} attempts");
    } else {
        assert_eq!(sent, attempts, "{what}: requests that reached the server");
    }
    call().await.unwrap_or_else(|e| panic!("{what}: the next call failed: {}", message(&e)));
}

/// The whole fault table against one back end: the read, then the write.
async fn matrix(subject: Subject) {
    for fault in FAULTS {
        check(&subject, fault, false, || subject.read()).await;
        check(&subject, fault, true, || subject.write()).await;
    }
}

#[wasm_bindgen_test]
async fn perfex_survives_every_fault() {
    matrix(subjects::perfex("fm", OPTIONS).await).await;
}

#[wasm_bindgen_test]
async fn erp_survives_every_fault() {
    matrix(subjects::erp("fm", OPTIONS).await).await;
}

#[wasm_bindgen_test]
async fn pbx_survives_every_fault() {
    matrix(subjects::pbx("fm", OPTIONS)).await;
}

#[wasm_bindgen_test]
async fn neucrm_survives_every_fault() {
    matrix(subjects::neucrm("fm", OPTIONS)).await;
}
