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

listing!(Invoices: "invoice_list", "List", wire::Invoice => types::ErpInvoicePage);
listing!(Licenses: "license_list", "License_List", wire::License => types::ErpLicensePage);
listing!(CreditNotes: "credit_note", "Credit_note", wire::Note => types::ErpNotePage);
listing!(PrepaidNotes: "prepaid_note", "Prepaid_note", wire::Note => types::ErpNotePage);
listing!(DealRegistrations: "deal_registration", "Deal_registration", wire::Deal => sales::ErpDealPage);
listing!(Leads: "enquiry_leads", "Leads", wire::Lead => sales::ErpLeadPage);
listing!(Referrals: "angular_referral", "Referral", wire::Referral => sales::ErpReferralPage);
listing!(News: "news_events", "News_events", wire::News => sales::ErpNewsPage);
