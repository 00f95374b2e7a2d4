//! Invoices with their payments.

use tsify::Tsify;

use super::{addresses, id_opt, money, opt, project, Address, Amounts, LineItem, Named};
use crate::perfex::wire;

code_enum! {
    /// Where an invoice stands.
    InvoiceStatus { Unpaid = "1", Paid = "2", PartiallyPaid = "3", Overdue = "4", Cancelled = "5", Draft = "6" }
}

record! {
    /// An invoice, as listed.
    pub struct Invoice {
        /// The invoice's id.
        pub id: String,
        /// Its number (without prefix), e.g. "4".
        pub number: String,
        /// The number's prefix, e.g. "INV-".
        pub prefix: String,
        /// Its date.
        pub date: String,
        /// When it is due.
        pub due_date?: String,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: InvoiceStatus,
        /// The status as the installation names it, e.g. "Unpaid".
        pub status_name?: String,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts,
        /// The note written for the customer.
        pub client_note?: String,
        /// Terms and conditions.
        pub terms?: String,
        /// Whether it was sent to the customer.
        pub sent: bool,
        /// When it was sent.
        pub sent_at?: String,
        /// Whether it repeats.
        pub recurring: bool,
        /// The project it belongs to, if one.
        pub project?: Named,
        /// When it was created.
        pub created_at: String,
        /// Who created it (a staff member's name).
        pub created_by?: String,
        /// Where the bill goes.
        pub billing_address?: Address,
        /// Where the goods go.
        pub shipping_address?: Address,
    }
}

record! {
    /// A payment recorded against an invoice.
    pub struct Payment {
        /// The payment's id.
        pub id: String,
        /// The amount paid, as a decimal string.
        pub amount: String,
        /// When it was paid.
        pub date: String,
        /// How it was paid, e.g. "Bank transfer".
        pub mode?: String,
        /// The payment provider's transaction id.
        pub transaction_id?: String,
        /// A note about it.
        pub note?: String,
    }
}

record! {
    /// An invoice with its lines and payments.
    pub struct InvoiceDetail {
        /// The invoice itself.
        #[serde(flatten)]
        pub invoice: Invoice,
        /// What is left to pay, as a decimal string.
        pub amount_due?: String,
        /// Its lines, in order.
        pub items: Vec<LineItem>,
        /// Payments received.
        pub payments: Vec<Payment>,
    }
}

/// A list of invoices.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Invoices(pub Vec<Invoice>);

impl From<&wire::Payment> for Payment {
    fn from(w: &wire::Payment) -> Payment {
        Payment {
            id: w.id.or_empty(),
            amount: money(&w.amount),
            date: w.date.or_empty(),
            mode: opt(&w.name).or_else(|| opt(&w.paymentmethod)),
            transaction_id: opt(&w.transactionid),
            note: opt(&w.note),
        }
    }
}

impl From<&wire::Invoice> for Invoice {
    fn from(w: &wire::Invoice) -> Invoice {
        let (billing_address, shipping_address) = addresses(&w.addresses);
        Invoice {
            id: w.id.or_empty(),
            number: w.number.or_empty(),
            prefix: w.prefix.or_empty(),
            date: w.date.or_empty(),
            due_date: opt(&w.duedate),
            status: InvoiceStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            amounts: Amounts::from(&w.amounts),
            client_note: opt(&w.clientnote),
            terms: opt(&w.terms),
            sent: w.sent.or_false(),
            sent_at: opt(&w.datesend),
            recurring: id_opt(&w.recurring).is_some(),
            project: project(&w.project_id, &w.project_name, &w.project_data),
            created_at: w.datecreated.or_empty(),
            created_by: opt(&w.addedfrom_name),
            billing_address,
            shipping_address,
        }
    }
}

impl From<&wire::Invoice> for InvoiceDetail {
    fn from(w: &wire::Invoice) -> InvoiceDetail {
        InvoiceDetail {
            invoice: Invoice::from(w),
            amount_due: opt(&w.total_left_to_pay),
            items: w.items.0.iter().map(LineItem::from).collect(),
            payments: w.payments.0.iter().map(Payment::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::wire::sample;

    #[test]
    fn an_invoice_converts_with_what_is_left_to_pay() {
        let i = InvoiceDetail::from(&sample::<wire::Invoice>(include_str!("../../../tests/fixtures/perfex/invoice.json")));
        assert_eq!((i.invoice.status, i.amount_due.as_deref(), i.invoice.recurring), (Some(InvoiceStatus::Unpaid), Some("500.00"), false));
        assert_eq!((i.items.len(), i.payments.len()), (1, 0));
        let list: crate::core::lenient::List<wire::Invoice> = sample(include_str!("../../../tests/fixtures/perfex/invoices.json"));
        assert_eq!(Invoice::from(&list.0[0]).due_date.as_deref(), Some("2023-06-16"));
    }

    #[test]
    fn an_unknown_status_code_is_absent_not_an_error() {
        let w: wire::Invoice = wire::parse(r#"{"id":"9","status":"42","status_name":"Custom","total":17.5}"#).unwrap();
        let i = Invoice::from(&w);
        assert_eq!((i.status, i.status_name.as_deref(), i.amounts.total.as_str()), (None, Some("Custom"), "17.5"));
    }
}
