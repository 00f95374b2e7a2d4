//! Tickets as the server sends them: `ticket_count`, `create_ticket` and `reply_ticket`
//! answers (the `getTicketInfo` thread is read field by field in `types.rs`, the list rows by
//! their column tables).

use crate::erp::from_wire::wire_struct;

use crate::core::lenient::{Count, Text};

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
    fn ticket_lists_decode() {
        let list: serde_json::Value = serde_json::from_str(include_str!("../../../tests/fixtures/erp/open_ticket.json")).unwrap();
        let rows = crate::core::record::rows(&list["open"], super::super::types::ErpTicketSummary::COLUMNS).unwrap();
        assert_eq!(rows[0]["number"], "480132");
    }
}
