//! Helpers shared by the wasm tests (run in Node and in headless Chromium against the
//! emulator, whose URL is baked in at build time from `SWITCHBOARD_EMULATOR_URL`).
#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The emulator's root URL, e.g. `http://127.0.0.1:43123`.
pub fn emulator() -> String {
    let Some(url) = option_env!("SWITCHBOARD_EMULATOR_URL") else {
        panic!("SWITCHBOARD_EMULATOR_URL must be set when the tests are built (make test does it)")
    };
    url.trim_end_matches('/').to_string()
}

static NEXT_SCOPE: AtomicU32 = AtomicU32::new(0);

/// A fresh emulator scope: its own state, faults, clock and request log.
pub struct Scope {
    pub root: String,
}

impl Scope {
    /// A new scope whose name starts with `name`.
    pub fn new(name: &str) -> Scope {
        let n = NEXT_SCOPE.fetch_add(1, Ordering::Relaxed);
        let salt = (js_sys::Math::random() * 1e9) as u64;
        Scope { root: format!("{}/s/{name}-{n}-{salt}", emulator()) }
    }

    /// The base URL of a back end inside this scope, e.g. `scope.base("perfex")`.
    pub fn base(&self, backend: &str) -> String {
        format!("{}/{backend}", self.root)
    }

    /// Client options `{ baseUrl, ...extra }` for a back end in this scope (`extra` is a JSON
    /// object's inside, e.g. `"\"retries\": 0"`, or empty).
    pub fn options(&self, backend: &str, extra: &str) -> JsValue {
        let sep = if extra.trim().is_empty() { "" } else { "," };
        js(&format!("{{\"baseUrl\": \"{}\"{sep}{extra}}}", self.base(backend)))
    }

    /// Arms a fault, e.g. `scope.fault(r#"{"match": "/perfex/", "kind": "status", "status": 503}"#)`.
    pub async fn fault(&self, body: &str) {
        self.control("POST", "faults", Some(body)).await;
    }

    /// Disarms every fault of this scope (its data and request log stay).
    pub async fn disarm(&self) {
        self.control("DELETE", "faults", None).await;
    }

    /// How many requests this scope has received so far.
    pub async fn request_count(&self) -> u32 {
        js_sys::Array::from(&self.requests().await).length()
    }

    /// Moves this scope's clock forward.
    pub async fn advance_clock(&self, seconds: u64) {
        self.control("POST", "clock", Some(&format!("{{\"advanceSecs\": {seconds}}}"))).await;
    }

    /// The requests this scope received, oldest first.
    pub async fn requests(&self) -> JsValue {
        self.control("GET", "requests", None).await
    }

    /// Calls a control endpoint and returns its JSON answer.
    pub async fn control(&self, method: &str, what: &str, body: Option<&str>) -> JsValue {
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        if let Some(body) = body {
            init.set_body(&JsValue::from_str(body));
        }
        let url = format!("{}/__emulator/{what}", self.root);
        let fetch = js_sys::Reflect::get(&js_sys::global(), &"fetch".into()).unwrap();
        let fetch: js_sys::Function = fetch.unchecked_into();
        let promise: js_sys::Promise = fetch.call2(&JsValue::UNDEFINED, &url.into(), &init).unwrap().unchecked_into();
        let response: web_sys::Response = JsFuture::from(promise).await.expect("emulator control call").unchecked_into();
        assert!(response.ok(), "control call {what} answered {}", response.status());
        JsFuture::from(response.json().unwrap()).await.expect("control answer is JSON")
    }
}

/// Parses JSON text into a JS value.
pub fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or_else(|_| panic!("bad test JSON: {json}"))
}

/// `value.a.b.0.c` by a dotted path (numbers index arrays).
pub fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').filter(|p| !p.is_empty()).fold(value.clone(), |v, key| {
        js_sys::Reflect::get(&v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

/// A string at a path ("" when absent or not a string).
pub fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_default()
}

/// The length of an array at a path.
pub fn len(value: &JsValue, path: &str) -> u32 {
    js_sys::Array::from(&get(value, path)).length()
}

/// The `kind` of a rejected call's error, after checking it is a SwitchboardError.
pub fn kind(error: &JsValue) -> String {
    assert!(switchboard::is_switchboard_error(error.clone()), "not a SwitchboardError: {error:?}");
    text(error, "kind")
}

/// The error's message.
pub fn message(error: &JsValue) -> String {
    text(error, "message")
}

/// JSON text of a value, for assertions that look at everything at once.
pub fn json(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).map(String::from).unwrap_or_default()
}

/// A session listener that records each reason it is called with (`"expired"`,
/// `"rejected"`); keep the closure alive while the client may call it.
pub fn session_listener() -> (std::rc::Rc<std::cell::RefCell<Vec<String>>>, Closure<dyn FnMut(String)>) {
    let calls = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let seen = calls.clone();
    (calls, Closure::new(move |why: String| seen.borrow_mut().push(why)))
}
