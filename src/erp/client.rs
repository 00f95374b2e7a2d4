//! `ErpClient`: the class, its state, and the one path every method takes
//! (`ErpClient::op` → `Inner::send` → `wire::Action::to_call` → `Transport::send` →
//! `wire::Answer::read`). The methods themselves live beside their types, one file per area:
//! `session/`, `orders/`, `tickets/`, `account/`, `portal/`.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use crate::core::json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::orders::OrderCache;
use super::out::Out;
use super::types::{page_size, paging, ErpOptions, ErpIterateOptions, ErpPaging};
use super::wire::{Action, Answer};
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::js::js_of;
use crate::core::fields::{read_input, Input};
use crate::core::options::ClientOptions;
use crate::core::paging::{iterate, FetchPage, Page};
use crate::core::secret::Secret;
use crate::core::session::{Session, SessionEnd};
use crate::core::transport::Transport;

/// The back end's name in errors.
pub const BACKEND: &str = "erp";

/// A client of the Cal4care ERP customer portal API.
///
/// ```ts
/// const erp = new ErpClient({ baseUrl: "https://erp.example.com" });
/// const step = await erp.login({ username, password });
/// if (step.step === "otp_required") await erp.verifyOtp({ code });
/// for await (const ticket of erp.iterateOpenTickets()) console.log(ticket.subject);
/// ```
#[wasm_bindgen]
pub struct ErpClient {
    pub(crate) inner: Rc<Inner>,
}

/// The client's state, shared by every pending call.
pub(crate) struct Inner {
    pub transport: Transport,
    pub session: Session,
    pub state: RefCell<State>,
}

/// What the client remembers between calls; all of it is forgotten when the session ends.
#[derive(Default)]
pub(crate) struct State {
    /// The signed-in customer.
    pub customer: Option<Customer>,
    /// The credentials held between `login` and the end of the OTP step.
    pub pending: Option<PendingLogin>,
    /// Reseller data and quotes the order flow carries from step to step.
    pub orders: OrderCache,
}

/// The signed-in customer, as the requests need it.
#[derive(Clone)]
pub(crate) struct Customer {
    /// The numeric id, e.g. "4481".
    pub id: String,
    /// The id as the server wants it (base64 of the digits).
    pub encoded: String,
    pub name: Option<String>,
    pub email: Option<String>,
}

/// A sign-in waiting for its OTP.
#[derive(Clone)]
pub(crate) struct PendingLogin {
    pub username: String,
    pub password: Secret,
}

#[wasm_bindgen]
impl ErpClient {
    /// Creates a client; throws an `invalid_input` or `insecure_url` error for bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<ErpOptions>) -> std::result::Result<ErpClient, JsValue> {
        let settings = ClientOptions::settings_from_js(&options.into()).map_err(|e| e.at(BACKEND, "constructor"))?;
        let inner = Inner { transport: Transport { settings }, session: Session::default(), state: RefCell::default() };
        Ok(ErpClient { inner: Rc::new(inner) })
    }
}

/// What a promise-returning method asks of the server, checked before anything is sent.
/// Every such method builds one and hands it to `ErpClient::perform`, so one async path (one
/// future) serves them all.
pub(crate) enum Work {
    /// One action (with the caller's request options), its answer read by the function.
    Send(Action, Option<JsValue>, Read),
    /// A flow of several steps (sign-in, the order steps), carried out as it is.
    Flow(Pin<Box<dyn Future<Output = Result<JsValue>>>>),
}

/// How a `Work::Send` reads its answer into the value the promise resolves with: plain
/// functions, not boxed closures, so that no method brings a closure type (vtable and drop
/// glue) of its own.
pub(crate) enum Read {
    /// A function of the answer alone, to JSON (handed over by the one `js_of` here, not one
    /// per method).
    Answer(fn(Answer) -> Result<Value>),
    /// A function of the answer and texts the method knew before sending, to JSON.
    With(fn(Answer, [String; 2]) -> Result<Value>, [String; 2]),
    /// A function of the answer to a value JSON does not have (`undefined`).
    Js(fn(Answer) -> Result<JsValue>),
    /// A page of a listing.
    Page(&'static Listing),
}

impl Read {
    /// The caller's value of `answer`.
    fn read(self, answer: Answer) -> Result<JsValue> {
        match self {
            Read::Answer(read) => read(answer).map(|value| js_of(&value)),
            Read::With(read, context) => read(answer, context).map(|value| js_of(&value)),
            Read::Js(read) => read(answer),
            Read::Page(listing) => listing.page_object(&answer),
        }
    }
}

impl Work {
    /// One action whose answer `read` turns into the caller's value.
    pub(crate) fn send(action: Action, options: Option<JsValue>, read: fn(Answer) -> Result<Value>) -> Work {
        Work::Send(action, options, Read::Answer(read))
    }

    /// One action whose answer `read` turns into a JS value of its own.
    pub(crate) fn send_js(action: Action, options: Option<JsValue>, read: fn(Answer) -> Result<JsValue>) -> Work {
        Work::Send(action, options, Read::Js(read))
    }

    /// One action whose answer `read` turns into the caller's value with `context`.
    pub(crate) fn send_with(action: Action, options: Option<JsValue>, context: [String; 2], read: fn(Answer, [String; 2]) -> Result<Value>) -> Work {
        Work::Send(action, options, Read::With(read, context))
    }
}

impl ErpClient {
    /// The promise of the method `operation`: `work` carried out, or rejected with its input
    /// error before anything is sent; every error names the back end and the operation and
    /// holds no secret.
    pub(crate) fn perform(&self, operation: &'static str, work: Result<Work>) -> js_sys::Promise {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        crate::core::js::promise(Box::pin(async move {
            let result = match work {
                Ok(Work::Send(action, options, read)) => match call_options(options) {
                    Ok(options) => match inner.send(action, &options).await {
                        Ok(answer) => read.read(answer),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                },
                Ok(Work::Flow(flow)) => flow.await,
                Err(e) => Err(e),
            };
            result.map_err(|e| e.for_caller(BACKEND, operation, &secrets).into())
        }))
    }

    /// The promise of one page of a list that needs no filter.
    pub(crate) fn list(&self, operation: &'static str, listing: &'static Listing, request: Option<Ts<ErpPaging>>, options: Option<JsValue>) -> js_sys::Promise {
        let work = optional_input::<ErpPaging>("paging", request.map(JsValue::from))
            .and_then(|request| paging(request.limit, request.offset))
            .map(|(limit, offset)| page_work(listing, Vec::new(), limit, offset, options));
        self.perform(operation, work)
    }

    /// Every row of a list that needs no filter, as an async iterator.
    pub(crate) fn iterate_all(
        &self,
        operation: &'static str,
        listing: &'static Listing,
        request: Option<Ts<ErpIterateOptions>>,
        options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        let request: ErpIterateOptions = optional_input("iteration", request.map(JsValue::from))
            .map_err(|e| e.at(BACKEND, operation))?;
        self.walk(operation, listing, Vec::new(), request.page_size, options)
    }

    /// Every row of a list with these filter fields, as an async iterator of `page_size` pages;
    /// `options` (signal, timeout) apply to every page's request.
    pub(crate) fn walk(
        &self,
        operation: &'static str,
        listing: &'static Listing,
        fields: Vec<(&'static str, String)>,
        page_size_option: Option<f64>,
        options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        let size = page_size(page_size_option).map_err(|e| e.at(BACKEND, operation))?;
        let options = call_options(options).map_err(|e| e.at(BACKEND, operation))?;
        let inner = self.inner.clone();
        let fetch: FetchPage = Box::new(move |offset, limit| {
            let (inner, fields, options) = (inner.clone(), fields.clone(), options.clone());
            Box::pin(async move {
                let secrets = inner.secrets();
                let page = async {
                    let answer = inner.send(listing.action(fields, limit, offset), &options).await?;
                    let (items, total) = listing.page(&answer)?;
                    Ok(Page { rows: items, total })
                };
                page.await.map_err(|e: Error| e.for_caller(BACKEND, operation, &secrets))
            })
        });
        Ok(iterate(size, fetch))
    }
}

/// The work of one page of a list with these filter fields.
pub(crate) fn page_work(listing: &'static Listing, fields: Vec<(&'static str, String)>, limit: u32, offset: u64, options: Option<JsValue>) -> Work {
    Work::Send(listing.action(fields, limit, offset), options, Read::Page(listing))
}

/// A list that takes `limit` / `offset`: its action, its list key and how its rows become
/// the caller's records. A value, not a type: every list shares one copy of the paging code.
pub(crate) struct Listing {
    /// The `element_data.action`.
    pub action: &'static str,
    /// The key of the rows in the answer.
    pub key: &'static str,
    /// The caller's records (JSON, their fields in declared order) of the list the server
    /// sent under `key` (`null` when none).
    pub records: fn(&Value) -> Result<Vec<Value>>,
}

impl Listing {
    /// The action that asks for one page with these filter fields.
    fn action(&self, fields: Vec<(&'static str, String)>, limit: u32, offset: u64) -> Action {
        Action::read(self.action).fields(fields).page(limit, offset)
    }

    /// A page answer as the caller's `{ items, total }`.
    /// (Written as JSON and handed over with one `JSON.parse`, like every other result.)
    fn page_object(&self, answer: &Answer) -> Result<JsValue> {
        let (list, total) = answer.list(self.key)?;
        let page = Out::new().value("items", Value::Array((self.records)(list)?)).optional_number("total", total);
        Ok(js_of(&page.build()))
    }

    /// The caller's records of an answer and the list's `Total`; "no rows" is an empty list.
    pub(crate) fn page(&self, answer: &Answer) -> Result<(Vec<JsValue>, Option<u64>)> {
        let (list, total) = answer.list(self.key)?;
        Ok(((self.records)(list)?.iter().map(js_of).collect(), total))
    }
}

impl Inner {
    /// Sends an action and reads the answer. `ACCESS_DENIED` ends the session; errors hold
    /// no secret known at the time they happen.
    pub async fn send(&self, action: Action, options: &CallOptions) -> Result<Answer> {
        let result = self.exchange(&action, options).await;
        result.map_err(|e| {
            let secrets = self.secrets();
            e.redact(&secrets.iter().map(String::as_str).collect::<Vec<_>>())
        })
    }

    async fn exchange(&self, action: &Action, options: &CallOptions) -> Result<Answer> {
        let (token, customer) = if action.signed {
            let token = self.token()?;
            let customer = self.read_state().customer.as_ref().map(|c| c.encoded.clone());
            (Some(token), customer)
        } else {
            (None, None)
        };
        let call = action.to_call(token.as_ref().map(Secret::expose), customer.as_deref());
        let reply = self.transport.send(&call, options).await?;
        let answer = Answer::read(&reply);
        if let Err(e) = &answer {
            if e.code.as_deref() == Some("ACCESS_DENIED") && token.is_some_and(|t| self.session.is_current(&t)) {
                self.forget();
                self.session.end(SessionEnd::Rejected);
            }
        }
        answer
    }

    /// The session token, or the `auth` error that says why there is none.
    fn token(&self) -> Result<Secret> {
        if let Some(token) = self.session.token() {
            return Ok(token);
        }
        let had_session = self.read_state().customer.is_some();
        self.forget();
        Err(if had_session {
            Error::new(ErrorKind::Auth, "the session has expired; sign in again").with_code("SESSION_EXPIRED")
        } else {
            Error::new(ErrorKind::Auth, "not signed in: call login() (and verifyOtp()) or restoreSession() first")
        })
    }

    /// The state, to read. Out of line: the one borrow (and its panic location) every reader
    /// shares; the client never holds a borrow across an await, so it cannot fail.
    #[inline(never)]
    pub fn read_state(&self) -> std::cell::Ref<'_, State> {
        self.state.borrow()
    }

    /// The state, to change (one borrow site, as `read_state`).
    #[inline(never)]
    pub fn write_state(&self) -> std::cell::RefMut<'_, State> {
        self.state.borrow_mut()
    }

    /// Forgets the customer, pending credentials and order data (not the token itself).
    pub fn forget(&self) {
        *self.write_state() = State::default();
    }

    /// The signed-in customer (or the `auth` error of `token()`).
    pub fn customer(&self) -> Result<Customer> {
        self.token()?;
        self.state
            .borrow().customer
            .clone()
            .ok_or_else(|| Error::new(ErrorKind::Auth, "not signed in: call login() first"))
    }

    /// Every secret an error must never contain: the token, a pending password, the reseller
    /// api key.
    pub fn secrets(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self.session.token().map(|t| t.expose().to_string()).into_iter().collect();
        let state = self.read_state();
        if let Some(pending) = &state.pending {
            secrets.push(pending.password.expose().to_string());
        }
        secrets.extend(state.orders.secrets());
        secrets
    }
}

/// Reads the per-call options.
pub(crate) fn call_options(options: Option<JsValue>) -> Result<CallOptions> {
    CallOptions::from_js(&options.unwrap_or_default())
}

/// An optional input object: absent, `undefined` or `null` is the default.
pub(crate) fn optional_input<T: Input + Default>(argument: &str, value: Option<JsValue>) -> Result<T> {
    match value {
        Some(v) if !v.is_undefined() && !v.is_null() => read_input(argument, &v),
        _ => Ok(T::default()),
    }
}

/// Declares a `Listing` constant: its action, its list key, and either its record (a
/// `core::record` table) or `records = f` (a function that builds the records itself).
macro_rules! listing {
    ($(#[$doc:meta])* $name:ident: $action:literal, $key:literal, records = $records:expr) => {
        $(#[$doc])*
        pub(crate) const $name: $crate::erp::client::Listing =
            $crate::erp::client::Listing { action: $action, key: $key, records: $records };
    };
    ($(#[$doc:meta])* $name:ident: $action:literal, $key:literal, $record:ty) => {
        $crate::erp::client::listing!($(#[$doc])* $name: $action, $key, records = |list| $crate::core::record::rows(list, <$record>::COLUMNS));
    };
}
pub(crate) use listing;
