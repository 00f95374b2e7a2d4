//! Every fault the emulator injects produces its error kind, the retry policy is followed
//! (reads retried, writes never), and the same client succeeds on the next call.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use switchboard::perfex::PerfexClient;
use tsify::Ts;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const TICKETS: &str = "/perfex/customers_api/v1/tickets";

/// A signed-in Perfex client in a fresh scope, with short timeouts and quick retries.
async fn perfex(name: &str, extra: &str) -> (Scope, PerfexClient) {
    let scope = Scope::new(name);
    let c = PerfexClient::new(Ts::new_unchecked(scope.options("perfex", extra))).expect("client");
    c.login(Ts::new_unchecked(js(r#"{"email":"ada@example.com","password":"perfex-demo-1"}"#)), None)
        .await
        .expect("login");
    (scope, c)
}

/// How many requests for `path` the scope received.
async fn hits(scope: &Scope, path: &str) -> usize {
    let log = scope.requests().await;
    js_sys::Array::from(&log).iter().filter(|r| text(r, "path") == path).count()
}

/// Arms `fault` on the ticket list, expects `expected` kind, then a clean retry succeeds.
async fn fault_gives(name: &str, extra: &str, fault: &str, expected: &str) -> JsValue {
    let (scope, c) = perfex(name, extra).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", {fault}}}"#)).await;
    let err = c.list_tickets(None).await.expect_err(name);
    assert_eq!(kind(&err), expected, "{name}: {}", message(&err));
    assert_eq!(text(&err, "operation"), "listTickets");
    let tickets: JsValue = c.list_tickets(None).await.expect("the next call works").into();
    assert!(len(&tickets, "") >= 1);
    err
}

#[wasm_bindgen_test]
async fn latency_past_the_timeout_is_a_timeout() {
    let err = fault_gives("f-delay", r#""timeoutMs": 300, "retries": 0"#, r#""kind": "delay", "delayMs": 2000"#, "timeout").await;
    assert_eq!(get(&err, "retryable"), JsValue::TRUE);
}

#[wasm_bindgen_test]
async fn a_per_call_timeout_overrides_the_client_one() {
    let (scope, c) = perfex("f-call-timeout", r#""retries": 0"#).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "delay", "delayMs": 2000}}"#)).await;
    let err = c.list_tickets(Some(js(r#"{"timeoutMs": 200}"#))).await.unwrap_err();
    assert_eq!(kind(&err), "timeout");
}

#[wasm_bindgen_test]
async fn a_body_that_stalls_times_out() {
    fault_gives("f-stall", r#""timeoutMs": 400, "retries": 0"#, r#""kind": "stall", "delayMs": 3000"#, "timeout").await;
}

#[wasm_bindgen_test]
async fn server_errors_are_retried_for_reads_then_reported() {
    for status in [500, 502, 503] {
        let (scope, c) = perfex(&format!("f-{status}"), r#""retries": 2"#).await;
        scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "status", "status": {status}, "times": 3}}"#)).await;
        let err = c.list_tickets(None).await.unwrap_err();
        assert_eq!(kind(&err), "http");
        assert_eq!(get(&err, "status").as_f64(), Some(status as f64));
        assert_eq!(get(&err, "retryable"), JsValue::TRUE);
        assert_eq!(hits(&scope, TICKETS).await, 3, "one try and two retries for {status}");
        assert!(c.list_tickets(None).await.is_ok());
    }
}

#[wasm_bindgen_test]
async fn a_transient_failure_is_hidden_by_a_retry() {
    let (scope, c) = perfex("f-transient", r#""retries": 2"#).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "status", "status": 503, "retryAfter": "0"}}"#)).await;
    let tickets: JsValue = c.list_tickets(None).await.expect("retried").into();
    assert!(len(&tickets, "") >= 1);
    assert_eq!(hits(&scope, TICKETS).await, 2);
}

#[wasm_bindgen_test]
async fn retry_after_is_honoured() {
    let (scope, c) = perfex("f-retry-after", r#""retries": 1"#).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "status", "status": 429, "retryAfter": "1"}}"#)).await;
    let started = js_sys::Date::now();
    assert!(c.list_tickets(None).await.is_ok());
    assert!(js_sys::Date::now() - started >= 950.0, "waited for Retry-After");
}

#[wasm_bindgen_test]
async fn too_many_requests_is_http_429() {
    let err = fault_gives("f-429", r#""retries": 0"#, r#""kind": "status", "status": 429"#, "http").await;
    assert_eq!(get(&err, "status").as_f64(), Some(429.0));
}

#[wasm_bindgen_test]
async fn an_html_page_instead_of_json_is_a_decode_error() {
    let err = fault_gives("f-html", "", r#""kind": "html""#, "decode").await;
    assert!(message(&err).contains("HTML"), "{}", message(&err));
}

#[wasm_bindgen_test]
async fn malformed_json_is_a_decode_error() {
    fault_gives("f-malformed", "", r#""kind": "malformed""#, "decode").await;
}

#[wasm_bindgen_test]
async fn a_truncated_body_is_a_network_error() {
    fault_gives("f-truncated", r#""retries": 0"#, r#""kind": "truncated""#, "network").await;
}

#[wasm_bindgen_test]
async fn a_dropped_connection_is_a_network_error() {
    // Chromium itself resends a GET once when a reused connection closes with no answer,
    // so the fault is armed twice; where the first drop already failed the call (Node),
    // the second is used up by a second call that must fail the same way.
    let (scope, c) = perfex("f-drop", r#""retries": 0"#).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "drop", "times": 2}}"#)).await;
    assert_eq!(kind(&c.list_tickets(None).await.unwrap_err()), "network");
    if hits(&scope, TICKETS).await < 2 {
        assert_eq!(kind(&c.list_tickets(None).await.unwrap_err()), "network");
    }
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn an_oversized_body_is_refused() {
    let err = fault_gives("f-oversized", r#""maxResponseBytes": 65536"#, r#""kind": "oversized", "size": 2000000"#, "too_large").await;
    assert!(message(&err).contains("65536"));
}

#[wasm_bindgen_test]
async fn writes_are_never_retried() {
    let scope = Scope::new("f-write");
    let c = PerfexClient::new(Ts::new_unchecked(scope.options("perfex", r#""retries": 3"#))).expect("client");
    let path = "/perfex/customers_api/v1/authentication";
    scope.fault(&format!(r#"{{"match": "{path}", "kind": "status", "status": 503}}"#)).await;
    let err = c
        .login(Ts::new_unchecked(js(r#"{"email":"ada@example.com","password":"perfex-demo-1"}"#)), None)
        .await
        .unwrap_err();
    assert_eq!(kind(&err), "http");
    assert_eq!(hits(&scope, path).await, 1, "a write is sent once");
}

#[wasm_bindgen_test]
async fn the_callers_signal_aborts_the_call() {
    let (scope, c) = perfex("f-abort", "").await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "delay", "delayMs": 3000}}"#)).await;
    let controller = web_sys::AbortController::new().unwrap();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    let call = c.list_tickets(Some(options.into()));
    // Abort with a reason that is not an Error: the call must still reject cleanly.
    let reason = JsValue::from_str("user left the page");
    let _timer = switchboard::core::timer::Timeout::start(100, move || controller.abort_with_reason(&reason));
    let started = js_sys::Date::now();
    let err = call.await.unwrap_err();
    assert_eq!(kind(&err), "aborted");
    assert!(js_sys::Date::now() - started < 2500.0, "the fetch was really aborted");
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn an_already_aborted_signal_sends_nothing() {
    let (scope, c) = perfex("f-aborted", "").await;
    let before = hits(&scope, TICKETS).await;
    let options = js("{}");
    js_sys::Reflect::set(&options, &"signal".into(), &web_sys::AbortSignal::abort()).unwrap();
    assert_eq!(kind(&c.list_tickets(Some(options)).await.unwrap_err()), "aborted");
    assert_eq!(hits(&scope, TICKETS).await, before);
}

#[wasm_bindgen_test]
async fn a_refused_connection_is_a_network_error() {
    // Port 9 on loopback: nothing listens there.
    let c = PerfexClient::new(Ts::new_unchecked(js(r#"{"baseUrl": "http://127.0.0.1:9/perfex", "retries": 0}"#))).unwrap();
    let err = c
        .login(Ts::new_unchecked(js(r#"{"email":"ada@example.com","password":"perfex-demo-1"}"#)), None)
        .await
        .unwrap_err();
    assert_eq!(kind(&err), "network");
}
