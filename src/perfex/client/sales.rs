//! Estimates, proposals, invoices and contracts.

use gloo_net::http::Method;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::input::comment_form;
use super::{group_path, record_path, PerfexClient, API};
use crate::core::body::Body;
use crate::core::transport::{Call, Repeat};
use crate::perfex::types::*;
use crate::perfex::wire;

#[wasm_bindgen]
impl PerfexClient {
    /// The customer's estimates (drafts are not shown); `[]` when there are none.
    #[wasm_bindgen(js_name = listEstimates)]
    pub async fn list_estimates(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Estimates>, JsValue> {
        self.fetch_list::<wire::Estimate, _, _>("listEstimates", || Ok(format!("{API}/estimates")), Estimates, options).await
    }

    /// One estimate with its lines; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getEstimate)]
    pub async fn get_estimate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<EstimateDetail>, JsValue> {
        self.fetch_one::<wire::Estimate, _>("getEstimate", || record_path("estimates", &id), options).await
    }

    /// The customer's proposals (drafts are not shown); `[]` when there are none.
    #[wasm_bindgen(js_name = listProposals)]
    pub async fn list_proposals(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Proposals>, JsValue> {
        self.fetch_list::<wire::Proposal, _, _>("listProposals", || Ok(format!("{API}/proposals")), Proposals, options).await
    }

    /// One proposal with its lines and comments; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getProposal)]
    pub async fn get_proposal(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ProposalDetail>, JsValue> {
        self.fetch_one::<wire::Proposal, _>("getProposal", || record_path("proposals", &id), options).await
    }

    /// Comments on a proposal. A `forbidden` error when the proposal does not take
    /// comments (`allowComments` is false); sent once, never retried.
    #[wasm_bindgen(js_name = addProposalComment)]
    pub async fn add_proposal_comment(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] content: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<(), JsValue> {
        let build = || {
            let path = group_path("proposals", &id, wire::PROPOSAL_COMMENT_GROUP)?;
            Ok(Call::new(Method::POST, path, Repeat::Never).body(Body::Form(comment_form(&content)?)))
        };
        self.submit("addProposalComment", build, options).await
    }

    /// The customer's invoices (drafts are not shown); `[]` when there are none.
    #[wasm_bindgen(js_name = listInvoices)]
    pub async fn list_invoices(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Invoices>, JsValue> {
        self.fetch_list::<wire::Invoice, _, _>("listInvoices", || Ok(format!("{API}/invoices")), Invoices, options).await
    }

    /// One invoice with its lines, payments and amount due; a `not_found` error for an
    /// unknown id.
    #[wasm_bindgen(js_name = getInvoice)]
    pub async fn get_invoice(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<InvoiceDetail>, JsValue> {
        self.fetch_one::<wire::Invoice, _>("getInvoice", || record_path("invoices", &id), options).await
    }

    /// The customer's contracts (trashed and hidden ones are not shown); `[]` when there
    /// are none.
    #[wasm_bindgen(js_name = listContracts)]
    pub async fn list_contracts(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Contracts>, JsValue> {
        self.fetch_list::<wire::Contract, _, _>("listContracts", || Ok(format!("{API}/contracts")), Contracts, options).await
    }

    /// One contract with its comments; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getContract)]
    pub async fn get_contract(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ContractDetail>, JsValue> {
        self.fetch_one::<wire::Contract, _>("getContract", || record_path("contracts", &id), options).await
    }

    /// Comments on a contract; sent once, never retried.
    #[wasm_bindgen(js_name = addContractComment)]
    pub async fn add_contract_comment(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] content: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<(), JsValue> {
        let build = || {
            let path = group_path("contracts", &id, wire::CONTRACT_COMMENT_GROUP)?;
            Ok(Call::new(Method::POST, path, Repeat::Never).body(Body::Form(comment_form(&content)?)))
        };
        self.submit("addContractComment", build, options).await
    }
}
