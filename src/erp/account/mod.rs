//! The customer's records: dashboard counts, the profile, and the read-only lists (invoices,
//! licenses, credit and prepaid notes, deal registrations, leads, referrals, news, call
//! balances). The paged lists are one table: action, list key, wire row, page.

mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
pub mod sales;
pub mod types;
mod wire;

use crate::erp::client::listing;

listing!(Invoices: "invoice_list", "List", wire::Invoice => types::ErpInvoice);
listing!(Licenses: "license_list", "License_List", wire::License => types::ErpLicense);
listing!(CreditNotes: "credit_note", "Credit_note", wire::Note => types::ErpNote);
listing!(PrepaidNotes: "prepaid_note", "Prepaid_note", wire::Note => types::ErpNote);
listing!(DealRegistrations: "deal_registration", "Deal_registration", sales::ErpDeal);
listing!(Leads: "enquiry_leads", "Leads", sales::ErpLead);
listing!(Referrals: "angular_referral", "Referral", sales::ErpReferral);
listing!(News: "news_events", "News_events", sales::ErpNewsItem);
