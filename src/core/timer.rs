//! Timers that work in pages, workers and Node: `setTimeout` from the global scope.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue);
}

/// A callback scheduled after a delay; cancelled when dropped.
pub struct Timeout {
    handle: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Calls `callback` once after `ms` milliseconds, unless dropped first.
    pub fn start(ms: u32, callback: impl FnMut() + 'static) -> Timeout {
        let callback = Closure::<dyn FnMut()>::new(callback);
        let handle = set_timeout(callback.as_ref().unchecked_ref(), ms as f64);
        Timeout { handle, _callback: callback }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        clear_timeout(&self.handle);
    }
}

/// Waits `ms` milliseconds, or less if `signal` aborts; returns whether it was aborted.
pub async fn sleep(ms: u32, signal: Option<&AbortSignal>) -> bool {
    let aborted = Rc::new(Cell::new(false));
    let mut keep = None;
    let mut listener = None;
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = resolve.clone();
        keep = Some(Timeout::start(ms, move || {
            let _ = done.call0(&JsValue::UNDEFINED);
        }));
        if let Some(signal) = signal {
            let flag = aborted.clone();
            let on_abort = Closure::<dyn FnMut()>::new(move || {
                flag.set(true);
                let _ = resolve.call0(&JsValue::UNDEFINED);
            });
            let _ = signal.add_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());
            listener = Some(on_abort);
        }
    });
    if signal.is_some_and(|s| s.aborted()) {
        return true;
    }
    let _ = JsFuture::from(promise).await;
    if let (Some(signal), Some(on_abort)) = (signal, &listener) {
        let _ = signal.remove_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());
    }
    drop(keep);
    aborted.get()
}
