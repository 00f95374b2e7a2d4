//! What the Perfex server sends and reads: its envelope, its row shapes, its status codes.
//! Nothing here leaves this module except through `types/`.

mod projects;
mod reference;
mod sales;
mod support;
mod tasks;

pub use projects::*;
pub use reference::*;
pub use sales::*;
pub use support::*;
pub use tasks::*;

use crate::core::json::Value;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::{strip_tags, Flag, Text};
use crate::perfex::table::{table, Shape, Table};
use crate::core::lenient::from_json_keeping;
use crate::core::transport::Reply;

/// Every answer: `{status, message?, error?, data?}`. `status` is `HTTP code == 200`.
#[derive(Default)]
pub struct Envelope {
    pub status: Flag,
    pub message: Text,
    /// Framework errors put their text here; validation failures a field → `<p>` text map.
    pub error: Value,
    /// What the answer carries (`null` when nothing).
    pub data: Value,
}

impl Envelope {
    /// The envelope of a parsed answer; anything but an object is a `decode` error (`[]`,
    /// PHP's empty array, is an envelope without fields).
    fn of(answer: Value) -> Result<Envelope> {
        let mut fields = match answer {
            Value::Object(fields) => fields,
            Value::Array(items) if items.is_empty() => Default::default(),
            _ => return Err(shape_error("not an object")),
        };
        Ok(Envelope {
            status: Flag(crate::perfex::table::flag(fields.get("status"))),
            message: Text(fields.get("message").and_then(crate::core::record::text)),
            error: fields.remove("error").unwrap_or_default(),
            data: fields.remove("data").unwrap_or_default(),
        })
    }
}

/// The expected outcome shape of an operation, for the 404 rule.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A list: 404 "No data found" means an empty list.
    List,
    /// One record (or a write): 404 means not found.
    One,
}

/// Decodes an answer, turning non-200 statuses into errors. `Ok(None)` is an empty list.
/// Inside `data`, only the object keys in `keep` (ordered: see `key_set`) are parsed into values;
/// the others are skipped unbuilt.
#[inline(never)]
pub fn decode(reply: &Reply, expect: Expect, keep: &[&str]) -> Result<Option<Envelope>> {
    if reply.status == 200 {
        return Envelope::of(from_json_keeping(&reply.body, "the answer", "data", keep)?).map(Some);
    }
    if reply.status == 404 && expect == Expect::List && says_no_data(&reply.body) {
        return Ok(None);
    }
    Err(status_error(reply))
}

/// Whether a 404 is the module's own "nothing here" (`{"status": false, …}`): another JSON
/// 404, from a base URL that points at something else, stays an error.
fn says_no_data(body: &[u8]) -> bool {
    crate::core::json::parse(body).ok().and_then(|answer| Envelope::of(answer).ok()).is_some_and(|envelope| envelope.status.0 == Some(false))
}

/// The answer to a write (`{status, message}`): its message when it reports success; an
/// error with the server's words otherwise (also for a 200 whose `status` is false).
pub fn confirm(reply: &Reply) -> Result<String> {
    let envelope = decode(reply, Expect::One, &[])?.unwrap_or_default();
    let message = envelope.message.non_empty().map(|m| strip_tags(&m)).unwrap_or_default();
    if envelope.status.0 == Some(false) {
        let text = if message.is_empty() { "the server refused the request".to_string() } else { message };
        return Err(Error::new(ErrorKind::Api, text).with_status(reply.status));
    }
    Ok(message)
}

/// Whether a 200 answer to `register` is really the module's "registration is not enabled"
/// (which it sends with `status: true`).
pub fn registration_refused(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ["not enabled", "not allowed", "disabled", "not permitted"].iter().any(|refusal| crate::core::search::contains(&message, refusal))
}

/// The error for a non-200 answer, with the server's own words.
pub fn status_error(reply: &Reply) -> Error {
    let envelope = crate::core::json::parse(&reply.body).ok().and_then(|v| Envelope::of(v).ok()).unwrap_or_default();
    let details: Vec<(String, String)> = match &envelope.error {
        Value::Object(fields) => fields
            .iter()
            .map(|(field, problem)| (caller_field(field), strip_tags(problem.as_str().unwrap_or_default())))
            .collect(),
        _ => Vec::new(),
    };
    let text = envelope
        .message
        .non_empty()
        .or_else(|| envelope.error.as_str().map(str::to_string))
        .map(|t| strip_tags(&t))
        .filter(|t| !t.is_empty())
        .or_else(|| {
            let problems: Vec<&str> = details.iter().map(|(_, problem)| problem.as_str()).collect();
            (!problems.is_empty()).then(|| crate::core::search::joined(&problems, "", " "))
        })
        .unwrap_or_else(|| format!("HTTP {}", reply.status));
    let kind = match reply.status {
        400 | 401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        404 => ErrorKind::NotFound,
        422 => ErrorKind::Validation,
        _ => ErrorKind::Http,
    };
    Error::new(kind, text).with_status(reply.status).with_details(details)
}

/// The module's names of the inputs' fields that the caller spells differently, as
/// `module=caller;` (the registration's, a ticket's and a task's).
const CALLER_FIELDS: &str = "firstname=firstName;lastname=lastName;phonenumber=phoneNumber;contact_phonenumber=contactPhoneNumber;\
    passwordr=password;project_id=projectId;attachments[]=attachments;startdate=startDate;duedate=dueDate;assignees[]=assignees;";

/// The caller's name of a field the module names in a validation failure, so that `details`
/// name what the caller passed (`firstName`, not `firstname`).
fn caller_field(field: &str) -> String {
    CALLER_FIELDS.split(';').find_map(|pair| pair.strip_prefix(field)?.strip_prefix('=')).unwrap_or(field).to_string()
}

/// The module's names of the registration's fields, in the order of
/// `PerfexRegistration::FIELDS` (`passwordr` repeats the password).
const REGISTRATION: [&str; 15] = [
    "company", "firstname", "lastname", "email", "password", "vat", "phonenumber", "contact_phonenumber", "website",
    "position", "country", "city", "address", "zip", "state",
];

/// The form `register` sends, and the password, from the caller's fields `values` (in the
/// order of `fields`, `PerfexRegistration::FIELDS`): company, names and e-mail address
/// required (trimmed), the password sent twice as given, blank optional fields left out, the
/// country last.
pub fn registration_form(fields: &[&str], values: Vec<Option<String>>) -> Result<(Vec<(String, String)>, String)> {
    let (mut form, mut password, mut country) = (Vec::new(), String::new(), None);
    for (i, ((field, name), value)) in fields.iter().zip(REGISTRATION).zip(values).enumerate() {
        let value = value.unwrap_or_default();
        let trimmed = value.trim();
        match i {
            4 => {
                if value.is_empty() {
                    return Err(Error::invalid_input(field, "is required"));
                }
                form.push((name.to_string(), value.clone()));
                form.push(("passwordr".into(), value.clone()));
                password = value;
            }
            10 => country = Some(value).filter(|c| !c.is_empty()),
            _ if trimmed.is_empty() && i < 4 => return Err(Error::invalid_input(field, "is required")),
            3 if !value.contains('@') => return Err(Error::invalid_input(field, "must be an e-mail address")),
            _ if !trimmed.is_empty() => form.push((name.to_string(), trimmed.to_string())),
            _ => {}
        }
    }
    form.extend(country.map(|c| ("country".to_string(), c)));
    Ok((form, password))
}

/// The `data` of a successful login: the caller's ids and the session's token.
pub const LOGIN: &Table = table![("clientId", "client_id", Shape::Text), ("contactId", "contact_id", Shape::Text), ("token", "token", Shape::Sent)];

/// The error for an answer whose `what` has the wrong shape (never quoting the answer).
#[inline(never)]
pub fn shape_error(what: &str) -> Error {
    Error::decode(format!("the answer: the server sent an unexpected shape ({what})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply { status, body: body.as_bytes().to_vec() }
    }

    #[test]
    fn a_validation_failure_has_plain_text_details() {
        let body = r#"{"status":false,"error":{"subject":"<p>The Subject field is required.</p>\n","department":"<p>The Department field must contain only numbers.</p>"},"message":"<p>The Subject field is required.</p>\n<p>The Department field must contain only numbers.</p>\n"}"#;
        let e = status_error(&reply(422, body));
        assert_eq!(e.kind, ErrorKind::Validation);
        assert_eq!(e.status, Some(422));
        let mut details = e.details.clone();
        details.sort();
        assert_eq!(
            details,
            vec![
                ("department".to_string(), "The Department field must contain only numbers.".to_string()),
                ("subject".to_string(), "The Subject field is required.".to_string())
            ]
        );
        assert!(!e.message.contains('<'), "{}", e.message);
        // Fields the module spells differently are named as the caller passed them.
        let body = r#"{"status":false,"error":{"firstname":"<p>The First Name field is required.</p>","project_id":"x","startdate":"y","vat":"z"}}"#;
        let fields: Vec<String> = status_error(&reply(422, body)).details.iter().map(|(field, _)| field.clone()).collect();
        assert_eq!(fields, ["firstName", "projectId", "startDate", "vat"]);
        // Without a message, the details make one.
        let e = status_error(&reply(422, r#"{"status":false,"error":{"message":"<p>The Message field is required.</p>"}}"#));
        assert_eq!(e.message, "The Message field is required.");
    }

    #[test]
    fn statuses_map_to_kinds_with_the_servers_words() {
        let cases = [
            (400, r#"{"status":false,"message":"Invalid email or password"}"#, ErrorKind::Auth, "Invalid email or password"),
            (401, r#"{"status":false,"message":"Token Time Expire."}"#, ErrorKind::Auth, "Token Time Expire."),
            (403, include_str!("../../../tests/fixtures/perfex/error_403.json"), ErrorKind::Forbidden, "You do not have permission to perform this action"),
            (404, include_str!("../../../tests/fixtures/perfex/error_404.json"), ErrorKind::NotFound, "No data found"),
            (405, r#"{"status":false,"error":"Unknown method"}"#, ErrorKind::Http, "Unknown method"),
            (500, "<html><body>Database Error</body></html>", ErrorKind::Http, "HTTP 500"),
        ];
        for (status, body, kind, text) in cases {
            let e = status_error(&reply(status, body));
            assert_eq!((e.kind, e.message.as_str(), e.status), (kind, text, Some(status)), "{status}");
        }
    }

    #[test]
    fn an_empty_list_is_the_modules_404_but_a_404_page_or_other_json_is_an_error() {
        let empty = decode(&reply(404, include_str!("../../../tests/fixtures/perfex/error_404.json")), Expect::List, &[]);
        assert!(matches!(empty, Ok(None)));
        let page = decode(&reply(404, "<html><h1>404 Not Found</h1></html>"), Expect::List, &[]);
        assert_eq!(page.err().map(|e| e.kind), Some(ErrorKind::NotFound));
        // Another application's JSON 404 (a base URL pointing elsewhere) is not an empty list.
        for other in ["[]", r#"{"error":"Not Found"}"#, r#"{"status":404,"message":"no route"}"#] {
            let answer = decode(&reply(404, other), Expect::List, &[]);
            assert_eq!(answer.err().map(|e| e.kind), Some(ErrorKind::NotFound), "{other}");
        }
        let one = decode(&reply(404, include_str!("../../../tests/fixtures/perfex/error_404.json")), Expect::One, &[]);
        assert_eq!(one.err().map(|e| e.kind), Some(ErrorKind::NotFound));
    }

    #[test]
    fn write_answers_are_confirmed_or_refused() {
        for sample in [
            include_str!("../../../tests/fixtures/perfex/logout.json"),
            include_str!("../../../tests/fixtures/perfex/register.json"),
            include_str!("../../../tests/fixtures/perfex/proposal_comment_added.json"),
            include_str!("../../../tests/fixtures/perfex/contract_comment_added.json"),
            include_str!("../../../tests/fixtures/perfex/task_added.json"),
            include_str!("../../../tests/fixtures/perfex/task_updated.json"),
            include_str!("../../../tests/fixtures/perfex/ticket_added.json"),
            include_str!("../../../tests/fixtures/perfex/ticket_reply_added.json"),
        ] {
            let message = confirm(&reply(200, sample)).unwrap();
            assert!(!message.is_empty() && !registration_refused(&message), "{sample}");
        }
        let e = confirm(&reply(200, r#"{"status":false,"message":"<p>Could not save</p>"}"#)).unwrap_err();
        assert_eq!((e.kind, e.message.as_str()), (ErrorKind::Api, "Could not save"));
        let e = confirm(&reply(403, include_str!("../../../tests/fixtures/perfex/error_403.json"))).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Forbidden);
    }

    #[test]
    fn a_disabled_registration_is_recognised() {
        assert!(registration_refused("Registration is not enabled"));
        let refused = Envelope::of(crate::core::json::from_str(include_str!("../../../tests/fixtures/perfex/register_refused.json")).unwrap()).unwrap();
        assert!(registration_refused(&refused.message.or_empty()));
        assert!(!registration_refused("Thank your for registering."));
    }

    #[test]
    fn a_registration_is_checked_and_sent_in_the_modules_order() {
        use crate::core::fields::Input;
        use crate::perfex::types::RegistrationForm;
        let fields = RegistrationForm::FIELDS;
        let values = |v: &[Option<&str>]| v.iter().map(|v| v.map(str::to_string)).collect::<Vec<_>>();
        let full = [Some(" Acme "), Some("Ada"), Some("L"), Some("a@x.io"), Some(" pw "), Some(" "), None, Some("9"), None, None, Some("3"), Some("C"), None, None, Some("S")];
        let (form, password) = registration_form(fields, values(&full)).unwrap();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(password, " pw ");
        assert_eq!(
            pairs,
            [("company", "Acme"), ("firstname", "Ada"), ("lastname", "L"), ("email", "a@x.io"), ("password", " pw "), ("passwordr", " pw "), ("contact_phonenumber", "9"), ("city", "C"), ("state", "S"), ("country", "3")]
        );
        let error = |v: &[Option<&str>]| registration_form(fields, values(v)).unwrap_err().details[0].clone();
        assert_eq!(error(&[Some("A"), Some(" "), None, Some("x")]), ("firstName".to_string(), "is required".to_string()));
        assert_eq!(error(&[Some("A"), Some("B"), Some("C"), Some("x")]).0, "email");
        assert_eq!(error(&[Some("A"), Some("B"), Some("C"), Some(" "), Some("")]), ("email".to_string(), "is required".to_string()));
        assert_eq!(error(&[Some("A"), Some("B"), Some("C"), Some("a@b"), Some("")]), ("password".to_string(), "is required".to_string()));
    }

    #[test]
    fn the_login_sample_decodes() {
        let data = crate::perfex::table::sample(include_str!("../../../tests/fixtures/perfex/login.json"), LOGIN);
        assert_eq!((&data["clientId"], &data["contactId"]), (&"1".into(), &"1".into()));
        assert!(data["token"].as_str().is_some_and(|t| !t.is_empty()));
    }

    #[test]
    fn an_answer_that_is_not_an_object_is_a_decode_error() {
        for body in ["null", "0", "\"ok\"", "[1]"] {
            let e = decode(&reply(200, body), Expect::List, &[]).err().map(|e| e.kind);
            assert_eq!(e, Some(ErrorKind::Decode), "{body}");
        }
        let envelope = decode(&reply(200, r#"{"status":true,"data":"s3cret"}"#), Expect::One, &[]).unwrap().unwrap();
        let mut wrong = None;
        crate::perfex::table::record(Some(&envelope.data), LOGIN, &mut wrong);
        let e = wrong.unwrap();
        assert!(e.kind == ErrorKind::Decode && !e.message.contains("s3cret"), "{}", e.message);
    }
}
