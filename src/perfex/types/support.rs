//! Support tickets as the caller sees them, and the inputs of `createTicket` / `replyToTicket`.

use serde::de::IgnoredAny;
use tsify::Tsify;

use super::{IdInput, Named};
use crate::core::error::{Error, Result};
use crate::core::fields::{Fields, Input};
use crate::perfex::table::{table, Shape, Table};

record! {
    input
    /// A new support ticket, for `createTicket`.
    pub struct NewTicket {
        /// The subject line.
        pub subject: String,
        /// The department it goes to (an id from `listDepartments`).
        #[tsify(type = "string | number")]
        pub department: IdInput,
        /// How urgent it is (an id from `listTicketPriorities`).
        #[tsify(type = "string | number")]
        pub priority: IdInput,
        /// The first message (HTML or plain text).
        pub message: String,
        /// The project it concerns (an id from `listProjects`).
        #[tsify(type = "string | number")]
        pub project_id?: IdInput,
        /// The service it concerns (an id from `listServices`).
        #[tsify(type = "string | number")]
        pub service?: IdInput,
        /// Files to attach (a `File` keeps its name; a plain `Blob` is sent as "attachment-N").
        #[tsify(type = "(File | Blob)[]")]
        pub attachments?: IgnoredAny,
    }
}

/// Read beside its `attachments` (files, not data: see `fields::read_input_beside`).
/// A `NewTicket` as the form that opens it (the server's field names, in its order; the
/// `attachments` are read apart): read and checked in one go, no struct in between. The
/// subject and the message are required and trimmed, the ids sent as given.
pub struct TicketForm(pub Vec<(&'static str, String)>);

impl Input for TicketForm {
    const FIELDS: &'static [&'static str] = &["subject", "department", "priority", "message", "projectId", "service", "attachments"];

    fn read(f: &Fields) -> Result<Self> {
        use super::Kind::{Id, OptionalId, Text};
        use crate::perfex::wire::{TICKET_DEPARTMENT, TICKET_MESSAGE, TICKET_PRIORITY, TICKET_PROJECT, TICKET_SERVICE, TICKET_SUBJECT};
        const WIRE: [&str; 6] = [TICKET_SUBJECT, TICKET_DEPARTMENT, TICKET_PRIORITY, TICKET_MESSAGE, TICKET_PROJECT, TICKET_SERVICE];
        let values = super::texts(f, Self::FIELDS, &[Text, Id, Id, Text, OptionalId, OptionalId])?;
        let mut form = Vec::with_capacity(WIRE.len());
        for (i, ((field, name), value)) in Self::FIELDS.iter().zip(WIRE).zip(values).enumerate() {
            let Some(value) = value else { continue };
            let value = match i {
                0 | 3 => Some(value.trim()).filter(|v| !v.is_empty()).ok_or_else(|| Error::invalid_input(field, "is required"))?.to_string(),
                _ => value,
            };
            form.push((name, value));
        }
        Ok(TicketForm(form))
    }
}

record! {
    input
    /// A reply to a ticket, for `replyToTicket`.
    pub struct NewTicketReply {
        /// The reply's text (HTML or plain text).
        pub message: String,
        /// Files to attach (a `File` keeps its name; a plain `Blob` is sent as "attachment-N").
        #[tsify(type = "(File | Blob)[]")]
        pub attachments?: IgnoredAny,
    }
}

/// Read beside its `attachments` (files, not data: see `fields::read_input_beside`).
impl Input for NewTicketReply {
    const FIELDS: &'static [&'static str] = &["message", "attachments"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(NewTicketReply { message: f.string("message")?, attachments: None })
    }
}

record! {
    /// A ticket's status.
    pub struct TicketStatus {
        /// The status id ("1" is Open in a default installation).
        pub id: String = "status" Text,
        /// The display name, e.g. "Open".
        pub name?: String = "status_name" Sent,
        /// The colour the portal shows it in, e.g. "#ff2d42".
        pub color?: String = "statuscolor" Sent,
    }
}

/// A ticket's priority: its id and name.
const PRIORITY: &Table = table![("id", "priority", Shape::Text), ("name", "priority_name", Shape::Sent)];

/// A ticket's department: its id and name.
const DEPARTMENT: &Table = table![("id", "department", Shape::Text), ("name", "department_name", Shape::SentTrimmed)];

record! {
    /// A support ticket, as listed.
    pub struct Ticket {
        /// The ticket id.
        pub id: String = "ticketid" Text,
        /// The subject line.
        pub subject: String = "subject" Text,
        /// The first message, as HTML written by people: untrusted, sanitize before display.
        pub message: String = "message" Text,
        /// When it was opened, as the server writes it ("2023-05-18 11:01:23").
        pub date: String = "date" Text,
        /// When the last reply came (absent before the first reply).
        pub last_reply?: String = "lastreply" Sent,
        /// Its status.
        pub status: TicketStatus = "" Part(TicketStatus::COLUMNS, 0),
        /// Its priority.
        pub priority: Named = "" Part(PRIORITY, 0),
        /// The department it is with.
        pub department: Named = "" Part(DEPARTMENT, 0),
        /// The service it concerns, when set.
        pub service?: Named = "service" Named("service_name"),
        /// The project it concerns, when set.
        pub project?: Named = "project_id" Named("project_name"),
        /// Whether the customer has read the latest reply.
        pub read: bool = "clientread" Flag,
    }
}

record! {
    /// A file attached to a ticket or a reply.
    pub struct TicketAttachment {
        /// The attachment id.
        pub id: String = "id" Text,
        /// The file's name.
        pub file_name: String = "file_name" Text,
        /// Its MIME type, when known.
        pub file_type?: String = "filetype" Sent,
    }
}

record! {
    /// One reply in a ticket's thread.
    pub struct TicketReply {
        /// The reply id.
        pub id: String = "id" Text,
        /// When it was written.
        pub date: String = "date" Text,
        /// Its text, as HTML written by people: untrusted, sanitize before display.
        pub message: String = "message" Text,
        /// Who wrote it, when the server says.
        pub author?: String = "submitter" SentOr("name"),
        /// Whether staff wrote it (rather than the customer).
        pub from_staff: bool = "admin" NotZero,
        /// Files attached to this reply.
        pub attachments: Vec<TicketAttachment> = "attachments" List(TicketAttachment::COLUMNS, 0),
    }
}

record! {
    /// A ticket with its thread.
    pub struct TicketDetail {
        /// The ticket itself.
        #[serde(flatten)]
        pub ticket: Ticket = "" Flatten(Ticket::COLUMNS),
        /// Files attached to the first message.
        pub attachments: Vec<TicketAttachment> = "attachments" ListUnlessReply(TicketAttachment::COLUMNS),
        /// The replies, oldest first.
        pub replies: Vec<TicketReply> = "ticket_replies" List(TicketReply::COLUMNS, 0),
    }
}

/// A listed ticket's row: its thread is not listed, but a thread of the wrong shape fails the
/// answer as it does in `getTicket`.
pub const TICKET_ROWS: &Table = table![
    ("", "", Shape::Flatten(Ticket::COLUMNS)),
    ("", "attachments", Shape::Checked(TicketAttachment::COLUMNS)),
    ("", "ticket_replies", Shape::Checked(TicketReply::COLUMNS)),
];

/// A list of tickets.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Tickets(pub Vec<Ticket>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{parse, sample_rows};

    #[test]
    fn a_listed_ticket_converts() {
        let v = &sample_rows(include_str!("../../../tests/fixtures/perfex/tickets.json"), TICKET_ROWS)[0];
        assert_eq!(v["id"], "2");
        assert_eq!(v["department"]["name"], "Department Name 1");
        assert_eq!(v["status"]["color"], "#ff2d42");
        assert_eq!(v["project"]["name"], "SEO Optimization");
        assert_eq!(v["read"], false);
        assert!(v.get("service").is_none() && v.get("lastReply").is_none());
    }

    #[test]
    fn a_thread_separates_the_first_messages_files_from_the_replies() {
        let d = parse(
            r#"{"ticketid":"2","subject":"s","message":"<p>m</p>","status":"1","priority":"2","department":"1",
                "attachments":[{"id":"1","file_name":"a.png","filetype":"image/png","replyid":null},
                               {"id":"2","file_name":"b.txt","replyid":"7"}],
                "ticket_replies":[{"id":"7","date":"2025-04-03 16:00:00","message":"<p>r</p>","admin":"1","submitter":"Sam Porter",
                                   "attachments":[{"id":"2","file_name":"b.txt","replyid":"7"}]},
                                  {"id":"8","date":"2025-04-03 17:00:00","message":"<p>ok</p>","admin":null,"name":"Ada Lindqvist"}]}"#,
            TicketDetail::COLUMNS,
        );
        let attachments = d["attachments"].as_array().unwrap();
        assert_eq!((attachments.len(), &attachments[0]["id"]), (1, &crate::core::json::json!("1")));
        assert_eq!((&d["replies"][0]["fromStaff"], d["replies"][0]["attachments"].as_array().unwrap().len()), (&true.into(), 1));
        assert_eq!((&d["replies"][1]["fromStaff"], &d["replies"][1]["author"]), (&false.into(), &"Ada Lindqvist".into()));
    }
}
