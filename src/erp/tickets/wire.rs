//! Tickets as the server sends them: `ticket_count`, `open_ticket` / `closed_ticket` rows,
//! the wrapped `getTicketInfo` thread, `create_ticket` and `reply_ticket` answers.

use crate::erp::from_wire::wire_struct;

use crate::core::lenient::{Count, List, Text};
use crate::erp::wire::Wrapped;

wire_struct! {
    /// `ticket_count`.
    pub struct TicketCount {
        list: Counts = "List",
    }
}

wire_struct! {
    /// `ticket_count`'s `List`.
    pub struct Counts {
        open_ticket_cnt: Count,
        closed_ticket_cnt: Count,
        total_ticket_cnt: Count,
    }
}

wire_struct! {
    /// `getTicketInfo`: `{"result": {"status": …, "data": …}}`.
    pub struct TicketInfo {
        result: Wrapped<TicketData>,
    }
}

wire_struct! {
    /// `result.data` of `getTicketInfo`.
    pub struct TicketData {
        result_state: Text,
        message: Text,
        staff_avatar: Text,
        user_avatar: Text,
        ticket: Option<Ticket>,
    }
}

wire_struct! {
    /// The ticket, osTicket-like.
    pub struct Ticket {
        ticket_id: Text,
        ticket_number: Text,
        subject: Text,
        ticket_status: Text,
        priority: Text,
        department: Text,
        create_timestamp: Text,
        user_name: Text,
        /// `{name, address}`, or now and then the bare address.
        user_email: serde_json::Value,
        source: Text,
        assigned_to: List<Assignee>,
        due_timestamp: Text,
        close_timestamp: Text,
        help_topic: Text,
        last_message_timestamp: Text,
        last_response_timestamp: Text,
        thread_entries: List<ThreadEntry>,
    }
}

wire_struct! {
    /// A staff member a ticket is assigned to.
    pub struct Assignee {
        id: Text,
        name: Text,
    }
}

wire_struct! {
    /// `thread_entries[]`: `{model: …}`.
    pub struct ThreadEntry {
        model: EntryModel,
    }
}

wire_struct! {
    /// A message ("M") or a staff response ("R").
    pub struct EntryModel {
        id: Text,
        kind: Text = "type",
        poster: Text,
        staff_id: Text,
        title: Text,
        body: Text,
        format: Text,
        created: Text,
        attachments: List<AttachmentRow>,
    }
}

wire_struct! {
    /// A file attached to a message.
    pub struct AttachmentRow {
        id: Text,
        name: Text,
        size: Count,
        content_type: Text = "type",
    }
}

wire_struct! {
    /// `create_ticket`.
    pub struct Created {
        ticket_id: Text,
        ticketnumber: Text,
        attachments: Count,
    }
}

wire_struct! {
    /// `reply_ticket`.
    pub struct Replied {
        message: Text,
        entry_id: Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ticket_thread_decodes() {
        let info: TicketInfo = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/get_ticket_info.json"));
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
