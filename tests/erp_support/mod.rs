//! Helpers of the ERP wasm tests (`tests/erp.rs`, `tests/erp_records.rs`).
#![allow(dead_code)]

use switchboard::erp::ErpClient;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::common::*;

/// The emulator's seed password of both ERP accounts.
pub const PASSWORD: &str = "erp-demo-1";
/// The one OTP the emulator accepts.
pub const OTP: &str = "123456";
/// The JSON endpoint, below the scope.
pub const INDEX: &str = "/erp/cms/api_cms/v1.0/index.php";
/// The multipart endpoint, below the scope.
pub const INDEX_NEW: &str = "/erp/cms/api_cms/v1.0/index_new.php";

/// A client of the scope's ERP emulation.
pub fn client(scope: &Scope, extra: &str) -> ErpClient {
    ErpClient::new(Ts::new_unchecked(scope.options("erp", extra))).expect("client")
}

/// A client signed in as the OTP account (customer 4481).
pub async fn signed_in(scope: &Scope) -> ErpClient {
    let c = client(scope, "");
    c.login(credentials("demo@example.com", PASSWORD), None).await.expect("login");
    c.verify_otp(otp(OTP), None).await.expect("verifyOtp");
    c
}

/// A client signed in as the account without OTP and without data (customer 4482, SGD).
pub async fn signed_in_quiet(scope: &Scope) -> ErpClient {
    let c = client(scope, "");
    c.login(credentials("nootp@example.com", PASSWORD), None).await.expect("login");
    c
}

/// `{ username, password }`.
pub fn credentials<T: tsify::Tsify>(username: &str, password: &str) -> Ts<T> {
    Ts::new_unchecked(js(&format!(r#"{{"username":"{username}","password":"{password}"}}"#)))
}

/// `{ code }`.
pub fn otp<T: tsify::Tsify>(code: &str) -> Ts<T> {
    Ts::new_unchecked(js(&format!(r#"{{"code":"{code}"}}"#)))
}

/// A typed argument from JSON text.
pub fn arg<T: tsify::Tsify>(json: &str) -> Ts<T> {
    Ts::new_unchecked(js(json))
}

/// An optional typed argument from JSON text.
pub fn some<T: tsify::Tsify>(json: &str) -> Option<Ts<T>> {
    Some(arg(json))
}

/// The text of a logged request's body.
pub fn body_text(request: &JsValue) -> String {
    let encoded = text(request, "bodyBase64");
    let atob: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"atob".into()).unwrap().unchecked_into();
    let binary = atob.call1(&JsValue::UNDEFINED, &encoded.into()).unwrap().as_string().unwrap();
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The logged JSON requests of one action, oldest first, as parsed bodies.
pub async fn sent(scope: &Scope, action: &str) -> Vec<JsValue> {
    let log = scope.requests().await;
    js_sys::Array::from(&log)
        .iter()
        .filter(|r| text(r, "path") == INDEX)
        .filter_map(|r| js_sys::JSON::parse(&body_text(&r)).ok())
        .filter(|b| text(b, "element_data.action") == action)
        .collect()
}

/// The logged requests to a path.
pub async fn hits(scope: &Scope, path: &str) -> Vec<JsValue> {
    let log = scope.requests().await;
    js_sys::Array::from(&log).iter().filter(|r| text(r, "path") == path).collect()
}

/// Every row an async iterator yields.
pub async fn collect(iterator: JsValue) -> Vec<JsValue> {
    let next: js_sys::Function = js_sys::Reflect::get(&iterator, &"next".into()).unwrap().unchecked_into();
    let mut rows = Vec::new();
    loop {
        let promise: js_sys::Promise = next.call0(&iterator).unwrap().unchecked_into();
        let step = wasm_bindgen_futures::JsFuture::from(promise).await.expect("next()");
        if get(&step, "done") == JsValue::TRUE {
            return rows;
        }
        rows.push(get(&step, "value"));
        assert!(rows.len() < 10_000, "the iterator does not end");
    }
}

/// Whether a value is exposed as an async iterable (`for await` works on it).
pub fn is_async_iterable(value: &JsValue) -> bool {
    let symbol = js_sys::Symbol::async_iterator();
    js_sys::Reflect::get(value, &symbol).map(|f| f.is_function()).unwrap_or(false)
}
