//! `ErpClient`'s account methods: the dashboard, the profile and the record lists.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::types::*;
use super::{CREDIT_NOTES, DEAL_REGISTRATIONS, INVOICES, LEADS, LICENSES, NEWS, PREPAID_NOTES, REFERRALS};
use crate::erp::client::{optional_input, page_work, ErpClient, Work};
use crate::erp::types::{paging, ErpIterateOptions, ErpPaging};
use crate::erp::wire::Action;
use crate::core::error::{Error, ErrorKind};
use crate::core::record;
use crate::erp::from_wire::record_of;
use crate::core::json::Value;

/// The filter fields of an invoice list.
fn invoice_fields(status: Option<ErpInvoiceStatus>) -> Vec<(&'static str, String)> {
    status.map(|s| ("type", s.wire().to_string())).into_iter().collect()
}

#[wasm_bindgen]
impl ErpClient {
    /// The counts the portal's dashboard shows (`dashboardCount`).
    #[wasm_bindgen(js_name = getDashboardCounts, unchecked_return_type = "Promise<ErpDashboardCounts>")]
    pub fn get_dashboard_counts(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("dashboardCount"), options, |answer| {
            let list = if answer.is_empty() { None } else { answer.field("List")? };
            record_of(list, ErpDashboardCounts::COLUMNS)
        });
        self.perform("getDashboardCounts", Ok(work))
    }

    /// The signed-in customer's profile (`customer_data`).
    #[wasm_bindgen(js_name = getCustomer, unchecked_return_type = "Promise<ErpCustomerProfile>")]
    pub fn get_customer(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = self.inner.customer().map(|customer| {
            Work::send_with(Action::read("customer_data"), options, [customer.id, String::new()], |answer, [id, _]| {
                if answer.is_empty() {
                    return Err(Error::new(ErrorKind::NotFound, "the server has no profile for this customer"));
                }
                profile(id, &answer.record()?)
            })
        });
        self.perform("getCustomer", work)
    }

    /// A page of invoices, all or only paid / unpaid ones (`invoice_list`).
    #[wasm_bindgen(js_name = listInvoices, unchecked_return_type = "Promise<ErpInvoicePage>")]
    pub fn list_invoices(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpInvoiceQuery")] query: Option<Ts<ErpInvoiceQuery>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = optional_input::<ErpInvoiceQuery>("query", query.map(JsValue::from)).and_then(|query| {
            let (limit, offset) = paging(query.limit, query.offset)?;
            Ok(page_work(&INVOICES, invoice_fields(query.status), limit, offset, options))
        });
        self.perform("listInvoices", work)
    }

    /// Every invoice (all or only paid / unpaid ones), fetched page by page.
    #[wasm_bindgen(js_name = iterateInvoices, unchecked_return_type = "AsyncIterableIterator<ErpInvoice>")]
    pub fn iterate_invoices(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpInvoiceIteration")] filter: Option<Ts<ErpInvoiceIteration>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        let filter: ErpInvoiceIteration = optional_input("filter", filter.map(JsValue::from))
            .map_err(|e| e.at(crate::erp::client::BACKEND, "iterateInvoices"))?;
        self.walk("iterateInvoices", &INVOICES, invoice_fields(filter.status), filter.page_size, options)
    }

    /// A page of the customer's 3CX licenses (`license_list`).
    #[wasm_bindgen(js_name = listLicenses, unchecked_return_type = "Promise<ErpLicensePage>")]
    pub fn list_licenses(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listLicenses", &LICENSES, paging, options)
    }

    /// Every license, fetched page by page.
    #[wasm_bindgen(js_name = iterateLicenses, unchecked_return_type = "AsyncIterableIterator<ErpLicense>")]
    pub fn iterate_licenses(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateLicenses", &LICENSES, iteration, options)
    }

    /// A page of credit notes (`credit_note`).
    #[wasm_bindgen(js_name = listCreditNotes, unchecked_return_type = "Promise<ErpNotePage>")]
    pub fn list_credit_notes(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listCreditNotes", &CREDIT_NOTES, paging, options)
    }

    /// Every credit note, fetched page by page.
    #[wasm_bindgen(js_name = iterateCreditNotes, unchecked_return_type = "AsyncIterableIterator<ErpNote>")]
    pub fn iterate_credit_notes(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateCreditNotes", &CREDIT_NOTES, iteration, options)
    }

    /// A page of prepaid notes (`prepaid_note`).
    #[wasm_bindgen(js_name = listPrepaidNotes, unchecked_return_type = "Promise<ErpNotePage>")]
    pub fn list_prepaid_notes(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listPrepaidNotes", &PREPAID_NOTES, paging, options)
    }

    /// Every prepaid note, fetched page by page.
    #[wasm_bindgen(js_name = iteratePrepaidNotes, unchecked_return_type = "AsyncIterableIterator<ErpNote>")]
    pub fn iterate_prepaid_notes(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iteratePrepaidNotes", &PREPAID_NOTES, iteration, options)
    }

    /// A page of deal registrations (`deal_registration`).
    #[wasm_bindgen(js_name = listDealRegistrations, unchecked_return_type = "Promise<ErpDealPage>")]
    pub fn list_deal_registrations(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listDealRegistrations", &DEAL_REGISTRATIONS, paging, options)
    }

    /// Every deal registration, fetched page by page.
    #[wasm_bindgen(js_name = iterateDealRegistrations, unchecked_return_type = "AsyncIterableIterator<ErpDeal>")]
    pub fn iterate_deal_registrations(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateDealRegistrations", &DEAL_REGISTRATIONS, iteration, options)
    }

    /// A page of leads (`enquiry_leads`).
    #[wasm_bindgen(js_name = listLeads, unchecked_return_type = "Promise<ErpLeadPage>")]
    pub fn list_leads(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listLeads", &LEADS, paging, options)
    }

    /// Every lead, fetched page by page.
    #[wasm_bindgen(js_name = iterateLeads, unchecked_return_type = "AsyncIterableIterator<ErpLead>")]
    pub fn iterate_leads(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateLeads", &LEADS, iteration, options)
    }

    /// A page of referrals (`angular_referral`).
    #[wasm_bindgen(js_name = listReferrals, unchecked_return_type = "Promise<ErpReferralPage>")]
    pub fn list_referrals(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listReferrals", &REFERRALS, paging, options)
    }

    /// Every referral, fetched page by page.
    #[wasm_bindgen(js_name = iterateReferrals, unchecked_return_type = "AsyncIterableIterator<ErpReferral>")]
    pub fn iterate_referrals(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateReferrals", &REFERRALS, iteration, options)
    }

    /// A page of news and events (`news_events`).
    #[wasm_bindgen(js_name = listNews, unchecked_return_type = "Promise<ErpNewsPage>")]
    pub fn list_news(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listNews", &NEWS, paging, options)
    }

    /// Every news item and event, fetched page by page.
    #[wasm_bindgen(js_name = iterateNews, unchecked_return_type = "AsyncIterableIterator<ErpNewsItem>")]
    pub fn iterate_news(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateNews", &NEWS, iteration, options)
    }

    /// The balances of the customer's prepaid calling services (`call_balance`).
    #[wasm_bindgen(js_name = listCallBalances, unchecked_return_type = "Promise<ErpCallBalances>")]
    pub fn list_call_balances(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("call_balance"), options, |answer| {
            let (list, _total) = answer.list("call_balance_list")?;
            Ok(Value::Array(record::rows(list, ErpCallBalance::COLUMNS)?))
        });
        self.perform("listCallBalances", Ok(work))
    }
}
