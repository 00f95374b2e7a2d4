//! The customer's records: dashboard counts, the profile, and the read-only lists (invoices,
//! licenses, credit and prepaid notes, deal registrations, leads, referrals, news, call
//! balances). The paged lists are one table: action, list key, wire row, page.

mod client;
pub mod types;
mod wire;

use crate::erp::client::listing;

listing!(Invoices: "invoice_list", "List", wire::Invoice => types::InvoicePage);
listing!(Licenses: "license_list", "License_List", wire::License => types::LicensePage);
listing!(CreditNotes: "credit_note", "Credit_note", wire::Note => types::NotePage);
listing!(PrepaidNotes: "prepaid_note", "Prepaid_note", wire::Note => types::NotePage);
listing!(DealRegistrations: "deal_registration", "Deal_registration", wire::Deal => types::DealPage);
listing!(Leads: "enquiry_leads", "Leads", wire::Lead => types::LeadPage);
listing!(Referrals: "angular_referral", "Referral", wire::Referral => types::ReferralPage);
listing!(News: "news_events", "News_events", wire::News => types::NewsPage);
