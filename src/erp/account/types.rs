//! What the caller of the account methods sends and receives. Amounts are decimal strings,
//! dates the server's strings.

use crate::core::json::Value;
use tsify::Tsify;

use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::core::record::{self, output_record, Column, Shape};
use crate::erp::from_wire::fields_of;
use crate::erp::types::{page_of, ErpEdition};

/// Which invoices.
#[derive(Tsify, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ErpInvoiceStatus {
    /// Paid in full.
    Paid,
    /// Not paid yet.
    Unpaid,
}

impl ErpInvoiceStatus {
    /// The texts of the statuses (what `record::Shape::OneOf` reads).
    pub const TEXTS: &'static [&'static str] = &["paid", "unpaid"];

    /// The server's word for it.
    pub fn wire(self) -> &'static str {
        match self {
            ErpInvoiceStatus::Paid => "paid",
            ErpInvoiceStatus::Unpaid => "unpaid",
        }
    }
}

/// The `status` field of an invoice query, if given.
fn invoice_status(f: &Fields) -> Result<Option<ErpInvoiceStatus>> {
    let status = f.optional_choice("status", &["paid", "unpaid"])?;
    Ok(status.map(|i| if i == 0 { ErpInvoiceStatus::Paid } else { ErpInvoiceStatus::Unpaid }))
}

/// A page of invoices, optionally only paid or unpaid ones.
#[derive(Tsify, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpInvoiceQuery {
    /// Only paid or only unpaid invoices (default: both).
    #[serde(default)]
    #[tsify(optional)]
    pub status: Option<ErpInvoiceStatus>,
    /// How many rows (1–500, default 10).
    #[serde(default)]
    #[tsify(optional)]
    pub limit: Option<f64>,
    /// How many rows to skip (default 0).
    #[serde(default)]
    #[tsify(optional)]
    pub offset: Option<f64>,
}

impl Input for ErpInvoiceQuery {
    const FIELDS: &'static [&'static str] = &["status", "limit", "offset"];
    fn read(f: &Fields) -> Result<ErpInvoiceQuery> {
        Ok(ErpInvoiceQuery { status: invoice_status(f)?, limit: f.optional_number("limit")?, offset: f.optional_number("offset")? })
    }
}

/// Every invoice, optionally only paid or unpaid ones.
#[derive(Tsify, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpInvoiceIteration {
    /// Only paid or only unpaid invoices (default: both).
    #[serde(default)]
    #[tsify(optional)]
    pub status: Option<ErpInvoiceStatus>,
    /// How many rows each request fetches (1–500, default 50).
    #[serde(default)]
    #[tsify(optional)]
    pub page_size: Option<f64>,
}

impl Input for ErpInvoiceIteration {
    const FIELDS: &'static [&'static str] = &["status", "pageSize"];
    fn read(f: &Fields) -> Result<ErpInvoiceIteration> {
        Ok(ErpInvoiceIteration { status: invoice_status(f)?, page_size: f.optional_number("pageSize")? })
    }
}

output_record! {
    /// The counts the portal's dashboard shows; a count is absent when the server does not send it.
    pub struct ErpDashboardCounts {
        /// Invoices.
        invoices: Count = "invoice_cnt",
        /// Unpaid invoices.
        unpaid_invoices: Count = "unpaid_invoice_cnt",
        /// Licenses.
        licenses: Count = "license_detail_cnt",
        /// Credit notes.
        credit_notes: Count = "credit_note_cnt",
        /// Prepaid notes.
        prepaid_notes: Count = "prepaid_note_cnt",
        /// Deal registrations.
        deal_registrations: Count = "deal_registration_cnt",
        /// Leads.
        leads: Count = "enquiry_leads_cnt",
        /// Referrals.
        referrals: Count = "referral_cnt",
        /// Open tickets.
        open_tickets: Count = "open_ticket_cnt",
        /// Closed tickets.
        closed_tickets: Count = "closed_ticket_cnt",
        /// Lines in the cart.
        cart_items: Count = "cart_cnt",
        /// Extensions.
        extensions: Count = "extension_cnt",
        /// The credit the customer can spend (decimal string).
        available_credit: Optional = "customer_available_credit",
        /// The currency of the credit.
        currency: Optional = "currency_name",
    }
}

output_record! {
    /// The customer's profile.
    pub struct ErpCustomerProfile {
        /// The numeric customer id.
        id: Text = "customer_id",
        /// The customer's (company) name.
        name: Text = "customerName",
        /// The customer's code in the ERP, if there is one.
        code: Optional = "customerCode",
        /// The e-mail address, if set.
        email: Optional = "email",
        /// Where invoices go, if set.
        finance_email: Optional = "finance_email",
        /// The phone number, if set.
        phone: Optional = "phone",
        /// The street address, if set.
        address: Optional = "customerAddress1",
        /// The city, if set.
        city: Optional = "city",
        /// The state, if set.
        state: Optional = "state",
        /// The country, if set.
        country: Optional = "country",
    }
}

/// The caller's profile of a `customer_data` answer: the record under `customer_data`, its id
/// the answer's `customer_id` (else `id`, the signed-in customer's), its e-mail address the
/// answer's `email_id` when the record has none.
pub fn profile(id: String, answer: &Value) -> Result<Value> {
    let data = answer.get("customer_data").map(fields_of).transpose()?.flatten();
    let mut row = data.cloned().unwrap_or_default();
    let id = text_field(answer, "customer_id").filter(|id| !id.is_empty()).unwrap_or(id);
    row.insert("customer_id".into(), Value::String(id));
    if text_field(&Value::Object(row.clone()), "email").filter(|e| !e.is_empty()).is_none() {
        if let Some(email) = answer.get("email_id") {
            row.insert("email".into(), email.clone());
        }
    }
    record::row(&Value::Object(row), ErpCustomerProfile::COLUMNS)
}

output_record! {
    /// An invoice.
    pub struct ErpInvoice {
        /// The invoice's id.
        id: Text = "billId",
        /// Its number, e.g. `"INV-2024-1001"`.
        number: Text = "cus_invoice_no",
        /// Its date.
        date: Text = "date",
        /// Its total (decimal string).
        total: Text = "total",
        /// The currency code, if the server says.
        currency: Optional = "currency_name",
        /// Whether it is paid, if the server says.
        status: OneOf(ErpInvoiceStatus) = "invoice_status",
        /// What it is for, e.g. `"3CX License"`, if the server says.
        kind: Optional = "invoice_type",
        /// The billing entity's code, if the server says.
        biller_code: Optional = "billerCode",
        /// Where to pay it online, if it can be.
        payment_link: Optional = "payment_link",
        /// Whether license keys are attached to it.
        has_license_attachment: Flag = "license_attach",
        /// What was paid (decimal string), if the server says.
        paid_amount: Optional = "paid_amount",
        /// What is left to pay (decimal string), if the server says.
        balance: Optional = "balance_amount",
    }
}

// Its fields but `edition` are read by `LICENSE_COLUMNS`.
/// A 3CX license.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpLicense {
    /// The license's id.
    pub id: String,
    /// The license key (what the order methods take).
    pub key: String,
    /// Its edition.
    pub edition: ErpEdition,
    /// The product as the portal names it, if it does.
    #[tsify(optional)]
    pub product: Option<String>,
    /// Simultaneous calls, if the server says.
    #[tsify(optional)]
    pub simultaneous_calls: Option<u64>,
    /// When it was bought, if the server says.
    #[tsify(optional)]
    pub purchased_on: Option<String>,
    /// Until when maintenance runs, if the server says.
    #[tsify(optional)]
    pub maintenance_until: Option<String>,
    /// Its status as the portal words it, e.g. `"Active"`.
    #[tsify(optional)]
    pub status: Option<String>,
    /// The invoice it was bought with, if the server says.
    #[tsify(optional)]
    pub invoice_number: Option<String>,
}

/// How the fields of `ErpLicense` but `edition` are read, in its order (`edition` goes after
/// the first two).
const LICENSE_COLUMNS: &[Column] = &[
    column("id", "license_id", Shape::Text),
    column("key", "license_key", Shape::Text),
    column("product", "product", Shape::Optional),
    column("simultaneousCalls", "simultaneous_call", Shape::Count),
    column("purchasedOn", "purchase_date", Shape::Optional),
    column("maintenanceUntil", "maintenance_date", Shape::Optional),
    column("status", "license_status", Shape::Optional),
    column("invoiceNumber", "invoice_no", Shape::Optional),
];

/// A column (`caller` is the caller's name of the field).
const fn column(caller: &'static str, wire: &'static str, shape: Shape) -> Column {
    Column { caller, wire, shape }
}

/// The caller's licenses of a `License_List`: the columns, and the edition (its name falls
/// back to its key) after the id and the key.
pub fn licenses(list: &Value) -> Result<Vec<Value>> {
    let rows = record::items(list)?;
    let mut records = record::rows(list, LICENSE_COLUMNS)?;
    // A plain loop over the records in place: nothing here fails, so no `Result` collecting.
    for (row, record) in rows.into_iter().zip(records.iter_mut()) {
        if let Some(fields) = record.as_object_mut() {
            let key = text_field(row, "edition_key").unwrap_or_default();
            let name = text_field(row, "edition").filter(|n| !n.is_empty()).unwrap_or_else(|| key.clone());
            fields.shift_insert(2, "edition".into(), crate::core::json::object([("key", Value::from(key)), ("name", Value::from(name))]));
        }
    }
    Ok(records)
}

/// A field of a server row as text (`None` when missing or not a scalar).
fn text_field(row: &Value, name: &str) -> Option<String> {
    row.get(name).and_then(record::text)
}

output_record! {
    /// A credit note or a prepaid note.
    pub struct ErpNote {
        /// The note's id, if the server sends one.
        id: Optional = "credit_note_id",
        /// Its document number.
        number: Text = "Docnumber",
        /// Its date.
        date: Text = "Date",
        /// Its amount (decimal string).
        total: Text = "Totalamt",
        /// What is left of it (decimal string).
        balance: Text = "Balanceamt",
        /// The currency code, if the server says.
        currency: Optional = "currency_name",
        /// Why it was issued, if the server says.
        reason: Optional = "reason",
    }
}

/// The caller's notes of a list: the id is the credit note's, else the prepaid note's.
pub fn notes(list: &Value) -> Result<Vec<Value>> {
    let rows = record::items(list)?;
    let mut records = record::rows(list, ErpNote::COLUMNS)?;
    for (row, record) in rows.into_iter().zip(records.iter_mut()) {
        if let Some(fields) = record.as_object_mut().filter(|fields| !fields.contains_key("id")) {
            if let Some(id) = text_field(row, "prepaid_note_id").filter(|id| !id.is_empty()) {
                fields.shift_insert(0, "id".into(), Value::String(id));
            }
        }
    }
    Ok(records)
}

output_record! {
    /// The balance of a prepaid calling service.
    pub struct ErpCallBalance {
        /// The billing code of the service.
        bill_code: Text = "bill_code",
        /// The service's name.
        service_name: Text = "service_name",
        /// What is left (decimal string).
        balance: Text = "balance",
        /// The credit limit (decimal string), if there is one.
        credit_limit: Optional = "credit_limit",
        /// The currency code, if the server says.
        currency: Optional = "currency_name",
        /// When the balance was last updated, if the server says.
        last_updated: Optional = "last_updated",
    }
}

/// The call balances.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpCallBalances(pub Vec<ErpCallBalance>);

page_of!(
    /// A page of invoices.
    ErpInvoicePage,
    ErpInvoice
);
page_of!(
    /// A page of licenses.
    ErpLicensePage,
    ErpLicense
);
page_of!(
    /// A page of credit or prepaid notes.
    ErpNotePage,
    ErpNote
);
#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    fn sample(text: &str, key: &str) -> Value {
        let value: Value = crate::core::json::from_str(text).unwrap();
        value[key].clone()
    }

    #[test]
    fn an_invoice_reads_as_the_caller_sees_it() {
        let list = sample(include_str!("../../../tests/fixtures/erp/invoice_list.json"), "List");
        let invoice = &record::rows(&list, ErpInvoice::COLUMNS).unwrap()[0];
        assert_eq!((invoice["number"].as_str(), invoice["total"].as_str()), (Some("INV-2024-1027"), Some("1534.20")));
        assert_eq!(invoice["status"], "paid");
        assert_eq!(invoice["hasLicenseAttachment"], true);
        assert!(invoice.get("paymentLink").is_none());
    }

    #[test]
    fn every_list_sample_reads() {
        let licenses = licenses(&sample(include_str!("../../../tests/fixtures/erp/license_list.json"), "License_List")).unwrap();
        assert_eq!(licenses[0]["simultaneousCalls"], 8);
        let notes = notes(&sample(include_str!("../../../tests/fixtures/erp/credit_note.json"), "Credit_note")).unwrap();
        assert_eq!(notes[0]["balance"], "120.50");
        let dashboard = sample(include_str!("../../../tests/fixtures/erp/dashboard_count.json"), "List");
        let counts = crate::erp::from_wire::record_of(Some(&dashboard), ErpDashboardCounts::COLUMNS).unwrap();
        assert_eq!((counts["invoices"].as_u64(), counts["availableCredit"].as_str()), (Some(32), Some("1520.75")));
    }

    #[test]
    fn a_license_has_its_edition_after_its_key() {
        let list = json!([{ "license_id": 3, "license_key": "K", "edition_key": "3CXPSPROFENT", "simultaneous_call": "8", "product": "" }]);
        let license = &licenses(&list).unwrap()[0];
        assert_eq!(license, &json!({ "id": "3", "key": "K", "edition": { "key": "3CXPSPROFENT", "name": "3CXPSPROFENT" }, "simultaneousCalls": 8 }));
        let keys: Vec<&str> = license.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["id", "key", "edition", "simultaneousCalls"]);
        assert!(licenses(&json!([5])).is_err());
    }

    #[test]
    fn a_note_takes_the_prepaid_id_when_it_has_no_credit_id() {
        let rows = notes(&json!([{ "prepaid_note_id": "P1", "Docnumber": "N" }, { "credit_note_id": "C1", "prepaid_note_id": "P2" }])).unwrap();
        assert_eq!(rows[0], json!({ "id": "P1", "number": "N", "date": "", "total": "", "balance": "" }));
        assert_eq!(rows[0].as_object().unwrap().keys().next().map(String::as_str), Some("id"));
        assert_eq!(rows[1]["id"], "C1");
    }
}
