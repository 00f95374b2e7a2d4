//! Tickets: the fields the server reads.

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
