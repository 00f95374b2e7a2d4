//! Proposals and contracts: the fields and groups of their comments.

/// The field a comment's text goes in.
pub const COMMENT_CONTENT: &str = "content";
/// The group name of "add a comment to this proposal".
pub const PROPOSAL_COMMENT_GROUP: &str = "proposals_comment";
/// The group name of "add a comment to this contract".
pub const CONTRACT_COMMENT_GROUP: &str = "contract_comment";
