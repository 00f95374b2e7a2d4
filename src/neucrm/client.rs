//! `NeuCrmClient`: the class, its constructor, and the few shared helpers every method is a
//! few lines over (one call, a list split into pages, a count, an iterator, a change).

use std::rc::Rc;

use crate::core::transport::Method;
use crate::core::json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::types::*;
use super::wire::{self, ListRequest, Route};
use crate::core::body::Body;
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, Result};
use crate::core::js::{js_of, json, record_id};
use crate::core::record::{self, Column};
use crate::core::options::ClientOptions;
use crate::core::paging::{iterate, FetchPage, Page};
use crate::core::secret::Secret;
use crate::core::transport::{Call, Transport};

pub(super) const BACKEND: &str = "neucrm";

/// A client of the NeuCRM ISP billing API: customers, resellers and franchisee wallets.
///
/// ```ts
/// const crm = new NeuCrmClient({ baseUrl: "https://crm.example.com", userId: 5, apiKey });
/// const customers = await crm.listCustomers({ name: "Ra%", limit: 50 });
/// for await (const reseller of crm.iterateResellers({ type: "Franchisee" })) { ... }
/// ```
#[wasm_bindgen]
pub struct NeuCrmClient {
    pub(super) inner: Rc<Inner>,
}

pub(super) struct Inner {
    transport: Transport,
    user_id: String,
    api_key: Secret,
}

#[wasm_bindgen]
impl NeuCrmClient {
    /// Creates a client; throws an `invalid_input` or `insecure_url` error for bad options.
    /// Nothing is sent until the first call (the server checks the key on every call).
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<NeuCrmOptions>) -> std::result::Result<NeuCrmClient, JsValue> {
        let build = || -> Result<NeuCrmClient> {
            let options: JsValue = options.into();
            let settings = ClientOptions::settings_from_js(&options)?;
            let login = json("options", &options)?;
            let login = login.as_object().ok_or_else(|| Error::invalid_input("options", "must be an object"))?;
            let (user_id, api_key) = (field::<Id>(login, "userId"), field::<String>(login, "apiKey"));
            let user_id = required("userId", &user_id)
                .map_err(|e| Error::invalid_input("userId", format!("{} (the numeric login id, not the user name)", detail(&e))))?
                .0
                .clone();
            let api_key = required("apiKey", &api_key)?;
            if api_key.trim().is_empty() {
                return Err(Error::invalid_input("apiKey", "must not be empty"));
            }
            let api_key = Secret::new(api_key.clone());
            Ok(NeuCrmClient { inner: Rc::new(Inner { transport: Transport { settings }, user_id, api_key }) })
        };
        build().map_err(|e| e.at(BACKEND, "constructor").into())
    }
}

fn detail(e: &Error) -> String {
    e.details.first().map(|(_, problem)| problem.clone()).unwrap_or_else(|| e.message.clone())
}

/// A list the server pages with `rows_limit`/`rows_offset`: its route, query and rows.
pub(super) trait Listing: 'static {
    /// The caller's query.
    type Query: InputType + Default;
    /// How a server row becomes the caller's record.
    const COLUMNS: &'static [Column];
    const ROUTE: Route;
    /// The checked request.
    fn request(query: &Self::Query) -> Result<ListRequest>;
}

/// Declares a `Listing`: its name, the caller's query, the caller's record, the route, and the
/// wire function that checks the query.
macro_rules! listing {
    ($(#[$doc:meta])* $name:ident: $query:ty => $item:ty, $route:ident, $request:path) => {
        $(#[$doc])*
        pub(super) struct $name;
        impl Listing for $name {
            type Query = $query;
            const COLUMNS: &'static [Column] = <$item>::COLUMNS;
            const ROUTE: Route = Route::$route;
            fn request(query: &$query) -> Result<ListRequest> {
                $request(query)
            }
        }
    };
}

listing!(
    /// `customer/list`.
    CustomerList: CustomerQuery => Customer, CustomerList, wire::customer_query
);
listing!(
    /// `reseller/list`.
    ResellerList: ResellerQuery => Reseller, ResellerList, wire::reseller_query
);
listing!(
    /// `reseller/wallet_txn`.
    TransactionList: WalletTransactionQuery => WalletTransaction, WalletTransactions, wire::wallet_query
);

/// Declares the list, count and iterate methods of a `Listing` on `NeuCrmClient` (in scope
/// where it is used): the listing, the list's promise type, the query's and the item's
/// TypeScript names, then each method's doc, Rust name and JavaScript name. The docs are written as
/// `#[doc = " ..."]`: a `///` comment passed through a macro reaches wasm-bindgen as a raw
/// string, which it would print into the .d.ts with its `r"` prefix.
macro_rules! list_methods {
    (
        $listing:ident, $promise:literal, $query:literal, $items:literal,
        $(#[doc = $list_doc:literal])* $list:ident = $list_js:literal,
        $(#[doc = $count_doc:literal])* $count:ident = $count_js:literal,
        $(#[doc = $iterate_doc:literal])* $iterate:ident = $iterate_js:literal $(,)?
    ) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        impl NeuCrmClient {
            $(#[doc = $list_doc])*
            #[wasm_bindgen(js_name = $list_js, unchecked_return_type = $promise)]
            pub fn $list(
                &self,
                #[wasm_bindgen(unchecked_optional_param_type = $query)] query: Option<wasm_bindgen::JsValue>,
                #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<wasm_bindgen::JsValue>,
            ) -> js_sys::Promise {
                self.perform($list_js, $crate::neucrm::client::list_work::<$crate::neucrm::client::$listing>(query), options)
            }

            $(#[doc = $count_doc])*
            #[wasm_bindgen(js_name = $count_js, unchecked_return_type = "Promise<number>")]
            pub fn $count(
                &self,
                #[wasm_bindgen(unchecked_optional_param_type = $query)] query: Option<wasm_bindgen::JsValue>,
                #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<wasm_bindgen::JsValue>,
            ) -> js_sys::Promise {
                self.perform($count_js, $crate::neucrm::client::count_work::<$crate::neucrm::client::$listing>(query), options)
            }

            $(#[doc = $iterate_doc])*
            #[wasm_bindgen(js_name = $iterate_js, unchecked_return_type = $items)]
            pub fn $iterate(
                &self,
                #[wasm_bindgen(unchecked_optional_param_type = $query)] query: Option<wasm_bindgen::JsValue>,
                #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<wasm_bindgen::JsValue>,
            ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
                let iterator = self.inner.iterate::<$crate::neucrm::client::$listing>($iterate_js, query, options);
                $crate::neucrm::client::at_once($iterate_js, &self.inner, iterator)
            }
        }
    };
}
pub(super) use list_methods;

/// What a promise-returning method asks of the server, checked before anything is sent.
/// Every such method builds one and hands it to `NeuCrmClient::perform`, so one async path
/// (one future) serves them all.
pub(super) enum Work {
    /// A list's rows, as the caller's records.
    List(Route, ListRequest, &'static [Column]),
    /// How many rows match a list's filters.
    Count(Route, ListRequest),
    /// A creation or a change, answered as the `Answer` says.
    Write(Route, Vec<(String, String)>, Answer),
}

/// What a write resolves with.
pub(super) enum Answer {
    /// `{ id }`: the new record's id.
    Created,
    /// Nothing (`undefined`) once the server confirms the change.
    Done,
}

/// The work of a listing's list method.
pub(super) fn list_work<L: Listing>(query: Option<JsValue>) -> Result<Work> {
    Ok(Work::List(L::ROUTE, L::request(&read_query::<L::Query>(query)?)?, L::COLUMNS))
}

/// The work of a listing's count method.
pub(super) fn count_work<L: Listing>(query: Option<JsValue>) -> Result<Work> {
    Ok(Work::Count(L::ROUTE, L::request(&read_query::<L::Query>(query)?)?))
}

impl NeuCrmClient {
    /// The promise of the method `operation`: `work` carried out, or rejected with its input
    /// error before anything is sent; every error names the method and holds no secret.
    pub(super) fn perform(&self, operation: &'static str, work: Result<Work>, options: Option<JsValue>) -> js_sys::Promise {
        let inner = self.inner.clone();
        crate::core::js::promise(Box::pin(async move {
            let result = match (work, call_options(options)) {
                (Ok(work), Ok(options)) => inner.perform(work, &options).await,
                (Err(e), _) | (_, Err(e)) => Err(e),
            };
            result.map_err(|e| e.for_caller(BACKEND, operation, &inner.secrets()).into())
        }))
    }

    /// The promise of a write (`perform` with the server's fields, or the input's error).
    pub(super) fn send(&self, operation: &'static str, route: Route, answer: Answer, fields: Result<Vec<(String, String)>>, options: Option<JsValue>) -> js_sys::Promise {
        self.perform(operation, fields.map(|fields| Work::Write(route, fields, answer)), options)
    }
}

/// The caller's optional query object (`undefined` or `null` = no filter).
fn read_query<Q: InputType + Default>(value: Option<JsValue>) -> Result<Q> {
    match value {
        Some(v) if !v.is_undefined() && !v.is_null() => input("query", v),
        _ => Ok(Q::default()),
    }
}

/// The result of a method that returns at once (no promise), its error named and scrubbed.
pub(super) fn at_once<T>(operation: &'static str, inner: &Inner, result: Result<T>) -> std::result::Result<T, JsValue> {
    result.map_err(|e| e.for_caller(BACKEND, operation, &inner.secrets()).into())
}

/// The caller's optional `RequestOptions`.
pub(super) fn call_options(options: Option<JsValue>) -> Result<CallOptions> {
    CallOptions::from_js(&options.unwrap_or_default())
}

/// A record id argument: digits, as a string or a whole number.
pub(super) fn numeric_id(name: &str, value: &JsValue) -> Result<String> {
    let id = record_id(name, value)?;
    if is_id(&id) {
        Ok(id)
    } else {
        Err(Error::invalid_input(name, "must be a numeric id"))
    }
}

impl Inner {
    /// The secrets an error must never contain.
    pub(super) fn secrets(&self) -> Vec<String> {
        vec![self.api_key.expose().to_string()]
    }

    /// One call: the login fields, then `fields`; the answer's `result`.
    async fn call(&self, route: Route, fields: Vec<(String, String)>, options: &CallOptions) -> Result<crate::core::json::Value> {
        let mut form = wire::login_fields(&self.user_id, self.api_key.expose());
        form.extend(fields);
        let call = Call::new(Method::POST, route.path(), route.repeat()).body(Body::Form(form));
        let reply = self.transport.send(&call, options).await?;
        wire::result(&reply)
    }

    /// One page of rows, as the caller's records.
    async fn page(&self, route: Route, columns: &[Column], request: &ListRequest, limit: Option<u32>, offset: u64, options: &CallOptions) -> Result<Vec<Value>> {
        record::rows(&self.call(route, request.page(limit, offset), options).await?, columns)
    }

    /// Carries out a method's checked `work`: its value as the promise resolves with it.
    async fn perform(&self, work: Work, options: &CallOptions) -> Result<JsValue> {
        match work {
            Work::List(route, request, columns) => Ok(js_of(&Value::Array(self.list(route, &request, columns, options).await?))),
            Work::Count(route, request) => {
                let mut fields = request.filter;
                fields.extend(wire::count_fields());
                Ok(JsValue::from_f64(counted(&self.call(route, fields, options).await?)?))
            }
            Work::Write(route, fields, answer) => {
                let result = self.call(route, fields, options).await?;
                match answer {
                    Answer::Created => Ok(js_of(&crate::core::json::object([("id", Value::from(created(&result)?))]))),
                    Answer::Done => confirmed(&result).map(|()| JsValue::UNDEFINED),
                }
            }
        }
    }

    /// The rows of a list: one request, or pages of at most 100 rows until `limit` rows or a
    /// short page (the server clamps larger pages to 100, so they are never asked for).
    async fn list(&self, route: Route, request: &ListRequest, columns: &[Column], options: &CallOptions) -> Result<Vec<Value>> {
        let Some(limit) = request.limit else {
            return self.page(route, columns, request, None, request.offset, options).await;
        };
        let mut rows = Vec::new();
        while (rows.len() as u64) < u64::from(limit) {
            let size = wire::page_size(u64::from(limit) - rows.len() as u64);
            let page = self.page(route, columns, request, Some(size), request.offset + rows.len() as u64, options).await?;
            let short = page.len() < size as usize;
            rows.extend(page);
            if short {
                break;
            }
        }
        rows.truncate(limit as usize);
        Ok(rows)
    }

    /// An async iterator over every matching row, from `offset`, up to `limit` rows if given,
    /// fetched 100 at a time.
    pub(super) fn iterate<L: Listing>(self: &Rc<Self>, operation: &'static str, query: Option<JsValue>, options: Option<JsValue>) -> Result<JsValue> {
        let request = Rc::new(L::request(&read_query::<L::Query>(query)?)?);
        let options = call_options(options)?;
        let inner = self.clone();
        let fetch: FetchPage = Box::new(move |done, size| {
            let (inner, request, options) = (inner.clone(), request.clone(), options.clone());
            Box::pin(async move {
                let work = async {
                    let size = match request.limit {
                        Some(limit) => wire::page_size(u64::from(limit).saturating_sub(done).min(u64::from(size))),
                        None => size,
                    };
                    if size == 0 {
                        return Ok(Page { rows: Vec::new(), total: Some(done) });
                    }
                    let rows = inner.page(L::ROUTE, L::COLUMNS, &request, Some(size), request.offset + done, &options).await?;
                    let rows = rows.iter().map(js_of).collect();
                    Ok(Page { rows, total: request.limit.map(u64::from) })
                };
                let secrets = inner.secrets();
                work.await.map_err(|e: Error| e.for_caller(BACKEND, operation, &secrets))
            })
        });
        Ok(iterate(wire::MAX_ROWS, fetch))
    }
}

/// The number a count answers with.
pub(super) fn counted(result: &Value) -> Result<f64> {
    wire::count_of(result).map(|n| n as f64).ok_or_else(|| Error::decode("the answer holds no count"))
}

/// A change's result: the server's `"done"`.
pub(super) fn confirmed(result: &Value) -> Result<()> {
    if wire::is_done(result) {
        Ok(())
    } else {
        Err(Error::decode("the server did not confirm the change with \"done\""))
    }
}

/// A creation's result: the new record's id (the server sends a number).
pub(super) fn created(result: &Value) -> Result<String> {
    record::text(result).filter(|id| is_id(id)).ok_or_else(|| Error::decode("the answer holds no new id"))
}
