//! Support tickets as the caller sees them, and the inputs of `createTicket` / `replyToTicket`.

use serde::de::IgnoredAny;
use tsify::Tsify;

use super::{named, IdInput, Named};
use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::perfex::wire;

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
impl Input for NewTicket {
    const FIELDS: &'static [&'static str] = &["subject", "department", "priority", "message", "projectId", "service", "attachments"];

    fn read(f: &Fields) -> Result<Self> {
        use super::Kind::{Id, OptionalId, Text};
        let mut t = super::texts(f, Self::FIELDS, &[Text, Id, Id, Text, OptionalId, OptionalId])?;
        Ok(NewTicket {
            subject: super::next_given(&mut t),
            department: IdInput(super::next_given(&mut t)),
            priority: IdInput(super::next_given(&mut t)),
            message: super::next_given(&mut t),
            project_id: super::next(&mut t).map(IdInput),
            service: super::next(&mut t).map(IdInput),
            attachments: None,
        })
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
        pub id: String,
        /// The display name, e.g. "Open".
        pub name?: String,
        /// The colour the portal shows it in, e.g. "#ff2d42".
        pub color?: String,
    }
}

record! {
    /// A support ticket, as listed.
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
        pub last_reply?: String,
        /// Its status.
        pub status: TicketStatus,
        /// Its priority.
        pub priority: Named,
        /// The department it is with.
        pub department: Named,
        /// The service it concerns, when set.
        pub service?: Named,
        /// The project it concerns, when set.
        pub project?: Named,
        /// Whether the customer has read the latest reply.
        pub read: bool,
    }
}

record! {
    /// A file attached to a ticket or a reply.
    pub struct TicketAttachment {
        /// The attachment id.
        pub id: String,
        /// The file's name.
        pub file_name: String,
        /// Its MIME type, when known.
        pub file_type?: String,
    }
}

record! {
    /// One reply in a ticket's thread.
    pub struct TicketReply {
        /// The reply id.
        pub id: String,
        /// When it was written.
        pub date: String,
        /// Its text, as HTML written by people: untrusted, sanitize before display.
        pub message: String,
        /// Who wrote it, when the server says.
        pub author?: String,
        /// Whether staff wrote it (rather than the customer).
        pub from_staff: bool,
        /// Files attached to this reply.
        pub attachments: Vec<TicketAttachment>,
    }
}

record! {
    /// A ticket with its thread.
    pub struct TicketDetail {
        /// The ticket itself.
        #[serde(flatten)]
        pub ticket: Ticket,
        /// Files attached to the first message.
        pub attachments: Vec<TicketAttachment>,
        /// The replies, oldest first.
        pub replies: Vec<TicketReply>,
    }
}

/// A list of tickets.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Tickets(pub Vec<Ticket>);

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
                .filter(|a| a.replyid.non_empty().map_or(true, |r| r == "0"))
                .map(TicketAttachment::from)
                .collect(),
            replies: w.ticket_replies.0.iter().map(TicketReply::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::ToJson;
    use crate::core::lenient::List;
    use crate::perfex::wire::sample;

    #[test]
    fn a_listed_ticket_converts() {
        let rows: List<wire::Ticket> = sample(include_str!("../../../tests/fixtures/perfex/tickets.json"));
        let v = Ticket::from(&rows.0[0]).to_json();
        assert_eq!(v["id"], "2");
        assert_eq!(v["department"]["name"], "Department Name 1");
        assert_eq!(v["status"]["color"], "#ff2d42");
        assert_eq!(v["project"]["name"], "SEO Optimization");
        assert_eq!(v["read"], false);
        assert!(v.get("service").is_none() && v.get("lastReply").is_none());
    }

    #[test]
    fn a_thread_separates_the_first_messages_files_from_the_replies() {
        let w: wire::Ticket = wire::parse(
            r#"{"ticketid":"2","subject":"s","message":"<p>m</p>","status":"1","priority":"2","department":"1",
                "attachments":[{"id":"1","file_name":"a.png","filetype":"image/png","replyid":null},
                               {"id":"2","file_name":"b.txt","replyid":"7"}],
                "ticket_replies":[{"id":"7","date":"2025-04-03 16:00:00","message":"<p>r</p>","admin":"1","submitter":"Sam Porter",
                                   "attachments":[{"id":"2","file_name":"b.txt","replyid":"7"}]},
                                  {"id":"8","date":"2025-04-03 17:00:00","message":"<p>ok</p>","admin":null,"name":"Ada Lindqvist"}]}"#,
        )
        .unwrap();
        let d = TicketDetail::from(&w);
        assert_eq!(d.attachments.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), vec!["1"]);
        assert_eq!((d.replies[0].from_staff, d.replies[0].attachments.len()), (true, 1));
        assert_eq!((d.replies[1].from_staff, d.replies[1].author.as_deref()), (false, Some("Ada Lindqvist")));
    }
}
