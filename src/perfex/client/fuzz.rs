//! The Perfex answer decoders, fuzzed from the documented samples (see `core::fuzz`).

use super::{list_json, one_json};
use crate::core::fuzz::{self, Decoded, Decoder, Route};
use crate::perfex::table::Table;
use crate::perfex::types::*;
use crate::perfex::wire;

/// A list operation: what `Convert::List` hands to JS, each row read.
fn list(cols: &'static Table) -> Decoder {
    Box::new(move |reply| {
        let json = list_json(reply, cols)?;
        Ok(Decoded { rows: json.as_array().map(Vec::len), json: (&json).into() })
    })
}

/// A single-record operation: what `Convert::One` hands to JS.
fn one(cols: &'static Table) -> Decoder {
    Box::new(move |reply| Ok(Decoded { json: (&one_json(reply, cols)?).into(), rows: None }))
}

/// A write: its confirmation.
fn confirm() -> Decoder {
    Box::new(|reply| Ok(Decoded::one(&wire::confirm(reply)?)))
}

/// Signing in: the ids and whether there is a token.
fn login() -> Decoder {
    Box::new(|reply| {
        let data = one_json(reply, wire::LOGIN)?;
        let text = |name| data.get(name).and_then(crate::core::json::Value::as_str).map(str::to_string);
        Ok(Decoded::one(&(text("clientId").unwrap_or_default(), text("contactId").unwrap_or_default(), text("token").is_some())))
    })
}

macro_rules! sample {
    ($file:literal) => {
        ($file, include_str!(concat!("../../../tests/fixtures/perfex/", $file)))
    };
}

fn routes() -> Vec<Route> {
    let route = |(name, text): (&'static str, &'static str), lenient, decode| Route::new(name, text, lenient, decode);
    let rows = Some("/data");
    let record = Some("/data");
    vec![
        route(sample!("client_menu.json"), rows, list(ClientMenuItem::COLUMNS)),
        route(sample!("contracts.json"), rows, list(CONTRACT_ROWS)),
        route(sample!("departments.json"), rows, list(Named::COLUMNS)),
        route(sample!("estimates.json"), rows, list(ESTIMATE_ROWS)),
        route(sample!("invoices.json"), rows, list(INVOICE_ROWS)),
        route(sample!("knowledge_base.json"), rows, list(KnowledgeBaseGroup::COLUMNS)),
        route(sample!("knowledge_base_group.json"), rows, list(KnowledgeBaseGroup::COLUMNS)),
        route(sample!("project_tasks.json"), rows, list(Task::COLUMNS)),
        route(sample!("projects.json"), rows, list(PROJECT_ROWS)),
        route(sample!("proposals.json"), rows, list(PROPOSAL_ROWS)),
        route(sample!("services.json"), rows, list(Named::COLUMNS)),
        route(sample!("ticket_priorities.json"), rows, list(Named::COLUMNS)),
        route(sample!("tickets.json"), rows, list(TICKET_ROWS)),
        route(sample!("error_404.json"), None, list(TICKET_ROWS)).with_status(404),
        route(sample!("contract.json"), record, one(ContractDetail::COLUMNS)),
        route(sample!("estimate.json"), record, one(EstimateDetail::COLUMNS)),
        route(sample!("invoice.json"), record, one(InvoiceDetail::COLUMNS)),
        route(sample!("project.json"), record, one(ProjectDetail::COLUMNS)),
        route(sample!("proposal.json"), record, one(ProposalDetail::COLUMNS)),
        route(sample!("ticket.json"), record, one(TicketDetail::COLUMNS)),
        route(sample!("knowledge_base_article.json"), record, one(KnowledgeBaseArticle::COLUMNS)),
        route(sample!("login.json"), record, login()),
        route(sample!("error_403.json"), None, one(TicketDetail::COLUMNS)).with_status(403),
        route(sample!("contract_comment_added.json"), None, confirm()),
        route(sample!("proposal_comment_added.json"), None, confirm()),
        route(sample!("register.json"), None, confirm()),
        route(sample!("register_refused.json"), None, confirm()),
        route(sample!("task_added.json"), None, confirm()),
        route(sample!("task_updated.json"), None, confirm()),
        route(sample!("ticket_added.json"), None, confirm()),
        route(sample!("ticket_reply_added.json"), None, confirm()),
    ]
}

#[test]
fn perfex_decoders_survive_mutated_samples() {
    fuzz::run("perfex", &routes());
}
