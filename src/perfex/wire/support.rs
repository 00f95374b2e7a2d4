//! Tickets: the rows the server sends, and the fields it reads.


use super::wire_row;
use crate::core::lenient::{Flag, List, Text};

/// The form fields of a new ticket, as the module's code reads them (the document says
/// `TicketBody` and `project`; the code reads `message` and `project_id`).
pub const TICKET_SUBJECT: &str = "subject";
pub const TICKET_DEPARTMENT: &str = "department";
pub const TICKET_PRIORITY: &str = "priority";
pub const TICKET_MESSAGE: &str = "message";
pub const TICKET_PROJECT: &str = "project_id";
pub const TICKET_SERVICE: &str = "service";
/// The file field Perfex's ticket upload handler reads (an array: `attachments[]`).
pub const TICKET_ATTACHMENTS: &str = "attachments[]";

wire_row! {
    /// A ticket row, as list and detail send it (plus `attachments` and `ticket_replies` in detail).
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
        pub attachments: List<Attachment>,
        pub ticket_replies: List<TicketReply>,
    }
}

wire_row! {
    /// A file attached to a ticket or a reply.
    pub struct Attachment {
        pub id: Text,
        pub file_name: Text,
        pub filetype: Text,
        pub replyid: Text,
    }
}

wire_row! {
    /// A reply in a ticket's thread.
    pub struct TicketReply {
        pub id: Text,
        pub date: Text,
        pub message: Text,
        pub name: Text,
        pub submitter: Text,
        pub admin: Text,
        pub attachments: List<Attachment>,
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;

    #[test]
    fn the_ticket_samples_decode() {
        let rows = sample::<List<Ticket>>(include_str!("../../../tests/fixtures/perfex/tickets.json")).0;
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].ticketid.or_empty(), rows[0].status_name.or_empty()), ("2".into(), "Open".into()));
        assert_eq!(rows[0].clientread.0, Some(false));
        let t: Ticket = sample(include_str!("../../../tests/fixtures/perfex/ticket.json"));
        assert_eq!(t.department_name.or_empty(), " Department Name 1");
        assert!(t.attachments.0.is_empty() && t.ticket_replies.0.is_empty());
        assert_eq!(t.service.or_empty(), "0");
    }
}
