//! Contracts with their comments.

use tsify::Tsify;

use super::{acceptance, money, named, opt, Acceptance, Comment, Named};
use crate::perfex::wire;

record! {
    /// A contract, as listed.
    pub struct Contract {
        /// The contract's id.
        pub id: String,
        /// Its subject.
        pub subject: String,
        /// A short description.
        pub description?: String,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub content?: String,
        /// When it starts.
        pub start_date: String,
        /// When it ends, if it does.
        pub end_date?: String,
        /// Its type, e.g. "Service Agreement".
        pub contract_type?: Named,
        /// Its value, as a decimal string.
        pub value: String,
        /// Whether the customer signed it.
        pub signed: bool,
        /// Whether staff marked it as signed (outside the portal).
        pub marked_as_signed: bool,
        /// The project it belongs to, if one.
        pub project?: Named,
        /// When it was created.
        pub created_at: String,
        /// Who created it (a staff member's name).
        pub created_by?: String,
        /// Who signed it, if someone did.
        pub acceptance?: Acceptance,
    }
}

record! {
    /// A contract with its comments.
    pub struct ContractDetail {
        /// The contract itself.
        #[serde(flatten)]
        pub contract: Contract,
        /// Its comments, oldest first.
        pub comments: Vec<Comment>,
    }
}

/// A list of contracts.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Contracts(pub Vec<Contract>);

impl From<&wire::Contract> for Contract {
    fn from(w: &wire::Contract) -> Contract {
        Contract {
            id: w.id.or_empty(),
            subject: w.subject.or_empty(),
            description: opt(&w.description),
            content: opt(&w.content),
            start_date: w.datestart.or_empty(),
            end_date: opt(&w.dateend),
            contract_type: named(&w.contract_type, &w.type_name),
            value: money(&w.contract_value),
            signed: w.signed.or_false(),
            marked_as_signed: w.marked_as_signed.or_false(),
            project: named(&w.project_id, &w.project_name),
            created_at: w.dateadded.or_empty(),
            created_by: opt(&w.addedfrom_name),
            acceptance: acceptance(&w.acceptance),
        }
    }
}

impl From<&wire::Contract> for ContractDetail {
    fn from(w: &wire::Contract) -> ContractDetail {
        ContractDetail { contract: Contract::from(w), comments: w.comments.0.iter().map(Comment::from).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::wire::sample;

    #[test]
    fn a_contract_converts_with_its_comments() {
        let c = ContractDetail::from(&sample::<wire::Contract>(include_str!("../../../tests/fixtures/perfex/contract.json")));
        assert_eq!(c.contract.contract_type.as_ref().map(|t| t.id.as_str()), Some("1"));
        assert_eq!((c.contract.value.as_str(), c.contract.signed, c.comments.len()), ("0.00", false, 10));
        assert!(c.contract.end_date.is_none() && c.contract.content.is_none());
        let list: crate::core::lenient::List<wire::Contract> = sample(include_str!("../../../tests/fixtures/perfex/contracts.json"));
        assert_eq!(Contract::from(&list.0[0]).project.and_then(|p| p.name).as_deref(), Some("Client api project"));
    }
}
