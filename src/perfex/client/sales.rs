//! Estimates, proposals, invoices and contracts.

use crate::core::transport::Method;
use wasm_bindgen::prelude::*;

use super::input::comment_form;
use super::{group_path, Convert, PerfexClient};
use crate::core::body::Body;
use crate::core::transport::{Call, Repeat};
use crate::perfex::types::*;
use crate::perfex::wire;

/// Every kind of sales document has a list and a one-record read that differ only in
/// names, collection and types: one pair of methods each. Their docs are written as
/// `#[doc = "…"]`: wasm-bindgen 0.2.130 copies a `///` comment that passes through a macro
/// into the TypeScript with the `r"` of the raw string rustc turns it into.
macro_rules! sales_documents {
    ($(
        $collection:literal, $rows:ident:
        $(#[doc = $list_doc:literal])* $list_js:ident / $list_rust:ident in $list:literal,
        $(#[doc = $get_doc:literal])* $get_js:ident / $get_rust:ident => $detail:ident in $one:literal;
    )*) => {
        #[wasm_bindgen]
        impl PerfexClient {
            $(
                $(#[doc = $list_doc])*
                #[wasm_bindgen(js_name = $list_js, unchecked_return_type = $list)]
                pub fn $list_rust(
                    &self,
                    #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
                ) -> js_sys::Promise {
                    self.read(stringify!($list_js), concat!(api!(), "/", $collection), Convert::List($rows), options)
                }

                $(#[doc = $get_doc])*
                #[wasm_bindgen(js_name = $get_js, unchecked_return_type = $one)]
                pub fn $get_rust(
                    &self,
                    #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
                    #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
                ) -> js_sys::Promise {
                    self.read_record(stringify!($get_js), $collection, &id, $detail::COLUMNS, options)
                }
            )*
        }
    };
}

sales_documents! {
    "estimates", ESTIMATE_ROWS:
    #[doc = " The customer's estimates (drafts are not shown); `[]` when there are none."]
    listEstimates / list_estimates in "Promise<Estimates>",
    #[doc = " One estimate with its lines; a `not_found` error for an unknown id."]
    getEstimate / get_estimate => EstimateDetail in "Promise<EstimateDetail>";

    "proposals", PROPOSAL_ROWS:
    #[doc = " The customer's proposals (drafts are not shown); `[]` when there are none."]
    listProposals / list_proposals in "Promise<Proposals>",
    #[doc = " One proposal with its lines and comments; a `not_found` error for an unknown id."]
    getProposal / get_proposal => ProposalDetail in "Promise<ProposalDetail>";

    "invoices", INVOICE_ROWS:
    #[doc = " The customer's invoices (drafts are not shown); `[]` when there are none."]
    listInvoices / list_invoices in "Promise<Invoices>",
    #[doc = " One invoice with its lines, payments and amount due; a `not_found` error for an"]
    #[doc = " unknown id."]
    getInvoice / get_invoice => InvoiceDetail in "Promise<InvoiceDetail>";

    "contracts", CONTRACT_ROWS:
    #[doc = " The customer's contracts (trashed and hidden ones are not shown); `[]` when there"]
    #[doc = " are none."]
    listContracts / list_contracts in "Promise<Contracts>",
    #[doc = " One contract with its comments; a `not_found` error for an unknown id."]
    getContract / get_contract => ContractDetail in "Promise<ContractDetail>";
}

#[wasm_bindgen]
impl PerfexClient {
    /// Comments on a proposal. A `forbidden` error when the proposal does not take
    /// comments (`allowComments` is false); sent once, never retried.
    #[wasm_bindgen(js_name = addProposalComment, unchecked_return_type = "Promise<void>")]
    pub fn add_proposal_comment(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] content: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.submit("addProposalComment", comment_call("proposals", &id, wire::PROPOSAL_COMMENT_GROUP, &content), options)
    }

    /// Comments on a contract; sent once, never retried.
    #[wasm_bindgen(js_name = addContractComment, unchecked_return_type = "Promise<void>")]
    pub fn add_contract_comment(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] content: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.submit("addContractComment", comment_call("contracts", &id, wire::CONTRACT_COMMENT_GROUP, &content), options)
    }
}

/// The write that posts `content` as a comment on a record of `collection` (its comments are
/// the record's `group`); sent once, never retried.
fn comment_call(collection: &str, id: &JsValue, group: &str, content: &JsValue) -> crate::core::error::Result<Call> {
    let path = group_path(collection, id, group)?;
    Ok(Call::new(Method::POST, path, Repeat::Never).body(Body::Form(comment_form(content)?)))
}
