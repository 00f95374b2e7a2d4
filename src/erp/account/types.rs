//! What the caller of the account methods sends and receives. Amounts are decimal strings,
//! dates the server's strings.

use serde::Serialize;
use tsify::Tsify;

use super::wire;
use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::erp::types::{page_of, ErpEdition};

/// Which invoices.
#[derive(Tsify, Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ErpInvoiceStatus {
    /// Paid in full.
    Paid,
    /// Not paid yet.
    Unpaid,
}

impl ErpInvoiceStatus {
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

/// The counts the portal's dashboard shows; a count is absent when the server does not send it.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpDashboardCounts {
    /// Invoices.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub invoices: Option<u64>,
    /// Unpaid invoices.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub unpaid_invoices: Option<u64>,
    /// Licenses.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub licenses: Option<u64>,
    /// Credit notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub credit_notes: Option<u64>,
    /// Prepaid notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub prepaid_notes: Option<u64>,
    /// Deal registrations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub deal_registrations: Option<u64>,
    /// Leads.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub leads: Option<u64>,
    /// Referrals.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub referrals: Option<u64>,
    /// Open tickets.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub open_tickets: Option<u64>,
    /// Closed tickets.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub closed_tickets: Option<u64>,
    /// Lines in the cart.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cart_items: Option<u64>,
    /// Extensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub extensions: Option<u64>,
    /// The credit the customer can spend (decimal string).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub available_credit: Option<String>,
    /// The currency of the credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
}

/// The customer's profile.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpCustomerProfile {
    /// The numeric customer id.
    pub id: String,
    /// The customer's (company) name.
    pub name: String,
    /// The customer's code in the ERP, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub code: Option<String>,
    /// The e-mail address, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// Where invoices go, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub finance_email: Option<String>,
    /// The phone number, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub phone: Option<String>,
    /// The street address, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub address: Option<String>,
    /// The city, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub city: Option<String>,
    /// The state, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub state: Option<String>,
    /// The country, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub country: Option<String>,
}

/// An invoice.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpInvoice {
    /// The invoice's id.
    pub id: String,
    /// Its number, e.g. `"INV-2024-1001"`.
    pub number: String,
    /// Its date.
    pub date: String,
    /// Its total (decimal string).
    pub total: String,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// Whether it is paid, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<ErpInvoiceStatus>,
    /// What it is for, e.g. `"3CX License"`, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub kind: Option<String>,
    /// The billing entity's code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub biller_code: Option<String>,
    /// Where to pay it online, if it can be.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub payment_link: Option<String>,
    /// Whether license keys are attached to it.
    pub has_license_attachment: bool,
    /// What was paid (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub paid_amount: Option<String>,
    /// What is left to pay (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub balance: Option<String>,
}

/// A 3CX license.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpLicense {
    /// The license's id.
    pub id: String,
    /// The license key (what the order methods take).
    pub key: String,
    /// Its edition.
    pub edition: ErpEdition,
    /// The product as the portal names it, if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub product: Option<String>,
    /// Simultaneous calls, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub simultaneous_calls: Option<u64>,
    /// When it was bought, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub purchased_on: Option<String>,
    /// Until when maintenance runs, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub maintenance_until: Option<String>,
    /// Its status as the portal words it, e.g. `"Active"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// The invoice it was bought with, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub invoice_number: Option<String>,
}

/// A credit note or a prepaid note.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpNote {
    /// The note's id, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub id: Option<String>,
    /// Its document number.
    pub number: String,
    /// Its date.
    pub date: String,
    /// Its amount (decimal string).
    pub total: String,
    /// What is left of it (decimal string).
    pub balance: String,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// Why it was issued, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reason: Option<String>,
}

/// The balance of a prepaid calling service.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpCallBalance {
    /// The billing code of the service.
    pub bill_code: String,
    /// The service's name.
    pub service_name: String,
    /// What is left (decimal string).
    pub balance: String,
    /// The credit limit (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub credit_limit: Option<String>,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// When the balance was last updated, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_updated: Option<String>,
}

/// The call balances.
#[derive(Tsify, Serialize)]
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
impl From<&wire::DashboardList> for ErpDashboardCounts {
    fn from(w: &wire::DashboardList) -> ErpDashboardCounts {
        ErpDashboardCounts {
            invoices: w.invoice_cnt.0,
            unpaid_invoices: w.unpaid_invoice_cnt.0,
            licenses: w.license_detail_cnt.0,
            credit_notes: w.credit_note_cnt.0,
            prepaid_notes: w.prepaid_note_cnt.0,
            deal_registrations: w.deal_registration_cnt.0,
            leads: w.enquiry_leads_cnt.0,
            referrals: w.referral_cnt.0,
            open_tickets: w.open_ticket_cnt.0,
            closed_tickets: w.closed_ticket_cnt.0,
            cart_items: w.cart_cnt.0,
            extensions: w.extension_cnt.0,
            available_credit: w.customer_available_credit.non_empty(),
            currency: w.currency_name.non_empty(),
        }
    }
}

impl ErpCustomerProfile {
    /// The profile of a `customer_data` answer (`id` is the signed-in customer's).
    pub fn from_wire(id: String, w: &wire::CustomerAnswer) -> ErpCustomerProfile {
        let d = &w.customer_data;
        ErpCustomerProfile {
            id: w.customer_id.non_empty().unwrap_or(id),
            name: d.customer_name.or_empty(),
            code: d.customer_code.non_empty(),
            email: d.email.non_empty().or_else(|| w.email_id.non_empty()),
            finance_email: d.finance_email.non_empty(),
            phone: d.phone.non_empty(),
            address: d.address.non_empty(),
            city: d.city.non_empty(),
            state: d.state.non_empty(),
            country: d.country.non_empty(),
        }
    }
}

impl From<&wire::Invoice> for ErpInvoice {
    fn from(w: &wire::Invoice) -> ErpInvoice {
        ErpInvoice {
            id: w.billId.or_empty(),
            number: w.cus_invoice_no.or_empty(),
            date: w.date.or_empty(),
            total: w.total.or_empty(),
            currency: w.currency_name.non_empty(),
            status: match w.invoice_status.or_empty().to_ascii_lowercase().as_str() {
                "paid" => Some(ErpInvoiceStatus::Paid),
                "unpaid" => Some(ErpInvoiceStatus::Unpaid),
                _ => None,
            },
            kind: w.invoice_type.non_empty(),
            biller_code: w.billerCode.non_empty(),
            payment_link: w.payment_link.non_empty(),
            has_license_attachment: w.license_attach.or_false(),
            paid_amount: w.paid_amount.non_empty(),
            balance: w.balance_amount.non_empty(),
        }
    }
}

impl From<&wire::License> for ErpLicense {
    fn from(w: &wire::License) -> ErpLicense {
        let key = w.edition_key.or_empty();
        ErpLicense {
            id: w.license_id.or_empty(),
            key: w.license_key.or_empty(),
            edition: ErpEdition { name: w.edition.non_empty().unwrap_or_else(|| key.clone()), key },
            product: w.product.non_empty(),
            simultaneous_calls: w.simultaneous_call.0,
            purchased_on: w.purchase_date.non_empty(),
            maintenance_until: w.maintenance_date.non_empty(),
            status: w.license_status.non_empty(),
            invoice_number: w.invoice_no.non_empty(),
        }
    }
}

impl From<&wire::Note> for ErpNote {
    fn from(w: &wire::Note) -> ErpNote {
        ErpNote {
            id: w.credit_note_id.non_empty().or_else(|| w.prepaid_note_id.non_empty()),
            number: w.Docnumber.or_empty(),
            date: w.Date.or_empty(),
            total: w.Totalamt.or_empty(),
            balance: w.Balanceamt.or_empty(),
            currency: w.currency_name.non_empty(),
            reason: w.reason.non_empty(),
        }
    }
}

impl From<&wire::CallBalance> for ErpCallBalance {
    fn from(w: &wire::CallBalance) -> ErpCallBalance {
        ErpCallBalance {
            bill_code: w.bill_code.or_empty(),
            service_name: w.service_name.or_empty(),
            balance: w.balance.or_empty(),
            credit_limit: w.credit_limit.non_empty(),
            currency: w.currency_name.non_empty(),
            last_updated: w.last_updated.non_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invoice_reads_as_the_caller_sees_it() {
        let value: serde_json::Value = serde_json::from_str(include_str!("../../../tests/fixtures/erp/invoice_list.json")).unwrap();
        let row: wire::Invoice = crate::erp::from_wire::FromWire::from_wire(&value["List"][0]).unwrap();
        let invoice = ErpInvoice::from(&row);
        assert_eq!((invoice.number.as_str(), invoice.total.as_str()), ("INV-2024-1027", "1534.20"));
        assert_eq!(invoice.status, Some(ErpInvoiceStatus::Paid));
        assert!(invoice.has_license_attachment && invoice.payment_link.is_none());
    }
}
