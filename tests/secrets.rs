//! Known credentials (Perfex password and token, ERP password, OTP and token, PBX password
//! and Basic token, NeuCRM api key) never show up where a user or a log could see them: in
//! an error's message, any of its properties (`details`, `cause`, `stack`, ...), a console
//! line, or the session-expired listener's arguments, whatever fails: a wrong password, a
//! server echoing them in a 4xx/5xx body, a timeout, an unreadable answer, wrong input, an
//! expired session.
#![cfg(target_arch = "wasm32")]

mod common;
mod subjects;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use subjects::*;
use tsify::Ts;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A wrong password / key the tests sign in with; it must not be shown either.
const WRONG: &str = "Wr0ng-Secret-Value-9";

/// Every text reachable from `value`: strings, numbers, and all own properties (enumerable
/// or not: `message`, `stack`, `cause`, `details`) of objects, to a small depth.
fn everything(value: &JsValue, depth: u32, out: &mut String) {
    if let Some(s) = value.as_string() {
        out.push_str(&s);
        out.push('\n');
    } else if value.is_object() && depth < 6 {
        for key in js_sys::Reflect::own_keys(value.unchecked_ref()).map(|k| k.to_vec()).unwrap_or_default() {
            everything(&key, depth + 1, out);
            everything(&js_sys::Reflect::get(value, &key).unwrap_or_default(), depth + 1, out);
        }
    }
}

/// Console lines written while a test runs (console.log/info/warn/error/debug are wrapped
/// and put back on drop).
struct Console {
    lines: Rc<RefCell<String>>,
    originals: Vec<(&'static str, JsValue)>,
    _wrappers: Vec<Closure<dyn FnMut(js_sys::Array)>>,
}

const CONSOLE_METHODS: [&str; 5] = ["log", "info", "warn", "error", "debug"];

impl Console {
    fn capture() -> Console {
        let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        let lines = Rc::new(RefCell::new(String::new()));
        let (mut originals, mut wrappers) = (Vec::new(), Vec::new());
        for method in CONSOLE_METHODS {
            let original = js_sys::Reflect::get(&console, &method.into()).unwrap();
            let (seen, call_on) = (lines.clone(), original.clone());
            let wrapper = Closure::<dyn FnMut(js_sys::Array)>::new(move |args: js_sys::Array| {
                args.iter().for_each(|arg| everything(&arg, 0, &mut seen.borrow_mut()));
                let _ = call_on.unchecked_ref::<js_sys::Function>().apply(&JsValue::UNDEFINED, &args);
            });
            // A rest-parameter shim: the closure takes every argument as one array.
            let rest = js_sys::Function::new_with_args("f", "return (...args) => f(args);");
            let shim = rest.call1(&JsValue::UNDEFINED, wrapper.as_ref()).unwrap();
            js_sys::Reflect::set(&console, &method.into(), &shim).unwrap();
            originals.push((method, original));
            wrappers.push(wrapper);
        }
        Console { lines, originals, _wrappers: wrappers }
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        for (method, original) in &self.originals {
            let _ = js_sys::Reflect::set(&console, &(*method).into(), original);
        }
    }
}

/// Asserts none of `secrets` is in `seen`.
fn assert_hidden(what: &str, seen: &str, secrets: &[String]) {
    for secret in secrets {
        assert!(!seen.contains(secret.as_str()), "{what} shows a secret ({} chars): {seen}", secret.len());
    }
}

/// The call fails, and nothing about its error shows a secret.
async fn fails_quietly(what: &str, secrets: &[String], call: impl std::future::Future<Output = Result<JsValue, JsValue>>) {
    let err = call.await.expect_err(what);
    error_hides(what, secrets, &err);
}

/// Nothing about the error shows a secret.
fn error_hides(what: &str, secrets: &[String], err: &JsValue) {
    assert!(switchboard::is_switchboard_error(err.clone()), "{what}: {err:?}");
    let mut seen = String::new();
    everything(err, 0, &mut seen);
    assert!(seen.contains(&message(err)), "{what}: the walk reached the message");
    assert_hidden(what, &seen, secrets);
}

/// A call that meets an answer echoing secrets: it may succeed (a 404 is an empty list for
/// some reads), and when it fails, its error shows none of them.
async fn echoed(what: &str, secrets: &[String], call: impl std::future::Future<Output = Result<JsValue, JsValue>>) {
    if let Err(err) = call.await {
        error_hides(what, secrets, &err);
    }
}

/// `{"message": ..., "error": ...}` bodies that echo every secret, as a careless server might.
fn echo(secrets: &[String]) -> String {
    let all = secrets.join(" ");
    serde_json::json!({"status": false, "message": format!("bad request from {all}"), "error": all, "data": all}).to_string()
}

/// A sign-in that fails while the server echoes the password it was sent in a 400, 401 or
/// 500 answer.
async fn sign_in_echoed(scope: &Scope, backend: &str, password: &str, secrets: &[String], sign_in: impl Fn() -> subjects::Outcome) {
    let body = serde_json::to_string(&echo(&[password.to_string()])).unwrap();
    for status in [400, 401, 500] {
        scope.fault(&format!(r#"{{"match": "/{backend}/", "kind": "status", "status": {status}, "body": {body}}}"#)).await;
        echoed(&format!("{backend} sign-in, {status} echo"), secrets, sign_in()).await;
        scope.disarm().await;
    }
}

/// The failures every back end shares: echoed secrets in error answers, a timeout, an
/// unreadable answer, wrong input holding a secret.
async fn shared_failures(subject: &Subject) {
    let secrets = &subject.secrets;
    let body = serde_json::to_string(&echo(secrets)).unwrap();
    for status in [500, 400, 403, 404, 200] {
        let fault = format!(r#"{{"match": "/{}/", "kind": "status", "status": {status}, "body": {body}}}"#, subject.backend);
        subject.scope.fault(&fault).await;
        echoed(&format!("{} read, {status} echo", subject.backend), secrets, subject.read()).await;
        subject.scope.disarm().await;
        subject.scope.fault(&fault).await;
        echoed(&format!("{} write, {status} echo", subject.backend), secrets, subject.write()).await;
        subject.scope.disarm().await;
    }
    subject.scope.fault(&format!(r#"{{"match": "/{}/", "kind": "delay", "delayMs": 1500, "times": 10}}"#, subject.backend)).await;
    fails_quietly(&format!("{} timeout", subject.backend), secrets, subject.read_with(js(r#"{"timeoutMs": 200}"#))).await;
    subject.scope.disarm().await;
    subject.scope.fault(&format!(r#"{{"match": "/{}/", "kind": "malformed", "times": 10}}"#, subject.backend)).await;
    fails_quietly(&format!("{} decode", subject.backend), secrets, subject.read()).await;
    subject.scope.disarm().await;
    for secret in secrets {
        let wrong_type = js_sys::Object::new();
        js_sys::Reflect::set(&wrong_type, &"text".into(), &secret.into()).unwrap();
        fails_quietly(&format!("{} wrong type", subject.backend), secrets, subject.write_with_text(wrong_type.into())).await;
        let broken = js_sys::JsString::from(secret.as_str()).concat(&js_sys::JsString::from_char_code1(0xDC00));
        fails_quietly(&format!("{} broken text", subject.backend), secrets, subject.write_with_text(broken.into())).await;
        let id = js_sys::JsString::from(secret.as_str()).concat(&js_sys::JsString::from_char_code1(0xD800));
        fails_quietly(&format!("{} broken id", subject.backend), secrets, subject.call_with_id(id.into())).await;
        fails_quietly(&format!("{} bad options", subject.backend), secrets, subject.read_with(secret.into())).await;
    }
    subject.read().await.expect("the client still works");
}

/// A session listener that records what it is told.
fn listener(heard: &Rc<RefCell<String>>) -> Closure<dyn FnMut(js_sys::Array)> {
    let heard = heard.clone();
    Closure::new(move |args: js_sys::Array| args.iter().for_each(|arg| everything(&arg, 0, &mut heard.borrow_mut())))
}

/// `listener` behind a rest-parameter shim, so that it sees every argument.
fn every_argument(closure: &Closure<dyn FnMut(js_sys::Array)>) -> js_sys::Function {
    let rest = js_sys::Function::new_with_args("f", "return (...args) => f(args);");
    rest.call1(&JsValue::UNDEFINED, closure.as_ref()).unwrap().unchecked_into()
}

fn ts<T: tsify::Tsify>(json: &str) -> Ts<T> {
    Ts::new_unchecked(js(json))
}

#[wasm_bindgen_test]
async fn perfex_never_shows_its_secrets() {
    let console = Console::capture();
    let subject = subjects::perfex("sec", r#""retries": 0"#).await;
    shared_failures(&subject).await;
    let mut secrets = subject.secrets.clone();
    secrets.extend([PERFEX_PASSWORD.into(), WRONG.into()]);

    let scope = Scope::new("sec-perfex-login");
    let c = Rc::new(subjects::perfex_client(&scope, "").await);
    let wrong = format!(r#"{{"email":"ada@example.com","password":"{WRONG}"}}"#);
    fails_quietly("perfex wrong password", &secrets, async { c.login(ts(&wrong), None).await.map(JsValue::from) }).await;
    let right = format!(r#"{{"email":"ada@example.com","password":"{PERFEX_PASSWORD}"}}"#);
    sign_in_echoed(&scope, "perfex", PERFEX_PASSWORD, &secrets, || {
        let (c, right) = (c.clone(), right.clone());
        Box::pin(async move { c.login(ts(&right), None).await.map(JsValue::from) })
    })
    .await;

    // An expired session: the server refuses the token; the listener hears why, nothing more.
    let c = subjects::perfex_client(&scope, "").await;
    secrets.push(c.session_token().unwrap());
    let heard = Rc::new(RefCell::new(String::new()));
    let hook = listener(&heard);
    c.on_session_expired(Some(every_argument(&hook)));
    scope.advance_clock(8 * 24 * 3600).await;
    fails_quietly("perfex expired session", &secrets, async { c.list_tickets(None).await.map(JsValue::from) }).await;
    assert_eq!(heard.borrow().trim(), "rejected");
    assert_hidden("the console", &console.lines.borrow(), &secrets);
}

#[wasm_bindgen_test]
async fn erp_never_shows_its_secrets() {
    let console = Console::capture();
    let subject = subjects::erp("sec", r#""retries": 0"#).await;
    shared_failures(&subject).await;
    let mut secrets = subject.secrets.clone();
    secrets.extend([ERP_PASSWORD.into(), WRONG.into()]);

    let scope = Scope::new("sec-erp-login");
    let c = Rc::new(subjects::erp_client(&scope, "").await);
    let wrong = format!(r#"{{"username":"demo@example.com","password":"{WRONG}"}}"#);
    fails_quietly("erp wrong password", &secrets, async { c.login(ts(&wrong), None).await.map(JsValue::from) }).await;
    let login = format!(r#"{{"username":"demo@example.com","password":"{ERP_PASSWORD}"}}"#);
    sign_in_echoed(&scope, "erp", ERP_PASSWORD, &secrets, || {
        let (c, login) = (c.clone(), login.clone());
        Box::pin(async move { c.login(ts(&login), None).await.map(JsValue::from) })
    })
    .await;
    c.login(ts(&login), None).await.expect("the OTP step");
    let bad_otp = r#"{"code":"654321"}"#;
    secrets.push("654321".into());
    fails_quietly("erp wrong OTP", &secrets, async { c.verify_otp(ts(bad_otp), None).await.map(JsValue::from) }).await;

    let c = subjects::erp_client(&scope, "").await;
    secrets.push(c.session_token().unwrap());
    let heard = Rc::new(RefCell::new(String::new()));
    let hook = listener(&heard);
    c.on_session_expired(Some(every_argument(&hook)));
    scope.advance_clock(6 * 3600).await;
    fails_quietly("erp expired session", &secrets, async { c.ticket_counts(None).await.map(JsValue::from) }).await;
    assert_eq!(heard.borrow().trim(), "rejected");
    assert_hidden("the console", &console.lines.borrow(), &secrets);
}

#[wasm_bindgen_test]
async fn pbx_never_shows_its_secrets() {
    let console = Console::capture();
    let subject = subjects::pbx("sec", r#""retries": 0"#);
    shared_failures(&subject).await;
    let mut secrets = subject.secrets.clone();
    secrets.push(WRONG.into());

    let scope = Scope::new("sec-pbx-login");
    let options = scope.options("pbx", &format!(r#""username": "admin", "password": "{WRONG}""#));
    let c = switchboard::pbx::PbxClient::new(Ts::new_unchecked(options)).expect("client");
    fails_quietly("pbx wrong password", &secrets, async { c.login(None).await.map(JsValue::from) }).await;
    let options = scope.options("pbx", r#""username": "admin", "password": 12345678"#);
    let err = switchboard::pbx::PbxClient::new(Ts::new_unchecked(options)).err().expect("a number is no password");
    fails_quietly("pbx password of the wrong type", &["12345678".into()], async { Err(err) }).await;
    assert_hidden("the console", &console.lines.borrow(), &secrets);
}

#[wasm_bindgen_test]
async fn neucrm_never_shows_its_secrets() {
    let console = Console::capture();
    let subject = subjects::neucrm("sec", r#""retries": 0"#);
    shared_failures(&subject).await;
    let mut secrets = subject.secrets.clone();
    secrets.push(WRONG.into());

    let scope = Scope::new("sec-neucrm-key");
    let options = scope.options("neucrm", &format!(r#""userId": 5, "apiKey": "{WRONG}""#));
    let c = switchboard::neucrm::NeuCrmClient::new(Ts::new_unchecked(options)).expect("client");
    fails_quietly("neucrm wrong key", &secrets, async { c.list_customers(None, None).await.map(JsValue::from) }).await;
    let options = scope.options("neucrm", r#""userId": 5, "apiKey": 98765432"#);
    let err = switchboard::neucrm::NeuCrmClient::new(Ts::new_unchecked(options)).err().expect("a number is no key");
    fails_quietly("neucrm key of the wrong type", &["98765432".into()], async { Err(err) }).await;
    assert_hidden("the console", &console.lines.borrow(), &secrets);
}
