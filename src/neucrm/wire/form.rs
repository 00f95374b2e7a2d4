//! The form fields of every request, built from the caller's input: each field is checked
//! (with the caller's name for it in the error) and sent under the server's name.

use crate::core::error::{Error, Result};
use crate::neucrm::types::*;

use super::MAX_ROWS;

/// The largest `limit` a list accepts (fetched in pages of `MAX_ROWS`); iterate beyond that.
pub const MAX_LIST: u32 = 10_000;

/// A value as the server reads it.
pub trait WireValue {
    /// The text sent.
    fn wire(&self) -> String;
    /// Whether it says nothing (the server treats a blank value as not sent).
    fn blank(&self) -> bool {
        false
    }
}

impl WireValue for String {
    fn wire(&self) -> String {
        self.clone()
    }
    fn blank(&self) -> bool {
        self.trim().is_empty()
    }
}

impl WireValue for Id {
    fn wire(&self) -> String {
        self.0.clone()
    }
}

impl WireValue for Date {
    fn wire(&self) -> String {
        self.0.clone()
    }
}

impl WireValue for Decimal {
    fn wire(&self) -> String {
        self.text.clone()
    }
}

/// `reset_password` takes `Y` or `N`.
impl WireValue for bool {
    fn wire(&self) -> String {
        (if *self { "Y" } else { "N" }).into()
    }
}

/// Closed sets whose values the server reads exactly as the caller writes them.
macro_rules! same_text {
    ($($set:ty),+) => {
        $(impl WireValue for $set {
            fn wire(&self) -> String {
                self.as_str().into()
            }
        })+
    };
}
same_text!(CustomerType, SortOrder, CustomerSortField, InvoiceBy, PaymentBy, ResellerType, TransactionCode, WalletAction);

impl WireValue for ResellerSortField {
    fn wire(&self) -> String {
        match self {
            ResellerSortField::IspId => "ispid".into(),
            other => other.as_str().into(),
        }
    }
}

/// Form fields being built.
#[derive(Default)]
pub struct Form(pub Vec<(String, String)>);

impl Form {
    /// Adds an optional field when given; refuses a wrong value, naming the field.
    pub fn opt<'a, T: WireValue>(&mut self, wire: &str, name: &str, field: &'a Option<Field<T>>) -> Result<Option<&'a T>> {
        let value = optional(name, field)?;
        if let Some(value) = value {
            self.0.push((wire.into(), value.wire()));
        }
        Ok(value)
    }

    /// Adds a required field; refuses it missing, blank or wrong, naming the field.
    pub fn req<'a, T: WireValue>(&mut self, wire: &str, name: &str, field: &'a Option<Field<T>>) -> Result<&'a T> {
        let value = required(name, field)?;
        if value.blank() {
            return Err(Error::invalid_input(name, "must not be empty"));
        }
        self.0.push((wire.into(), value.wire()));
        Ok(value)
    }
}

/// A list request: filters, sorting and paging, kept apart (counts send only the filters).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListRequest {
    pub filter: Vec<(String, String)>,
    pub sort: Vec<(String, String)>,
    /// At most this many rows in all; `None` leaves the server's default (10).
    pub limit: Option<u32>,
    pub offset: u64,
}

impl ListRequest {
    /// The fields of one page: filters, sorting, then `rows_limit`/`rows_offset`.
    pub fn page(&self, limit: Option<u32>, offset: u64) -> Vec<(String, String)> {
        let mut fields = self.filter.clone();
        fields.extend(self.sort.iter().cloned());
        fields.extend(super::page_fields(limit, offset));
        fields
    }
}

fn paging(filter: Form, sort: Form, limit: &Option<Field<Whole>>, offset: &Option<Field<Whole>>) -> Result<ListRequest> {
    let limit = match optional("limit", limit)? {
        Some(Whole(n)) if *n == 0 || *n > MAX_LIST => {
            return Err(Error::invalid_input(
                "limit",
                format!("must be from 1 to {MAX_LIST} (iterate to walk through more rows)"),
            ))
        }
        other => other.map(|w| w.0),
    };
    let offset = optional("offset", offset)?.map(|w| u64::from(w.0)).unwrap_or(0);
    Ok(ListRequest { filter: filter.0, sort: sort.0, limit, offset })
}

/// `customer/list`.
pub fn customer_query(q: &CustomerQuery) -> Result<ListRequest> {
    let mut f = Form::default();
    f.opt("ispid", "ispId", &q.isp_id)?;
    f.opt("resellerid", "resellerId", &q.reseller_id)?;
    f.opt("customerid", "customerId", &q.customer_id)?;
    f.opt("serviceid", "serviceId", &q.service_id)?;
    f.opt("username", "username", &q.username)?;
    f.opt("type", "type", &q.customer_type)?;
    f.opt("name", "name", &q.name)?;
    f.opt("mobile", "mobile", &q.mobile)?;
    f.opt("email", "email", &q.email)?;
    f.opt("zipcode", "zipcode", &q.zipcode)?;
    f.opt("state", "state", &q.state)?;
    f.opt("city", "city", &q.city)?;
    f.opt("created_from", "createdFrom", &q.created_from)?;
    f.opt("created_upto", "createdUpto", &q.created_upto)?;
    let mut s = Form::default();
    s.opt("sort_field", "sortBy", &q.sort_by)?;
    s.opt("sort_order", "sortOrder", &q.sort_order)?;
    paging(f, s, &q.limit, &q.offset)
}

/// `reseller/list`.
pub fn reseller_query(q: &ResellerQuery) -> Result<ListRequest> {
    let mut f = Form::default();
    f.opt("ispid", "ispId", &q.isp_id)?;
    f.opt("resellerid", "resellerId", &q.reseller_id)?;
    f.opt("invoice_by", "invoiceBy", &q.invoice_by)?;
    f.opt("payment_by", "paymentBy", &q.payment_by)?;
    f.opt("type", "type", &q.reseller_type)?;
    f.opt("name", "name", &q.name)?;
    f.opt("code", "code", &q.code)?;
    f.opt("state", "state", &q.state)?;
    f.opt("created_from", "createdFrom", &q.created_from)?;
    f.opt("created_upto", "createdUpto", &q.created_upto)?;
    let mut s = Form::default();
    s.opt("sort_field", "sortBy", &q.sort_by)?;
    s.opt("sort_order", "sortOrder", &q.sort_order)?;
    paging(f, s, &q.limit, &q.offset)
}

/// `reseller/wallet_txn` (the document lists no sorting for it).
pub fn wallet_query(q: &WalletTransactionQuery) -> Result<ListRequest> {
    let mut f = Form::default();
    f.opt("id", "transactionId", &q.transaction_id)?;
    f.opt("ispid", "ispId", &q.isp_id)?;
    f.opt("resellerid", "resellerId", &q.reseller_id)?;
    f.opt("txn_code", "code", &q.code)?;
    f.opt("serviceid", "serviceId", &q.service_id)?;
    f.opt("created_from", "createdFrom", &q.created_from)?;
    f.opt("created_upto", "createdUpto", &q.created_upto)?;
    paging(f, Form::default(), &q.limit, &q.offset)
}

/// `customer/create`: required fields checked in the document's order.
pub fn new_customer(c: &NewCustomer) -> Result<Vec<(String, String)>> {
    let mut f = Form::default();
    f.opt("ispid", "ispId", &c.isp_id)?;
    f.opt("resellerid", "resellerId", &c.reseller_id)?;
    f.req("type", "type", &c.customer_type)?;
    f.req("name", "name", &c.name)?;
    f.opt("surname", "surname", &c.surname)?;
    f.opt("dob", "dateOfBirth", &c.date_of_birth)?;
    f.req("mobile", "mobile", &c.mobile)?;
    f.req("email", "email", &c.email)?;
    f.opt("uniqueid", "uniqueId", &c.unique_id)?;
    f.req("zipcode", "zipcode", &c.zipcode)?;
    f.req("state", "state", &c.state)?;
    f.req("city", "city", &c.city)?;
    f.req("street", "street", &c.street)?;
    f.opt("notes", "notes", &c.notes)?;
    Ok(f.0)
}

/// `customer/update`.
pub fn customer_update(u: &CustomerUpdate) -> Result<Vec<(String, String)>> {
    let mut f = Form::default();
    f.req("customerid", "customerId", &u.customer_id)?;
    f.opt("type", "type", &u.customer_type)?;
    f.opt("name", "name", &u.name)?;
    f.opt("surname", "surname", &u.surname)?;
    f.opt("dob", "dateOfBirth", &u.date_of_birth)?;
    f.opt("mobile", "mobile", &u.mobile)?;
    f.opt("email", "email", &u.email)?;
    f.opt("uniqueid", "uniqueId", &u.unique_id)?;
    f.opt("reset_password", "resetPortalPassword", &u.reset_portal_password)?;
    f.opt("zipcode", "zipcode", &u.zipcode)?;
    f.opt("state", "state", &u.state)?;
    f.opt("city", "city", &u.city)?;
    f.opt("street", "street", &u.street)?;
    f.opt("notes", "notes", &u.notes)?;
    something_to_change(&f, 1, "customerId")?;
    Ok(f.0)
}

/// `reseller/create`: a franchisee needs a commission (0–100) and a credit limit (≥ 0).
pub fn new_reseller(r: &NewReseller) -> Result<Vec<(String, String)>> {
    let mut f = Form::default();
    f.opt("ispid", "ispId", &r.isp_id)?;
    f.req("invoice_by", "invoiceBy", &r.invoice_by)?;
    f.req("payment_by", "paymentBy", &r.payment_by)?;
    let kind = *f.req("type", "type", &r.reseller_type)?;
    f.req("name", "name", &r.name)?;
    f.req("code", "code", &r.code)?;
    f.opt("address", "address", &r.address)?;
    f.req("mobile", "mobile", &r.mobile)?;
    f.req("email", "email", &r.email)?;
    f.opt("state", "state", &r.state)?;
    if kind == ResellerType::Franchisee {
        required("commissionPercent", &r.commission_percent)?;
        required("creditLimit", &r.credit_limit)?;
    }
    franchise_terms(&mut f, &r.commission_percent, &r.credit_limit)?;
    Ok(f.0)
}

/// `reseller/update`.
pub fn reseller_update(u: &ResellerUpdate) -> Result<Vec<(String, String)>> {
    let mut f = Form::default();
    f.req("resellerid", "resellerId", &u.reseller_id)?;
    f.opt("ispid", "ispId", &u.isp_id)?;
    let fixed = f.0.len();
    f.opt("name", "name", &u.name)?;
    f.opt("code", "code", &u.code)?;
    f.opt("address", "address", &u.address)?;
    f.opt("mobile", "mobile", &u.mobile)?;
    f.opt("email", "email", &u.email)?;
    f.opt("state", "state", &u.state)?;
    f.opt("invoice_by", "invoiceBy", &u.invoice_by)?;
    f.opt("payment_by", "paymentBy", &u.payment_by)?;
    f.opt("type", "type", &u.reseller_type)?;
    franchise_terms(&mut f, &u.commission_percent, &u.credit_limit)?;
    something_to_change(&f, fixed, "resellerId")?;
    Ok(f.0)
}

fn franchise_terms(f: &mut Form, commission: &Option<Field<Decimal>>, credit: &Option<Field<Decimal>>) -> Result<()> {
    if let Some(c) = f.opt("commission_percent", "commissionPercent", commission)? {
        if !(0..=10_000).contains(&c.hundredths) {
            return Err(Error::invalid_input("commissionPercent", "must be from 0 to 100"));
        }
    }
    if let Some(c) = f.opt("credit_limit", "creditLimit", credit)? {
        if c.hundredths < 0 {
            return Err(Error::invalid_input("creditLimit", "must be 0 or more"));
        }
    }
    Ok(())
}

/// `reseller/wallet_update`: `TopUp` and `Settlement` take a positive amount, `Adj` a
/// non-zero one.
pub fn wallet_update(w: &WalletUpdate) -> Result<Vec<(String, String)>> {
    let mut f = Form::default();
    f.req("resellerid", "resellerId", &w.reseller_id)?;
    f.opt("ispid", "ispId", &w.isp_id)?;
    let action = *f.req("action", "action", &w.action)?;
    let amount = f.req("amt", "amount", &w.amount)?;
    match action {
        WalletAction::TopUp | WalletAction::Settlement if amount.hundredths <= 0 => {
            Err(Error::invalid_input("amount", format!("must be more than 0 for {}", action.as_str())))
        }
        WalletAction::Adj if amount.hundredths == 0 => Err(Error::invalid_input("amount", "must not be 0")),
        _ => Ok(f.0),
    }
}

/// `customer/delete`.
pub fn customer_delete(customer_id: &str) -> Vec<(String, String)> {
    vec![("customerid".into(), customer_id.into())]
}

/// `reseller/delete`.
pub fn reseller_delete(reseller_id: &str) -> Vec<(String, String)> {
    vec![("resellerid".into(), reseller_id.into())]
}

/// Refuses an update that changes nothing (the server would answer "done" anyway).
fn something_to_change(f: &Form, fixed: usize, id: &str) -> Result<()> {
    if f.0.len() > fixed {
        return Ok(());
    }
    Err(Error::invalid_input("change", format!("names nothing to change besides {id}")))
}

/// The rows of one list page never exceed `MAX_ROWS`.
pub fn page_size(wanted: u64) -> u32 {
    wanted.min(u64::from(MAX_ROWS)) as u32
}
