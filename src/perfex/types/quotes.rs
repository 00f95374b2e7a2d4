//! Estimates and proposals, and what every sales document shares (amounts, lines, comments).

use tsify::Tsify;

use super::{acceptance, address, addresses, id_opt, money, opt, project, Acceptance, Address, Named};
use crate::perfex::wire;

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
        pub subtotal: String,
        /// Total tax.
        pub tax: String,
        /// The amount to pay.
        pub total: String,
        /// A manual adjustment included in the total.
        pub adjustment: String,
        /// The discount amount.
        pub discount: String,
        /// The discount as a percentage ("10.00"), when it was given as one.
        pub discount_percent: String,
        /// The currency's code, e.g. "USD".
        pub currency?: String,
        /// The currency's symbol, e.g. "$".
        pub currency_symbol?: String,
    }
}

record! {
    /// A line of an estimate, proposal or invoice.
    pub struct LineItem {
        /// The line's id.
        pub id: String,
        /// What is sold.
        pub description: String,
        /// More about it.
        pub long_description?: String,
        /// Quantity, as a decimal string ("1.00").
        pub quantity: String,
        /// Price of one unit, as a decimal string.
        pub rate: String,
        /// The unit, e.g. "hours".
        pub unit?: String,
    }
}

record! {
    /// A comment on a proposal or a contract.
    pub struct Comment {
        /// The comment's id.
        pub id: String,
        /// Its text, as HTML written by people: untrusted, sanitize before display.
        pub content: String,
        /// When it was written ("2023-05-10 12:38:20").
        pub date: String,
        /// Whether staff wrote it (rather than the customer).
        pub from_staff: bool,
    }
}

record! {
    /// An estimate, as listed.
    pub struct Estimate {
        /// The estimate's id.
        pub id: String,
        /// Its number (without prefix), e.g. "5".
        pub number: String,
        /// The number's prefix, e.g. "EST-".
        pub prefix: String,
        /// Its date ("2023-05-17").
        pub date: String,
        /// Until when it is valid.
        pub expiry_date?: String,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: EstimateStatus,
        /// The status as the installation names it, e.g. "Sent".
        pub status_name?: String,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts,
        /// The note written for the customer.
        pub client_note?: String,
        /// Terms and conditions.
        pub terms?: String,
        /// The customer's reference.
        pub reference?: String,
        /// Whether it was sent to the customer.
        pub sent: bool,
        /// When it was sent.
        pub sent_at?: String,
        /// The project it belongs to, if one.
        pub project?: Named,
        /// The invoice it became, if it did.
        pub invoice_id?: String,
        /// When it became an invoice.
        pub invoiced_at?: String,
        /// When it was created ("2023-05-17 16:34:19").
        pub created_at: String,
        /// Who created it (a staff member's name).
        pub created_by?: String,
        /// Who accepted it, if someone did.
        pub acceptance?: Acceptance,
        /// Where the bill goes.
        pub billing_address?: Address,
        /// Where the goods go.
        pub shipping_address?: Address,
    }
}

record! {
    /// An estimate with its lines.
    pub struct EstimateDetail {
        /// The estimate itself.
        #[serde(flatten)]
        pub estimate: Estimate,
        /// Its lines, in order.
        pub items: Vec<LineItem>,
    }
}

record! {
    /// A proposal, as listed.
    pub struct Proposal {
        /// The proposal's id.
        pub id: String,
        /// Its subject.
        pub subject: String,
        /// Its body, as HTML written by people: untrusted, sanitize before display.
        pub content: String,
        /// Its date.
        pub date: String,
        /// Until when it is open.
        pub open_till?: String,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: ProposalStatus,
        /// The status as the installation names it, e.g. "Revised".
        pub status_name?: String,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts,
        /// Whether the customer may comment on it (`addProposalComment`).
        pub allow_comments: bool,
        /// Who it is addressed to.
        pub recipient?: String,
        /// The recipient's e-mail address.
        pub email?: String,
        /// The recipient's phone number.
        pub phone?: String,
        /// The recipient's address.
        pub address?: Address,
        /// The project it belongs to, if one.
        pub project?: Named,
        /// The estimate it became, if it did.
        pub estimate_id?: String,
        /// The invoice it became, if it did.
        pub invoice_id?: String,
        /// When it was created.
        pub created_at: String,
        /// Who created it (a staff member's name).
        pub created_by?: String,
        /// Who accepted it, if someone did.
        pub acceptance?: Acceptance,
    }
}

record! {
    /// A proposal with its lines and comments.
    pub struct ProposalDetail {
        /// The proposal itself.
        #[serde(flatten)]
        pub proposal: Proposal,
        /// Its lines, in order.
        pub items: Vec<LineItem>,
        /// Its comments, oldest first.
        pub comments: Vec<Comment>,
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

impl From<&wire::Amounts> for Amounts {
    fn from(w: &wire::Amounts) -> Amounts {
        Amounts {
            subtotal: money(&w.subtotal),
            tax: money(&w.total_tax),
            total: money(&w.total),
            adjustment: money(&w.adjustment),
            discount: money(&w.discount_total),
            discount_percent: money(&w.discount_percent),
            currency: opt(&w.currency_name),
            currency_symbol: opt(&w.symbol),
        }
    }
}

impl From<&wire::Item> for LineItem {
    fn from(w: &wire::Item) -> LineItem {
        LineItem {
            id: w.id.or_empty(),
            description: w.description.or_empty(),
            long_description: opt(&w.long_description),
            quantity: money(&w.qty),
            rate: money(&w.rate),
            unit: opt(&w.unit),
        }
    }
}

impl From<&wire::Comment> for Comment {
    fn from(w: &wire::Comment) -> Comment {
        Comment { id: w.id.or_empty(), content: w.content.or_empty(), date: w.dateadded.or_empty(), from_staff: id_opt(&w.staffid).is_some() }
    }
}

impl From<&wire::Estimate> for Estimate {
    fn from(w: &wire::Estimate) -> Estimate {
        let (billing_address, shipping_address) = addresses(&w.addresses);
        Estimate {
            id: w.id.or_empty(),
            number: w.number.or_empty(),
            prefix: w.prefix.or_empty(),
            date: w.date.or_empty(),
            expiry_date: opt(&w.expirydate),
            status: EstimateStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            amounts: Amounts::from(&w.amounts),
            client_note: opt(&w.clientnote),
            terms: opt(&w.terms),
            reference: opt(&w.reference_no),
            sent: w.sent.or_false(),
            sent_at: opt(&w.datesend),
            project: project(&w.project_id, &w.project_name, &w.project_data),
            invoice_id: id_opt(&w.invoiceid),
            invoiced_at: opt(&w.invoiced_date),
            created_at: w.datecreated.or_empty(),
            created_by: opt(&w.addedfrom_name),
            acceptance: acceptance(&w.acceptance),
            billing_address,
            shipping_address,
        }
    }
}

impl From<&wire::Estimate> for EstimateDetail {
    fn from(w: &wire::Estimate) -> EstimateDetail {
        EstimateDetail { estimate: Estimate::from(w), items: w.items.0.iter().map(LineItem::from).collect() }
    }
}

impl From<&wire::Proposal> for Proposal {
    fn from(w: &wire::Proposal) -> Proposal {
        Proposal {
            id: w.id.or_empty(),
            subject: w.subject.or_empty(),
            content: w.content.or_empty(),
            date: w.date.or_empty(),
            open_till: opt(&w.open_till),
            status: ProposalStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            amounts: Amounts::from(&w.amounts),
            allow_comments: w.allow_comments.or_false(),
            recipient: opt(&w.proposal_to),
            email: opt(&w.email),
            phone: opt(&w.phone),
            address: address(&w.address, &w.city, &w.state, &w.zip, &w.country),
            project: project(&w.project_id, &w.project_name, &w.project_data),
            estimate_id: id_opt(&w.estimate_id),
            invoice_id: id_opt(&w.invoice_id),
            created_at: w.datecreated.or_empty(),
            created_by: opt(&w.addedfrom_name),
            acceptance: acceptance(&w.acceptance),
        }
    }
}

impl From<&wire::Proposal> for ProposalDetail {
    fn from(w: &wire::Proposal) -> ProposalDetail {
        ProposalDetail {
            proposal: Proposal::from(w),
            items: w.items.0.iter().map(LineItem::from).collect(),
            comments: w.comments.0.iter().map(Comment::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::ToJson;
    use crate::perfex::wire::sample;

    #[test]
    fn an_estimate_keeps_money_as_text_and_flags_as_booleans() {
        let e = EstimateDetail::from(&sample::<wire::Estimate>(include_str!("../../../tests/fixtures/perfex/estimate.json")));
        let v = e.to_json();
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
        let list: crate::core::lenient::List<wire::Estimate> = sample(include_str!("../../../tests/fixtures/perfex/estimates.json"));
        assert_eq!(Estimate::from(&list.0[0]).project.and_then(|p| p.name).as_deref(), Some("SEO Optimization"));
    }

    #[test]
    fn a_proposal_converts_with_its_comments() {
        let p = ProposalDetail::from(&sample::<wire::Proposal>(include_str!("../../../tests/fixtures/perfex/proposal.json")));
        assert_eq!((p.proposal.status, p.proposal.allow_comments, p.comments.len()), (Some(ProposalStatus::Revised), true, 6));
        assert_eq!(p.proposal.project.as_ref().and_then(|p| p.name.clone()), Some("Client api project".into()));
        assert!(!p.comments[0].from_staff);
        assert_eq!(p.proposal.recipient.as_deref(), Some("Disha 123"));
        assert!(p.proposal.address.is_none(), "every part is empty");
    }
}
