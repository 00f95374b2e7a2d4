//! Contracts with their comments.

use tsify::Tsify;

use super::{Acceptance, Comment, Named, ACCEPTED};
use crate::perfex::table::{table, Shape, Table};

record! {
    /// A contract, as listed.
    pub struct Contract {
        /// The contract's id.
        pub id: String = "id" Text,
        /// Its subject.
        pub subject: String = "subject" Text,
        /// A short description.
        pub description?: String = "description" Given,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub content?: String = "content" Given,
        /// When it starts.
        pub start_date: String = "datestart" Text,
        /// When it ends, if it does.
        pub end_date?: String = "dateend" Given,
        /// Its type, e.g. "Service Agreement".
        pub contract_type?: Named = "contract_type" Named("type_name"),
        /// Its value, as a decimal string.
        pub value: String = "contract_value" Trimmed,
        /// Whether the customer signed it.
        pub signed: bool = "signed" Flag,
        /// Whether staff marked it as signed (outside the portal).
        pub marked_as_signed: bool = "marked_as_signed" Flag,
        /// The project it belongs to, if one.
        pub project?: Named = "project_id" Named("project_name"),
        /// When it was created.
        pub created_at: String = "dateadded" Text,
        /// Who created it (a staff member's name).
        pub created_by?: String = "addedfrom_name" Given,
        /// Who signed it, if someone did.
        pub acceptance?: Acceptance = "" Part(Acceptance::COLUMNS, ACCEPTED),
    }
}

record! {
    /// A contract with its comments.
    pub struct ContractDetail {
        /// The contract itself.
        #[serde(flatten)]
        pub contract: Contract = "" Flatten(Contract::COLUMNS),
        /// Its comments, oldest first.
        pub comments: Vec<Comment> = "comments" List(Comment::COLUMNS, 0),
    }
}

/// A list of contracts.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Contracts(pub Vec<Contract>);

/// A listed contract's row: its comments are not listed, but comments of the wrong shape fail
/// the answer as they do in `getContract`.
pub const CONTRACT_ROWS: &Table = table![("", "", Shape::Flatten(Contract::COLUMNS)), ("", "comments", Shape::Checked(Comment::COLUMNS))];



#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{sample, sample_rows};

    #[test]
    fn a_contract_converts_with_its_comments() {
        let c = sample(include_str!("../../../tests/fixtures/perfex/contract.json"), ContractDetail::COLUMNS);
        assert_eq!(c["contractType"]["id"], "1");
        assert_eq!((&c["value"], &c["signed"], c["comments"].as_array().unwrap().len()), (&"0.00".into(), &false.into(), 10));
        assert!(c.get("endDate").is_none() && c.get("content").is_none());
        assert_eq!(sample_rows(include_str!("../../../tests/fixtures/perfex/contracts.json"), CONTRACT_ROWS)[0]["project"]["name"], "Client api project");
    }
}
