//! Estimates and proposals, and what every sales document shares (amounts, lines, comments).

use tsify::Tsify;

use super::{Acceptance, Address, Named, ACCEPTED, ANY_PART, SHIPPING_ADDRESS};
use crate::perfex::table::{table, Shape, Table};

code_enum! {
    /// Where an estimate stands.
    EstimateStatus { Draft = "1", Sent = "2", Declined = "3", Accepted = "4", Expired = "5" }
}

code_enum! {
    /// Where a proposal stands.
    ProposalStatus { Open = "1", Declined = "2", Accepted = "3", Sent = "4", Revised = "5", Draft = "6" }
}

record! {
    /// The money of a sales document: decimal strings exactly as the server sends them ("500.00").
    pub struct Amounts {
        /// Sum of the lines before tax and discount.
        pub subtotal: String = "subtotal" Trimmed,
        /// Total tax.
        pub tax: String = "total_tax" Trimmed,
        /// The amount to pay.
        pub total: String = "total" Trimmed,
        /// A manual adjustment included in the total.
        pub adjustment: String = "adjustment" Trimmed,
        /// The discount amount.
        pub discount: String = "discount_total" Trimmed,
        /// The discount as a percentage ("10.00"), when it was given as one.
        pub discount_percent: String = "discount_percent" Trimmed,
        /// The currency's code, e.g. "USD".
        pub currency?: String = "currency_name" Given,
        /// The currency's symbol, e.g. "$".
        pub currency_symbol?: String = "symbol" Given,
    }
}

record! {
    /// A line of an estimate, proposal or invoice.
    pub struct LineItem {
        /// The line's id.
        pub id: String = "id" Text,
        /// What is sold.
        pub description: String = "description" Text,
        /// More about it.
        pub long_description?: String = "long_description" Given,
        /// Quantity, as a decimal string ("1.00").
        pub quantity: String = "qty" Trimmed,
        /// Price of one unit, as a decimal string.
        pub rate: String = "rate" Trimmed,
        /// The unit, e.g. "hours".
        pub unit?: String = "unit" Given,
    }
}

record! {
    /// A comment on a proposal or a contract.
    pub struct Comment {
        /// The comment's id.
        pub id: String = "id" Text,
        /// Its text, as HTML written by people: untrusted, sanitize before display.
        pub content: String = "content" Text,
        /// When it was written ("2023-05-10 12:38:20").
        pub date: String = "dateadded" Text,
        /// Whether staff wrote it (rather than the customer).
        pub from_staff: bool = "staffid" HasId,
    }
}

record! {
    /// An estimate, as listed.
    pub struct Estimate {
        /// The estimate's id.
        pub id: String = "id" Text,
        /// Its number (without prefix), e.g. "5".
        pub number: String = "number" Text,
        /// The number's prefix, e.g. "EST-".
        pub prefix: String = "prefix" Text,
        /// Its date ("2023-05-17").
        pub date: String = "date" Text,
        /// Until when it is valid.
        pub expiry_date?: String = "expirydate" Given,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: EstimateStatus = "status" Code(EstimateStatus::WORDS),
        /// The status as the installation names it, e.g. "Sent".
        pub status_name?: String = "status_name" Given,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts = "" Flatten(Amounts::COLUMNS),
        /// The note written for the customer.
        pub client_note?: String = "clientnote" Given,
        /// Terms and conditions.
        pub terms?: String = "terms" Given,
        /// The customer's reference.
        pub reference?: String = "reference_no" Given,
        /// Whether it was sent to the customer.
        pub sent: bool = "sent" Flag,
        /// When it was sent.
        pub sent_at?: String = "datesend" Given,
        /// The project it belongs to, if one.
        pub project?: Named = "project_id" Project,
        /// The invoice it became, if it did.
        pub invoice_id?: String = "invoiceid" Id,
        /// When it became an invoice.
        pub invoiced_at?: String = "invoiced_date" Given,
        /// When it was created ("2023-05-17 16:34:19").
        pub created_at: String = "datecreated" Text,
        /// Who created it (a staff member's name).
        pub created_by?: String = "addedfrom_name" Given,
        /// Who accepted it, if someone did.
        pub acceptance?: Acceptance = "" Part(Acceptance::COLUMNS, ACCEPTED),
        /// Where the bill goes.
        pub billing_address?: Address = "" Part(Address::COLUMNS, ANY_PART),
        /// Where the goods go.
        pub shipping_address?: Address = "" Part(SHIPPING_ADDRESS, ANY_PART),
    }
}

record! {
    /// An estimate with its lines.
    pub struct EstimateDetail {
        /// The estimate itself.
        #[serde(flatten)]
        pub estimate: Estimate = "" Flatten(Estimate::COLUMNS),
        /// Its lines, in order.
        pub items: Vec<LineItem> = "items" List(LineItem::COLUMNS, 0),
    }
}

/// The address a proposal is made out to.
const PROPOSAL_ADDRESS: &Table = table![
    ("street", "address", Shape::Given),
    ("city", "city", Shape::Given),
    ("state", "state", Shape::Given),
    ("zip", "zip", Shape::Given),
    ("countryId", "country", Shape::Id),
];

record! {
    /// A proposal, as listed.
    pub struct Proposal {
        /// The proposal's id.
        pub id: String = "id" Text,
        /// Its subject.
        pub subject: String = "subject" Text,
        /// Its body, as HTML written by people: untrusted, sanitize before display.
        pub content: String = "content" Text,
        /// Its date.
        pub date: String = "date" Text,
        /// Until when it is open.
        pub open_till?: String = "open_till" Given,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: ProposalStatus = "status" Code(ProposalStatus::WORDS),
        /// The status as the installation names it, e.g. "Revised".
        pub status_name?: String = "status_name" Given,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts = "" Flatten(Amounts::COLUMNS),
        /// Whether the customer may comment on it (`addProposalComment`).
        pub allow_comments: bool = "allow_comments" Flag,
        /// Who it is addressed to.
        pub recipient?: String = "proposal_to" Given,
        /// The recipient's e-mail address.
        pub email?: String = "email" Given,
        /// The recipient's phone number.
        pub phone?: String = "phone" Given,
        /// The recipient's address.
        pub address?: Address = "" Part(PROPOSAL_ADDRESS, ANY_PART),
        /// The project it belongs to, if one.
        pub project?: Named = "project_id" Project,
        /// The estimate it became, if it did.
        pub estimate_id?: String = "estimate_id" Id,
        /// The invoice it became, if it did.
        pub invoice_id?: String = "invoice_id" Id,
        /// When it was created.
        pub created_at: String = "datecreated" Text,
        /// Who created it (a staff member's name).
        pub created_by?: String = "addedfrom_name" Given,
        /// Who accepted it, if someone did.
        pub acceptance?: Acceptance = "" Part(Acceptance::COLUMNS, ACCEPTED),
    }
}

record! {
    /// A proposal with its lines and comments.
    pub struct ProposalDetail {
        /// The proposal itself.
        #[serde(flatten)]
        pub proposal: Proposal = "" Flatten(Proposal::COLUMNS),
        /// Its lines, in order.
        pub items: Vec<LineItem> = "items" List(LineItem::COLUMNS, 0),
        /// Its comments, oldest first.
        pub comments: Vec<Comment> = "comments" List(Comment::COLUMNS, 0),
    }
}

/// A list of estimates.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Estimates(pub Vec<Estimate>);

/// A list of proposals.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Proposals(pub Vec<Proposal>);

/// A listed estimate's row: its lines are not listed, but lines of the wrong shape fail the
/// answer as they do in `getEstimate`.
pub const ESTIMATE_ROWS: &Table = table![("", "", Shape::Flatten(Estimate::COLUMNS)), ("", "items", Shape::Checked(LineItem::COLUMNS))];

/// A listed proposal's row: its lines and comments are not listed, but ones of the wrong shape
/// fail the answer as they do in `getProposal`.
pub const PROPOSAL_ROWS: &Table = table![
    ("", "", Shape::Flatten(Proposal::COLUMNS)),
    ("", "items", Shape::Checked(LineItem::COLUMNS)),
    ("", "comments", Shape::Checked(Comment::COLUMNS)),
];








#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{parse, sample, sample_rows};

    #[test]
    fn an_estimate_keeps_money_as_text_and_flags_as_booleans() {
        let v = sample(include_str!("../../../tests/fixtures/perfex/estimate.json"), EstimateDetail::COLUMNS);
        assert_eq!(v["total"], "500.00");
        assert_eq!(v["discountPercent"], "0.00");
        assert_eq!(v["currency"], "USD");
        assert_eq!(v["sent"], true);
        assert_eq!(v["status"], "sent");
        assert_eq!(v["project"]["name"], "SEO Optimization");
        assert_eq!(v["items"][0]["quantity"], "1.00");
        assert_eq!(v["billingAddress"]["zip"], "12345");
        assert!(v.get("shippingAddress").is_none() && v.get("invoiceId").is_none() && v.get("acceptance").is_none());
        // No wire name leaks.
        let text = v.to_string();
        for wire_name in ["datecreated", "expirydate", "total_tax", "project_id", "addedfrom"] {
            assert!(!text.contains(&format!("\"{wire_name}\"")), "{wire_name}");
        }
        assert_eq!(sample_rows(include_str!("../../../tests/fixtures/perfex/estimates.json"), ESTIMATE_ROWS)[0]["project"]["name"], "SEO Optimization");
    }

    #[test]
    fn a_proposal_converts_with_its_comments() {
        let p = sample(include_str!("../../../tests/fixtures/perfex/proposal.json"), ProposalDetail::COLUMNS);
        assert_eq!((&p["status"], &p["allowComments"], p["comments"].as_array().unwrap().len()), (&"revised".into(), &true.into(), 6));
        assert_eq!(p["project"]["name"], "Client api project");
        assert_eq!(p["comments"][0]["fromStaff"], false);
        assert_eq!(p["recipient"], "Disha 123");
        assert!(p.get("address").is_none(), "every part is empty");
    }

    #[test]
    fn an_acceptance_needs_more_than_a_last_name() {
        assert!(parse(r#"{"acceptance_lastname":"Ng"}"#, Proposal::COLUMNS).get("acceptance").is_none());
        let p = parse(r#"{"acceptance_lastname":"Ng","acceptance_email":"a@b.c","project_id":"3","project_data":{"name":" P "}}"#, Proposal::COLUMNS);
        assert_eq!((&p["acceptance"]["lastName"], &p["project"]["name"]), (&"Ng".into(), &"P".into()));
    }
}
