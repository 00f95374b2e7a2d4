//! Tickets as the server sends them: `ticket_count`, `open_ticket` / `closed_ticket` rows,
//! the wrapped `getTicketInfo` thread, `create_ticket` and `reply_ticket` answers.

use serde::Deserialize;

use crate::core::lenient::{Count, List, Text};
use crate::erp::wire::Wrapped;

/// `ticket_count`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TicketCount {
    #[serde(rename = "List")]
    pub list: Counts,
}

/// `ticket_count`'s `List`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Counts {
    pub open_ticket_cnt: Count,
    pub closed_ticket_cnt: Count,
    pub total_ticket_cnt: Count,
}

/// `getTicketInfo`: `{"result": {"status": …, "data": …}}`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TicketInfo {
    pub result: Wrapped<TicketData>,
}

/// `result.data` of `getTicketInfo`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TicketData {
    pub result_state: Text,
    pub message: Text,
    pub staff_avatar: Text,
    pub user_avatar: Text,
    pub ticket: Option<Ticket>,
}

/// The ticket, osTicket-like.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Ticket {
    pub ticket_id: Text,
    pub ticket_number: Text,
    pub subject: Text,
    pub ticket_status: Text,
    pub priority: Text,
    pub department: Text,
    pub create_timestamp: Text,
    pub user_name: Text,
    /// `{name, address}`, or now and then the bare address.
    pub user_email: serde_json::Value,
    pub source: Text,
    pub assigned_to: List<Assignee>,
    pub due_timestamp: Text,
    pub close_timestamp: Text,
    pub help_topic: Text,
    pub last_message_timestamp: Text,
    pub last_response_timestamp: Text,
    pub thread_entries: List<ThreadEntry>,
}

/// A staff member a ticket is assigned to.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Assignee {
    pub id: Text,
    pub name: Text,
}

/// `thread_entries[]`: `{model: …}`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThreadEntry {
    pub model: EntryModel,
}

/// A message ("M") or a staff response ("R").
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EntryModel {
    pub id: Text,
    #[serde(rename = "type")]
    pub kind: Text,
    pub poster: Text,
    pub user_id: Text,
    pub staff_id: Text,
    pub title: Text,
    pub body: Text,
    pub format: Text,
    pub created: Text,
    pub attachments: List<AttachmentRow>,
}

/// A file attached to a message.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AttachmentRow {
    pub id: Text,
    pub name: Text,
    pub size: Count,
    #[serde(rename = "type")]
    pub content_type: Text,
}

/// `create_ticket`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Created {
    pub message: Text,
    pub ticket_id: Text,
    pub ticketnumber: Text,
    pub attachments: Count,
}

/// `reply_ticket`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Replied {
    pub message: Text,
    pub entry_id: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ticket_thread_decodes() {
        let info: TicketInfo = serde_json::from_str(include_str!("../../../tests/fixtures/erp/get_ticket_info.json")).unwrap();
        assert_eq!(info.result.status.0, Some(true));
        let ticket = info.result.data.ticket.unwrap();
        assert_eq!(ticket.ticket_number.or_empty(), "480110");
        assert_eq!(ticket.thread_entries.0.len(), 2);
        assert_eq!(ticket.thread_entries.0[1].model.kind.or_empty(), "R");
        assert_eq!(ticket.assigned_to.0[0].name.or_empty(), "Support Agent");
    }

    #[test]
    fn ticket_lists_decode() {
        let list: serde_json::Value = serde_json::from_str(include_str!("../../../tests/fixtures/erp/open_ticket.json")).unwrap();
        let rows = crate::core::record::rows(&list["open"], super::super::types::ErpTicketSummary::COLUMNS).unwrap();
        assert_eq!(rows[0]["number"], "480132");
    }
}
