//! The portal area's routes for the ERP fuzzer (`erp::fuzz`).

use super::types::extension_of;
use crate::core::fuzz::{Decoded, Route};
use crate::erp::wire::Answer;
use crate::erp::fuzz::{route, sample};

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![route(sample!("viewall_extension.json"), Some("/CMS_extension"), Box::new(|reply| Ok(Decoded::list(&Answer::read(reply)?.row_list("CMS_extension")?.iter().map(extension_of).collect::<Vec<_>>()))))]
}
