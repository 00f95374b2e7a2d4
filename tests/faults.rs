//! Timeouts, retries and cancellation in detail, on Perfex: a per-call timeout, a failure a
//! retry hides, `Retry-After`, the caller's `AbortSignal`, a refused connection, a redirect, a
//! `fetch` that throws, a huge declared length. Every fault kind against every back end is in
//! `fault_matrix.rs`.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use switchboard::perfex::PerfexClient;
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
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

#[wasm_bindgen_test]
async fn a_per_call_timeout_overrides_the_client_one() {
    let (scope, c) = perfex("f-call-timeout", r#""retries": 0"#).await;
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "delay", "delayMs": 2000}}"#)).await;
    let err = c.list_tickets(Some(js(r#"{"timeoutMs": 200}"#))).await.unwrap_err();
    assert_eq!(kind(&err), "timeout");
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

#[wasm_bindgen_test]
async fn a_redirect_is_not_followed_nor_retried() {
    let (scope, c) = perfex("f-redirect", r#""retries": 2"#).await;
    let elsewhere = "/perfex/customers_api/v1/elsewhere";
    let location = format!("{}{elsewhere}", scope.root);
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "redirect", "status": 307, "location": "{location}"}}"#)).await;
    let err = c.list_tickets(None).await.unwrap_err();
    assert_eq!(kind(&err), "http", "{}", message(&err));
    assert!(message(&err).contains("does not follow redirects") && message(&err).contains("baseUrl"), "{}", message(&err));
    assert_eq!(hits(&scope, TICKETS).await, 1, "not retried");
    assert_eq!(hits(&scope, elsewhere).await, 0, "the request went nowhere else");
    assert!(c.list_tickets(None).await.is_ok());
}

/// The global `fetch` replaced for as long as this value lives.
struct FetchSwap(JsValue);

impl FetchSwap {
    /// Replaces the global `fetch` with the function of JS source `body`.
    fn new(body: &str) -> FetchSwap {
        let global = js_sys::global();
        let original = js_sys::Reflect::get(&global, &"fetch".into()).unwrap();
        js_sys::Reflect::set(&global, &"fetch".into(), &js_sys::Function::new_no_args(body)).unwrap();
        FetchSwap(original)
    }
}

impl Drop for FetchSwap {
    fn drop(&mut self) {
        js_sys::Reflect::set(&js_sys::global(), &"fetch".into(), &self.0).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_fetch_that_throws_or_returns_no_promise_is_a_network_error() {
    let (_scope, c) = perfex("f-sync-fetch", r#""retries": 0"#).await;
    for body in ["throw new Error('sync fetch failure')", "return undefined"] {
        let swap = FetchSwap::new(body);
        let err = c.list_tickets(None).await.unwrap_err();
        drop(swap);
        assert_eq!(kind(&err), "network", "{body}: {}", message(&err));
    }
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn a_declared_length_reserves_no_memory_before_the_bytes_arrive() {
    let (scope, c) = perfex("f-declared", r#""retries": 0, "maxResponseBytes": 1073741824"#).await;
    let memory = || wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length();
    let before = memory();
    scope.fault(&format!(r#"{{"match": "{TICKETS}", "kind": "truncated", "declaredLength": 1000000000, "times": 4}}"#)).await;
    for _ in 0..4 {
        assert_eq!(kind(&c.list_tickets(None).await.unwrap_err()), "network");
    }
    assert!(memory() - before < 16 << 20, "wasm memory grew from {before} to {} bytes", memory());
    assert!(c.list_tickets(None).await.is_ok());
}
