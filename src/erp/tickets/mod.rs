//! Support tickets: counts, open and closed lists, the osTicket-like thread, creation (with
//! attachments through the multipart variant) and replies.

mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
pub mod types;
mod wire;

use crate::erp::client::listing;

listing!(
    /// `open_ticket` → `open`.
    OpenTickets: "open_ticket", "open", types::ErpTicketSummary
);
listing!(
    /// `closed_ticket` → `closed`.
    ClosedTickets: "closed_ticket", "closed", types::ErpTicketSummary
);
