//! What the caller of `PerfexClient` sends and receives.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::wire;

/// Options of a `PerfexClient` (read through `ClientOptions::settings_from_js`; this type
/// exists for its TypeScript declaration).
#[allow(dead_code)]
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PerfexOptions {
    #[serde(flatten)]
    pub common: crate::core::options::ClientOptions,
}

/// A contact's sign-in.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PerfexCredentials {
    /// The contact's e-mail address.
    pub email: String,
    /// The contact's password (kept only for this request).
    pub password: String,
}

/// The signed-in contact. The token itself stays inside the client.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PerfexSession {
    /// The customer (company) id.
    pub client_id: String,
    /// The contact's id.
    pub contact_id: String,
    /// When the server will refuse the token (ms since the epoch): 7 days after sign-in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub expires_at: Option<f64>,
}

/// An id with its display name, e.g. a ticket's department.
#[derive(Tsify, Serialize)]
pub struct Named {
    /// The id, as the server sends it.
    pub id: String,
    /// The display name (absent when the server does not send one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
}

/// A ticket's status.
#[derive(Tsify, Serialize)]
pub struct TicketStatus {
    /// The status id ("1" is Open in a default installation).
    pub id: String,
    /// The display name, e.g. "Open".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// The colour the portal shows it in, e.g. "#ff2d42".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub color: Option<String>,
}

/// A support ticket, as listed.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ticket {
    /// The ticket id.
    pub id: String,
    /// The subject line.
    pub subject: String,
    /// The first message, as HTML written by people: untrusted, sanitize before display.
    pub message: String,
    /// When it was opened, as the server writes it ("2023-05-18 11:01:23").
    pub date: String,
    /// When the last reply came (absent before the first reply).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_reply: Option<String>,
    /// Its status.
    pub status: TicketStatus,
    /// Its priority.
    pub priority: Named,
    /// The department it is with.
    pub department: Named,
    /// The service it concerns, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub service: Option<Named>,
    /// The project it concerns, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub project: Option<Named>,
    /// Whether the customer has read the latest reply.
    pub read: bool,
}

/// A file attached to a ticket or a reply.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TicketAttachment {
    /// The attachment id.
    pub id: String,
    /// The file's name.
    pub file_name: String,
    /// Its MIME type, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub file_type: Option<String>,
}

/// One reply in a ticket's thread.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TicketReply {
    /// The reply id.
    pub id: String,
    /// When it was written.
    pub date: String,
    /// Its text, as HTML written by people: untrusted, sanitize before display.
    pub message: String,
    /// Who wrote it, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub author: Option<String>,
    /// Whether staff wrote it (rather than the customer).
    pub from_staff: bool,
    /// Files attached to this reply.
    pub attachments: Vec<TicketAttachment>,
}

/// A ticket with its thread.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TicketDetail {
    /// The ticket itself.
    #[serde(flatten)]
    pub ticket: Ticket,
    /// Files attached to the first message.
    pub attachments: Vec<TicketAttachment>,
    /// The replies, oldest first.
    pub replies: Vec<TicketReply>,
}

/// A list of tickets.
#[derive(Tsify, Serialize)]
pub struct Tickets(pub Vec<Ticket>);

fn named(id: &crate::core::lenient::Text, name: &crate::core::lenient::Text) -> Option<Named> {
    id.non_empty().filter(|id| id != "0").map(|id| Named { id, name: name.non_empty() })
}

impl From<&wire::Ticket> for Ticket {
    fn from(w: &wire::Ticket) -> Ticket {
        Ticket {
            id: w.ticketid.or_empty(),
            subject: w.subject.or_empty(),
            message: w.message.or_empty(),
            date: w.date.or_empty(),
            last_reply: w.lastreply.non_empty(),
            status: TicketStatus { id: w.status.or_empty(), name: w.status_name.non_empty(), color: w.statuscolor.non_empty() },
            priority: Named { id: w.priority.or_empty(), name: w.priority_name.non_empty() },
            department: Named { id: w.department.or_empty(), name: w.department_name.non_empty().map(|n| n.trim().to_string()) },
            service: named(&w.service, &w.service_name),
            project: named(&w.project_id, &w.project_name),
            read: w.clientread.or_false(),
        }
    }
}

impl From<&wire::Attachment> for TicketAttachment {
    fn from(w: &wire::Attachment) -> TicketAttachment {
        TicketAttachment { id: w.id.or_empty(), file_name: w.file_name.or_empty(), file_type: w.filetype.non_empty() }
    }
}

impl From<&wire::TicketReply> for TicketReply {
    fn from(w: &wire::TicketReply) -> TicketReply {
        TicketReply {
            id: w.id.or_empty(),
            date: w.date.or_empty(),
            message: w.message.or_empty(),
            author: w.submitter.non_empty().or_else(|| w.name.non_empty()),
            from_staff: w.admin.non_empty().is_some_and(|a| a != "0"),
            attachments: w.attachments.0.iter().map(TicketAttachment::from).collect(),
        }
    }
}

impl From<&wire::Ticket> for TicketDetail {
    fn from(w: &wire::Ticket) -> TicketDetail {
        TicketDetail {
            ticket: Ticket::from(w),
            attachments: w
                .attachments
                .0
                .iter()
                .filter(|a| a.replyid.non_empty().is_none_or(|r| r == "0"))
                .map(TicketAttachment::from)
                .collect(),
            replies: w.ticket_replies.0.iter().map(TicketReply::from).collect(),
        }
    }
}
