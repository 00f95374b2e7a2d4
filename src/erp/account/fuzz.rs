//! The account area's routes for the ERP fuzzer (`erp::fuzz`).

use super::types::ErpDashboardCounts;
use super::{CREDIT_NOTES, INVOICES, LICENSES};
use crate::core::fuzz::{Decoded, Route};
use crate::erp::from_wire::record_of;
use crate::erp::fuzz::{listing, route, sample};
use crate::erp::wire::Answer;

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("invoice_list.json"), Some("/List"), listing(&INVOICES)),
        route(sample!("license_list.json"), Some("/License_List"), listing(&LICENSES)),
        route(sample!("credit_note.json"), Some("/Credit_note"), listing(&CREDIT_NOTES)),
        route(
            sample!("dashboard_count.json"),
            Some("/List"),
            Box::new(|reply| Ok(Decoded::one(&record_of(Answer::read(reply)?.field("List")?, ErpDashboardCounts::COLUMNS)?))),
        ),
    ]
}
