//! What the ERP portal server reads and sends, and every quirk of it, in one place:
//!
//! - one endpoint, `POST …/index.php`, a JSON envelope `{access_token?, operation, moduleType,
//!   api_type, element_data: {action, …}}` sent as `text/plain` (no CORS preflight), or the
//!   multipart variant `…/index_new.php` (flat fields plus `attachment[i]` files);
//! - every value travels as a string; the customer id as base64 of its digits;
//! - errors arrive with HTTP 200: `{"status": false, "error": {"code": "ACCESS_DENIED"}}`,
//!   `{"status": false, "code": "INVALID_MODULE"}`; `status` is a string or a boolean;
//! - `{"status": "false"}` alone means "no rows", with a `message` it is a refusal;
//! - data answers are flat with a list key that differs per action, login and ticket answers
//!   are wrapped in `result.data`.
//!
//! Nothing here leaves the module except through the `types.rs` files.

use crate::core::json::Value;

use crate::core::body::{Body, PartValue, Upload};
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::json_text;
use crate::core::search::contains;
use crate::core::lenient::{from_json, looks_like_html, strip_tags};
use crate::erp::out::Row;
use crate::core::transport::{Call, Repeat, Reply};

/// The JSON endpoint, below the base URL.
pub const INDEX: &str = "/cms/api_cms/v1.0/index.php";
/// The multipart endpoint (ticket creation and replies with files).
pub const INDEX_NEW: &str = "/cms/api_cms/v1.0/index_new.php";

/// The `operation` / `moduleType` pair an action belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `curlData` / `login`: sign-in, OTP, ticket creation.
    Open,
    /// `curlDatas` / `login`: every authenticated data action.
    Data,
    /// `ticket` / `ticket`: the ticket thread and replies.
    Ticket,
}

impl Route {
    fn operation(self) -> &'static str {
        match self {
            Route::Open => "curlData",
            Route::Data => "curlDatas",
            Route::Ticket => "ticket",
        }
    }

    fn module_type(self) -> &'static str {
        match self {
            Route::Ticket => "ticket",
            Route::Open | Route::Data => "login",
        }
    }
}

/// One action to send (its parts boxed: the builder is passed by value at every field, and a
/// pointer is cheaper to move than the parts at each of the many call sites).
pub struct Action(Box<ActionParts>);

/// An action's route, its name, its `element_data` fields (all strings), files, and whether it
/// may be repeated.
pub struct ActionParts {
    pub route: Route,
    pub name: &'static str,
    pub fields: Vec<(&'static str, String)>,
    pub files: Vec<Upload>,
    pub repeat: Repeat,
    /// Whether the session token goes with it.
    pub signed: bool,
    /// The field that carries the (base64) customer id, if one does.
    pub customer_field: Option<&'static str>,
}

impl Action {
    /// An authenticated read (`curlDatas`, customer id in `customer_id`, safe to repeat).
    pub fn read(name: &'static str) -> Action {
        Action(Box::new(ActionParts {
            route: Route::Data,
            name,
            fields: Vec::new(),
            files: Vec::new(),
            repeat: Repeat::Safe,
            signed: true,
            customer_field: Some("customer_id"),
        }))
    }

    /// An authenticated write: never repeated.
    pub fn write(name: &'static str) -> Action {
        let mut action = Action::read(name);
        action.repeat = Repeat::Never;
        action
    }

    /// A sign-in step: no token, no customer id, never repeated (it may send an OTP mail).
    pub fn sign_in(name: &'static str) -> Action {
        let mut action = Action::write(name);
        (action.route, action.signed, action.customer_field) = (Route::Open, false, None);
        action
    }

    /// Sends it under another `operation` / `moduleType` pair.
    pub fn route(mut self, route: Route) -> Action {
        self.route = route;
        self
    }

    /// Puts the customer id in another field (or in none).
    pub fn customer_in(mut self, field: Option<&'static str>) -> Action {
        self.customer_field = field;
        self
    }

    /// Adds a field.
    pub fn field(mut self, name: &'static str, value: impl Into<String>) -> Action {
        self.fields.push((name, value.into()));
        self
    }

    /// Adds a field when there is a value.
    pub fn field_opt(self, name: &'static str, value: Option<String>) -> Action {
        match value {
            Some(v) => self.field(name, v),
            None => self,
        }
    }

    /// Adds several fields.
    pub fn fields(mut self, fields: Vec<(&'static str, String)>) -> Action {
        self.fields.extend(fields);
        self
    }

    /// Adds `limit` / `offset`.
    pub fn page(self, limit: u32, offset: u64) -> Action {
        self.field("limit", limit.to_string()).field("offset", offset.to_string())
    }

    /// Adds files: the call then goes multipart to `index_new.php`.
    pub fn files(mut self, files: Vec<Upload>) -> Action {
        self.files = files;
        self
    }

    /// The HTTP call: JSON as `text/plain` to `index.php`, or multipart to `index_new.php`
    /// when there are files.
    pub fn to_call(&self, token: Option<&str>, customer: Option<&str>) -> Call {
        let mut data: Vec<(&str, String)> = vec![("action", self.name.to_string())];
        if let (Some(field), Some(customer)) = (self.customer_field, customer) {
            data.push((field, customer.to_string()));
        }
        data.extend(self.fields.iter().map(|(k, v)| (*k, v.clone())));
        let envelope = |token: Option<&str>| {
            let mut head: Vec<(&str, String)> = Vec::new();
            if let Some(token) = token {
                head.push(("access_token", token.to_string()));
            }
            head.push(("operation", self.route.operation().to_string()));
            head.push(("moduleType", self.route.module_type().to_string()));
            head.push(("api_type", "web".to_string()));
            head
        };
        let token = token.filter(|_| self.signed);
        if self.files.is_empty() {
            let head = envelope(token).into_iter().map(|(k, v)| (k, crate::core::json::quoted(&v)));
            let body = json_text::object(head.chain([("element_data", json_text::texts(data))]));
            return Call::new(crate::core::transport::Method::POST, INDEX, self.repeat)
                .body(Body::PlainJson(body));
        }
        let mut parts: Vec<(String, PartValue)> = envelope(token)
            .into_iter()
            .chain(data)
            .map(|(k, v)| (k.to_string(), PartValue::Text(v)))
            .collect();
        for (i, file) in self.files.iter().enumerate() {
            parts.push((format!("attachment[{i}]"), PartValue::File(file.clone())));
        }
        Call::new(crate::core::transport::Method::POST, INDEX_NEW, self.repeat).body(Body::Multipart(parts))
    }
}

impl std::ops::Deref for Action {
    type Target = ActionParts;
    fn deref(&self) -> &ActionParts {
        &self.0
    }
}

impl std::ops::DerefMut for Action {
    fn deref_mut(&mut self) -> &mut ActionParts {
        &mut self.0
    }
}

/// A decoded answer that is not an error envelope. What it means depends on the action.
/// (Boxed: every step returns one through its states.)
pub struct Answer {
    value: Box<Value>,
}

impl Answer {
    /// Reads an answer: non-200 statuses, non-JSON bodies and the error envelopes
    /// (`ACCESS_DENIED`, `INVALID_MODULE`) become errors.
    pub fn read(reply: &Reply) -> Result<Answer> {
        if reply.status != 200 {
            return Err(status_error(reply));
        }
        let value: Value = from_json(&reply.body, "the answer")?;
        if !value.is_object() {
            return Err(Error::decode("the server sent JSON that is not an object"));
        }
        if let Some(error) = value.get("error").filter(|e| e.is_object()) {
            return Err(envelope_error(&text_of(error.get("code")), &text_of(error.get("message"))));
        }
        let answer = Answer { value: Box::new(value) };
        let code = text_of(answer.value.get("code"));
        if answer.status() == Some(false) && !code.is_empty() {
            return Err(envelope_error(&code, &answer.message().unwrap_or_default()));
        }
        Ok(answer)
    }

    /// The top-level `status`: "true"/"false" or a boolean; `None` when absent.
    pub fn status(&self) -> Option<bool> {
        self.value.get("status").and_then(crate::core::lenient::flag)
    }

    /// The top-level `message`, as plain text.
    pub fn message(&self) -> Option<String> {
        Some(strip_tags(&text_of(self.value.get("message")))).filter(|m| !m.is_empty())
    }

    /// Whether the server said "no rows": `status` false and no message.
    pub fn is_empty(&self) -> bool {
        self.status() == Some(false) && self.message().is_none()
    }

    /// The refusal, when `status` is false.
    pub fn refusal(&self) -> Option<Error> {
        (self.status() == Some(false)).then(|| match self.message() {
            Some(message) => refusal(&message),
            None => Error::new(ErrorKind::NotFound, "the server found nothing for this request"),
        })
    }

    /// The whole answer, whatever its status.
    pub fn decode(&self) -> Value {
        (*self.value).clone()
    }

    /// The whole answer, when the server did what was asked.
    pub fn record(&self) -> Result<Value> {
        match self.refusal() {
            Some(error) => Err(error),
            None => Ok(self.decode()),
        }
    }

    /// The answer's fields, read field by field, when the server did what was asked.
    pub fn row(&self) -> Result<Row<'_>> {
        match self.refusal() {
            Some(error) => Err(error),
            None => Row::of(&self.value),
        }
    }

    /// The rows of the list under `key`, read field by field; "no rows" is an empty list.
    pub fn row_list(&self, key: &str) -> Result<Vec<Row<'_>>> {
        let (list, _total) = self.list(key)?;
        crate::erp::out::rows_of(crate::core::record::items(list)?)
    }

    /// The field `key` of the answer (`None` when absent), when the server did what was asked.
    pub fn field(&self, key: &str) -> Result<Option<&Value>> {
        match self.refusal() {
            Some(error) => Err(error),
            None => Ok(self.value.get(key)),
        }
    }

    /// The list under `key` (`null` when absent) and `Total`; "no rows" is `null`.
    pub fn list(&self, key: &str) -> Result<(&Value, Option<u64>)> {
        static NONE: Value = Value::Null;
        if self.is_empty() {
            return Ok((&NONE, None));
        }
        if let Some(error) = self.refusal() {
            return Err(error);
        }
        let total = self.value.get("Total").and_then(count_of);
        Ok((self.value.get(key).unwrap_or(&NONE), total))
    }
}


/// A count sent as text or as a whole number (absent otherwise).
fn count_of(value: &Value) -> Option<u64> {
    match value {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) if n.is_f64() => n.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0 && *f < 9.0e15).map(|f| f as u64),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

/// The text of a scalar JSON value ("" when absent or not a scalar).
fn text_of(value: Option<&Value>) -> String {
    value.and_then(crate::core::record::text).unwrap_or_default()
}

/// The error of an error envelope, by the server's code.
pub fn envelope_error(code: &str, message: &str) -> Error {
    let said = strip_tags(message);
    let error = match code {
        "ACCESS_DENIED" => Error::new(
            ErrorKind::Auth,
            "the server refused the session (the token expired or was revoked); sign in again",
        ),
        "INVALID_MODULE" => Error::new(ErrorKind::Api, format!("the server did not accept the request's module ({said})")),
        _ if said.is_empty() => Error::new(ErrorKind::Api, format!("the server refused the request ({code})")),
        _ => Error::new(ErrorKind::Api, said),
    };
    if code.is_empty() {
        error
    } else {
        error.with_code(code)
    }
}

/// A refused change or query (`{"status": "false", "message": …}`), classified by its words.
pub fn refusal(message: &str) -> Error {
    let lower = message.to_ascii_lowercase();
    let kind = if contains(&lower, "not found") {
        ErrorKind::NotFound
    } else if ["required", "invalid", "already exists", "must", "not an upgrade", "do not match"]
        .iter()
        .any(|w| contains(&lower, w))
    {
        ErrorKind::Validation
    } else {
        ErrorKind::Api
    };
    Error::new(kind, message)
}

/// The error of a non-200 answer (the server itself answers 200 even for errors).
pub fn status_error(reply: &Reply) -> Error {
    let what = if looks_like_html(&reply.body) { "an HTML page" } else { "an answer" };
    let kind = match reply.status {
        401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        _ => ErrorKind::Http,
    };
    let hint = if reply.status == 404 { " (is baseUrl the portal's root?)" } else { "" };
    Error::new(kind, format!("the server sent {what} with HTTP {}{hint}", reply.status)).with_status(reply.status)
}

pub use crate::core::base64::encode as base64;

/// The numeric customer id inside an encoded one (`NDQ4MQ==` → `4481`), if it is one.
pub fn decode_customer_id(encoded: &str) -> Option<String> {
    let bytes = crate::core::base64::decode(encoded.trim())?;
    let text = String::from_utf8(bytes).ok()?;
    let text = text.trim();
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.to_string())
}

/// Comma-separated ids (`cus_permission`: `"1,2,6"`) as a list.
pub fn split_ids(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(json: &str) -> Reply {
        Reply { status: 200, body: json.as_bytes().to_vec() }
    }

    #[test]
    fn access_denied_is_an_auth_error_with_its_code() {
        let e = Answer::read(&reply(include_str!("../../tests/fixtures/erp/access_denied.json"))).err().unwrap();
        assert_eq!(e.kind, ErrorKind::Auth);
        assert_eq!(e.code.as_deref(), Some("ACCESS_DENIED"));
    }

    #[test]
    fn invalid_module_is_an_api_error_with_its_code() {
        let e = Answer::read(&reply(include_str!("../../tests/fixtures/erp/invalid_module.json"))).err().unwrap();
        assert_eq!(e.kind, ErrorKind::Api);
        assert_eq!(e.code.as_deref(), Some("INVALID_MODULE"));
        assert!(e.message.contains("Invalid module credentials"));
    }

    #[test]
    fn status_may_be_a_string_or_a_boolean() {
        for (json, status) in [
            (r#"{"status":"true"}"#, Some(true)),
            (r#"{"status":true}"#, Some(true)),
            (r#"{"status":"false"}"#, Some(false)),
            (r#"{"status":false}"#, Some(false)),
            (r#"{}"#, None),
        ] {
            assert_eq!(Answer::read(&reply(json)).unwrap().status(), status, "{json}");
        }
    }

    #[test]
    fn false_without_a_message_is_an_empty_list() {
        let answer = Answer::read(&reply(r#"{"status":"false"}"#)).unwrap();
        let (list, total) = answer.list("List").unwrap();
        assert!(answer.row_list("List").unwrap().is_empty() && list.is_null() && total.is_none());
    }

    #[test]
    fn false_with_a_message_is_a_refusal_classified_by_its_words() {
        let answer = Answer::read(&reply(r#"{"status":"false","message":"Extension number already exists"}"#)).unwrap();
        assert_eq!(answer.row_list("x").unwrap_err().kind, ErrorKind::Validation);
        assert_eq!(refusal("Ticket not found").kind, ErrorKind::NotFound);
        assert_eq!(refusal("No upgrade available for this license").kind, ErrorKind::Api);
    }

    #[test]
    fn html_and_non_200_answers_are_errors() {
        let e = Answer::read(&reply("<html><body>Fatal error</body></html>")).err().unwrap();
        assert_eq!(e.kind, ErrorKind::Decode);
        let e = Answer::read(&Reply { status: 404, body: b"<html>nope</html>".to_vec() }).err().unwrap();
        assert_eq!((e.kind, e.status), (ErrorKind::Http, Some(404)));
    }

    #[test]
    fn rows_and_total_decode_leniently() {
        let answer = Answer::read(&reply(r#"{"status":"true","Total":"12","List":[{"a":1},{"a":"2"}]}"#)).unwrap();
        let (_list, total) = answer.list("List").unwrap();
        assert_eq!((answer.row_list("List").unwrap()[1].text("a"), total), ("2".to_string(), Some(12)));
    }

    /// Found by the fuzzer: decode errors repeated the answer's values.
    #[test]
    fn fuzz_regression_decode_errors_do_not_repeat_the_answer() {
        let answer = Answer::read(&reply(r#"{"status":"true","a":"s3cret","List":"s3cret"}"#)).unwrap();
        let e = answer.row_list("List").unwrap_err();
        assert!(e.kind == ErrorKind::Decode && !e.message.contains("s3cret"), "{}", e.message);
    }

    #[test]
    fn customer_ids_are_base64_of_their_digits() {
        assert_eq!(base64(b"4481"), "NDQ4MQ==");
        assert_eq!(base64(b"80"), "ODA=");
        assert_eq!(base64(b"123"), "MTIz");
        assert_eq!(decode_customer_id("NDQ4MQ==").as_deref(), Some("4481"));
        assert_eq!(decode_customer_id("ODA").as_deref(), Some("80"));
        assert_eq!(decode_customer_id("bm9wZQ=="), None);
    }

    #[test]
    fn requests_are_plain_text_json_with_string_values() {
        let call = Action::read("invoice_list").field("type", "paid").page(10, 0).to_call(Some("tok.en.x"), Some("NDQ4MQ=="));
        assert_eq!(call.path, INDEX);
        assert_eq!(call.repeat, Repeat::Safe);
        let Body::PlainJson(text) = &call.body else { panic!("not plain JSON") };
        let body: Value = crate::core::json::from_str(text).unwrap();
        assert_eq!(body["operation"], "curlDatas");
        assert_eq!(body["moduleType"], "login");
        assert_eq!(body["api_type"], "web");
        assert_eq!(body["access_token"], "tok.en.x");
        assert_eq!(body["element_data"]["action"], "invoice_list");
        assert_eq!(body["element_data"]["customer_id"], "NDQ4MQ==");
        assert_eq!(body["element_data"]["limit"], "10");
        let login = Action::sign_in("login_validation").to_call(Some("ignored"), Some("ignored"));
        let Body::PlainJson(text) = &login.body else { panic!("not plain JSON") };
        let body: Value = crate::core::json::from_str(text).unwrap();
        assert!(body.get("access_token").is_none() && body["element_data"].get("customer_id").is_none());
        assert_eq!((body["operation"].as_str(), login.repeat), (Some("curlData"), Repeat::Never));
    }
}
