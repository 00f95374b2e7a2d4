//! Invoices with their payments.

use tsify::Tsify;

use super::{Address, Amounts, LineItem, Named, ANY_PART, SHIPPING_ADDRESS};
use crate::perfex::table::{table, Shape, Table};

code_enum! {
    /// Where an invoice stands.
    InvoiceStatus { Unpaid = "1", Paid = "2", PartiallyPaid = "3", Overdue = "4", Cancelled = "5", Draft = "6" }
}

record! {
    /// An invoice, as listed.
    pub struct Invoice {
        /// The invoice's id.
        pub id: String = "id" Text,
        /// Its number (without prefix), e.g. "4".
        pub number: String = "number" Text,
        /// The number's prefix, e.g. "INV-".
        pub prefix: String = "prefix" Text,
        /// Its date.
        pub date: String = "date" Text,
        /// When it is due.
        pub due_date?: String = "duedate" Given,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: InvoiceStatus = "status" Code(InvoiceStatus::WORDS),
        /// The status as the installation names it, e.g. "Unpaid".
        pub status_name?: String = "status_name" Given,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts = "" Flatten(Amounts::COLUMNS),
        /// The note written for the customer.
        pub client_note?: String = "clientnote" Given,
        /// Terms and conditions.
        pub terms?: String = "terms" Given,
        /// Whether it was sent to the customer.
        pub sent: bool = "sent" Flag,
        /// When it was sent.
        pub sent_at?: String = "datesend" Given,
        /// Whether it repeats.
        pub recurring: bool = "recurring" HasId,
        /// The project it belongs to, if one.
        pub project?: Named = "project_id" Project,
        /// When it was created.
        pub created_at: String = "datecreated" Text,
        /// Who created it (a staff member's name).
        pub created_by?: String = "addedfrom_name" Given,
        /// Where the bill goes.
        pub billing_address?: Address = "" Part(Address::COLUMNS, ANY_PART),
        /// Where the goods go.
        pub shipping_address?: Address = "" Part(SHIPPING_ADDRESS, ANY_PART),
    }
}

record! {
    /// A payment recorded against an invoice.
    pub struct Payment {
        /// The payment's id.
        pub id: String = "id" Text,
        /// The amount paid, as a decimal string.
        pub amount: String = "amount" Trimmed,
        /// When it was paid.
        pub date: String = "date" Text,
        /// How it was paid, e.g. "Bank transfer".
        pub mode?: String = "name" GivenOr("paymentmethod"),
        /// The payment provider's transaction id.
        pub transaction_id?: String = "transactionid" Given,
        /// A note about it.
        pub note?: String = "note" Given,
    }
}

record! {
    /// An invoice with its lines and payments.
    pub struct InvoiceDetail {
        /// The invoice itself.
        #[serde(flatten)]
        pub invoice: Invoice = "" Flatten(Invoice::COLUMNS),
        /// What is left to pay, as a decimal string.
        pub amount_due?: String = "total_left_to_pay" Given,
        /// Its lines, in order.
        pub items: Vec<LineItem> = "items" List(LineItem::COLUMNS, 0),
        /// Payments received.
        pub payments: Vec<Payment> = "payments" List(Payment::COLUMNS, 0),
    }
}

/// A list of invoices.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Invoices(pub Vec<Invoice>);

/// A listed invoice's row: its lines and payments are not listed, but ones of the wrong shape
/// fail the answer as they do in `getInvoice`.
pub const INVOICE_ROWS: &Table = table![
    ("", "", Shape::Flatten(Invoice::COLUMNS)),
    ("", "items", Shape::Checked(LineItem::COLUMNS)),
    ("", "payments", Shape::Checked(Payment::COLUMNS)),
];




#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{parse, sample, sample_rows};

    #[test]
    fn an_invoice_converts_with_what_is_left_to_pay() {
        let i = sample(include_str!("../../../tests/fixtures/perfex/invoice.json"), InvoiceDetail::COLUMNS);
        assert_eq!((&i["status"], &i["amountDue"], &i["recurring"]), (&"unpaid".into(), &"500.00".into(), &false.into()));
        assert_eq!((i["items"].as_array().unwrap().len(), i["payments"].as_array().unwrap().len()), (1, 0));
        assert_eq!(sample_rows(include_str!("../../../tests/fixtures/perfex/invoices.json"), INVOICE_ROWS)[0]["dueDate"], "2023-06-16");
    }

    #[test]
    fn an_unknown_status_code_is_absent_not_an_error() {
        let i = parse(r#"{"id":"9","status":"42","status_name":"Custom","total":17.5}"#, Invoice::COLUMNS);
        assert_eq!((i.get("status"), &i["statusName"], &i["total"]), (None, &"Custom".into(), &"17.5".into()));
    }
}
