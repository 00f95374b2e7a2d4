//! The customer's records as the server sends them.

use serde::Deserialize;

use crate::core::lenient::{Count, Flag, Text};

/// `dashboardCount`: `{"List": {…counts}}`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Dashboard {
    #[serde(rename = "List")]
    pub list: DashboardList,
}

/// The counts of the dashboard.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DashboardList {
    pub invoice_cnt: Count,
    pub unpaid_invoice_cnt: Count,
    pub license_detail_cnt: Count,
    pub credit_note_cnt: Count,
    pub prepaid_note_cnt: Count,
    pub deal_registration_cnt: Count,
    pub enquiry_leads_cnt: Count,
    pub referral_cnt: Count,
    pub open_ticket_cnt: Count,
    pub closed_ticket_cnt: Count,
    pub cart_cnt: Count,
    pub extension_cnt: Count,
    pub customer_available_credit: Text,
    pub currency_name: Text,
}

/// `customer_data`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CustomerAnswer {
    pub customer_id: Text,
    pub email_id: Text,
    pub customer_data: CustomerData,
}

/// `customer_data.customer_data`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CustomerData {
    #[serde(rename = "customerCode")]
    pub customer_code: Text,
    #[serde(rename = "customerName")]
    pub customer_name: Text,
    #[serde(rename = "customerAddress1")]
    pub address: Text,
    pub city: Text,
    pub state: Text,
    pub country: Text,
    pub email: Text,
    pub finance_email: Text,
    pub phone: Text,
}

/// `invoice_list` → `List`.
#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(non_snake_case)]
pub struct Invoice {
    pub billId: Text,
    pub cus_invoice_no: Text,
    pub date: Text,
    pub total: Text,
    pub currency_name: Text,
    pub billerCode: Text,
    pub invoice_type: Text,
    pub invoice_status: Text,
    pub payment_link: Text,
    pub license_attach: Flag,
    pub paid_amount: Text,
    pub balance_amount: Text,
}

/// `license_list` → `License_List`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct License {
    pub license_id: Text,
    pub license_key: Text,
    pub edition: Text,
    pub edition_key: Text,
    pub product: Text,
    pub simultaneous_call: Count,
    pub purchase_date: Text,
    pub maintenance_date: Text,
    pub license_status: Text,
    pub invoice_no: Text,
}

/// `credit_note` → `Credit_note`, `prepaid_note` → `Prepaid_note`.
#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(non_snake_case)]
pub struct Note {
    pub credit_note_id: Text,
    pub prepaid_note_id: Text,
    pub Docnumber: Text,
    pub Date: Text,
    pub Totalamt: Text,
    pub Balanceamt: Text,
    pub currency_name: Text,
    pub reason: Text,
}

/// `call_balance` → `call_balance_list`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CallBalance {
    pub bill_code: Text,
    pub service_name: Text,
    pub balance: Text,
    pub credit_limit: Text,
    pub currency_name: Text,
    pub last_updated: Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lenient::List;

    fn rows<T: for<'de> Deserialize<'de>>(json: &str, key: &str) -> Vec<T> {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        serde_json::from_value::<List<T>>(value[key].clone()).unwrap().0
    }

    #[test]
    fn every_list_sample_decodes() {
        let invoices: Vec<Invoice> = rows(include_str!("../../../tests/fixtures/erp/invoice_list.json"), "List");
        assert_eq!(invoices[0].cus_invoice_no.or_empty(), "INV-2024-1027");
        assert_eq!(invoices[0].license_attach.0, Some(true));
        let licenses: Vec<License> = rows(include_str!("../../../tests/fixtures/erp/license_list.json"), "License_List");
        assert_eq!(licenses[0].simultaneous_call.0, Some(8));
        let notes: Vec<Note> = rows(include_str!("../../../tests/fixtures/erp/credit_note.json"), "Credit_note");
        assert_eq!(notes[0].Balanceamt.or_empty(), "120.50");
        let extensions: Vec<serde_json::Value> = rows(include_str!("../../../tests/fixtures/erp/viewall_extension.json"), "CMS_extension");
        assert_eq!(extensions.len(), 2);
        let dashboard: Dashboard = serde_json::from_str(include_str!("../../../tests/fixtures/erp/dashboard_count.json")).unwrap();
        assert_eq!(dashboard.list.invoice_cnt.0, Some(32));
        assert_eq!(dashboard.list.customer_available_credit.or_empty(), "1520.75");
    }
}
