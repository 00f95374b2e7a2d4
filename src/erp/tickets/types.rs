//! What the caller of the ticket methods sends and receives.

use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::JsValue;

use super::wire;
use crate::core::error::Result;
use crate::core::lenient::Text;
use crate::core::fields::{Fields, Input};
use crate::core::record::output_record;
use crate::erp::types::page_of;

/// How many tickets the customer has.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
pub struct ErpAssignee {
    /// The staff member's id.
    pub id: String,
    /// Their name.
    pub name: String,
}

/// Who opened a ticket.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "Array<Blob | File>")]
    pub attachments: JsValue,
}

/// Read by `read_input_with_files`, which puts the caller's `attachments` in.
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
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    #[tsify(optional, type = "Array<Blob | File>")]
    pub attachments: JsValue,
}

/// Read by `read_input_with_files`, which puts the caller's `attachments` in.
impl Input for ErpTicketReplyInput {
    const FIELDS: &'static [&'static str] = &["message", "attachments"];
    fn read(f: &Fields) -> Result<ErpTicketReplyInput> {
        Ok(ErpTicketReplyInput { message: f.string("message")?, attachments: JsValue::UNDEFINED })
    }
}

/// A ticket just opened.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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

impl From<&wire::Counts> for ErpTicketCounts {
    fn from(w: &wire::Counts) -> ErpTicketCounts {
        let (open, closed) = (w.open_ticket_cnt.0.unwrap_or(0), w.closed_ticket_cnt.0.unwrap_or(0));
        ErpTicketCounts { open, closed, total: w.total_ticket_cnt.0.unwrap_or(open + closed) }
    }
}

impl From<&wire::EntryModel> for ErpTicketMessage {
    fn from(w: &wire::EntryModel) -> ErpTicketMessage {
        let staff_id = w.staff_id.non_empty().filter(|s| s != "0");
        ErpTicketMessage {
            id: w.id.or_empty(),
            from_staff: w.kind.or_empty().eq_ignore_ascii_case("R") || staff_id.is_some(),
            poster: w.poster.or_empty(),
            title: w.title.non_empty(),
            body: w.body.or_empty(),
            format: w.format.non_empty(),
            created_at: w.created.non_empty(),
            attachments: w
                .attachments
                .0
                .iter()
                .map(|a| ErpTicketAttachment {
                    id: a.id.or_empty(),
                    name: a.name.or_empty(),
                    size: a.size.0,
                    content_type: a.content_type.non_empty(),
                })
                .collect(),
        }
    }
}

impl ErpTicketDetail {
    /// The ticket of a `getTicketInfo` answer.
    pub fn from_wire(t: &wire::Ticket, data: &wire::TicketData) -> ErpTicketDetail {
        let email = match &t.user_email {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Object(o) => o.get("address").and_then(|a| a.as_str()).map(str::to_string),
            _ => None,
        }
        .filter(|e| !e.is_empty());
        let name = t.user_name.non_empty().or_else(|| {
            t.user_email.get("name").and_then(|n| n.as_str()).filter(|n| !n.is_empty()).map(str::to_string)
        });
        ErpTicketDetail {
            id: t.ticket_id.or_empty(),
            number: t.ticket_number.or_empty(),
            subject: t.subject.or_empty(),
            status: t.ticket_status.or_empty(),
            priority: t.priority.non_empty(),
            department: t.department.non_empty(),
            help_topic: t.help_topic.non_empty(),
            source: t.source.non_empty(),
            created_at: t.create_timestamp.non_empty(),
            due_at: t.due_timestamp.non_empty(),
            closed_at: t.close_timestamp.non_empty(),
            last_message_at: t.last_message_timestamp.non_empty(),
            last_response_at: t.last_response_timestamp.non_empty(),
            user: ErpTicketUser { name, email },
            assignees: t.assigned_to.0.iter().map(|a| ErpAssignee { id: a.id.or_empty(), name: a.name.or_empty() }).collect(),
            messages: t.thread_entries.0.iter().map(|e| ErpTicketMessage::from(&e.model)).collect(),
            staff_avatar_url: data.staff_avatar.non_empty(),
            user_avatar_url: data.user_avatar.non_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_reads_as_the_caller_sees_it() {
        let info: wire::TicketInfo = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/get_ticket_info.json"));
        let data = &info.result.data;
        let detail = ErpTicketDetail::from_wire(data.ticket.as_ref().unwrap(), data);
        assert_eq!((detail.number.as_str(), detail.status.as_str()), ("480110", "Open"));
        assert_eq!(detail.user.email.as_deref(), Some("someone@example.com"));
        assert_eq!(detail.messages.len(), 2);
        assert!(!detail.messages[0].from_staff && detail.messages[1].from_staff);
        assert_eq!(detail.messages[0].attachments[0].size, Some(2048));
        assert_eq!(detail.due_at, None);
    }
}
