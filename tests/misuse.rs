//! Caller misuse × every back end: wrong types, missing fields, `null` / `undefined`, huge
//! strings, lone surrogates, numbers out of range, values that throw when read (getters, Proxy
//! traps, revoked Proxies), calls after `free()`. Each is refused
//! before anything is sent, with a short `invalid_input` error naming the field, and the
//! same client then makes a successful call.
#![cfg(target_arch = "wasm32")]

mod common;
mod subjects;

use common::*;
use js_sys::JsString;
use subjects::{Outcome, Subject};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A wrong value, described for the failure message.
type Misuse = (&'static str, fn() -> JsValue);

fn number(n: f64) -> JsValue {
    JsValue::from_f64(n)
}

/// 10 MB of text.
fn huge() -> JsValue {
    JsString::from("x").repeat(10_000_000).into()
}

/// Text holding a lone (unpaired) UTF-16 surrogate, which has no UTF-8 form.
fn lone_surrogate() -> JsValue {
    JsString::from("Fax ").concat(&JsString::from_char_code1(0xD800)).concat(&" line".into()).into()
}

/// Wrong record ids.
const IDS: &[Misuse] = &[
    ("NaN", || number(f64::NAN)),
    ("Infinity", || number(f64::INFINITY)),
    ("-Infinity", || number(f64::NEG_INFINITY)),
    ("a negative id", || number(-1.0)),
    ("a fraction", || number(1.5)),
    ("2^53", || number(9_007_199_254_740_992.0)),
    ("more than 2^53", || number(9_007_199_254_740_994.0)),
    ("1e300", || number(1e300)),
    ("an empty string", || "".into()),
    ("blanks", || "   ".into()),
    ("null", || JsValue::NULL),
    ("undefined", || JsValue::UNDEFINED),
    ("a boolean", || JsValue::TRUE),
    ("an object", || js("{}")),
    ("an array", || js("[7]")),
    ("a lone surrogate", lone_surrogate),
    ("10 MB of text", huge),
];

/// Wrong values of a text field of the write's input.
const TEXTS: &[Misuse] = &[
    ("a number", || number(42.0)),
    ("a boolean", || JsValue::TRUE),
    ("an object", || js(r#"{"text": "x"}"#)),
    ("an array", || js(r#"["x"]"#)),
    ("a lone surrogate", lone_surrogate),
    ("10 MB of text", huge),
];

/// Wrong values of the write's whole input argument.
const INPUTS: &[Misuse] = &[
    ("undefined", || JsValue::UNDEFINED),
    ("null", || JsValue::NULL),
    ("a string", || "subject".into()),
    ("a number", || number(42.0)),
    ("an array", || js("[]")),
];

/// Wrong `RequestOptions`, and the field the error must name.
const OPTIONS: &[(&str, fn() -> JsValue, &str)] = &[
    ("a string", || "fast".into(), "options"),
    ("a number", || number(5.0), "options"),
    ("timeoutMs NaN", || options_with("timeoutMs", number(f64::NAN)), "timeoutMs"),
    ("timeoutMs Infinity", || options_with("timeoutMs", number(f64::INFINITY)), "timeoutMs"),
    ("timeoutMs negative", || options_with("timeoutMs", number(-100.0)), "timeoutMs"),
    ("timeoutMs past 2^53", || options_with("timeoutMs", number(9_007_199_254_740_994.0)), "timeoutMs"),
    ("timeoutMs as text", || options_with("timeoutMs", "100".into()), "timeoutMs"),
    ("signal as text", || options_with("signal", "stop".into()), "signal"),
];

/// Caller values that throw when read, as JS source of a function of `field` (the name of the
/// field to put a throwing getter on): reactive or disposed form models hand such values over.
const HOSTILE: &[(&str, &str)] = &[
    ("a getter that throws", "return { get [field]() { throw new Error('getter') } }"),
    ("a Proxy whose ownKeys trap throws", "return new Proxy({}, { ownKeys() { throw new Error('trap') } })"),
    ("a revoked Proxy", "const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy"),
];

/// A Proxy whose getPrototypeOf trap throws (met inside an input, which a copy of the input
/// object itself would not reach).
const PROTOTYPE_TRAP: &str = "return new Proxy({}, { getPrototypeOf() { throw new Error('trap') } })";

/// `RequestOptions` that throw when read, and the field the error must name.
const HOSTILE_OPTIONS: &[(&str, &str, &str)] = &[
    ("a throwing signal getter", "return { get signal() { throw new Error('getter') } }", "signal"),
    ("a throwing timeoutMs getter", "return { get timeoutMs() { throw new Error('getter') } }", "timeoutMs"),
    ("a revoked Proxy", "const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy", "signal"),
];

/// The value JS source `body` returns, run as a function of `field`.
fn made_by(body: &str, field: &str) -> JsValue {
    js_sys::Function::new_with_args("field", body).call1(&JsValue::UNDEFINED, &field.into()).expect("JS source")
}

/// `{ [key]: value }`.
fn options_with(key: &str, value: JsValue) -> JsValue {
    let object = js("{}");
    js_sys::Reflect::set(&object, &key.into(), &value).unwrap();
    object
}

/// The call is refused with `invalid_input` naming `field`, nothing reaches the server, and
/// the same client then reads successfully.
async fn refused(subject: &Subject, what: &str, operation: &str, field: &str, call: Outcome) {
    let what = format!("{} {operation} with {what}", subject.backend);
    let before = subject.scope.request_count().await;
    let err = call.await.map(|v| json(&v)).expect_err(&what);
    assert_eq!(kind(&err), "invalid_input", "{what}: {}", message(&err));
    assert_eq!(text(&err, "operation"), operation, "{what}");
    let details = get(&err, "details");
    assert!(js_sys::Reflect::has(&details, &field.into()).unwrap_or(false), "{what}: details {}", json(&details));
    let said = message(&err);
    assert!(said.contains(field) && said.len() < 300, "{what}: {}", &said[..said.len().min(300)]);
    assert_eq!(subject.scope.request_count().await, before, "{what}: nothing is sent");
    subject.read().await.unwrap_or_else(|e| panic!("{what}: the next call failed: {}", message(&e)));
}

/// Every misuse against one back end.
async fn misuse(subject: Subject) {
    let s = &subject;
    for (what, value) in IDS {
        refused(s, what, s.id_op, s.id_name, s.call_with_id(value())).await;
    }
    for (what, value) in TEXTS {
        refused(s, what, s.write_op, s.text_field, s.write_with_text(value())).await;
    }
    for (what, value) in INPUTS {
        refused(s, what, s.write_op, s.input_name, s.write_with(value())).await;
    }
    let (lacking, field) = s.missing;
    refused(s, "a required field left out", s.write_op, field, s.write_with(js(lacking))).await;
    refused(s, "an unknown field", s.write_op, "colour", s.write_with(js(r#"{"colour": "red"}"#))).await;
    for (what, value, field) in OPTIONS {
        refused(s, what, s.read_op, field, s.read_with(value())).await;
    }
    for (what, source) in HOSTILE {
        refused(s, what, s.write_op, s.input_name, s.write_with(made_by(source, s.text_field))).await;
        refused(s, &format!("{what} as a field"), s.write_op, s.text_field, s.write_with_text(made_by(source, "x"))).await;
    }
    refused(s, "a throwing getPrototypeOf trap", s.write_op, s.text_field, s.write_with_text(made_by(PROTOTYPE_TRAP, ""))).await;
    for (what, source, field) in HOSTILE_OPTIONS {
        refused(s, what, s.read_op, field, s.read_with(made_by(source, ""))).await;
    }
    // A Proxy of an aborted signal: Node's signal works through it, a browser's getters throw
    // for it ("Illegal invocation"). Either way a SwitchboardError, and the client keeps working.
    let proxied = made_by("return { signal: new Proxy(AbortSignal.abort(), {}) }", "");
    let err = s.read_with(proxied).await.map(|v| json(&v)).expect_err("a Proxy of an aborted signal");
    assert!(["aborted", "invalid_input"].contains(&kind(&err).as_str()), "{}: {}", s.backend, message(&err));
    s.read().await.unwrap_or_else(|e| panic!("{}: the next call failed: {}", s.backend, message(&e)));
}

#[wasm_bindgen_test]
async fn perfex_refuses_misuse_and_keeps_working() {
    misuse(subjects::perfex("mis", "").await).await;
}

#[wasm_bindgen_test]
async fn erp_refuses_misuse_and_keeps_working() {
    misuse(subjects::erp("mis", "").await).await;
}

#[wasm_bindgen_test]
async fn pbx_refuses_misuse_and_keeps_working() {
    misuse(subjects::pbx("mis", "")).await;
}

#[wasm_bindgen_test]
async fn neucrm_refuses_misuse_and_keeps_working() {
    misuse(subjects::neucrm("mis", "")).await;
}

// ---- calls after free() -------------------------------------------------------------------

/// What wasm-bindgen throws for a call on a freed object: its debug glue (which the test
/// runner uses) checks in JS; the published package's release glue leaves the check to Rust.
const FREED: &[&str] = &["Attempt to use a moved value", "null pointer passed to rust"];

/// A new client as JS holds it (the object `new XClient(...)` returns), and the name and
/// arguments of a read on it.
type JsClient = (JsValue, &'static str, js_sys::Array);

/// One fresh client of each back end, on JS's side of the boundary.
async fn js_clients(name: &str) -> Vec<JsClient> {
    let scope = Scope::new(name);
    let args = |values: &[JsValue]| values.iter().collect::<js_sys::Array>();
    vec![
        (subjects::perfex_client(&scope, "").await.into(), "listTickets", args(&[])),
        (subjects::erp_client(&scope, "").await.into(), "ticketCounts", args(&[])),
        (subjects::pbx_client(&scope, "").into(), "listExtensions", args(&[JsValue::from_f64(1.0)])),
        (subjects::neucrm_client(&scope, "").into(), "listCustomers", args(&[])),
    ]
}

/// Calls `object[method](...args)` the way JS does; what it returns or throws.
fn call_method(object: &JsValue, method: &str, args: &js_sys::Array) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(object, &method.into()).unwrap().unchecked_into();
    function.apply(object, args)
}

#[wasm_bindgen_test]
async fn a_freed_client_throws_and_the_others_keep_working() {
    let freed = js_clients("mis-free").await;
    let alive = js_clients("mis-alive").await;
    for ((client, method, args), (other, _, _)) in freed.iter().zip(&alive) {
        call_method(client, "free", &js_sys::Array::new()).expect("free()");
        let thrown = call_method(client, method, args).expect_err("a call after free() throws at once");
        assert!(thrown.is_instance_of::<js_sys::Error>(), "{method}: {thrown:?}");
        assert!(!switchboard::is_switchboard_error(thrown.clone()), "{method}: wasm-bindgen's own error");
        let said = text(&thrown, "message");
        assert!(FREED.contains(&said.as_str()), "{method}: {said}");
        // The same again: still a clean throw, not a crashed module.
        assert!(call_method(client, method, args).is_err());
        let promise: js_sys::Promise = call_method(other, method, args).expect("another client").unchecked_into();
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap_or_else(|e| panic!("{method} on another client: {}", message(&e)));
    }
}

// ---- a secret no HTTP header can carry ------------------------------------------------------

/// A restored token holding text outside Latin-1 cannot go into the `Authorization` header:
/// the call is refused as input naming the header (never quoting the token), nothing is sent,
/// and the same client works again once it holds a good token.
#[wasm_bindgen_test]
async fn a_token_no_header_can_carry_is_refused_and_the_client_keeps_working() {
    let scope = Scope::new("mis-header");
    let c = subjects::perfex_client(&scope, "").await;
    let good = c.session_token().expect("token");
    let bad = format!("{good}\u{20ac}");
    c.restore_session(bad.clone().into()).expect("restored");
    let before = scope.request_count().await;
    let err = c.list_tickets(None).await.map(|_| ()).expect_err("refused");
    assert_eq!(kind(&err), "invalid_input", "{}", message(&err));
    assert!(message(&err).contains("Authorization"), "{}", message(&err));
    assert!(!json(&err).contains(&good) && !message(&err).contains(&good), "the token is not quoted");
    assert_eq!(scope.request_count().await, before, "nothing is sent");
    c.restore_session(good.into()).expect("restored");
    c.list_tickets(None).await.expect("the client works again");
}

// ---- caller values that throw when read -----------------------------------------------------

/// Per back end, in `js_clients`'s order: a write taking an input object, through JS, and the
/// arguments before that input.
const WRITES: &[(&str, Option<f64>)] = &[("createTicket", None), ("createTicket", None), ("updateExtension", Some(12.0)), ("updateCustomer", None)];

/// Thousands of inputs that throw when read, through the JS glue: each call rejects with an
/// `invalid_input` SwitchboardError (a JS exception unwinding through wasm would throw at once,
/// leave the client borrowed, so that `free()` fails, and leak wasm stack until the instance
/// dies), and the client then still reads and frees.
#[wasm_bindgen_test]
async fn thousands_of_inputs_that_throw_leave_the_clients_working() {
    for ((client, read, read_args), (write, id)) in js_clients("mis-hostile").await.iter().zip(WRITES) {
        for i in 0..2000 {
            let (_, source) = HOSTILE[i % HOSTILE.len()];
            let args: js_sys::Array = id.map(JsValue::from_f64).into_iter().chain([made_by(source, "subject")]).collect();
            let thrown = |e| panic!("{write}: threw {e:?}");
            let promise: js_sys::Promise = call_method(client, write, &args).unwrap_or_else(thrown).unchecked_into();
            let err = wasm_bindgen_futures::JsFuture::from(promise).await.expect_err(write);
            assert_eq!(kind(&err), "invalid_input", "{write}: {}", message(&err));
        }
        let promise: js_sys::Promise = call_method(client, read, read_args).expect("a read").unchecked_into();
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap_or_else(|e| panic!("{read} after: {}", message(&e)));
        call_method(client, "free", &js_sys::Array::new()).unwrap_or_else(|e| panic!("{write}: free() threw {e:?}"));
    }
}

/// A constructor given options that throw when read throws an `invalid_input` SwitchboardError.
#[wasm_bindgen_test]
fn constructors_refuse_options_that_throw() {
    for (what, source) in HOSTILE {
        let options = made_by(source, "baseUrl");
        let err = switchboard::perfex::PerfexClient::new(tsify::Ts::new_unchecked(options)).map(|_| ()).expect_err(what);
        assert_eq!(kind(&err), "invalid_input", "{what}: {}", message(&err));
        assert!(message(&err).contains("options"), "{what}: {}", message(&err));
    }
}
