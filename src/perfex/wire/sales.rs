//! Estimates, proposals, invoices and contracts: the rows the server sends.
//! List rows and detail rows share one shape each; detail adds items, comments, payments.


use super::wire_row;
use super::Maybe;
use crate::core::lenient::{Flag, List, Text};

/// The field a comment's text goes in.
pub const COMMENT_CONTENT: &str = "content";
/// The group name of "add a comment to this proposal".
pub const PROPOSAL_COMMENT_GROUP: &str = "proposals_comment";
/// The group name of "add a comment to this contract".
pub const CONTRACT_COMMENT_GROUP: &str = "contract_comment";

wire_row! {
    /// The columns of a billing or shipping address, by prefix (`billing_` / `shipping_`).
    pub struct Addresses {
        pub billing_street: Text,
        pub billing_city: Text,
        pub billing_state: Text,
        pub billing_zip: Text,
        pub billing_country: Text,
        pub shipping_street: Text,
        pub shipping_city: Text,
        pub shipping_state: Text,
        pub shipping_zip: Text,
        pub shipping_country: Text,
    }
}

wire_row! {
    /// Who accepted (signed) a document in the customer area.
    pub struct Acceptance {
        pub acceptance_firstname: Text,
        pub acceptance_lastname: Text,
        pub acceptance_email: Text,
        pub acceptance_date: Text,
    }
}

wire_row! {
    /// The money columns shared by estimates, proposals, invoices and credit notes.
    pub struct Amounts {
        pub subtotal: Text,
        pub total_tax: Text,
        pub total: Text,
        pub adjustment: Text,
        pub discount_percent: Text,
        pub discount_total: Text,
        /// The currency's code, from the joined currency row (`name` there, `currency_name` too).
        pub currency_name: Text,
        pub symbol: Text,
    }
}

wire_row! {
    /// The embedded `project_data` object; only its name is read.
    pub struct ProjectRef {
        pub name: Text,
    }
}

wire_row! {
    /// A line of an estimate, proposal or invoice.
    pub struct Item {
        pub id: Text,
        pub description: Text,
        pub long_description: Text,
        pub qty: Text,
        pub rate: Text,
        pub unit: Text,
    }
}

wire_row! {
    /// A comment on a proposal (`proposalid`) or a contract (`contract_id`).
    pub struct Comment {
        pub id: Text,
        pub content: Text,
        pub staffid: Text,
        pub dateadded: Text,
    }
}

wire_row! {
    /// An estimate row.
    pub struct Estimate {
        pub id: Text,
        pub number: Text,
        pub prefix: Text,
        pub date: Text,
        pub expirydate: Text,
        pub status: Text,
        pub status_name: Text,
        pub amounts: Amounts = flatten,
        pub clientnote: Text,
        pub terms: Text,
        pub reference_no: Text,
        pub sent: Flag,
        pub datesend: Text,
        pub project_id: Text,
        pub project_name: Text,
        pub project_data: Maybe<ProjectRef>,
        pub invoiceid: Text,
        pub invoiced_date: Text,
        pub datecreated: Text,
        pub addedfrom_name: Text,
        pub acceptance: Acceptance = flatten,
        pub addresses: Addresses = flatten,
        pub items: List<Item>,
    }
}

wire_row! {
    /// A proposal row.
    pub struct Proposal {
        pub id: Text,
        pub subject: Text,
        pub content: Text,
        pub date: Text,
        pub open_till: Text,
        pub status: Text,
        pub status_name: Text,
        pub amounts: Amounts = flatten,
        pub allow_comments: Flag,
        pub proposal_to: Text,
        pub email: Text,
        pub phone: Text,
        pub address: Text,
        pub city: Text,
        pub state: Text,
        pub zip: Text,
        pub country: Text,
        pub project_id: Text,
        pub project_name: Text,
        pub project_data: Maybe<ProjectRef>,
        pub estimate_id: Text,
        pub invoice_id: Text,
        pub datecreated: Text,
        pub addedfrom_name: Text,
        pub acceptance: Acceptance = flatten,
        pub items: List<Item>,
        pub comments: List<Comment>,
    }
}

wire_row! {
    /// A payment recorded against an invoice.
    pub struct Payment {
        pub id: Text,
        pub amount: Text,
        pub date: Text,
        /// The payment mode's name, from the joined payment modes row.
        pub name: Text,
        pub paymentmethod: Text,
        pub transactionid: Text,
        pub note: Text,
    }
}

wire_row! {
    /// An invoice row.
    pub struct Invoice {
        pub id: Text,
        pub number: Text,
        pub prefix: Text,
        pub date: Text,
        pub duedate: Text,
        pub status: Text,
        pub status_name: Text,
        pub amounts: Amounts = flatten,
        pub total_left_to_pay: Text,
        pub clientnote: Text,
        pub terms: Text,
        pub sent: Flag,
        pub datesend: Text,
        pub recurring: Text,
        pub project_id: Text,
        pub project_name: Text,
        pub project_data: Maybe<ProjectRef>,
        pub datecreated: Text,
        pub addedfrom_name: Text,
        pub addresses: Addresses = flatten,
        pub items: List<Item>,
        pub payments: List<Payment>,
    }
}

wire_row! {
    /// A contract row.
    pub struct Contract {
        pub id: Text,
        pub subject: Text,
        pub description: Text,
        pub content: Text,
        pub datestart: Text,
        pub dateend: Text,
        pub contract_type: Text,
        pub type_name: Text,
        pub contract_value: Text,
        pub signed: Flag,
        pub marked_as_signed: Flag,
        pub project_id: Text,
        pub project_name: Text,
        pub dateadded: Text,
        pub addedfrom_name: Text,
        pub acceptance: Acceptance = flatten,
        pub comments: List<Comment>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::sample;


    #[test]
    fn the_estimate_samples_decode() {
        let rows: List<Estimate> = sample(include_str!("../../../tests/fixtures/perfex/estimates.json"));
        let e = &rows.0[0];
        assert_eq!((e.id.or_empty(), e.amounts.total.or_empty(), e.amounts.currency_name.or_empty()), ("5".into(), "500.00".into(), "USD".into()));
        assert_eq!((e.sent.0, e.status_name.or_empty()), (Some(true), "Sent".into()));
        let e: Estimate = sample(include_str!("../../../tests/fixtures/perfex/estimate.json"));
        assert_eq!(e.items.0.len(), 1);
        assert_eq!(e.items.0[0].rate.or_empty(), "500.00");
        assert_eq!(e.project_data.0.map(|p| p.name.or_empty()), Some("SEO Optimization".into()));
        assert_eq!(e.addresses.billing_zip.or_empty(), "12345");
    }

    #[test]
    fn the_proposal_samples_decode() {
        let rows: List<Proposal> = sample(include_str!("../../../tests/fixtures/perfex/proposals.json"));
        assert_eq!(rows.0[0].allow_comments.0, Some(true));
        let p: Proposal = sample(include_str!("../../../tests/fixtures/perfex/proposal.json"));
        assert_eq!(p.comments.0.len(), 6);
        assert_eq!(p.comments.0[0].content.or_empty(), "test");
        assert_eq!(p.items.0[0].qty.or_empty(), "1.00");
    }

    #[test]
    fn the_invoice_samples_decode() {
        let rows: List<Invoice> = sample(include_str!("../../../tests/fixtures/perfex/invoices.json"));
        assert_eq!((rows.0[0].status.or_empty(), rows.0[0].duedate.or_empty()), ("1".into(), "2023-06-16".into()));
        let i: Invoice = sample(include_str!("../../../tests/fixtures/perfex/invoice.json"));
        assert_eq!(i.total_left_to_pay.or_empty(), "500.00");
        assert!(i.payments.0.is_empty());
        assert_eq!(i.items.0[0].id.or_empty(), "12");
    }

    #[test]
    fn the_contract_samples_decode() {
        let rows: List<Contract> = sample(include_str!("../../../tests/fixtures/perfex/contracts.json"));
        assert_eq!((rows.0[0].type_name.or_empty(), rows.0[0].signed.0), ("Type 1".into(), Some(false)));
        let c: Contract = sample(include_str!("../../../tests/fixtures/perfex/contract.json"));
        assert_eq!(c.comments.0.len(), 10);
        assert_eq!(c.contract_value.or_empty(), "0.00");
    }
}
