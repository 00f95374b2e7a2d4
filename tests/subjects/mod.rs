//! The four back ends seen the same way, for the table-driven reliability tests
//! (`tests/fault_matrix.rs`, `tests/misuse.rs`, `tests/secrets.rs`): a signed-in client of
//! each, with one read, one write, one call taking a record id and one taking an input object.
#![allow(dead_code)]

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use switchboard::erp::ErpClient;
use switchboard::neucrm::NeuCrmClient;
use switchboard::pbx::PbxClient;
use switchboard::perfex::PerfexClient;
use tsify::Ts;
use wasm_bindgen::JsValue;

use crate::common::*;

/// What a client call resolves to, its value made a plain `JsValue`.
pub type Outcome = Pin<Box<dyn Future<Output = Result<JsValue, JsValue>>>>;
/// A call with nothing to vary.
type Call = Box<dyn Fn() -> Outcome>;
/// A call with one value from the test.
type CallWith = Box<dyn Fn(JsValue) -> Outcome>;

/// The seed credentials the subjects sign in with (see tests/emulator/README.md).
pub const PERFEX_PASSWORD: &str = "perfex-demo-1";
pub const ERP_PASSWORD: &str = "erp-demo-1";
pub const ERP_OTP: &str = "123456";
pub const PBX_PASSWORD: &str = "pbx-demo-1";
/// base64 of `admin:pbx-demo-1`, the token part of the PBX's `Authorization: Basic` header.
pub const PBX_BASIC: &str = "YWRtaW46cGJ4LWRlbW8tMQ==";
pub const NEUCRM_KEY: &str = "neucrm-demo-key";

/// One back end's client in its own scope, and the calls the tables make on it.
pub struct Subject {
    pub backend: &'static str,
    pub scope: Scope,
    /// The credentials the client holds after signing in (tokens, keys, a Basic password),
    /// which no error may show.
    pub secrets: Vec<String>,
    /// The read's operation name (as errors report it) and the call; safe to repeat.
    pub read_op: &'static str,
    read: Call,
    /// The read with the given `RequestOptions`.
    read_with_options: CallWith,
    /// The write's operation name and the call; never repeated.
    pub write_op: &'static str,
    write: Call,
    /// The write, taking its whole input object; `input_name` is what errors call it.
    pub input_name: &'static str,
    with_input: CallWith,
    /// An input object the write accepts, and a text field of it.
    pub valid_input: &'static str,
    pub text_field: &'static str,
    /// An input object lacking a required field, and that field's name.
    pub missing: (&'static str, &'static str),
    /// A call taking a record id: its operation name, and the name errors give that id.
    pub id_op: &'static str,
    pub id_name: &'static str,
    with_id: CallWith,
}

impl Subject {
    /// The read (a list or a count).
    pub fn read(&self) -> Outcome {
        (self.read)()
    }

    /// The read with `options` as its `RequestOptions`.
    pub fn read_with(&self, options: JsValue) -> Outcome {
        (self.read_with_options)(options)
    }

    /// The write (with valid input).
    pub fn write(&self) -> Outcome {
        (self.write)()
    }

    /// The write with `input` as its input object.
    pub fn write_with(&self, input: JsValue) -> Outcome {
        (self.with_input)(input)
    }

    /// The write with its text field set to `value`, the rest valid.
    pub fn write_with_text(&self, value: JsValue) -> Outcome {
        let input = js(self.valid_input);
        js_sys::Reflect::set(&input, &self.text_field.into(), &value).unwrap();
        self.write_with(input)
    }

    /// The id-taking call with `id`.
    pub fn call_with_id(&self, id: JsValue) -> Outcome {
        (self.with_id)(id)
    }
}

/// Every back end, each in a fresh scope named after `name`, with client options `extra`
/// (a JSON object's inside, e.g. `"\"retries\": 1"`).
pub async fn all(name: &str, extra: &str) -> Vec<Subject> {
    vec![perfex(name, extra).await, erp(name, extra).await, pbx(name, extra), neucrm(name, extra)]
}

/// A call's result as a plain `JsValue` (`undefined` for a call that resolves to nothing).
pub trait Plain {
    fn plain(self) -> JsValue;
}

impl Plain for () {
    fn plain(self) -> JsValue {
        JsValue::UNDEFINED
    }
}

impl Plain for JsValue {
    fn plain(self) -> JsValue {
        self
    }
}

impl<T: tsify::Tsify> Plain for Ts<T> {
    fn plain(self) -> JsValue {
        self.into()
    }
}

/// Boxes a call on a shared client.
fn call<C: 'static, F, R>(client: &Rc<C>, f: impl Fn(Rc<C>) -> F + 'static) -> Call
where
    F: Future<Output = Result<R, JsValue>> + 'static,
    R: Plain,
{
    let client = client.clone();
    Box::new(move || {
        let done = f(client.clone());
        Box::pin(async move { done.await.map(Plain::plain) })
    })
}

/// Boxes a call taking one value on a shared client.
fn call_with<C: 'static, F, R>(client: &Rc<C>, f: impl Fn(Rc<C>, JsValue) -> F + 'static) -> CallWith
where
    F: Future<Output = Result<R, JsValue>> + 'static,
    R: Plain,
{
    let client = client.clone();
    Box::new(move |value| {
        let done = f(client.clone(), value);
        Box::pin(async move { done.await.map(Plain::plain) })
    })
}

/// A typed argument from any JS value (the tests pass wrong ones on purpose).
fn ts<T: tsify::Tsify>(value: JsValue) -> Ts<T> {
    Ts::new_unchecked(value)
}

/// Client options for `backend` in `scope`: `own` (credentials) then `extra`.
fn options(scope: &Scope, backend: &str, own: &str, extra: &str) -> JsValue {
    let sep = if own.is_empty() || extra.trim().is_empty() { "" } else { "," };
    scope.options(backend, &format!("{own}{sep}{extra}"))
}

/// A Perfex client signed in as ada.
pub async fn perfex_client(scope: &Scope, extra: &str) -> PerfexClient {
    let c = PerfexClient::new(ts(options(scope, "perfex", "", extra))).expect("perfex client");
    let login = format!(r#"{{"email":"ada@example.com","password":"{PERFEX_PASSWORD}"}}"#);
    c.login(ts(js(&login)), None).await.expect("perfex login");
    c
}

/// Perfex, signed in as ada: lists tickets, opens one.
pub async fn perfex(name: &str, extra: &str) -> Subject {
    const TICKET: &str = r#"{"subject":"Help","department":1,"priority":1,"message":"Please call me."}"#;
    let scope = Scope::new(&format!("{name}-perfex"));
    let c = Rc::new(perfex_client(&scope, extra).await);
    Subject {
        backend: "perfex",
        scope,
        secrets: vec![c.session_token().expect("token")],
        read_op: "listTickets",
        read: call(&c, |c| async move { c.list_tickets(None).await }),
        read_with_options: call_with(&c, |c, o| async move { c.list_tickets(Some(o)).await }),
        write_op: "createTicket",
        write: call(&c, |c| async move { c.create_ticket(ts(js(TICKET)), None).await }),
        input_name: "ticket",
        with_input: call_with(&c, |c, v| async move { c.create_ticket(ts(v), None).await }),
        valid_input: TICKET,
        text_field: "subject",
        missing: (r#"{"department":1,"priority":1,"message":"m"}"#, "subject"),
        id_op: "getTicket",
        id_name: "id",
        with_id: call_with(&c, |c, id| async move { c.get_ticket(id, None).await }),
    }
}

/// An ERP client signed in with password and OTP (customer 4481).
pub async fn erp_client(scope: &Scope, extra: &str) -> ErpClient {
    let c = ErpClient::new(ts(options(scope, "erp", "", extra))).expect("erp client");
    let login = format!(r#"{{"username":"demo@example.com","password":"{ERP_PASSWORD}"}}"#);
    c.login(ts(js(&login)), None).await.expect("erp login");
    c.verify_otp(ts(js(&format!(r#"{{"code":"{ERP_OTP}"}}"#))), None).await.expect("erp otp");
    c
}

/// The ERP portal, signed in with password and OTP: ticket counts, opens a ticket.
pub async fn erp(name: &str, extra: &str) -> Subject {
    const TICKET: &str = r#"{"subject":"Fax line down","message":"Since this morning."}"#;
    let scope = Scope::new(&format!("{name}-erp"));
    let c = Rc::new(erp_client(&scope, extra).await);
    Subject {
        backend: "erp",
        scope,
        secrets: vec![c.session_token().expect("token")],
        read_op: "ticketCounts",
        read: call(&c, |c| async move { c.ticket_counts(None).await }),
        read_with_options: call_with(&c, |c, o| async move { c.ticket_counts(Some(o)).await }),
        write_op: "createTicket",
        write: call(&c, |c| async move { c.create_ticket(ts(js(TICKET)), None).await }),
        input_name: "ticket",
        with_input: call_with(&c, |c, v| async move { c.create_ticket(ts(v), None).await }),
        valid_input: TICKET,
        text_field: "subject",
        missing: (r#"{"message":"m"}"#, "subject"),
        id_op: "getTicket",
        id_name: "ticket",
        with_id: call_with(&c, |c, id| async move { c.get_ticket(id, None).await }),
    }
}

/// A PBX client signing its calls as admin.
pub fn pbx_client(scope: &Scope, extra: &str) -> PbxClient {
    let own = format!(r#""username": "admin", "password": "{PBX_PASSWORD}""#);
    PbxClient::new(ts(options(scope, "pbx", &own, extra))).expect("pbx client")
}

/// The PBX as admin (HTTP Basic): lists tenant 1's extensions, renames extension 12.
pub fn pbx(name: &str, extra: &str) -> Subject {
    const CHANGE: &str = r#"{"name":"Grace B. Hopper"}"#;
    let scope = Scope::new(&format!("{name}-pbx"));
    let c = Rc::new(pbx_client(&scope, extra));
    let twelve = || JsValue::from_f64(12.0);
    Subject {
        backend: "pbx",
        scope,
        secrets: vec![PBX_PASSWORD.into(), PBX_BASIC.into()],
        read_op: "listExtensions",
        read: call(&c, |c| async move { c.list_extensions(JsValue::from_f64(1.0), None).await }),
        read_with_options: call_with(&c, |c, o| async move { c.list_extensions(JsValue::from_f64(1.0), Some(o)).await }),
        write_op: "updateExtension",
        write: call(&c, move |c| async move { c.update_extension(twelve(), ts(js(CHANGE)), None).await }),
        input_name: "changes",
        with_input: call_with(&c, move |c, v| async move { c.update_extension(twelve(), ts(v), None).await }),
        valid_input: CHANGE,
        text_field: "name",
        missing: ("{}", "changes"),
        id_op: "getExtension",
        id_name: "extensionId",
        with_id: call_with(&c, |c, id| async move { c.get_extension(id, None).await }),
    }
}

/// A NeuCRM client as the ISP user.
pub fn neucrm_client(scope: &Scope, extra: &str) -> NeuCrmClient {
    let own = format!(r#""userId": 5, "apiKey": "{NEUCRM_KEY}""#);
    NeuCrmClient::new(ts(options(scope, "neucrm", &own, extra))).expect("neucrm client")
}

/// NeuCRM as the ISP user (user id and api key in every form): lists customers, changes
/// customer 1001's notes.
pub fn neucrm(name: &str, extra: &str) -> Subject {
    const CHANGE: &str = r#"{"customerId":1001,"notes":"Called back."}"#;
    let scope = Scope::new(&format!("{name}-neucrm"));
    let c = Rc::new(neucrm_client(&scope, extra));
    Subject {
        backend: "neucrm",
        scope,
        secrets: vec![NEUCRM_KEY.into()],
        read_op: "listCustomers",
        read: call(&c, |c| async move { c.list_customers(None, None).await }),
        read_with_options: call_with(&c, |c, o| async move { c.list_customers(None, Some(o)).await }),
        write_op: "updateCustomer",
        write: call(&c, |c| async move { c.update_customer(ts(js(CHANGE)), None).await }),
        input_name: "change",
        with_input: call_with(&c, |c, v| async move { c.update_customer(ts(v), None).await }),
        valid_input: CHANGE,
        text_field: "notes",
        missing: (r#"{"notes":"x"}"#, "customerId"),
        id_op: "deleteCustomer",
        id_name: "customerId",
        with_id: call_with(&c, |c, id| async move { c.delete_customer(id, None).await }),
    }
}
