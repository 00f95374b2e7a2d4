//! The orders area's routes for the ERP fuzzer (`erp::fuzz`).

use super::cart::cart;
use super::types::{call_tier, renewal_quote, upgrade_options};
use crate::core::fuzz::Route;
use crate::erp::fuzz::{record, route, sample};
use crate::erp::out::Row;

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("viewcartlist.json"), None, record(|c| cart(Some(&c)))),
        route(sample!("price_information_upgrade.json"), None, record(|u| upgrade_options(&Row::of(&u)?))),
        route(sample!("anual_renew_maintenance.json"), None, record(|r| Ok(renewal_quote(&Row::of(&r)?, "")))),
        route(
            sample!("edition_change.json"),
            Some("/Options"),
            record(|e| Ok(Row::of(&e)?.list("Options")?.iter().map(call_tier).collect())),
        ),
    ]
}
