//! `PbxClient`: the class, its shared request helpers, and the user methods. The per-tenant
//! resources are in `resources.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_net::http::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::auth::Credentials;
use super::types::*;
use super::wire;
use crate::core::body::Body;
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, Result};
use crate::core::js::{output, record_id, run};
use crate::core::options::ClientOptions;
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
                let value = js_sys::Reflect::get(&options, &JsValue::from_str(key)).unwrap_or_default();
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
    pub async fn login(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<PbxLogin>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "login", &inner.secrets(), async move {
            let data = inner.send(Route::get("/user/login"), Vec::new(), options).await?;
            let login: wire::Login = wire::first(data, "user")?;
            let user_id = login.user_id.non_empty().ok_or_else(|| Error::decode("the sign-in answer holds no user id"))?;
            *inner.user_id.borrow_mut() = Some(user_id.clone());
            output(&PbxLogin { user_id })
        })
        .await
    }

    /// Every PBX user, sorted by name as the server sends them; `[]` when there are none.
    #[wasm_bindgen(js_name = listUsers)]
    pub async fn list_users(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<PbxUsers>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "listUsers", &inner.secrets(), async move {
            let rows: Vec<wire::User> = inner.list(Route::get("/user/get"), Vec::new(), "list of users", options).await?;
            output(&PbxUsers(rows.iter().map(PbxUser::from).collect()))
        })
        .await
    }

    /// A user (by e-mail address or user name) and the tenants they may manage; a
    /// `not_found` error for an unknown user.
    #[wasm_bindgen(js_name = listTenantsForUser)]
    pub async fn list_tenants_for_user(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] user: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<UserTenants>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "listTenantsForUser", &inner.secrets(), async move {
            let user = string_arg("user", &user)?;
            let data = inner.send(Route::read("/user/tenants"), vec![field("user", user.trim())], options).await?;
            let tenants: wire::UserTenants = wire::first(data, "user and tenants")?;
            output(&UserTenants::from(&tenants))
        })
        .await
    }

    /// Sets a user's password. When that user is the one this client signs in as (as told by
    /// an earlier `login()`), the client signs later calls with the new password.
    #[wasm_bindgen(js_name = updateUserPassword)]
    pub async fn update_user_password(
        &self,
        #[wasm_bindgen(js_name = "userId", unchecked_param_type = "string | number")] user_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] password: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        let mut secrets = inner.secrets();
        secrets.extend(password.as_string());
        run(BACKEND, "updateUserPassword", &secrets, async move {
            let user_id = record_id("userId", &user_id)?;
            let password = crate::core::js::string("password", &password)?.filter(|p| !p.is_empty()).ok_or_else(|| Error::invalid_input("password", "must be a non-empty string"))?;
            let next = inner.credentials.borrow().with_password(&password)?;
            let fields = vec![field("user_id", user_id.as_str()), field("password", password)];
            inner.send(Route::write("/user/updatebyid"), fields, options).await?;
            if inner.user_id.borrow().as_deref() == Some(user_id.as_str()) {
                *inner.credentials.borrow_mut() = next;
            }
            Ok(())
        })
        .await
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

    /// A list: the wrapper answers "Record Not Found." for an empty one, which is `[]` here.
    pub(super) async fn list<W: DeserializeOwned>(
        &self,
        route: Route,
        fields: Vec<(String, String)>,
        what: &str,
        options: Option<JsValue>,
    ) -> Result<Vec<W>> {
        wire::list(self.send(route, fields, options).await, what)
    }

    /// A per-tenant list (`tenant_id` checked before sending).
    pub(super) async fn by_tenant<W: DeserializeOwned>(
        &self,
        path: &'static str,
        tenant_id: &JsValue,
        what: &str,
        options: Option<JsValue>,
    ) -> Result<Vec<W>> {
        let tenant_id = record_id("tenantId", tenant_id)?;
        self.list(Route::read(path), vec![field("tenant_id", tenant_id)], what, options).await
    }

    /// One record: the first row of the server's one-element array.
    pub(super) async fn one<W: DeserializeOwned>(
        &self,
        route: Route,
        fields: Vec<(String, String)>,
        what: &str,
        options: Option<JsValue>,
    ) -> Result<W> {
        wire::first(self.send(route, fields, options).await?, what)
    }

    /// A bare-string answer.
    pub(super) async fn text(&self, route: Route, fields: Vec<(String, String)>, what: &str, options: Option<JsValue>) -> Result<String> {
        wire::text(self.send(route, fields, options).await?, what)
    }
}
