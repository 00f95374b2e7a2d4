//! The portal area's routes for the ERP fuzzer (`erp::fuzz`).

use super::types::ErpExtension;
use super::wire::Extension;
use crate::core::fuzz::Route;
use crate::erp::fuzz::{route, rows, sample};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![route(sample!("viewall_extension.json"), Some("/CMS_extension"), rows::<Extension, ErpExtension>("CMS_extension"))]
}
