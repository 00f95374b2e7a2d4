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

/// An input field as a form field.
pub trait FormValue {
    /// The text to send, `None` when the field is left out; refuses a wrong value, and a
    /// required one missing or blank, naming the field.
    fn form_text(&self, name: &str, required: bool) -> Result<Option<String>>;
}

impl<T: WireValue> FormValue for Option<Field<T>> {
    fn form_text(&self, name: &str, is_required: bool) -> Result<Option<String>> {
        if !is_required {
            return Ok(optional(name, self)?.map(WireValue::wire));
        }
        let value = required(name, self)?;
        if value.blank() {
            return Err(Error::invalid_input(name, "must not be empty"));
        }
        Ok(Some(value.wire()))
    }
}

/// An input object's form fields in the order it declares them (which is the order of its
/// caller names, `InputType::field_names`), each with whether it is required; `input_type!` writes it.
pub trait FormFields {
    fn form_fields(&self) -> Vec<(&dyn FormValue, bool)>;
}

/// The paging fields of a list query (declared last, and never sent as they are).
pub struct Paging<'a> {
    pub limit: &'a Option<Field<Whole>>,
    pub offset: &'a Option<Field<Whole>>,
}

/// A list query's paging fields; `input_type!` writes it for `@paging`.
pub trait Paged {
    fn paging(&self) -> Paging<'_>;
}

/// The caller's names of the fields and the server's, for one kind of record.
type Names = &'static [(&'static str, &'static str)];

/// Customer fields.
const CUSTOMER: Names = &[
    ("ispId", "ispid"),
    ("resellerId", "resellerid"),
    ("customerId", "customerid"),
    ("serviceId", "serviceid"),
    ("username", "username"),
    ("type", "type"),
    ("name", "name"),
    ("surname", "surname"),
    ("dateOfBirth", "dob"),
    ("mobile", "mobile"),
    ("email", "email"),
    ("uniqueId", "uniqueid"),
    ("resetPortalPassword", "reset_password"),
    ("zipcode", "zipcode"),
    ("state", "state"),
    ("city", "city"),
    ("street", "street"),
    ("notes", "notes"),
    ("createdFrom", "created_from"),
    ("createdUpto", "created_upto"),
    ("sortBy", "sort_field"),
    ("sortOrder", "sort_order"),
];

/// Reseller fields.
const RESELLER: Names = &[
    ("ispId", "ispid"),
    ("resellerId", "resellerid"),
    ("invoiceBy", "invoice_by"),
    ("paymentBy", "payment_by"),
    ("type", "type"),
    ("name", "name"),
    ("code", "code"),
    ("address", "address"),
    ("mobile", "mobile"),
    ("email", "email"),
    ("state", "state"),
    ("commissionPercent", "commission_percent"),
    ("creditLimit", "credit_limit"),
    ("createdFrom", "created_from"),
    ("createdUpto", "created_upto"),
    ("sortBy", "sort_field"),
    ("sortOrder", "sort_order"),
];

/// Wallet fields: transactions and their query, and a wallet change.
const WALLET: Names = &[
    ("transactionId", "id"),
    ("ispId", "ispid"),
    ("resellerId", "resellerid"),
    ("code", "txn_code"),
    ("serviceId", "serviceid"),
    ("createdFrom", "created_from"),
    ("createdUpto", "created_upto"),
    ("action", "action"),
    ("amount", "amt"),
];

/// The server's names of the sorting fields, which a count leaves out.
const SORTING: [&str; 2] = ["sort_field", "sort_order"];

/// The form fields of `input` in its order, under the server's names.
fn form<I: FormFields + InputType>(input: &I, names: Names) -> Result<Vec<(String, String)>> {
    fill(I::FIELD_NAMES, input.form_fields(), names)
}

/// Each given field under the server's name of its caller's name. Every input field has one
/// (a test checks them all).
fn fill(callers: &[&str], values: Vec<(&dyn FormValue, bool)>, names: Names) -> Result<Vec<(String, String)>> {
    let mut fields = Vec::new();
    for (caller, (value, is_required)) in callers.iter().zip(values) {
        if let (Some(text), Some((_, wire))) = (value.form_text(caller, is_required)?, names.iter().find(|(c, _)| c == caller)) {
            fields.push((wire.to_string(), text));
        }
    }
    Ok(fields)
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

/// A list query's request: its filters and sorting under the server's names, and its paging.
fn list<Q: FormFields + Paged + InputType>(query: &Q, names: Names) -> Result<ListRequest> {
    paged(form(query, names)?, query.paging())
}

/// The request of a list query's fields (its sorting kept apart) and paging.
fn paged(fields: Vec<(String, String)>, Paging { limit, offset }: Paging) -> Result<ListRequest> {
    let (sort, filter) = fields.into_iter().partition(|(wire, _)| SORTING.contains(&wire.as_str()));
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
    Ok(ListRequest { filter, sort, limit, offset })
}

/// `customer/list`.
pub fn customer_query(q: &CustomerQuery) -> Result<ListRequest> {
    list(q, CUSTOMER)
}

/// `reseller/list`.
pub fn reseller_query(q: &ResellerQuery) -> Result<ListRequest> {
    list(q, RESELLER)
}

/// `reseller/wallet_txn` (the document lists no sorting for it).
pub fn wallet_query(q: &WalletTransactionQuery) -> Result<ListRequest> {
    list(q, WALLET)
}

/// `customer/create`: required fields checked in the document's order.
pub fn new_customer(c: &NewCustomer) -> Result<Vec<(String, String)>> {
    form(c, CUSTOMER)
}

/// `customer/update`.
pub fn customer_update(u: &CustomerUpdate) -> Result<Vec<(String, String)>> {
    let fields = form(u, CUSTOMER)?;
    something_to_change(&fields, &["customerid"], "customerId")?;
    Ok(fields)
}

/// `reseller/create`: a franchisee needs a commission (0–100) and a credit limit (≥ 0).
pub fn new_reseller(r: &NewReseller) -> Result<Vec<(String, String)>> {
    let fields = form(r, RESELLER)?;
    if *required("type", &r.reseller_type)? == ResellerType::Franchisee {
        required("commissionPercent", &r.commission_percent)?;
        required("creditLimit", &r.credit_limit)?;
    }
    franchise_terms(&r.commission_percent, &r.credit_limit)?;
    Ok(fields)
}

/// `reseller/update`.
pub fn reseller_update(u: &ResellerUpdate) -> Result<Vec<(String, String)>> {
    let fields = form(u, RESELLER)?;
    franchise_terms(&u.commission_percent, &u.credit_limit)?;
    something_to_change(&fields, &["resellerid", "ispid"], "resellerId")?;
    Ok(fields)
}

/// A franchisee's commission is 0 to 100 percent, its credit limit 0 or more.
fn franchise_terms(commission: &Option<Field<Decimal>>, credit: &Option<Field<Decimal>>) -> Result<()> {
    if let Some(c) = optional("commissionPercent", commission)? {
        if !(0..=10_000).contains(&c.hundredths) {
            return Err(Error::invalid_input("commissionPercent", "must be from 0 to 100"));
        }
    }
    if let Some(c) = optional("creditLimit", credit)? {
        if c.hundredths < 0 {
            return Err(Error::invalid_input("creditLimit", "must be 0 or more"));
        }
    }
    Ok(())
}

/// `reseller/wallet_update`: `TopUp` and `Settlement` take a positive amount, `Adj` a
/// non-zero one.
pub fn wallet_update(w: &WalletUpdate) -> Result<Vec<(String, String)>> {
    let fields = form(w, WALLET)?;
    let action = *required("action", &w.action)?;
    let amount = required("amount", &w.amount)?;
    match action {
        WalletAction::TopUp | WalletAction::Settlement if amount.hundredths <= 0 => {
            Err(Error::invalid_input("amount", format!("must be more than 0 for {}", action.as_str())))
        }
        WalletAction::Adj if amount.hundredths == 0 => Err(Error::invalid_input("amount", "must not be 0")),
        _ => Ok(fields),
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

/// Refuses an update that changes nothing besides the fields that say which record (the server
/// would answer "done" anyway).
fn something_to_change(fields: &[(String, String)], which: &[&str], id: &str) -> Result<()> {
    if fields.iter().any(|(wire, _)| !which.contains(&wire.as_str())) {
        return Ok(());
    }
    Err(Error::invalid_input("change", format!("names nothing to change besides {id}")))
}

/// The rows of one list page never exceed `MAX_ROWS`.
pub fn page_size(wanted: u64) -> u32 {
    wanted.min(u64::from(MAX_ROWS)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of `I` but its paging has a server name in `names`, in step with `form_fields`.
    fn every_field_has_a_server_name<I: FormFields + InputType + Default>(names: Names, paging: usize) {
        let callers = I::FIELD_NAMES;
        assert_eq!(callers.len(), I::default().form_fields().len() + paging);
        for caller in &callers[..callers.len() - paging] {
            assert!(names.iter().any(|(c, _)| c == caller), "{caller}");
        }
    }

    #[test]
    fn every_input_field_has_a_server_name() {
        every_field_has_a_server_name::<CustomerQuery>(CUSTOMER, 2);
        every_field_has_a_server_name::<NewCustomer>(CUSTOMER, 0);
        every_field_has_a_server_name::<CustomerUpdate>(CUSTOMER, 0);
        every_field_has_a_server_name::<ResellerQuery>(RESELLER, 2);
        every_field_has_a_server_name::<NewReseller>(RESELLER, 0);
        every_field_has_a_server_name::<ResellerUpdate>(RESELLER, 0);
        every_field_has_a_server_name::<WalletTransactionQuery>(WALLET, 2);
        every_field_has_a_server_name::<WalletUpdate>(WALLET, 0);
    }
}
