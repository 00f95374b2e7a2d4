//! `ErpClient`: the class, its state, and the one path every method takes
//! (`ErpClient::op` → `Inner::send` → `wire::Action::to_call` → `Transport::send` →
//! `wire::Answer::read`). The methods themselves live beside their types, one file per area:
//! `session/`, `orders/`, `tickets/`, `account/`, `portal/`.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::orders::OrderCache;
use super::types::{page_size, paging, ErpOptions, ErpIterateOptions, ErpPaging};
use super::wire::{Action, Answer};
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::js::{js_of, to_js};
use crate::core::record::{self, Column};
use crate::core::lenient::List;
use crate::erp::from_wire::FromWire;
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

/// How a `Work::Send` reads its answer into the value the promise resolves with.
pub(crate) type Read = Box<dyn FnOnce(Answer) -> Result<JsValue>>;

impl Work {
    /// One action whose answer `read` turns into the caller's value.
    pub(crate) fn send(action: Action, options: Option<JsValue>, read: impl FnOnce(Answer) -> Result<JsValue> + 'static) -> Work {
        Work::Send(action, options, Box::new(read))
    }
}

impl ErpClient {
    /// The promise of the method `operation`: `work` carried out, or rejected with its input
    /// error before anything is sent; every error names the back end and the operation and
    /// holds no secret.
    pub(crate) fn perform(&self, operation: &'static str, work: Result<Work>) -> js_sys::Promise {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        wasm_bindgen_futures::future_to_promise(async move {
            let result = match work {
                Ok(Work::Send(action, options, read)) => match call_options(options) {
                    Ok(options) => match inner.send(action, &options).await {
                        Ok(answer) => read(answer),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                },
                Ok(Work::Flow(flow)) => flow.await,
                Err(e) => Err(e),
            };
            result.map_err(|e| e.for_caller(BACKEND, operation, &secrets).into())
        })
    }

    /// The promise of a flow of several steps: `perform` of the future `work` builds.
    pub(crate) fn flow<T, Fut>(&self, operation: &'static str, work: impl FnOnce(Rc<Inner>) -> Fut) -> js_sys::Promise
    where
        T: Into<JsValue>,
        Fut: Future<Output = Result<T>> + 'static,
    {
        let flow = work(self.inner.clone());
        self.perform(operation, Ok(Work::Flow(Box::pin(async move { flow.await.map(Into::into) }))))
    }

    /// The promise of one page of a list that needs no filter.
    pub(crate) fn list<L: Listing>(&self, operation: &'static str, request: Option<Ts<ErpPaging>>, options: Option<JsValue>) -> js_sys::Promise {
        let work = optional_input::<ErpPaging>("paging", request.map(JsValue::from))
            .and_then(|request| paging(request.limit, request.offset))
            .map(|(limit, offset)| page_work::<L>(Vec::new(), limit, offset, options));
        self.perform(operation, work)
    }

    /// Every row of a list that needs no filter, as an async iterator.
    pub(crate) fn iterate_all<L: Listing>(
        &self,
        operation: &'static str,
        request: Option<Ts<ErpIterateOptions>>,
        options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        let request: ErpIterateOptions = optional_input("iteration", request.map(JsValue::from))
            .map_err(|e| e.at(BACKEND, operation))?;
        self.walk::<L>(operation, Vec::new(), request.page_size, options)
    }

    /// Every row of a list with these filter fields, as an async iterator of `page_size` pages;
    /// `options` (signal, timeout) apply to every page's request.
    pub(crate) fn walk<L: Listing>(
        &self,
        operation: &'static str,
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
                    let (items, total) = inner.rows::<L>(fields, limit, offset, &options).await?;
                    Ok(Page { rows: items, total })
                };
                page.await.map_err(|e: Error| e.for_caller(BACKEND, operation, &secrets))
            })
        });
        Ok(iterate(size, fetch))
    }
}

/// The work of one page of a list with these filter fields.
pub(crate) fn page_work<L: Listing>(fields: Vec<(&'static str, String)>, limit: u32, offset: u64, options: Option<JsValue>) -> Work {
    Work::send(Action::read(L::ACTION).fields(fields).page(limit, offset), options, |answer| {
        let (rows, total) = L::page(&answer)?;
        let page = js_sys::Object::new();
        // Setting properties of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&page, &JsValue::from_str("items"), &rows.into_iter().collect::<js_sys::Array>());
        if let Some(total) = total {
            let _ = js_sys::Reflect::set(&page, &JsValue::from_str("total"), &JsValue::from_f64(total as f64));
        }
        Ok(page.into())
    })
}

/// A list that takes `limit` / `offset`: its action, its list key and how its rows become
/// the caller's records.
pub(crate) trait Listing: 'static {
    /// The `element_data.action`.
    const ACTION: &'static str;
    /// The key of the rows in the answer.
    const KEY: &'static str;
    /// The caller's records (their fields in declared order) of the list the server sent
    /// under `KEY` (`null` when none).
    fn rows(list: &Value) -> Result<Vec<JsValue>>;
    /// The same records as JSON, for the fuzzer (which runs natively).
    #[cfg(test)]
    fn records(list: &Value) -> Result<Vec<Value>>;

    /// The caller's records of an answer and the list's `Total`; "no rows" is an empty list.
    fn page(answer: &Answer) -> Result<(Vec<JsValue>, Option<u64>)> {
        let (list, total) = answer.list(Self::KEY)?;
        Ok((Self::rows(list)?, total))
    }
}

/// The records of a `core::record` table as JS objects, their fields in the columns' order.
pub(crate) fn record_rows(list: &Value, columns: &[Column]) -> Result<Vec<JsValue>> {
    Ok(record::rows(list, columns)?.iter().map(js_of).collect())
}

/// The records of a list whose rows are read by a field walk (`W`) and converted to the
/// caller's type (`R`).
pub(crate) fn serde_rows<W: FromWire, R: Serialize + for<'a> From<&'a W>>(list: &Value) -> Result<Vec<JsValue>> {
    List::<W>::from_wire(list)?.0.iter().map(|row| to_js(&R::from(row))).collect()
}

/// `serde_rows` as JSON, for the fuzzer.
#[cfg(test)]
pub(crate) fn serde_records<W: FromWire, R: Serialize + for<'a> From<&'a W>>(list: &Value) -> Result<Vec<Value>> {
    let rows = List::<W>::from_wire(list)?.0;
    rows.iter().map(|row| serde_json::to_value(R::from(row)).map_err(|_| Error::decode("a row could not be built"))).collect()
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
            let customer = self.state.borrow().customer.as_ref().map(|c| c.encoded.clone());
            (Some(token), customer)
        } else {
            (None, None)
        };
        let call = action.to_call(token.as_ref().map(Secret::expose), customer.as_deref());
        let reply = self.transport.send(&call, options).await?;
        let answer = Answer::read(&reply);
        if let Err(e) = &answer {
            if e.code.as_deref() == Some("ACCESS_DENIED") && token.is_some_and(|t| self.session.token().as_ref() == Some(&t)) {
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
        let had_session = self.state.borrow().customer.is_some();
        self.forget();
        Err(if had_session {
            Error::new(ErrorKind::Auth, "the session has expired; sign in again").with_code("SESSION_EXPIRED")
        } else {
            Error::new(ErrorKind::Auth, "not signed in: call login() (and verifyOtp()) or restoreSession() first")
        })
    }

    /// One page of a list, as the caller's records.
    pub async fn rows<L: Listing>(
        &self,
        fields: Vec<(&'static str, String)>,
        limit: u32,
        offset: u64,
        options: &CallOptions,
    ) -> Result<(Vec<JsValue>, Option<u64>)> {
        L::page(&self.send(Action::read(L::ACTION).fields(fields).page(limit, offset), options).await?)
    }

    /// Forgets the customer, pending credentials and order data (not the token itself).
    pub fn forget(&self) {
        *self.state.borrow_mut() = State::default();
    }

    /// The signed-in customer (or the `auth` error of `token()`).
    pub fn customer(&self) -> Result<Customer> {
        self.token()?;
        self.state
            .borrow()
            .customer
            .clone()
            .ok_or_else(|| Error::new(ErrorKind::Auth, "not signed in: call login() first"))
    }

    /// Every secret an error must never contain: the token, a pending password, the reseller
    /// api key.
    pub fn secrets(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self.session.token().map(|t| t.expose().to_string()).into_iter().collect();
        let state = self.state.borrow();
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

/// Declares a `Listing`: a marker type, its action, its list key, and either its record (a
/// `core::record` table) or its wire row `=>` the caller's row (serde).
macro_rules! listing {
    ($(#[$doc:meta])* $name:ident: $action:literal, $key:literal, $record:ty) => {
        $(#[$doc])*
        pub(crate) struct $name;

        impl $crate::erp::client::Listing for $name {
            const ACTION: &'static str = $action;
            const KEY: &'static str = $key;
            fn rows(list: &serde_json::Value) -> $crate::core::error::Result<Vec<wasm_bindgen::JsValue>> {
                $crate::erp::client::record_rows(list, <$record>::COLUMNS)
            }
            #[cfg(test)]
            fn records(list: &serde_json::Value) -> $crate::core::error::Result<Vec<serde_json::Value>> {
                $crate::core::record::rows(list, <$record>::COLUMNS)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident: $action:literal, $key:literal, $wire:ty => $row:ty) => {
        $(#[$doc])*
        pub(crate) struct $name;

        impl $crate::erp::client::Listing for $name {
            const ACTION: &'static str = $action;
            const KEY: &'static str = $key;
            fn rows(list: &serde_json::Value) -> $crate::core::error::Result<Vec<wasm_bindgen::JsValue>> {
                $crate::erp::client::serde_rows::<$wire, $row>(list)
            }
            #[cfg(test)]
            fn records(list: &serde_json::Value) -> $crate::core::error::Result<Vec<serde_json::Value>> {
                $crate::erp::client::serde_records::<$wire, $row>(list)
            }
        }
    };
}
pub(crate) use listing;
