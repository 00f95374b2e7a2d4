//! The one path every request takes: build → send (the global `fetch`) → read the body (size cap)
//! → hand back the status and bytes, or a classified error. Timeouts, cancellation and
//! retries live here and nowhere else.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, Headers, ReadableStreamDefaultReader, RequestInit, RequestRedirect};

use crate::core::body::Body;
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::options::Settings;
use crate::core::timer::{sleep, Timeout};

/// Whether a call may be sent again after a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// A read: retried on network errors, 408, 429 and 5xx.
    Safe,
    /// A write (a ticket, a cart line, a payment): never sent twice.
    Never,
}

/// The HTTP methods the back ends use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    GET,
    POST,
    PUT,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::GET => "GET",
            Method::POST => "POST",
            Method::PUT => "PUT",
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch` of a window, a worker or Node. Caught: a wrapper or a test mock may
    /// throw instead of rejecting, which would escape from the future's poll uncaught and
    /// leave the call's promise pending forever.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn fetch_with_request(request: &web_sys::Request) -> std::result::Result<JsValue, JsValue>;
}

/// One request, fully described by the back-end module.
pub struct Call {
    pub method: Method,
    /// Path below the base URL, starting with `/`, already percent-encoded.
    pub path: String,
    /// Extra headers; values may be secrets, so `Call` is never printed.
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
    pub repeat: Repeat,
}

impl Call {
    /// A call with no body or headers.
    pub fn new(method: Method, path: impl Into<String>, repeat: Repeat) -> Call {
        Call { method, path: path.into(), headers: Vec::new(), body: Body::Empty, repeat }
    }

    /// Adds a header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Call {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: Body) -> Call {
        self.body = body;
        self
    }
}

/// What the server answered: any status, with the body read in full.
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
}

/// The status and the body's length only: the body may be a sign-in answer holding a token.
impl std::fmt::Debug for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Reply {{ status: {}, body: {} bytes }}", self.status, self.body.len())
    }
}

/// Longest wait between retries, whatever `Retry-After` asks for.
const MAX_RETRY_DELAY_MS: u32 = 30_000;
/// First backoff step; doubled each retry, with jitter.
const BASE_RETRY_DELAY_MS: u32 = 250;

/// Sends calls for one client.
pub struct Transport {
    pub settings: Settings,
}

/// How one attempt ended.
enum Attempt {
    Answered(Reply, Option<String>),
    Failed(Error),
}

impl Transport {
    /// Sends `call`, retrying where that is safe, and returns the server's answer (any status).
    /// Statuses worth retrying (408, 429, 5xx) that survive every retry come back as `http` errors.
    pub async fn send(&self, call: &Call, options: &CallOptions) -> Result<Reply> {
        let mut retry = 0;
        loop {
            if options.signal.as_ref().is_some_and(AbortSignal::aborted) {
                return Err(aborted());
            }
            let outcome = self.attempt(call, options).await;
            let (error, retry_after) = match outcome {
                Attempt::Answered(reply, retry_after) => match status_error(reply.status) {
                    None => return Ok(reply),
                    Some(error) => (error, retry_after),
                },
                Attempt::Failed(error) => (error, None),
            };
            let may_repeat = call.repeat == Repeat::Safe && error.retryable;
            if !may_repeat || retry >= self.settings.retries {
                return Err(error);
            }
            let delay = retry_delay(retry, retry_after.as_deref());
            retry += 1;
            if sleep(delay, options.signal.as_ref()).await {
                return Err(aborted());
            }
        }
    }

    /// One fetch, with its own abort controller tied to the caller's signal and the timeout.
    async fn attempt(&self, call: &Call, options: &CallOptions) -> Attempt {
        let controller = match AbortController::new() {
            Ok(c) => c,
            Err(_) => return Attempt::Failed(Error::new(ErrorKind::Network, "AbortController is not available")),
        };
        let timed_out = Rc::new(Cell::new(false));
        let timeout_ms = options.timeout_ms.unwrap_or(self.settings.timeout_ms);
        let _timer = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            Timeout::start(timeout_ms, move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        // Our own controller aborts with no reason (a DOMException), whatever reason the
        // caller's signal carries: fetch then always rejects with a real Error.
        let _link = options.signal.as_ref().map(|signal| AbortLink::new(signal, &controller));
        let failed = |e: Error| {
            if timed_out.get() {
                Error::new(ErrorKind::Timeout, format!("no complete answer within {timeout_ms} ms")).with_retryable(true)
            } else if options.signal.as_ref().is_some_and(AbortSignal::aborted) {
                aborted()
            } else {
                e
            }
        };
        let request = match self.request(call, &controller.signal()) {
            Ok(request) => request,
            Err(e) => return Attempt::Failed(e),
        };
        let fetching = match fetch_with_request(&request).map(JsCast::dyn_into::<js_sys::Promise>) {
            Ok(Ok(fetching)) => JsFuture::from(fetching).await,
            Ok(Err(_)) => return Attempt::Failed(Error::new(ErrorKind::Network, "fetch returned something that is not a promise")),
            Err(e) => Err(e),
        };
        let response = match fetching.map(JsCast::dyn_into::<web_sys::Response>) {
            Ok(Ok(response)) => response,
            Ok(Err(_)) => return Attempt::Failed(Error::new(ErrorKind::Network, "fetch answered with something that is not a Response")),
            Err(e) => {
                return Attempt::Failed(failed(
                    Error::new(ErrorKind::Network, format!("the request failed: {}", describe_js(&e))).with_retryable(true),
                ))
            }
        };
        let status = response.status();
        // Redirects are not followed (`RequestRedirect::Manual`): fetch would send the body,
        // with its tokens and passwords, again to wherever `Location` points. A browser hands
        // back an opaque redirect (status 0), Node the 3xx itself.
        if matches!(status, 0 | 301..=303 | 307 | 308) {
            controller.abort();
            return Attempt::Failed(redirected(status));
        }
        let retry_after = response.headers().get("retry-after").ok().flatten();
        match read_body(&response, self.settings.max_response_bytes as usize, &controller).await {
            Ok(body) => Attempt::Answered(Reply { status, body }, retry_after),
            Err(e) => Attempt::Failed(failed(e).with_status(status)),
        }
    }

    /// The fetch `Request` for one attempt. A header the platform refuses (a value outside
    /// Latin-1, say) is an `invalid_input` error naming the header, never quoting its value.
    fn request(&self, call: &Call, signal: &AbortSignal) -> Result<web_sys::Request> {
        let url = format!("{}{}", self.settings.base_url, call.path);
        let headers = Headers::new().map_err(|_| Error::new(ErrorKind::Network, "Headers is not available"))?;
        let content_type = call.body.content_type().map(|value| ("Content-Type", value));
        for (name, value) in content_type.into_iter().chain(call.headers.iter().map(|(name, value)| (*name, value.as_str()))) {
            headers
                .set(name, value)
                .map_err(|_| Error::invalid_input(name, "holds characters an HTTP header cannot carry (only Latin-1 text)"))?;
        }
        let init = RequestInit::new();
        init.set_method(call.method.as_str());
        init.set_headers(&headers);
        init.set_signal(Some(signal));
        init.set_redirect(RequestRedirect::Manual);
        if let Some(body) = call.body.to_js()? {
            init.set_body(&body);
        }
        web_sys::Request::new_with_str_and_init(&url, &init).map_err(|_| Error::invalid_input("baseUrl", "does not make a valid request URL"))
    }
}

/// The caller's signal, forwarded to our controller for as long as this value lives.
struct AbortLink {
    signal: AbortSignal,
    listener: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl AbortLink {
    fn new(signal: &AbortSignal, controller: &AbortController) -> AbortLink {
        let target = controller.clone();
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || target.abort());
        let _ = signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        AbortLink { signal: signal.clone(), listener }
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self.signal.remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}

/// Reads the whole body, refusing more than `cap` bytes (checked on `Content-Length`
/// first, then while streaming).
async fn read_body(response: &web_sys::Response, cap: usize, controller: &AbortController) -> Result<Vec<u8>> {
    let too_large = || Error::new(ErrorKind::TooLarge, format!("the answer is larger than {cap} bytes"));
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > cap) {
        controller.abort();
        return Err(too_large());
    }
    let Some(stream) = response.body() else { return Ok(Vec::new()) };
    let reader: ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| Error::decode("the answer's body could not be read"))?;
    // Room for what the server declares, up to `FIRST_RESERVE`: a declared length is only a
    // claim, and wasm memory, once grown, never shrinks.
    let mut body = Vec::new();
    reserve(&mut body, declared.unwrap_or(0).min(FIRST_RESERVE))?;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| {
            Error::new(ErrorKind::Network, format!("the answer was cut off: {}", describe_js(&e))).with_retryable(true)
        })?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map(|d| d.is_truthy()).unwrap_or(true);
        if done {
            return Ok(body);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let bytes: Uint8Array = value.dyn_into().map_err(|_| Error::decode("the answer's body is not bytes"))?;
        if body.len() + bytes.length() as usize > cap {
            controller.abort();
            return Err(too_large());
        }
        let start = body.len();
        reserve(&mut body, bytes.length() as usize)?;
        body.resize(start + bytes.length() as usize, 0);
        bytes.copy_to(&mut body[start..]);
    }
}

/// The most `read_body` reserves before the body's bytes arrive (1 MiB).
const FIRST_RESERVE: usize = 1 << 20;

/// Makes room in `body` for `more` bytes; a `too_large` error, not an abort that would kill
/// the instance, when the memory cannot grow that far.
fn reserve(body: &mut Vec<u8>, more: usize) -> Result<()> {
    body.try_reserve(more)
        .map_err(|_| Error::new(ErrorKind::TooLarge, "the answer does not fit in the memory available"))
}

/// The error for a redirect answer (`status` 0: a browser's opaque redirect). Never retried.
#[inline(never)]
fn redirected(status: u16) -> Error {
    let error = Error::new(ErrorKind::Http, "the server redirected; Switchboard does not follow redirects (set baseUrl to the final address)");
    if status == 0 { error } else { error.with_status(status) }
}

/// The error for a status that says "try again later", if it is one.
fn status_error(status: u16) -> Option<Error> {
    let retryable = matches!(status, 408 | 429 | 500..=599);
    retryable.then(|| {
        let what = match status {
            408 => "the server timed out waiting for the request",
            429 => "too many requests",
            _ => "the server failed",
        };
        Error::new(ErrorKind::Http, format!("{what} (HTTP {status})")).with_status(status).with_retryable(true)
    })
}

/// Delay before retry number `retry` (0-based): `Retry-After` (seconds) when given, else
/// exponential backoff with full jitter; never more than `MAX_RETRY_DELAY_MS`.
pub fn retry_delay(retry: u32, retry_after: Option<&str>) -> u32 {
    if let Some(ms) = retry_after.and_then(retry_after_ms) {
        return ms.min(MAX_RETRY_DELAY_MS);
    }
    let ceiling = BASE_RETRY_DELAY_MS.saturating_mul(1 << retry.min(10)).min(MAX_RETRY_DELAY_MS);
    let jitter = js_sys::Math::random();
    (ceiling as f64 * (0.5 + jitter / 2.0)) as u32
}

/// A `Retry-After` of delay-seconds, in milliseconds: whole seconds as the standard has them,
/// and leniently a decimal fraction (`"1.5"`). `None` for an HTTP date or anything else (the
/// backoff applies then). Read without a float parser, which would cost the module ~10 KB.
fn retry_after_ms(value: &str) -> Option<u32> {
    let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match value.trim().split_once('.') {
        Some((whole, fraction)) if digits(fraction) => (whole, fraction),
        Some(_) => return None,
        None => (value.trim(), ""),
    };
    if !digits(whole) {
        return None;
    }
    let seconds = whole.bytes().fold(0u32, |n, b| n.saturating_mul(10).saturating_add(u32::from(b - b'0')));
    let millis = fraction.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    Some(seconds.saturating_mul(1000).saturating_add(millis))
}

fn aborted() -> Error {
    Error::new(ErrorKind::Aborted, "the call was cancelled")
}

/// The message of a fetch's rejection, read as a property: a wrapped or mocked fetch may reject
/// with an `Error` whose `message` getter throws, which `Error::message` would let unwind.
fn describe_js(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .and_then(|e| js_sys::Reflect::get(e, &"message".into()).ok()?.as_string())
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown reason".into())
}

#[cfg(test)]
mod tests {
    use super::retry_after_ms;

    #[test]
    fn retry_after_is_read_as_seconds_with_an_optional_fraction() {
        assert_eq!(retry_after_ms("2"), Some(2000));
        assert_eq!(retry_after_ms(" 7 "), Some(7000));
        assert_eq!(retry_after_ms("0"), Some(0));
        assert_eq!(retry_after_ms("1.5"), Some(1500));
        assert_eq!(retry_after_ms("0.25"), Some(250));
        assert_eq!(retry_after_ms("0.0004"), Some(0));
        assert_eq!(retry_after_ms("99999999999"), Some(u32::MAX));
    }

    #[test]
    fn anything_but_delay_seconds_leaves_the_backoff_to_decide() {
        for value in ["", " ", "-1", "+1", "1.", ".5", "1e3", "NaN", "inf", "Wed, 21 Oct 2026 07:28:00 GMT", "1,5"] {
            assert_eq!(retry_after_ms(value), None, "{value:?}");
        }
    }
}
