//! What the Perfex server sends and reads: its envelope, its row shapes, its status codes.
//! Nothing here leaves this module except through `types.rs`.

use serde::Deserialize;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::{from_json, strip_tags, Flag, List, Text};
use crate::core::transport::Reply;

/// Every answer: `{status, message?, error?, data?}`. `status` is `HTTP code == 200`.
#[derive(Deserialize)]
#[serde(default, bound(deserialize = "T: Deserialize<'de>"))]
pub struct Envelope<T> {
    pub status: Flag,
    pub message: Text,
    /// Framework errors put their text here; validation failures a field → `<p>` text map.
    pub error: serde_json::Value,
    pub data: Option<T>,
}

impl<T> Default for Envelope<T> {
    fn default() -> Self {
        Envelope { status: Flag::default(), message: Text::default(), error: serde_json::Value::Null, data: None }
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
pub fn decode<T: for<'de> Deserialize<'de>>(reply: &Reply, expect: Expect) -> Result<Option<Envelope<T>>> {
    if reply.status == 200 {
        return from_json::<Envelope<T>>(&reply.body, "the answer").map(Some);
    }
    if reply.status == 404 && expect == Expect::List && is_json(&reply.body) {
        return Ok(None);
    }
    Err(status_error(reply))
}

fn is_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body).is_ok()
}

/// The error for a non-200 answer, with the server's own words.
pub fn status_error(reply: &Reply) -> Error {
    let envelope: Envelope<serde_json::Value> = serde_json::from_slice(&reply.body).unwrap_or_default();
    let text = envelope
        .message
        .non_empty()
        .or_else(|| envelope.error.as_str().map(str::to_string))
        .map(|t| strip_tags(&t))
        .unwrap_or_else(|| format!("HTTP {}", reply.status));
    let kind = match reply.status {
        400 | 401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        404 => ErrorKind::NotFound,
        422 => ErrorKind::Validation,
        _ => ErrorKind::Http,
    };
    let details = match &envelope.error {
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(field, problem)| (field.clone(), strip_tags(problem.as_str().unwrap_or_default())))
            .collect(),
        _ => Vec::new(),
    };
    Error::new(kind, text).with_status(reply.status).with_details(details)
}

/// `data` of a successful login.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginData {
    pub client_id: Text,
    pub contact_id: Text,
    #[serde(rename = "API_TIME")]
    pub api_time: Text,
    pub token: Text,
}

/// A ticket row, as list and detail send it (plus `attachments` and `ticket_replies` in detail).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Ticket {
    pub ticketid: Text,
    pub subject: Text,
    pub message: Text,
    pub date: Text,
    pub lastreply: Text,
    pub status: Text,
    pub status_name: Text,
    pub statuscolor: Text,
    pub priority: Text,
    pub priority_name: Text,
    pub department: Text,
    pub department_name: Text,
    pub service: Text,
    pub service_name: Text,
    pub project_id: Text,
    pub project_name: Text,
    pub clientread: Flag,
    pub user_firstname: Text,
    pub user_lastname: Text,
    pub attachments: List<Attachment>,
    pub ticket_replies: List<TicketReply>,
}

/// A file attached to a ticket or a reply.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Attachment {
    pub id: Text,
    pub file_name: Text,
    pub filetype: Text,
    pub replyid: Text,
    pub dateadded: Text,
}

/// A reply in a ticket's thread.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TicketReply {
    pub id: Text,
    pub date: Text,
    pub message: Text,
    pub name: Text,
    pub submitter: Text,
    pub admin: Text,
    pub attachments: List<Attachment>,
}
