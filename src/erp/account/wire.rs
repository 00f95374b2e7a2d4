//! The customer's records as the server sends them.

use crate::erp::from_wire::wire_struct;

use crate::core::lenient::{Count, Flag, Text};

wire_struct! {
    /// `dashboardCount`: `{"List": {…counts}}`.
    pub struct Dashboard {
        list: DashboardList = "List",
    }
}

wire_struct! {
    /// The counts of the dashboard.
    pub struct DashboardList {
        invoice_cnt: Count,
        unpaid_invoice_cnt: Count,
        license_detail_cnt: Count,
        credit_note_cnt: Count,
        prepaid_note_cnt: Count,
        deal_registration_cnt: Count,
        enquiry_leads_cnt: Count,
        referral_cnt: Count,
        open_ticket_cnt: Count,
        closed_ticket_cnt: Count,
        cart_cnt: Count,
        extension_cnt: Count,
        customer_available_credit: Text,
        currency_name: Text,
    }
}

wire_struct! {
    /// `customer_data`.
    pub struct CustomerAnswer {
        customer_id: Text,
        email_id: Text,
        customer_data: CustomerData,
    }
}

wire_struct! {
    /// `customer_data.customer_data`.
    pub struct CustomerData {
        customer_code: Text = "customerCode",
        customer_name: Text = "customerName",
        address: Text = "customerAddress1",
        city: Text,
        state: Text,
        country: Text,
        email: Text,
        finance_email: Text,
        phone: Text,
    }
}

wire_struct! {
    /// `invoice_list` → `List`.
    #[allow(non_snake_case)]
    pub struct Invoice {
        billId: Text,
        cus_invoice_no: Text,
        date: Text,
        total: Text,
        currency_name: Text,
        billerCode: Text,
        invoice_type: Text,
        invoice_status: Text,
        payment_link: Text,
        license_attach: Flag,
        paid_amount: Text,
        balance_amount: Text,
    }
}

wire_struct! {
    /// `license_list` → `License_List`.
    pub struct License {
        license_id: Text,
        license_key: Text,
        edition: Text,
        edition_key: Text,
        product: Text,
        simultaneous_call: Count,
        purchase_date: Text,
        maintenance_date: Text,
        license_status: Text,
        invoice_no: Text,
    }
}

wire_struct! {
    /// `credit_note` → `Credit_note`, `prepaid_note` → `Prepaid_note`.
    #[allow(non_snake_case)]
    pub struct Note {
        credit_note_id: Text,
        prepaid_note_id: Text,
        Docnumber: Text,
        Date: Text,
        Totalamt: Text,
        Balanceamt: Text,
        currency_name: Text,
        reason: Text,
    }
}

wire_struct! {
    /// `call_balance` → `call_balance_list`.
    pub struct CallBalance {
        bill_code: Text,
        service_name: Text,
        balance: Text,
        credit_limit: Text,
        currency_name: Text,
        last_updated: Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lenient::List;
    use crate::erp::from_wire::FromWire;

    fn rows<T: crate::erp::from_wire::FromWire>(json: &str, key: &str) -> Vec<T> {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        List::<T>::from_wire(&value[key]).unwrap().0
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
        let dashboard: Dashboard = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/dashboard_count.json"));
        assert_eq!(dashboard.list.invoice_cnt.0, Some(32));
        assert_eq!(dashboard.list.customer_available_credit.or_empty(), "1520.75");
    }
}
