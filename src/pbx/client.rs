//! `PbxClient`: the class, its shared request helpers, and the user methods. The per-tenant
//! resources are in `resources.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::core::transport::Method;
use js_sys::Promise;
use crate::core::json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::auth::Credentials;
use super::types::*;
use super::{convert, wire};
use crate::core::body::Body;
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, Result};
use crate::core::js::{js_of, record_id};
use crate::core::options::ClientOptions;
use crate::core::record::Column;
use crate::core::transport::{Call, Repeat, Transport};

pub(super) const BACKEND: &str = "pbx";

/// A client of the PBX admin API (a MiRTA PBX wrapper). Every call is signed with HTTP Basic
/// auth; there is no session to open or close.
///
/// ```ts
/// const pbx = new PbxClient({ baseUrl: "https://pbx.example.com", username, password });
/// const { tenants } = await pbx.listTenantsForUser(username);
/// const extensions = await pbx.listExtensions(tenants[0].id);
/// ```
#[wasm_bindgen]
pub struct PbxClient {
    pub(super) inner: Rc<Inner>,
}

pub(super) struct Inner {
    transport: Transport,
    credentials: RefCell<Credentials>,
    /// The id of the user the credentials belong to, once `login()` told it.
    user_id: RefCell<Option<String>>,
}

/// One endpoint: its path, its HTTP method, whether it may be sent twice.
#[derive(Clone, Copy)]
pub(super) struct Route {
    path: &'static str,
    get: bool,
    repeat: Repeat,
}

impl Route {
    /// A GET that reads.
    pub const fn get(path: &'static str) -> Route {
        Route { path, get: true, repeat: Repeat::Safe }
    }
    /// A POST that only reads (safe to repeat).
    pub const fn read(path: &'static str) -> Route {
        Route { path, get: false, repeat: Repeat::Safe }
    }
    /// A POST that changes something (never repeated).
    pub const fn write(path: &'static str) -> Route {
        Route { path, get: false, repeat: Repeat::Never }
    }
}

/// A form field.
pub(super) fn field(name: &str, value: impl Into<String>) -> (String, String) {
    (name.to_string(), value.into())
}

/// A string argument that must not be blank.
pub(super) fn string_arg(name: &str, value: &JsValue) -> Result<String> {
    crate::core::js::string(name, value)?
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Error::invalid_input(name, "must be a non-empty string"))
}

#[wasm_bindgen]
impl PbxClient {
    /// Creates a client; throws an `invalid_input` or `insecure_url` error for bad options.
    /// Nothing is sent until the first call (use `login()` to check the credentials).
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<PbxOptions>) -> std::result::Result<PbxClient, JsValue> {
        let build = || -> Result<PbxClient> {
            let options: JsValue = options.into();
            let settings = ClientOptions::settings_from_js(&options)?;
            // Read by hand: a serde type error would quote the (secret) value.
            let text = |key: &str| {
                let value = js_sys::Reflect::get(&options, &JsValue::from_str(key)).map_err(|_| crate::core::js::unreadable(key))?;
                crate::core::js::string(key, &value)?.ok_or_else(|| Error::invalid_input(key, "must be a non-empty string"))
            };
            let credentials = Credentials::new(&text("username")?, &text("password")?)?;
            let inner = Inner { transport: Transport { settings }, credentials: RefCell::new(credentials), user_id: RefCell::new(None) };
            Ok(PbxClient { inner: Rc::new(inner) })
        };
        build().map_err(|e| e.at(BACKEND, "constructor").into())
    }

    /// Checks the credentials and returns the id of the user they belong to; an `auth` error
    /// when the server refuses them.
    #[wasm_bindgen(unchecked_return_type = "Promise<PbxLogin>")]
    pub fn login(&self, #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>) -> Promise {
        self.perform("login", Ok(Work { route: Route::get("/user/login"), fields: Vec::new(), answer: Answer::Login }), options)
    }

    /// Every PBX user, sorted by name as the server sends them; `[]` when there are none.
    #[wasm_bindgen(js_name = listUsers, unchecked_return_type = "Promise<PbxUsers>")]
    pub fn list_users(&self, #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>) -> Promise {
        self.perform("listUsers", Ok(Work::list(Route::get("/user/get"), Vec::new(), Rows::Table(PbxUser::COLUMNS), "list of users")), options)
    }

    /// A user (by e-mail address or user name) and the tenants they may manage; a
    /// `not_found` error for an unknown user.
    #[wasm_bindgen(js_name = listTenantsForUser, unchecked_return_type = "Promise<UserTenants>")]
    pub fn list_tenants_for_user(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] user: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = string_arg("user", &user).map(|user| Work { route: Route::read("/user/tenants"), fields: vec![field("user", user.trim())], answer: Answer::UserTenants });
        self.perform("listTenantsForUser", work, options)
    }

    /// Sets a user's password. When that user is the one this client signs in as (as told by
    /// an earlier `login()`), the client signs later calls with the new password.
    #[wasm_bindgen(js_name = updateUserPassword, unchecked_return_type = "Promise<void>")]
    pub fn update_user_password(
        &self,
        #[wasm_bindgen(js_name = "userId", unchecked_param_type = "string | number")] user_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] password: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let mut secrets = self.inner.secrets();
        secrets.extend(password.as_string());
        let work = (|| {
            let user_id = record_id("userId", &user_id)?;
            let password = crate::core::js::string("password", &password)?.filter(|p| !p.is_empty()).ok_or_else(|| Error::invalid_input("password", "must be a non-empty string"))?;
            let next = self.inner.credentials.borrow().with_password(&password)?;
            let fields = vec![field("user_id", user_id.as_str()), field("password", password)];
            Ok(Work { route: Route::write("/user/updatebyid"), fields, answer: Answer::Password { user_id, next } })
        })();
        self.perform_with("updateUserPassword", secrets, work, options)
    }
}

/// What a method makes of the server's answer (its `data`, or the error it means): one kind
/// per way of reading, all finished in one place (`Answer::finish`).
pub(super) enum Answer {
    /// A list (named in errors); the wrapper's "Record Not Found." is `[]`.
    List(Rows, &'static str),
    /// One record read by a column table (named in errors).
    One(&'static [Column], &'static str),
    /// A bare string (named in errors).
    Text(&'static str),
    /// A write: nothing.
    Write,
    /// `login()`: the user id, remembered.
    Login,
    /// `listTenantsForUser()`: the user and their tenants.
    UserTenants,
    /// `updateUserPassword()`: the client signs with `next` when `user_id` is its own user.
    Password { user_id: String, next: Credentials },
    /// `getDid()`: the DID, with the id asked for when the server sends none.
    Did(String),
    /// `addPhone()`: the new phone's id.
    NewPhone,
}

impl Answer {
    /// The caller's value of `answer`.
    fn finish(self, inner: &Inner, answer: Result<Value>) -> Result<JsValue> {
        let value = match self {
            Answer::List(rows, what) => match rows {
                Rows::Table(columns) => Value::Array(wire::list(answer, columns, what)?),
                Rows::Each(convert) => {
                    let items = wire::items(answer, what)?;
                    Value::Array(items.iter().map(convert).collect::<Result<_>>().map_err(|_| wire::shape_error(what))?)
                }
                Rows::Numbers(name) => convert::numbers(&wire::items(answer, what)?, name)?,
            },
            Answer::One(columns, what) => wire::one(answer?, columns, what)?,
            Answer::Text(what) => return Ok(JsValue::from_str(&wire::text(answer?, what)?)),
            Answer::Write => return answer.map(|_| JsValue::UNDEFINED),
            Answer::Login => {
                let row = wire::first(answer?, "user")?;
                let user_id = wire::field(&row, "user_id").ok_or_else(|| Error::decode("the sign-in answer holds no user id"))?;
                *inner.user_id.borrow_mut() = Some(user_id.clone());
                crate::core::json::object([("userId", Value::from(user_id))])
            }
            Answer::UserTenants => {
                let what = "user and tenants";
                convert::user_tenants(&wire::first(answer?, what)?).map_err(|_| wire::shape_error(what))?
            }
            Answer::Password { user_id, next } => {
                answer?;
                if inner.user_id.borrow().as_deref() == Some(user_id.as_str()) {
                    *inner.credentials.borrow_mut() = next;
                }
                return Ok(JsValue::UNDEFINED);
            }
            Answer::Did(id) => convert::did_detail(&wire::first(answer?, "DID")?, &id).map_err(|_| wire::shape_error("DID"))?,
            Answer::NewPhone => {
                let added = wire::first(answer?, "new phone")?;
                let id = wire::field(&added, "PhoneID").ok_or_else(|| Error::decode("the answer holds no new phone id"))?;
                return Ok(JsValue::from_str(&id));
            }
        };
        Ok(js_of(&value))
    }
}

/// A method's checked request and what to make of the answer. Every promise-returning method
/// builds one and hands it to `PbxClient::perform`, so one async path (one future) serves them
/// all.
pub(super) struct Work {
    pub route: Route,
    pub fields: Vec<(String, String)>,
    pub answer: Answer,
}

/// How a list answer's items become the caller's records.
#[derive(Clone, Copy)]
pub(super) enum Rows {
    /// Each row read by a column table.
    Table(&'static [Column]),
    /// Each row put together by a function of `convert`.
    Each(fn(&Value) -> Result<Value>),
    /// One phone number per row, from this field.
    Numbers(&'static str),
}

impl Work {
    /// A list (`what` names it in errors); the wrapper's "Record Not Found." is `[]`.
    pub fn list(route: Route, fields: Vec<(String, String)>, rows: Rows, what: &'static str) -> Work {
        Work { route, fields, answer: Answer::List(rows, what) }
    }

    /// One record read by a column table (`what` names it in errors).
    pub fn one(route: Route, fields: Vec<(String, String)>, columns: &'static [Column], what: &'static str) -> Work {
        Work { route, fields, answer: Answer::One(columns, what) }
    }

    /// A bare-string answer.
    pub fn text(route: Route, fields: Vec<(String, String)>, what: &'static str) -> Work {
        Work { route, fields, answer: Answer::Text(what) }
    }

    /// A write: it resolves with nothing.
    pub fn write(route: Route, fields: Vec<(String, String)>) -> Work {
        Work { route, fields, answer: Answer::Write }
    }
}

impl PbxClient {
    /// The promise of the method `operation`: `work` sent and finished, or rejected with its
    /// input error before anything is sent; every error names the method and holds none of
    /// the client's secrets.
    pub(super) fn perform(&self, operation: &'static str, work: Result<Work>, options: Option<JsValue>) -> Promise {
        self.perform_with(operation, self.inner.secrets(), work, options)
    }

    /// `perform`, keeping `secrets` (the client's and the call's own) out of its errors.
    pub(super) fn perform_with(&self, operation: &'static str, secrets: Vec<String>, work: Result<Work>, options: Option<JsValue>) -> Promise {
        let inner = self.inner.clone();
        crate::core::js::promise(Box::pin(async move {
            let result = match work {
                Ok(Work { route, fields, answer }) => {
                    let data = inner.send(route, fields, options).await;
                    answer.finish(&inner, data)
                }
                Err(e) => Err(e),
            };
            result.map_err(|e| e.for_caller(BACKEND, operation, &secrets).into())
        }))
    }
}

impl Inner {
    /// The texts an error must never contain.
    pub(super) fn secrets(&self) -> Vec<String> {
        self.credentials.borrow().secrets()
    }

    /// Sends a call signed with the credentials; the `data` of a success answer, or the
    /// error the answer means.
    pub(super) async fn send(&self, route: Route, fields: Vec<(String, String)>, options: Option<JsValue>) -> Result<Value> {
        let options = CallOptions::from_js(&options.unwrap_or_default())?;
        let header = self.credentials.borrow().header().to_string();
        let method = if route.get { Method::GET } else { Method::POST };
        let mut call = Call::new(method, route.path, route.repeat).header("Authorization", header);
        if !route.get {
            call = call.body(Body::Form(fields));
        }
        let reply = self.transport.send(&call, &options).await?;
        wire::data(&reply)
    }
}
