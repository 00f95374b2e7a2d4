//! The account area's routes for the ERP fuzzer (`erp::fuzz`).

use super::types::ErpDashboardCounts;
use super::wire::Dashboard;
use super::{CreditNotes, Invoices, Licenses};
use crate::core::fuzz::Route;
use crate::erp::fuzz::{listing, record, route, sample};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("invoice_list.json"), Some("/List"), listing::<Invoices>()),
        route(sample!("license_list.json"), Some("/License_List"), listing::<Licenses>()),
        route(sample!("credit_note.json"), Some("/Credit_note"), listing::<CreditNotes>()),
        route(sample!("dashboard_count.json"), Some("/List"), record::<Dashboard, _>(|d| Ok(ErpDashboardCounts::from(&d.list)))),
    ]
}
