//! The customer's records: dashboard counts, the profile, and the read-only lists (invoices,
//! licenses, credit and prepaid notes, deal registrations, leads, referrals, news, call
//! balances). The paged lists are one table: action, list key, records.

mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
pub mod sales;
pub mod types;

use crate::erp::client::listing;

listing!(INVOICES: "invoice_list", "List", types::ErpInvoice);
listing!(LICENSES: "license_list", "License_List", records = types::licenses);
listing!(CREDIT_NOTES: "credit_note", "Credit_note", records = types::notes);
listing!(PREPAID_NOTES: "prepaid_note", "Prepaid_note", records = types::notes);
listing!(DEAL_REGISTRATIONS: "deal_registration", "Deal_registration", sales::ErpDeal);
listing!(LEADS: "enquiry_leads", "Leads", sales::ErpLead);
listing!(REFERRALS: "angular_referral", "Referral", sales::ErpReferral);
listing!(NEWS: "news_events", "News_events", sales::ErpNewsItem);
