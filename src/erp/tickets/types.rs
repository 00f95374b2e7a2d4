//! What the caller of the ticket methods sends and receives.

use crate::core::json::Value;
use tsify::Tsify;
use wasm_bindgen::JsValue;

use crate::core::error::Result;
use crate::core::lenient::Text;
use crate::core::fields::{Fields, Input};
use crate::core::record::output_record;
use crate::erp::out::{Out, Row};
use crate::erp::types::page_of;

/// How many tickets the customer has.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpTicketCounts {
    /// Open tickets.
    pub open: u64,
    /// Closed tickets.
    pub closed: u64,
    /// Every ticket.
    pub total: u64,
}

output_record! {
    /// A ticket, as listed.
    pub struct ErpTicketSummary {
        /// The ticket's id.
        id: Text = "ticket_id",
        /// The ticket's number, as the portal shows it.
        number: Text = "ticketnumber",
        /// The subject line.
        subject: Text = "subject",
        /// The department it is with, if the server says.
        department: Optional = "dept",
        /// When it was opened (the server's date and time), if the server says.
        created_at: Optional = "dates",
        /// Its status, e.g. `"Open"`, if the server says.
        status: Optional = "status",
        /// Its priority, e.g. `"High"`, if the server says.
        priority: Optional = "priority",
        /// When it last changed, if the server says.
        last_updated_at: Optional = "last_updated",
    }
}

page_of!(
    /// A page of tickets.
    ErpTicketPage,
    ErpTicketSummary
);

/// A staff member a ticket is assigned to.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpAssignee {
    /// The staff member's id.
    pub id: String,
    /// Their name.
    pub name: String,
}

/// Who opened a ticket.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpTicketUser {
    /// Their name, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// Their e-mail address, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
}

/// A file attached to a message of a ticket.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpTicketAttachment {
    /// The attachment's id.
    pub id: String,
    /// The file's name.
    pub name: String,
    /// Its size in bytes, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub size: Option<u64>,
    /// Its MIME type, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub content_type: Option<String>,
}

/// One entry of a ticket's thread.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpTicketMessage {
    /// The entry's id.
    pub id: String,
    /// Whether staff wrote it (a response) rather than the customer (a message).
    pub from_staff: bool,
    /// Who wrote it.
    pub poster: String,
    /// Its title, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub title: Option<String>,
    /// Its text, usually HTML written by people: untrusted, sanitize before display.
    pub body: String,
    /// The body's format, e.g. `"html"`, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub format: Option<String>,
    /// When it was written, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_at: Option<String>,
    /// Files attached to it.
    pub attachments: Vec<ErpTicketAttachment>,
}

/// A ticket with its thread.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpTicketDetail {
    /// The ticket's id.
    pub id: String,
    /// The ticket's number.
    pub number: String,
    /// The subject line.
    pub subject: String,
    /// Its status, e.g. `"Open"`.
    pub status: String,
    /// Its priority, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub priority: Option<String>,
    /// The department it is with, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub department: Option<String>,
    /// The help topic, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub help_topic: Option<String>,
    /// How it came in (e.g. `"Web"`, `"Email"`), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub source: Option<String>,
    /// When it was opened, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_at: Option<String>,
    /// When it is due, if it has a due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub due_at: Option<String>,
    /// When it was closed, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub closed_at: Option<String>,
    /// When the customer last wrote, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_message_at: Option<String>,
    /// When staff last responded, if they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_response_at: Option<String>,
    /// Who opened it.
    pub user: ErpTicketUser,
    /// The staff it is assigned to.
    pub assignees: Vec<ErpAssignee>,
    /// The thread, oldest first.
    pub messages: Vec<ErpTicketMessage>,
    /// The picture shown beside staff responses, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub staff_avatar_url: Option<String>,
    /// The picture shown beside the customer's messages, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub user_avatar_url: Option<String>,
}

/// A new ticket.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewTicket {
    /// The subject line.
    pub subject: String,
    /// The first message (plain text or HTML).
    pub message: String,
    /// The department's id (the portal's list: 1 Sales, 2 Accounts, 3 Technical Support,
    /// 4 Billing, 5 Support); the server's default when absent.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub department_id: Text,
    /// Files to attach (`Blob`s or `File`s); the ticket then goes as multipart.
    #[serde(default)]
    #[tsify(optional, type = "Array<Blob | File>")]
    pub attachments: JsValue,
}

/// Read by `core::fields::read_input_beside`, which puts the caller's `attachments` in.
impl Input for ErpNewTicket {
    const FIELDS: &'static [&'static str] = &["subject", "message", "departmentId", "attachments"];
    fn read(f: &Fields) -> Result<ErpNewTicket> {
        Ok(ErpNewTicket {
            subject: f.string("subject")?,
            message: f.string("message")?,
            department_id: f.optional_id("departmentId"),
            attachments: JsValue::UNDEFINED,
        })
    }
}

/// A reply to a ticket.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpTicketReplyInput {
    /// The reply's text.
    pub message: String,
    /// Files to attach (`Blob`s or `File`s).
    #[serde(default)]
    #[tsify(optional, type = "Array<Blob | File>")]
    pub attachments: JsValue,
}

/// Read by `core::fields::read_input_beside`, which puts the caller's `attachments` in.
impl Input for ErpTicketReplyInput {
    const FIELDS: &'static [&'static str] = &["message", "attachments"];
    fn read(f: &Fields) -> Result<ErpTicketReplyInput> {
        Ok(ErpTicketReplyInput { message: f.string("message")?, attachments: JsValue::UNDEFINED })
    }
}

/// A ticket just opened.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCreatedTicket {
    /// The ticket's id.
    pub id: String,
    /// The ticket's number.
    pub number: String,
    /// How many files the server stored with it.
    pub attachment_count: u64,
}

/// A reply just posted.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpPostedReply {
    /// The thread entry's id, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub entry_id: Option<String>,
    /// The portal's words, if there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub message: Option<String>,
}

/// The caller's `ErpTicketCounts` of `ticket_count`'s `List` (all 0 when the server sent
/// none); the total is the sum unless the server says.
pub fn ticket_counts(w: Option<&Row>) -> Value {
    let count = |field: &str| w.and_then(|w| w.count(field));
    let (open, closed) = (count("open_ticket_cnt").unwrap_or(0), count("closed_ticket_cnt").unwrap_or(0));
    let total = count("total_ticket_cnt").unwrap_or(open + closed);
    Out::new().number("open", open).number("closed", closed).number("total", total).build()
}

/// The caller's `ErpTicketMessage` of a thread entry's `model`.
fn message(w: &Row) -> Result<Value> {
    let staff_id = w.non_empty("staff_id").filter(|s| s != "0");
    let rows = w.list("attachments")?;
    let attachments = rows.iter().map(|a| {
        Out::new()
            .texts(a, &[("id", "id"), ("name", "name")])
            .optional_number("size", a.count("size"))
            .optional("contentType", a.non_empty("type"))
            .build()
    });
    let attachments = attachments.collect();
    Ok(Out::new()
        .text("id", w.text("id"))
        .flag("fromStaff", w.text("type").eq_ignore_ascii_case("R") || staff_id.is_some())
        .text("poster", w.text("poster"))
        .optional("title", w.non_empty("title"))
        .text("body", w.text("body"))
        .optionals(w, &[("format", "format"), ("createdAt", "created")])
        .value("attachments", attachments)
        .build())
}

/// The caller's `ErpTicketDetail` of the `ticket` of a `getTicketInfo` answer and its `data`.
pub fn detail(t: &Row, data: &Row) -> Result<Value> {
    let user_email = t.get("user_email");
    let email = match user_email {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Object(o)) => o.get("address").and_then(|a| a.as_str()).map(str::to_string),
        _ => None,
    }
    .filter(|e| !e.is_empty());
    let name = t.non_empty("user_name").or_else(|| {
        user_email.and_then(|e| e.get("name")).and_then(|n| n.as_str()).filter(|n| !n.is_empty()).map(str::to_string)
    });
    let assignees = t.list("assigned_to")?.iter().map(|a| Out::new().text("id", a.text("id")).text("name", a.text("name")).build()).collect();
    let entries = t.list("thread_entries")?;
    let mut messages = Vec::with_capacity(entries.len());
    for entry in &entries {
        messages.push(message(&entry.record("model")?)?);
    }
    Ok(Out::new()
        .texts(t, &[("id", "ticket_id"), ("number", "ticket_number"), ("subject", "subject"), ("status", "ticket_status")])
        .optionals(t, &[("priority", "priority"), ("department", "department"), ("helpTopic", "help_topic"), ("source", "source"), ("createdAt", "create_timestamp"), ("dueAt", "due_timestamp"), ("closedAt", "close_timestamp"), ("lastMessageAt", "last_message_timestamp"), ("lastResponseAt", "last_response_timestamp")])
        .value("user", Out::new().optional("name", name).optional("email", email).build())
        .value("assignees", assignees)
        .value("messages", Value::Array(messages))
        .optionals(data, &[("staffAvatarUrl", "staff_avatar"), ("userAvatarUrl", "user_avatar")])
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    #[test]
    fn a_thread_reads_as_the_caller_sees_it() {
        let answer: Value = crate::core::json::from_str(include_str!("../../../tests/fixtures/erp/get_ticket_info.json")).unwrap();
        let data = Row::of(&answer).unwrap().record("result").unwrap().record("data").unwrap();
        let detail = detail(&data.record("ticket").unwrap(), &data).unwrap();
        assert_eq!((detail["number"].as_str(), detail["status"].as_str()), (Some("480110"), Some("Open")));
        assert_eq!(detail["user"]["email"], "someone@example.com");
        assert_eq!(detail["messages"].as_array().map(Vec::len), Some(2));
        assert_eq!((detail["messages"][0]["fromStaff"].as_bool(), detail["messages"][1]["fromStaff"].as_bool()), (Some(false), Some(true)));
        assert_eq!(detail["messages"][0]["attachments"][0]["size"], 2048);
        assert!(detail.get("dueAt").is_none());
    }

    #[test]
    fn ticket_lists_decode() {
        let list: Value = crate::core::json::from_str(include_str!("../../../tests/fixtures/erp/open_ticket.json")).unwrap();
        let rows = crate::core::record::rows(&list["open"], ErpTicketSummary::COLUMNS).unwrap();
        assert_eq!(rows[0]["number"], "480132");
    }

    #[test]
    fn counts_add_up_unless_the_server_says() {
        assert_eq!(ticket_counts(None), json!({ "open": 0, "closed": 0, "total": 0 }));
        let counts = json!({ "open_ticket_cnt": "2", "closed_ticket_cnt": 3 });
        assert_eq!(ticket_counts(Some(&Row::of(&counts).unwrap())), json!({ "open": 2, "closed": 3, "total": 5 }));
    }
}
