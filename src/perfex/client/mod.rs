//! `PerfexClient`: the class, its session methods, and the one async path every other
//! operation goes through (`perform`, with the `Work` it carries out). The operations themselves
//! live in one file per area: `sales`, `projects`, `support`, `reference`.

/// The API's path `/customers_api/v1`, or a path under it (`api!("/tickets")`), made when
/// compiling (a `format!` per path costs code at each place).
macro_rules! api {
    ($($path:literal)?) => {
        concat!("/customers_api/v1" $(, $path)?)
    };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
mod input;
mod projects;
mod reference;
mod sales;
mod support;

use std::rc::Rc;

use crate::core::transport::Method;
use crate::core::json::Value;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::table::{self, Table};
use super::types::*;
use super::wire::{self, Expect};
use crate::core::body::Body;
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::fields::read_input;
use crate::core::js::{js_of, record_id};
use crate::core::jwt::numeric_claim;
use crate::core::options::ClientOptions;
use crate::core::secret::Secret;
use crate::core::session::{expired, Session, SessionEnd};
use crate::core::transport::{Call, Reply, Repeat, Transport};
use crate::core::url::segment;

const BACKEND: &str = "perfex";
const API: &str = api!();
/// The server refuses a token this long after its `API_TIME`.
const TOKEN_LIFETIME_MS: f64 = 7.0 * 24.0 * 3600.0 * 1000.0;

/// When the server starts refusing `token` (ms since the epoch), if its `API_TIME` says.
fn expiry(token: &str) -> Option<f64> {
    numeric_claim(token, "API_TIME").map(|t| t * 1000.0 + TOKEN_LIFETIME_MS)
}

/// A client of the Perfex CRM customers API (the "REST API for Customers" module).
///
/// ```ts
/// const perfex = new PerfexClient({ baseUrl: "https://crm.example.com" });
/// await perfex.login({ email, password });
/// const tickets = await perfex.listTickets();
/// ```
#[wasm_bindgen]
pub struct PerfexClient {
    inner: Rc<Inner>,
}

struct Inner {
    transport: Transport,
    session: Session,
}

#[wasm_bindgen]
impl PerfexClient {
    /// Creates a client; throws an `invalid_input` or `insecure_url` error for bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<PerfexOptions>) -> std::result::Result<PerfexClient, JsValue> {
        let settings = ClientOptions::settings_from_js(&options.into()).map_err(|e| e.at(BACKEND, "constructor"))?;
        Ok(PerfexClient { inner: Rc::new(Inner { transport: Transport { settings }, session: Session::default() }) })
    }

    /// Signs a contact in; the token is kept inside the client. A previous session of the
    /// same contact (on every device) stops working: the server keeps one per contact.
    #[wasm_bindgen(unchecked_return_type = "Promise<PerfexSession>")]
    pub fn login(
        &self,
        credentials: Ts<PerfexCredentials>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.perform("login", read_input("credentials", &credentials.into()).map(Work::Login), options)
    }

    /// Signs out: the server forgets the token, and so does the client (even if the server
    /// cannot be reached).
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn logout(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.perform("logout", Ok(Work::Logout), options)
    }

    /// Creates a customer account (company and first contact); sign in with `login` after.
    /// Rejects with an `api` error when the installation does not allow registration (the
    /// server answers that with a success status), `validation` when it refuses a field.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn register(
        &self,
        registration: Ts<PerfexRegistration>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.perform("register", read_input("registration", &registration.into()).map(Work::Register), options)
    }

    /// Whether a session is active (signed in, and not known to be expired).
    #[wasm_bindgen(getter, js_name = isSignedIn)]
    pub fn is_signed_in(&self) -> bool {
        self.inner.session.is_active()
    }

    /// The session token, for a caller that chooses to persist it (e.g. in `sessionStorage`)
    /// and later hand it to `restoreSession`. Undefined when signed out.
    #[wasm_bindgen(js_name = sessionToken)]
    pub fn session_token(&self) -> Option<String> {
        self.inner.session.token().map(|t| t.expose().to_string())
    }

    /// Resumes a session from a token the caller stored. Throws an `auth` error when the
    /// token is already past the server's 7-day limit.
    #[wasm_bindgen(js_name = restoreSession)]
    pub fn restore_session(&self, #[wasm_bindgen(unchecked_param_type = "string")] token: JsValue) -> std::result::Result<Ts<PerfexSession>, JsValue> {
        let restore = || -> Result<Ts<PerfexSession>> {
            let token = crate::core::js::string("token", &token)?.filter(|t| !t.trim().is_empty()).ok_or_else(|| Error::invalid_input("token", "must be a non-empty string"))?;
            let claim = |name| numeric_claim(&token, name).map(crate::core::fields::number_text).unwrap_or_default();
            let (client_id, contact_id) = (claim("client_id"), claim("contact_id"));
            // Checked before the current session is touched: a refused token leaves it as it was.
            if expired(expiry(&token)) {
                return Err(Error::new(ErrorKind::Auth, "the stored session has expired; sign in again"));
            }
            let expires_at = self.inner.open_session(Secret::new(token));
            Ok(Ts::new_unchecked(session(client_id, contact_id, expires_at)))
        };
        let secrets = self.inner.secrets();
        restore().map_err(|e| e.for_caller(BACKEND, "restoreSession", &secrets).into())
    }

    /// Calls `listener` with the reason (`"expired"` or `"rejected"`) when the session is
    /// lost other than by `logout()`; `null` removes it.
    #[wasm_bindgen(js_name = onSessionExpired)]
    pub fn on_session_expired(
        &self,
        #[wasm_bindgen(unchecked_param_type = "((reason: SessionEndReason) => void) | null")] listener: Option<js_sys::Function>,
    ) {
        self.inner.session.set_listener(listener);
    }
}

/// How an answer becomes what a method's promise resolves with: read by the table of its
/// record type (one reading for every type), or by a function of its own.
#[derive(Clone, Copy)]
enum Convert {
    /// A list answer: each row read by these columns (`[]` for "No data found").
    List(&'static Table),
    /// A one-record answer: its `data` read by these columns.
    One(&'static Table),
    /// An answer read by this function.
    With(fn(&Reply) -> Result<JsValue>),
}

impl Convert {
    /// The answer as what the method's promise resolves with.
    fn run(self, reply: &Reply) -> Result<JsValue> {
        match self {
            Convert::List(cols) => list_json(reply, cols).map(|rows| js_of(&rows)),
            Convert::One(cols) => one_json(reply, cols).map(|record| js_of(&record)),
            Convert::With(convert) => convert(reply),
        }
    }
}

/// What a promise-returning method asks of the server, checked before anything is sent. Every
/// such method builds one and hands it to `PerfexClient::perform`, so one async path (one
/// future) serves them all.
enum Work {
    /// A signed-in read of a path.
    Read(String, Convert),
    /// A project group's list. The server answers "No data found" both for an empty group
    /// and for a project the customer does not have; only the second is `not_found`.
    Group { project: String, group: &'static str, convert: Convert },
    /// A read of a path that needs no token (the knowledge base); none is sent.
    Public(String, Convert),
    /// A write: sent once, and the server must report success.
    Submit(Call),
    /// Signing in.
    Login(PerfexCredentials),
    /// Signing out.
    Logout,
    /// A new customer account.
    Register(RegistrationForm),
}

impl Work {
    /// The list of a group of the caller's project.
    fn group(project_id: &JsValue, group: &'static str, convert: Convert) -> Result<Work> {
        let project = path(API, &["/projects/id/", &segment(&record_id("projectId", project_id)?)]);
        Ok(Work::Group { project, group, convert })
    }
}

/// A list answer's rows, each read by `cols`.
fn list_json(reply: &Reply, cols: &'static Table) -> Result<Value> {
    let mut wrong = None;
    let rows = match wire::decode(reply, Expect::List, &table::key_set(cols))? {
        Some(envelope) => table::items(Some(&envelope.data), &mut wrong).into_iter().map(|row| Value::Object(table::record(Some(row), cols, &mut wrong))).collect(),
        None => Vec::new(),
    };
    wrong.map_or(Ok(Value::Array(rows)), Err)
}

/// A one-record answer's `data`, read by `cols`.
fn one_json(reply: &Reply, cols: &'static Table) -> Result<Value> {
    one_record(reply, cols, || Error::decode("the answer holds no data"))
}

/// A one-record answer's `data`, read by `cols`; `missing()` is the error for an answer
/// without data.
#[inline(never)]
fn one_record(reply: &Reply, cols: &'static Table, missing: fn() -> Error) -> Result<Value> {
    let envelope = wire::decode(reply, Expect::One, &table::key_set(cols))?.unwrap_or_default();
    if envelope.data.is_null() {
        return Err(missing());
    }
    let mut wrong = None;
    let record = Value::Object(table::record(Some(&envelope.data), cols, &mut wrong));
    wrong.map_or(Ok(record), Err)
}

impl PerfexClient {
    /// The promise of the method `operation` that reads the fixed `path` (signed in), its
    /// answer read by `convert` (one call for each such method).
    #[inline(never)]
    fn read(&self, operation: &'static str, path: &'static str, convert: Convert, options: Option<JsValue>) -> js_sys::Promise {
        self.perform(operation, Ok(Work::Read(path.to_string(), convert)), options)
    }

    /// The promise of the method `operation` that reads one record of `collection` by the
    /// caller's `id` (signed in), its `data` read by `cols`.
    #[inline(never)]
    fn read_record(&self, operation: &'static str, collection: &str, id: &JsValue, cols: &'static Table, options: Option<JsValue>) -> js_sys::Promise {
        self.perform(operation, record_path(collection, id).map(|path| Work::Read(path, Convert::One(cols))), options)
    }

    /// The promise of the method `operation` that sends the write `call` (checked: an input
    /// error rejects it before anything is sent).
    #[inline(never)]
    fn submit(&self, operation: &'static str, call: Result<Call>, options: Option<JsValue>) -> js_sys::Promise {
        self.perform(operation, call.map(Work::Submit), options)
    }

    /// The promise of the method `operation` that lists `group` of the caller's project, each
    /// row read by `cols`.
    #[inline(never)]
    fn read_group(&self, operation: &'static str, project_id: &JsValue, group: &'static str, cols: &'static Table, options: Option<JsValue>) -> js_sys::Promise {
        self.perform(operation, Work::group(project_id, group, Convert::List(cols)), options)
    }

    /// The promise of the method `operation`: `work` carried out, or rejected with its input
    /// error before anything is sent; every error names the method and holds no secret.
    fn perform(&self, operation: &'static str, work: Result<Work>, options: Option<JsValue>) -> js_sys::Promise {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        crate::core::js::promise(Box::pin(async move {
            let result = match work {
                Ok(work) => inner.perform(work, options).await,
                Err(e) => Err(e),
            };
            result.map_err(|e| e.for_caller(BACKEND, operation, &secrets).into())
        }))
    }
}

/// What becomes of the answer to a call of `Inner::perform`.
enum Then {
    /// Converted into what the method's promise resolves with.
    Convert(Convert),
    /// A project group's list, converted. The server answers "No data found" both for an empty
    /// group and for a project the customer does not have: a 404 then asks for the project
    /// (the path kept here), and only an unknown project is `not_found`.
    Group(String, Convert),
    /// The answer about the project of an empty group (it must exist); the group's list is
    /// the result.
    Exists(JsValue),
    /// A write's answer: the server must report success.
    Confirm,
    /// The sign-in answer; the password (kept here) never appears in an error.
    Login(String),
    /// The sign-out answer.
    Logout,
    /// The registration answer; the password (kept here) never appears in an error.
    Register(String),
}

/// After an answer: the method's result, or one more call to make.
enum Next {
    /// What the method's promise resolves with.
    Done(JsValue),
    /// Another call (signed), and what becomes of its answer.
    Call(Call, Then),
}

impl Inner {
    /// Carries out a method's checked `work`: the value its promise resolves with. One await
    /// of one send for every method (each call after the first goes round the loop).
    async fn perform(&self, work: Work, options: Option<JsValue>) -> Result<JsValue> {
        let Some((mut call, mut then, mut signed)) = self.first_call(work)? else { return Ok(JsValue::UNDEFINED) };
        let options = CallOptions::from_js(&options.unwrap_or_default())?;
        loop {
            let reply = self.send(call, signed, &options).await;
            match self.answer(reply, then)? {
                Next::Done(value) => return Ok(value),
                Next::Call(next, next_then) => (call, then, signed) = (next, next_then, true),
            }
        }
    }

    /// The first call of `work`, what becomes of its answer, and whether it is signed (sent
    /// with the session's token); none for signing out while signed out.
    fn first_call(&self, work: Work) -> Result<Option<(Call, Then, bool)>> {
        let get = |path| Call::new(Method::GET, path, Repeat::Safe);
        Ok(Some(match work {
            Work::Read(path, convert) => (get(path), Then::Convert(convert), true),
            Work::Group { project, group, convert } => (get(path(&project, &["/group/", group])), Then::Group(project, convert), true),
            Work::Public(path, convert) => (get(path), Then::Convert(convert), false),
            Work::Submit(call) => (call, Then::Confirm, true),
            Work::Login(c) => {
                let body = Body::Form(vec![("email".into(), c.email), ("password".into(), c.password.clone())]);
                (Call::new(Method::POST, api!("/authentication").to_string(), Repeat::Never).body(body), Then::Login(c.password), false)
            }
            Work::Logout => {
                // The session is closed first, whatever the server says.
                let Some(token) = self.session.token() else { return Ok(None) };
                self.session.close();
                // The module documents POST but implements only GET.
                (get(api!("/logout").to_string()).header("Authorization", token.expose()), Then::Logout, false)
            }
            Work::Register(RegistrationForm(form, password)) => {
                (Call::new(Method::POST, api!("/register").to_string(), Repeat::Never).body(Body::Form(form)), Then::Register(password), false)
            }
        }))
    }

    /// What the answer `reply` comes to, as `then` says.
    fn answer(&self, reply: Result<Reply>, then: Then) -> Result<Next> {
        let done = |value| Ok(Next::Done(value));
        match then {
            Then::Convert(convert) => done(convert.run(&reply?)?),
            Then::Group(project, convert) => {
                let reply = reply?;
                let value = convert.run(&reply)?;
                if reply.status == 404 {
                    // Empty (a 404 that converts is an empty list), or no such project? Asking
                    // for the project tells (404 if unknown).
                    return Ok(Next::Call(Call::new(Method::GET, project, Repeat::Safe), Then::Exists(value)));
                }
                done(value)
            }
            Then::Exists(value) => {
                wire::decode(&reply?, Expect::One, &[])?;
                done(value)
            }
            Then::Confirm => wire::confirm(&reply?).and_then(|_| done(JsValue::UNDEFINED)),
            Then::Login(password) => self.login(reply, &[&password]).and_then(done),
            Then::Logout => {
                let reply = reply?;
                match reply.status {
                    200 | 401 => done(JsValue::UNDEFINED),
                    _ => Err(wire::status_error(&reply)),
                }
            }
            Then::Register(password) => register(reply, &[&password]).and_then(|()| done(JsValue::UNDEFINED)),
        }
    }

    /// The sign-in answer: the session's ids and expiry; no error holds a secret of `secrets`.
    fn login(&self, reply: Result<Reply>, secrets: &[&str]) -> Result<JsValue> {
        let data = one_json(&reply.map_err(|e| e.redact(secrets))?, wire::LOGIN).map_err(|e| e.redact(secrets))?;
        let text = |name| data.get(name).and_then(Value::as_str).map(str::to_string);
        let token = text("token").ok_or_else(|| Error::decode("the sign-in answer holds no token"))?;
        let expires_at = self.open_session(Secret::new(token));
        Ok(session(text("clientId").unwrap_or_default(), text("contactId").unwrap_or_default(), expires_at))
    }

    /// Opens a session; returns when it expires (ms since the epoch), if known.
    fn open_session(&self, token: Secret) -> Option<f64> {
        let expires_at = expiry(token.expose());
        self.session.open(token, expires_at);
        expires_at
    }

    /// The secrets an error must never contain.
    fn secrets(&self) -> Vec<String> {
        self.session.token().map(|t| vec![t.expose().to_string()]).unwrap_or_default()
    }

    /// Sends a call; a `signed` one with the session's token, and then a 401 ends the session
    /// if that token is still the current one.
    /// No signed call is sent without a live session (a token past its 7 days counts as none).
    async fn send(&self, call: Call, signed: bool, options: &CallOptions) -> Result<Reply> {
        let (call, sent) = match signed {
            false => (call, None),
            true => {
                let token = self.session.token().ok_or_else(|| {
                    Error::new(ErrorKind::Auth, "not signed in (or the session expired): call login() first")
                })?;
                (call.header("Authorization", token.expose()), Some(token))
            }
        };
        let reply = self.transport.send(&call, options).await?;
        // A 401 to a token a later sign-in replaced says nothing of the current session.
        if reply.status == 401 && sent.is_some_and(|t| self.session.is_current(&t)) {
            self.session.end(SessionEnd::Rejected);
        }
        Ok(reply)
    }
}

/// The registration answer; no error holds a secret of `secrets`.
fn register(reply: Result<Reply>, secrets: &[&str]) -> Result<()> {
    let refused = |reply: &Reply| match wire::status_error(reply) {
        // 400 is the module's "Registration not allowed", not a sign-in failure.
        mut e if reply.status == 400 => Error::new(ErrorKind::Api, std::mem::take(&mut e.message)).with_status(400),
        e => e,
    };
    let reply = reply.map_err(|e| e.redact(secrets))?;
    if reply.status == 400 {
        return Err(refused(&reply).redact(secrets));
    }
    let message = wire::confirm(&reply).map_err(|e| e.redact(secrets))?;
    if wire::registration_refused(&message) {
        return Err(Error::new(ErrorKind::Api, message).with_status(reply.status));
    }
    Ok(())
}


/// `head` followed by `parts` (one function for every path: a `format!` per path costs code
/// at each place).
fn path(head: &str, parts: &[&str]) -> String {
    let mut path = head.to_string();
    for part in parts {
        path.push_str(part);
    }
    path
}

/// `/customers_api/v1/<collection>/id/<id>` for a record id from the caller.
fn record_path(collection: &str, id: &JsValue) -> Result<String> {
    Ok(path(API, &["/", collection, "/id/", &segment(&record_id("id", id)?)]))
}

/// `/customers_api/v1/<collection>/id/<id>/group/<group>`.
fn group_path(collection: &str, id: &JsValue, group: &str) -> Result<String> {
    Ok(path(&record_path(collection, id)?, &["/group/", group]))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn reply(text: &str) -> Reply {
        Reply { status: 200, body: text.as_bytes().to_vec() }
    }

    /// `data` parsed whole (every column built), each row read: what a pruned parse must equal.
    fn whole(text: &str, cols: &'static Table, list: bool) -> Value {
        let answer = crate::core::json::from_str(text).unwrap();
        let mut wrong = None;
        match list {
            true => Value::Array(table::items(Some(&answer["data"]), &mut wrong).into_iter().map(|row| Value::Object(table::record(Some(row), cols, &mut wrong))).collect()),
            false => Value::Object(table::record(Some(&answer["data"]), cols, &mut wrong)),
        }
    }

    fn same_list(text: &str, cols: &'static Table) {
        let pruned = list_json(&reply(text), cols).unwrap();
        assert!(pruned.as_array().is_some_and(|rows| !rows.is_empty()), "{text}");
        assert_eq!(pruned, whole(text, cols, true));
    }

    fn same_one(text: &str, cols: &'static Table) {
        assert_eq!(one_json(&reply(text), cols).unwrap(), whole(text, cols, false));
    }

    macro_rules! sample {
        ($file:literal) => {
            include_str!(concat!("../../../tests/fixtures/perfex/", $file))
        };
    }

    #[test]
    fn rows_read_from_a_pruned_parse_are_those_of_a_whole_one() {
        same_list(sample!("tickets.json"), TICKET_ROWS);
        same_list(sample!("projects.json"), PROJECT_ROWS);
        same_list(sample!("project_tasks.json"), Task::COLUMNS);
        same_list(sample!("invoices.json"), INVOICE_ROWS);
        same_list(sample!("estimates.json"), ESTIMATE_ROWS);
        same_list(sample!("proposals.json"), PROPOSAL_ROWS);
        same_list(sample!("contracts.json"), CONTRACT_ROWS);
        same_list(sample!("knowledge_base.json"), KnowledgeBaseGroup::COLUMNS);
        same_list(sample!("client_menu.json"), ClientMenuItem::COLUMNS);
        same_list(sample!("departments.json"), Named::COLUMNS);
        same_one(sample!("ticket.json"), TicketDetail::COLUMNS);
        same_one(sample!("project.json"), ProjectDetail::COLUMNS);
        same_one(sample!("invoice.json"), InvoiceDetail::COLUMNS);
        same_one(sample!("estimate.json"), EstimateDetail::COLUMNS);
        same_one(sample!("proposal.json"), ProposalDetail::COLUMNS);
        same_one(sample!("contract.json"), ContractDetail::COLUMNS);
        same_one(sample!("knowledge_base_article.json"), KnowledgeBaseArticle::COLUMNS);
    }

    #[test]
    fn a_pruned_parse_keeps_the_envelope_and_only_the_columns_rows_read() {
        let text = r#"{"status":true,"message":"ok","error":{"x":"y"},"data":{"0":{"ticketid":"1","userid":"9","attachments":[{"id":"3","file_name":"f","stored":"/srv/f"}],"ticket_replies":{"0":{"id":"4","admin":null,"ip":"1.2.3.4"}}}}}"#;
        let envelope = wire::decode(&reply(text), Expect::List, &table::key_set(TICKET_ROWS)).unwrap().unwrap();
        assert_eq!((envelope.status.0, envelope.message.or_empty(), envelope.error.clone()), (Some(true), "ok".into(), crate::core::json::json!({"x":"y"})));
        assert_eq!(
            envelope.data,
            crate::core::json::json!({"0":{"ticketid":"1","attachments":[{"id":"3","file_name":"f"}],"ticket_replies":{"0":{"id":"4","admin":null}}}})
        );
        same_list(text, TICKET_ROWS);
        same_list(&text.replace(r#""userid":"9""#, r#""userid":{"deep":[1,{"a":2}]},"z":"\u00e9""#), TICKET_ROWS);
    }
}
