//! Lazy paging: a list endpoint that takes limit/offset becomes a JS async iterator,
//! `for await (const row of client.iterateX(filter))`, fetching one page at a time and
//! stopping at the total (or at a short page when the server sends no total).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::core::error::Result;

/// One page of rows, already converted to JS values.
pub struct Page {
    pub rows: Vec<JsValue>,
    /// The number of rows of the whole list, when the server says.
    pub total: Option<u64>,
}

/// Fetches the page that starts at `offset` with at most `limit` rows.
pub type FetchPage = Box<dyn Fn(u64, u32) -> Pin<Box<dyn Future<Output = Result<Page>>>>>;

struct State {
    fetch: Rc<FetchPage>,
    page_size: u32,
    offset: u64,
    buffered: VecDeque<JsValue>,
    finished: bool,
}

/// An async iterator over every row of a paged list (typed per method in the .d.ts as
/// `AsyncIterableIterator<Row>`).
#[wasm_bindgen(skip_typescript)]
pub struct PageIterator {
    state: Rc<RefCell<State>>,
}

// `makeAsyncIterable` also queues `next()` calls as an async generator does: each starts when
// the previous one settled, so overlapping calls never fetch the same page twice. (Chaining on
// the promise here costs a fraction of the wasm the same queue in Rust does.)
#[wasm_bindgen(inline_js = "export function makeAsyncIterable(it) { const p = Object.getPrototypeOf(it); if (!p[Symbol.asyncIterator]) { p[Symbol.asyncIterator] = function () { return this; }; } let last = Promise.resolve(); const step = () => p.next.call(it); it.next = () => (last = last.then(step, step)); return it; }")]
extern "C" {
    #[wasm_bindgen(js_name = makeAsyncIterable)]
    fn make_async_iterable(iterator: JsValue) -> JsValue;
}

/// Builds the iterator for a list: pages of `page_size` rows fetched by `fetch`.
pub fn iterate(page_size: u32, fetch: FetchPage) -> JsValue {
    let state = State { fetch: Rc::new(fetch), page_size: page_size.max(1), offset: 0, buffered: VecDeque::new(), finished: false };
    make_async_iterable(PageIterator { state: Rc::new(RefCell::new(state)) }.into())
}

#[wasm_bindgen]
impl PageIterator {
    /// The next row: `{ value, done: false }`, or `{ done: true }` after the last one.
    /// A failed page rejects; calling `next()` again retries that page. Callers reach it
    /// through `makeAsyncIterable`'s queue, one call at a time.
    pub fn next(&self) -> js_sys::Promise {
        crate::core::js::promise(Box::pin(next(self.state.clone())))
    }

    /// Stops the iteration early (called by `break` in `for await`).
    #[wasm_bindgen(js_name = "return")]
    pub fn finish(&self) -> js_sys::Promise {
        let mut s = self.state.borrow_mut();
        s.finished = true;
        s.buffered.clear();
        js_sys::Promise::resolve(&step(None))
    }
}

/// The work of `PageIterator::next`.
async fn next(state: Rc<RefCell<State>>) -> std::result::Result<JsValue, JsValue> {
    if let Some(row) = state.borrow_mut().buffered.pop_front() {
        return Ok(step(Some(row)));
    }
    if state.borrow().finished {
        return Ok(step(None));
    }
    let (fetch, offset, size) = {
        let s = state.borrow();
        (s.fetch.clone(), s.offset, s.page_size)
    };
    let page = fetch(offset, size).await.map_err(JsValue::from)?;
    let mut s = state.borrow_mut();
    if s.finished {
        // `return()` came while the page was on its way: the iteration stays finished.
        return Ok(step(None));
    }
    let got = page.rows.len() as u64;
    s.offset = offset + got;
    s.finished = got == 0 || got < size as u64 || page.total.is_some_and(|t| s.offset >= t);
    s.buffered.extend(page.rows);
    let row = s.buffered.pop_front();
    if row.is_none() {
        s.finished = true;
    }
    Ok(step(row))
}

/// An iterator result object.
fn step(value: Option<JsValue>) -> JsValue {
    let result = js_sys::Object::new();
    let done = value.is_none();
    let _ = js_sys::Reflect::set(&result, &"done".into(), &JsValue::from_bool(done));
    if let Some(value) = value {
        let _ = js_sys::Reflect::set(&result, &"value".into(), &value);
    }
    result.into()
}
