//! The orders area's routes for the ERP fuzzer (`erp::fuzz`).

use super::cart::cart;
use super::types::{ErpCallTier, ErpRenewalQuote, ErpUpgradeOptions};
use super::wire::{EditionChange, Renewal, UpgradeInfo};
use crate::core::fuzz::Route;
use crate::erp::fuzz::{record, route, sample};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("viewcartlist.json"), None, record::<serde_json::Value, _>(|c| cart(Some(&c)))),
        route(sample!("price_information_upgrade.json"), None, record::<UpgradeInfo, _>(|u| Ok(ErpUpgradeOptions::from(&u)))),
        route(sample!("anual_renew_maintenance.json"), None, record::<Renewal, _>(|r| Ok(ErpRenewalQuote::from(&r)))),
        route(
            sample!("edition_change.json"),
            Some("/Options"),
            record::<EditionChange, _>(|e| Ok(e.options.0.iter().map(ErpCallTier::from).collect::<Vec<_>>())),
        ),
    ]
}
