//! The orders area's routes for the ERP fuzzer (`erp::fuzz`).

use super::cart::cart;
use super::types::{call_tier, renewal_quote, upgrade_options};
use super::wire::{EditionChange, Renewal, UpgradeInfo};
use crate::core::fuzz::Route;
use crate::erp::fuzz::{record, route, sample};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("viewcartlist.json"), None, record::<crate::core::json::Value>(|c| cart(Some(&c)))),
        route(sample!("price_information_upgrade.json"), None, record::<UpgradeInfo>(|u| Ok(upgrade_options(&u)))),
        route(sample!("anual_renew_maintenance.json"), None, record::<Renewal>(|r| Ok(renewal_quote(&r)))),
        route(
            sample!("edition_change.json"),
            Some("/Options"),
            record::<EditionChange>(|e| Ok(e.options.0.iter().map(call_tier).collect())),
        ),
    ]
}
