//! The tickets area's routes for the ERP fuzzer (`erp::fuzz`).

use super::client::ticket_detail;
use super::OPEN_TICKETS;
use crate::core::fuzz::Route;
use crate::erp::fuzz::{listing, route, sample, whole};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("open_ticket.json"), Some("/open"), listing(&OPEN_TICKETS)),
        route(sample!("get_ticket_info.json"), None, whole(|answer| ticket_detail(&answer))),
    ]
}
